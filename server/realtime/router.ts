import type { z } from "zod";
import { type ErrorCode, errorMessageKeys, KringError, type Result } from "@/lib/errors";
import { translate } from "@/lib/i18n/translate";
import { type Access, type ClientEventName, type ClientEventResult, clientEvents } from "@/lib/realtime/events";
import type { Logger } from "@/server/logger";
import type { Facilitator, Member } from "./handshake-auth";
import type { KringSocket } from "./types";

export interface HandlerContext {
  socket: KringSocket;
  /** The signed-in facilitator, if any. */
  facilitator: Facilitator | null;
  /** The session this connection is bound to, as whom. The router has checked it against the event's access. */
  member: Member | null;
}

/** Why a connection may not send an event of `access`, or null when it may. */
function refusalFor(access: Access, facilitator: Facilitator | null, member: Member | null): ErrorCode | null {
  switch (access) {
    case "anyone":
      return null;
    case "facilitator":
      return facilitator ? null : "unauthenticated";
    case "member":
      return member ? null : "forbidden";
    case "lead":
      return member?.role === "lead" ? null : "forbidden";
    case "participant":
      return member?.role === "participant" ? null : "forbidden";
  }
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
    const { facilitator, member } = socket.data;
    const refusal = refusalFor(definition.access, facilitator, member);
    if (refusal) return refuse(refusal);
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success) return refuse("bad_request");
    try {
      const handler = handlers[name] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, { socket, facilitator, member }) };
    } catch (error) {
      if (error instanceof KringError) return refuse(error.code);
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
