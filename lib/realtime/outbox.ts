import { type ErrorCode, RETRYABLE_CODES } from "@/lib/errors";
import type { PostKind } from "@/lib/schemas/phase-rules";
import { randomUuid } from "@/lib/uuid";

/**
 * Reactions on their way to the server, without React: the browser's `useOutbox` wraps it with
 * localStorage, tests and the fault bench with a Map. Every reaction is kept in storage until the
 * server has answered it for good: stored (acked), or refused for a reason that is the person's to
 * fix (a closed round, a quota), and then its text goes back to them (`onReturned`). A server-side
 * failure (no connection, the database away, too many requests, an unexpected error) never drops
 * a post: it is sent again, with the same client id (which makes a resend store once).
 */

export interface OutboxItem {
  clientId: string;
  roundId: string;
  kind: PostKind;
  text: string;
  state: "pending" | "sending";
}

export type OutboxPost = Pick<OutboxItem, "roundId" | "kind" | "text">;

/** An answer to one send: ok, or a code (`offline` when there was no answer at all). */
export type SendAnswer =
  | { ok: true }
  | { ok: false; code: ErrorCode | "offline"; message: string; retryAfterMs?: number };

export type OutboxSend = (payload: Omit<OutboxItem, "state">) => Promise<SendAnswer>;

/** Where the outbox keeps its items between page loads. */
export interface OutboxStorage {
  read(): string | null;
  write(value: string): void;
}

/** A post the server refused for good: its text goes back to the writing box. */
export interface ReturnedPost {
  clientId: string;
  text: string;
  code: ErrorCode;
  message: string;
}

export interface OutboxOptions {
  storage: OutboxStorage;
  send: OutboxSend;
  /** Every change of the items (to render them). */
  onChange?: (items: readonly OutboxItem[]) => void;
  onReturned?: (post: ReturnedPost) => void;
  /** For tests: the backoff's random part. */
  random?: () => number;
}

const FIRST_RETRY_MS = 500;
/** Posts on their way at once: well under the burst the server allows for posts (20). */
export const MAX_IN_FLIGHT = 8;
const MAX_RETRY_MS = 8000;

/** Whether an answer means "try again later" rather than "no". */
export function isRetryable(code: ErrorCode | "offline"): boolean {
  return code === "offline" || RETRYABLE_CODES.includes(code);
}

/** The wait before retry number `attempt` (1, 2, ...): doubling, capped, with full jitter on half. */
export function backoffMs(
  attempt: number,
  random: () => number = Math.random,
  first = FIRST_RETRY_MS,
  max = MAX_RETRY_MS,
) {
  const ceiling = Math.min(max, first * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function parse(raw: string | null): OutboxItem[] {
  try {
    const items = JSON.parse(raw ?? "[]") as unknown;
    if (!Array.isArray(items)) return [];
    return items
      .filter(
        (item): item is OutboxItem =>
          typeof item === "object" &&
          item !== null &&
          typeof item.clientId === "string" &&
          typeof item.roundId === "string" &&
          typeof item.kind === "string" &&
          typeof item.text === "string",
      )
      .map((item) => ({
        clientId: item.clientId,
        roundId: item.roundId,
        kind: item.kind,
        text: item.text,
        state: "pending",
      }));
  } catch {
    return [];
  }
}

export class Outbox {
  private items: OutboxItem[];
  private connected = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Each send's attempt number, so an answer to an attempt given up on (a reconnect) is not applied twice. */
  private attempts = new Map<string, number>();
  private closed = false;

  constructor(private readonly options: OutboxOptions) {
    this.items = parse(options.storage.read());
  }

  /** What waits (pending) or is on its way (sending), oldest first. */
  get waiting(): readonly OutboxItem[] {
    return this.items;
  }

  /** Keeps a new post and sends it at once when connected (also while other posts are on their way). */
  add(post: OutboxPost): OutboxItem {
    const item: OutboxItem = { ...post, clientId: randomUuid(), state: "pending" };
    this.save([...this.items, item]);
    this.pump();
    return item;
  }

  /**
   * The connection came or went. On connecting, everything not yet acked is sent (again): an
   * answer that was on its way when the connection dropped is never coming.
   */
  setConnected(connected: boolean) {
    if (connected === this.connected) return;
    this.connected = connected;
    if (!connected) return;
    this.clearRetry();
    this.failures = 0;
    this.save(this.items.map((item) => (item.state === "sending" ? { ...item, state: "pending" } : item)));
    this.pump();
  }

  /** Stops timers; the items stay in storage. */
  close() {
    this.closed = true;
    this.clearRetry();
  }

  private clearRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private save(next: OutboxItem[]) {
    this.items = next;
    this.options.storage.write(
      JSON.stringify(next.map(({ clientId, roundId, kind, text }) => ({ clientId, roundId, kind, text }))),
    );
    this.options.onChange?.(next);
  }

  private update(clientId: string, change: (item: OutboxItem) => OutboxItem | null) {
    const next: OutboxItem[] = [];
    for (const item of this.items) {
      if (item.clientId !== clientId) next.push(item);
      else {
        const changed = change(item);
        if (changed) next.push(changed);
      }
    }
    this.save(next);
  }

  /**
   * Sends pending items now, oldest first, at most MAX_IN_FLIGHT at a time, unless offline or
   * waiting out a retry. The window keeps a long-kept outbox within the server's burst for posts
   * (lib/realtime/live-limits.ts): sending 40 at once after a long time offline would have most of
   * them refused, and many refusals in a row look like a script.
   */
  private pump() {
    if (this.closed || !this.connected || this.retryTimer) return;
    let inFlight = this.items.filter((item) => item.state === "sending").length;
    for (const item of this.items) {
      if (inFlight >= MAX_IN_FLIGHT) return;
      if (item.state !== "pending") continue;
      inFlight += 1;
      void this.sendOne(item);
    }
  }

  private async sendOne(item: OutboxItem) {
    const attempt = (this.attempts.get(item.clientId) ?? 0) + 1;
    this.attempts.set(item.clientId, attempt);
    this.update(item.clientId, (current) => ({ ...current, state: "sending" }));
    const { state: _state, ...payload } = item;
    let answer: SendAnswer;
    try {
      answer = await this.options.send(payload);
    } catch {
      answer = { ok: false, code: "offline", message: "" };
    }
    if (this.closed) return;
    const current = this.items.find((other) => other.clientId === item.clientId);
    if (!current) return;
    if (answer.ok) {
      // Stored, whichever attempt this answers.
      this.attempts.delete(item.clientId);
      this.failures = 0;
      this.update(item.clientId, () => null);
      this.pump();
      return;
    }
    // A reconnect has sent it again since: that attempt's answer decides.
    if (this.attempts.get(item.clientId) !== attempt) return;
    if (!isRetryable(answer.code)) {
      this.attempts.delete(item.clientId);
      this.update(item.clientId, () => null);
      this.options.onReturned?.({
        clientId: item.clientId,
        text: item.text,
        code: answer.code as ErrorCode,
        message: answer.message,
      });
      this.pump();
      return;
    }
    this.update(item.clientId, (other) => ({ ...other, state: "pending" }));
    // No connection: the next connect sends it. Otherwise try again after a while.
    if (answer.code === "offline" && !this.connected) return;
    this.scheduleRetry(answer.retryAfterMs);
  }

  private scheduleRetry(retryAfterMs?: number) {
    if (this.retryTimer || this.closed) return;
    this.failures += 1;
    const wait = Math.max(retryAfterMs ?? 0, backoffMs(this.failures, this.options.random));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, wait);
  }
}

/** An OutboxStorage in memory (tests, the fault bench). */
export function memoryStorage(): OutboxStorage & { value: string | null } {
  const storage = {
    value: null as string | null,
    read: () => storage.value,
    write: (value: string) => {
      storage.value = value;
    },
  };
  return storage;
}
