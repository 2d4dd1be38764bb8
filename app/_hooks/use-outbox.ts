"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PostKind } from "@/lib/schemas/phase-rules";
import { randomUuid } from "@/lib/uuid";
import type { Emit } from "./use-live-session";

export interface OutboxItem {
  clientId: string;
  roundId: string;
  kind: PostKind;
  text: string;
  state: "pending" | "sending";
}

export interface OutboxRefusal {
  text: string;
  message: string;
}

const storageKey = (sessionId: string) => `kring-outbox:${sessionId}`;

function load(sessionId: string): OutboxItem[] {
  try {
    const items = JSON.parse(localStorage.getItem(storageKey(sessionId)) ?? "[]") as OutboxItem[];
    return Array.isArray(items) ? items.map((item) => ({ ...item, state: "pending" })) : [];
  } catch {
    return [];
  }
}

/**
 * Reactions on their way to the server. Every reaction goes through here: kept in localStorage
 * (so a reload or a closed lid keeps it), sent when connected, resent after a reconnect, and only
 * dropped when the server answered. The client id makes a resend store once.
 */
export function useOutbox(sessionId: string, emit: Emit, connected: boolean) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [refusals, setRefusals] = useState<OutboxRefusal[]>([]);
  const itemsRef = useRef<OutboxItem[]>([]);
  const flushing = useRef(false);

  const save = useCallback(
    (next: OutboxItem[]) => {
      itemsRef.current = next;
      setItems(next);
      localStorage.setItem(storageKey(sessionId), JSON.stringify(next));
    },
    [sessionId],
  );

  useEffect(() => {
    const stored = load(sessionId);
    itemsRef.current = stored;
    setItems(stored);
  }, [sessionId]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const item of [...itemsRef.current]) {
        save(
          itemsRef.current.map((other) => (other.clientId === item.clientId ? { ...other, state: "sending" } : other)),
        );
        const { state: _state, ...payload } = item;
        const result = await emit("reaction:add", payload);
        if (!result.ok && result.code === "offline") {
          save(itemsRef.current.map((other) => ({ ...other, state: "pending" })));
          return;
        }
        if (!result.ok) setRefusals((current) => [...current, { text: item.text, message: result.message }]);
        save(itemsRef.current.filter((other) => other.clientId !== item.clientId));
      }
    } finally {
      flushing.current = false;
    }
  }, [emit, save]);

  // Every (re)connect delivers what waited; a send while offline just waits for the next one.
  useEffect(() => {
    if (connected) void flush();
  }, [connected, flush]);

  const add = useCallback(
    (item: Omit<OutboxItem, "state" | "clientId">) => {
      save([...itemsRef.current, { ...item, clientId: randomUuid(), state: "pending" }]);
      void flush();
    },
    [save, flush],
  );

  const dismissRefusal = useCallback((index: number) => {
    setRefusals((current) => current.filter((_, i) => i !== index));
  }, []);

  return { items, refusals, add, dismissRefusal };
}
