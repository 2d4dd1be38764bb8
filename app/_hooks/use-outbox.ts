"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Outbox, type OutboxItem, type OutboxPost, type OutboxStorage, type ReturnedPost } from "@/lib/realtime/outbox";
import type { Emit } from "./use-live-session";

export type { OutboxItem, ReturnedPost } from "@/lib/realtime/outbox";

const storageKey = (sessionId: string) => `kring-outbox:${sessionId}`;

function localStore(sessionId: string): OutboxStorage {
  return {
    read: () => {
      try {
        return localStorage.getItem(storageKey(sessionId));
      } catch {
        return null;
      }
    },
    write: (value) => {
      try {
        localStorage.setItem(storageKey(sessionId), value);
      } catch {
        // Storage full or blocked: the items stay in memory for this page.
      }
    },
  };
}

/**
 * Reactions on their way to the server, kept in localStorage: the logic is `lib/realtime/outbox.ts`
 * (tests and the fault bench drive the same class). A post refused for good comes back in
 * `returned` (its text goes back into the writing box); server-side failures are retried.
 */
export function useOutbox(sessionId: string, emit: Emit, connected: boolean) {
  const [items, setItems] = useState<readonly OutboxItem[]>([]);
  const [returned, setReturned] = useState<(ReturnedPost & { restored: boolean })[]>([]);
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const emitRef = useRef(emit);
  emitRef.current = emit;

  useEffect(() => {
    const created = new Outbox({
      storage: localStore(sessionId),
      send: (payload) => emitRef.current("reaction:add", payload),
      onChange: setItems,
      onReturned: (post) => setReturned((current) => [...current, { ...post, restored: false }]),
    });
    setOutbox(created);
    setItems(created.waiting);
    return () => {
      created.close();
      setOutbox(null);
    };
  }, [sessionId]);

  // Every (re)connect delivers what waited (after the emit of this connection is in place).
  useEffect(() => {
    outbox?.setConnected(connected);
  }, [connected, outbox]);

  const add = useCallback((post: OutboxPost) => outbox?.add(post), [outbox]);

  const dismissReturned = useCallback((clientId: string) => {
    setReturned((current) => current.filter((post) => post.clientId !== clientId));
  }, []);

  /** The writing box took the post's text back. */
  const markRestored = useCallback((clientId: string) => {
    setReturned((current) => current.map((post) => (post.clientId === clientId ? { ...post, restored: true } : post)));
  }, []);

  return { items, returned, add, dismissReturned, markRestored };
}
