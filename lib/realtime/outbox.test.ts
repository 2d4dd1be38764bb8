import { describe, expect, it } from "vitest";
import type { ErrorCode } from "@/lib/errors";
import {
  backoffMs,
  MAX_IN_FLIGHT,
  memoryStorage,
  Outbox,
  type OutboxItem,
  type ReturnedPost,
  type SendAnswer,
} from "./outbox";

/** A send whose answers the test gives, one call at a time, as a server would. */
function scriptedServer() {
  const calls: { payload: Omit<OutboxItem, "state">; answer: (answer: SendAnswer) => void }[] = [];
  const waiters: (() => void)[] = [];
  const send = (payload: Omit<OutboxItem, "state">) =>
    new Promise<SendAnswer>((resolve) => {
      calls.push({ payload, answer: resolve });
      for (const waiter of waiters.splice(0)) waiter();
    });
  /** Resolves once `count` sends have been made. */
  const sent = async (count: number) => {
    while (calls.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return calls;
  };
  return { calls, send, sent };
}

const post = (text: string) => ({ roundId: "r1", kind: "idea" as const, text });
const refusal = (code: ErrorCode | "offline", retryAfterMs?: number): SendAnswer => ({
  ok: false,
  code,
  message: code,
  retryAfterMs,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the outbox", () => {
  it("sends a second post at once while the first is still on its way", async () => {
    const server = scriptedServer();
    const outbox = new Outbox({ storage: memoryStorage(), send: server.send });
    outbox.setConnected(true);
    outbox.add(post("first"));
    outbox.add(post("second"));
    // Both are on the wire before either is answered.
    const calls = await server.sent(2);
    expect(calls.map((call) => call.payload.text)).toEqual(["first", "second"]);
    for (const call of calls) call.answer({ ok: true });
    await settle();
    expect(outbox.waiting).toEqual([]);
  });

  it("sends a long-kept outbox a window at a time, oldest first, and all of it once", async () => {
    const server = scriptedServer();
    const outbox = new Outbox({ storage: memoryStorage(), send: server.send });
    const texts = Array.from({ length: 30 }, (_, index) => `post ${index}`);
    for (const text of texts) outbox.add(post(text));
    outbox.setConnected(true);
    // Within the server's burst for posts: no more than the window on its way at once.
    await server.sent(MAX_IN_FLIGHT);
    await settle();
    expect(server.calls).toHaveLength(MAX_IN_FLIGHT);
    let answered = 0;
    while (answered < server.calls.length) {
      server.calls[answered]?.answer({ ok: true });
      answered += 1;
      await settle();
      const inFlight = outbox.waiting.filter((item) => item.state === "sending").length;
      expect(inFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    }
    expect(server.calls.map((call) => call.payload.text)).toEqual(texts);
    expect(outbox.waiting).toEqual([]);
  });

  it("keeps a post written during a reconnect and sends it once when connected", async () => {
    const server = scriptedServer();
    const outbox = new Outbox({ storage: memoryStorage(), send: server.send });
    outbox.setConnected(true);
    outbox.setConnected(false);
    outbox.add(post("while away"));
    await settle();
    expect(server.calls).toHaveLength(0);
    expect(outbox.waiting.map((item) => item.state)).toEqual(["pending"]);
    outbox.setConnected(true);
    const [call] = await server.sent(1);
    call?.answer({ ok: true });
    await settle();
    expect(server.calls).toHaveLength(1);
    expect(outbox.waiting).toEqual([]);
  });

  it("resends with the same client id after a connection dropped before the answer", async () => {
    const server = scriptedServer();
    const outbox = new Outbox({ storage: memoryStorage(), send: server.send });
    outbox.setConnected(true);
    outbox.add(post("in flight"));
    await server.sent(1);
    outbox.setConnected(false);
    outbox.setConnected(true);
    const calls = await server.sent(2);
    expect(calls[1]?.payload.clientId).toBe(calls[0]?.payload.clientId);
    // The old attempt's late "no answer" does not undo the new attempt.
    calls[0]?.answer(refusal("offline"));
    calls[1]?.answer({ ok: true });
    await settle();
    expect(outbox.waiting).toEqual([]);
  });

  for (const code of ["unavailable", "internal", "rate_limited", "offline"] as const) {
    it(`keeps the text and sends it again after "${code}" (a server-side failure)`, async () => {
      const server = scriptedServer();
      const returned: ReturnedPost[] = [];
      const storage = memoryStorage();
      const outbox = new Outbox({ storage, send: server.send, onReturned: (p) => returned.push(p), random: () => 0 });
      outbox.setConnected(true);
      outbox.add(post("keep me"));
      const [first] = await server.sent(1);
      first?.answer(refusal(code, 10));
      await settle();
      expect(outbox.waiting.map((item) => item.text)).toEqual(["keep me"]);
      expect(JSON.parse(storage.value ?? "[]")).toMatchObject([{ text: "keep me" }]);
      const calls = await server.sent(2);
      expect(calls[1]?.payload.clientId).toBe(first?.payload.clientId);
      calls[1]?.answer({ ok: true });
      await settle();
      expect(outbox.waiting).toEqual([]);
      expect(returned).toEqual([]);
    });
  }

  it("gives the text back when the refusal is the person's to fix", async () => {
    const server = scriptedServer();
    const returned: ReturnedPost[] = [];
    const outbox = new Outbox({ storage: memoryStorage(), send: server.send, onReturned: (p) => returned.push(p) });
    outbox.setConnected(true);
    outbox.add(post("too late"));
    const [call] = await server.sent(1);
    call?.answer(refusal("round_closed"));
    await settle();
    expect(outbox.waiting).toEqual([]);
    expect(returned).toMatchObject([{ text: "too late", code: "round_closed" }]);
  });

  it("finds what a previous page kept in storage and sends it", async () => {
    const storage = memoryStorage();
    storage.write(JSON.stringify([{ clientId: "c1", roundId: "r1", kind: "idea", text: "from before" }, { bad: 1 }]));
    const server = scriptedServer();
    const outbox = new Outbox({ storage, send: server.send });
    expect(outbox.waiting).toMatchObject([{ clientId: "c1", state: "pending" }]);
    outbox.setConnected(true);
    const [call] = await server.sent(1);
    expect(call?.payload).toEqual({ clientId: "c1", roundId: "r1", kind: "idea", text: "from before" });
  });

  it("backs off, doubling up to a cap, with jitter", () => {
    expect(backoffMs(1, () => 0)).toBe(250);
    expect(backoffMs(1, () => 1)).toBe(500);
    expect(backoffMs(3, () => 1)).toBe(2000);
    expect(backoffMs(30, () => 1)).toBe(8000);
  });
});
