import type { Socket } from "socket.io";
import type { z } from "zod";
import { type ErrorCode, errorMessageKeys, type Result } from "@/lib/errors";
import { translate } from "@/lib/i18n/translate";
import {
  type ClientEventName,
  type ClientEventResult,
  type ClientToServerEvents,
  clientEvents,
  type ServerToClientEvents,
} from "@/lib/realtime/events";
import type { Logger } from "@/server/logger";
import type { Facilitator, SocketData } from "./handshake-auth";

export type KringSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** A refusal a handler means to send: its code reaches the client, translated. */
export class RealtimeError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export interface HandlerContext {
  socket: KringSocket;
  /** Set for facilitator events: the router has checked it. */
  facilitator: Facilitator | null;
}

export type Handler<E extends ClientEventName> = (
  payload: z.output<(typeof clientEvents)[E]["payload"]>,
  context: HandlerContext,
) => Promise<ClientEventResult<E>>;

export type Handlers = { [E in ClientEventName]: Handler<E> };

/**
 * The live channel's one entrance. For every event: parse the payload with its zod schema, check
 * who sent it, run the handler, ack `{ ok: true, data }` or `{ ok: false, code, message }`.
 * Unknown errors become `internal` without leaking their text. Work in flight is tracked so that
 * shutdown can wait for it.
 */
export function createRouter(handlers: Handlers, log: Logger) {
  const inFlight = new Set<Promise<unknown>>();

  function attach(socket: KringSocket) {
    for (const name of Object.keys(clientEvents) as ClientEventName[]) {
      socket.on(name, (payload: unknown, ack: unknown) => {
        const reply = typeof ack === "function" ? (ack as (result: Result<unknown>) => void) : () => {};
        const work = dispatch(socket, name, payload).then(reply);
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      });
    }
  }

  async function dispatch(socket: KringSocket, name: ClientEventName, payload: unknown): Promise<Result<unknown>> {
    const definition = clientEvents[name];
    const refuse = (code: ErrorCode): Result<never> => ({
      ok: false,
      code,
      message: translate(socket.data.locale, errorMessageKeys[code]),
    });
    const facilitator = socket.data.facilitator;
    if (definition.access === "facilitator" && !facilitator) return refuse("unauthenticated");
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success) return refuse("bad_request");
    try {
      const handler = handlers[name] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, { socket, facilitator }) };
    } catch (error) {
      if (error instanceof RealtimeError) return refuse(error.code);
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
