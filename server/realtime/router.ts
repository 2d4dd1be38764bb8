import type { z } from "zod";
import { type ErrorCode, errorMessageKeys, KringError, type Result } from "@/lib/errors";
import { translate } from "@/lib/i18n/translate";
import { type ClientEventName, type ClientEventResult, clientEvents } from "@/lib/realtime/events";
import { refusalCodeOf } from "@/lib/schemas/text";
import { liveRefusal } from "@/server/access";
import { type DatabaseHealth, isDatabaseBusy, isDatabaseUnavailable } from "@/server/db/availability";
import type { Logger } from "@/server/logger";
import type { Facilitator, Member } from "./handshake-auth";
import type { LiveLimits } from "./live-limits";
import type { KringSocket } from "./types";

export interface HandlerContext {
  socket: KringSocket;
  /** The signed-in facilitator, if any. */
  facilitator: Facilitator | null;
  /** The session this connection is bound to, as whom. The router has checked it against the event's access. */
  member: Member | null;
}

export type Handler<E extends ClientEventName> = (
  payload: z.output<(typeof clientEvents)[E]["payload"]>,
  context: HandlerContext,
) => Promise<ClientEventResult<E>>;

export type Handlers = { [E in ClientEventName]: Handler<E> };

/** How long a client waits after `busy` (plus up to as much again, so that retries spread out). */
const BUSY_RETRY_MS = 1000;
export const busyRetryMs = () => BUSY_RETRY_MS + Math.round(Math.random() * BUSY_RETRY_MS);

/**
 * The live channel's one entrance. For every event: count it against the live limits (rate and
 * size, before anything else, so that malformed floods count too), check who sent it, parse the
 * payload with its zod schema, run the handler, ack `{ ok: true, data }` or
 * `{ ok: false, code, message }`. Unknown errors become `internal` without leaking their text; an
 * unreachable database becomes the retryable `unavailable` with a `retryAfterMs`, a queue too long
 * for more work `busy`. Refusals that only a script causes are counted, and enough of them
 * disconnect the socket. Work in flight is tracked so that shutdown can wait for it.
 */
export function createRouter(
  handlers: Handlers,
  log: Logger,
  limits: LiveLimits,
  health?: DatabaseHealth,
  /** True while the database's queue is too long to take more work: answered `busy` at once. */
  overloaded?: () => boolean,
) {
  const inFlight = new Set<Promise<unknown>>();

  function attach(socket: KringSocket) {
    // Events that no handler takes are malformed: counted as refusals, answered by nobody.
    socket.onAny((name: unknown) => {
      if (typeof name !== "string" || !Object.hasOwn(clientEvents, name))
        void limits.refused(socket, "bad_request", String(name).slice(0, 40));
    });
    for (const name of Object.keys(clientEvents) as ClientEventName[]) {
      socket.on(name, (payload: unknown, ack: unknown) => {
        // Expelled for abuse and about to be closed: not even an answer.
        if (limits.isExpelled(socket)) return;
        const reply = typeof ack === "function" ? (ack as (result: Result<unknown>) => void) : () => {};
        const work = dispatch(socket, name, payload).then(reply);
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      });
    }
  }

  async function dispatch(socket: KringSocket, name: ClientEventName, payload: unknown): Promise<Result<unknown>> {
    const result = await answer(socket, name, payload);
    if (!result.ok) await limits.refused(socket, result.code, name);
    return result;
  }

  async function answer(socket: KringSocket, name: ClientEventName, payload: unknown): Promise<Result<unknown>> {
    const definition = clientEvents[name];
    const refuse = (code: ErrorCode): Extract<Result<never>, { ok: false }> => ({
      ok: false,
      code,
      message: translate(socket.data.locale, errorMessageKeys[code]),
    });
    const limited = await limits.check(socket, name, payload);
    if (limited) return refuse(limited);
    const { facilitator, member } = socket.data;
    const refusal = liveRefusal(definition.access, facilitator, member);
    if (refusal) return refuse(refusal);
    const parsed = definition.payload.safeParse(payload);
    // A control character in a text gets its own message: the person can do something about it.
    if (!parsed.success) return refuse(refusalCodeOf(parsed.error));
    // Admission: a request that would only wait in a long queue (and be sent again by a client that
    // gave up on it) is turned away at once with "busy, retry in N ms".
    if (overloaded && name !== "clock:sync" && overloaded()) return { ...refuse("busy"), retryAfterMs: busyRetryMs() };
    try {
      const handler = handlers[name] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, { socket, facilitator, member }) };
    } catch (error) {
      if (error instanceof KringError) return refuse(error.code);
      // The database is away: a retryable answer (the client keeps what it sent), one log line in all.
      if (health && isDatabaseUnavailable(error)) {
        health.wentAway(error);
        return { ...refuse("unavailable"), retryAfterMs: health.retryAfterMs };
      }
      // Every connection busy for too long: "busy, retry in N ms" rather than a request left to time out.
      if (isDatabaseBusy(error))
        return { ...refuse("busy"), retryAfterMs: BUSY_RETRY_MS + Math.round(Math.random() * BUSY_RETRY_MS) };
      log.error(`live event ${name} failed`, error);
      return refuse("internal");
    }
  }

  return {
    attach,
    /** Resolves when every handler that has started has answered. */
    async drain() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
