import { z } from "zod";
import type { Result } from "@/lib/errors";

/**
 * The live channel's event map: every event a client may emit, with the zod schema of its payload,
 * who may send it, and the shape of its answer. Both ends derive their types from here.
 *
 * Names are `entity:verb`. Every client event takes an ack: `{ ok: true, data } | { ok: false, code, message }`.
 * The sender's identity comes from the handshake (socket.data), never from the payload.
 */

/** Who may emit an event: anyone connected, or a signed-in facilitator. */
export type Access = "anyone" | "facilitator";

export interface ClientEventDefinition<P extends z.ZodType, R> {
  payload: P;
  access: Access;
  /** Only a type carrier for the ack's data; never read at run time. */
  result?: R;
}

/** Defines an event whose ack carries `R`: `define<R>()(access, payloadSchema)`. */
function define<R>() {
  return <P extends z.ZodType>(access: Access, payload: P): ClientEventDefinition<P, R> => ({ access, payload });
}

export interface ClockSample {
  clientSentAt: number;
  serverTime: number;
}

export interface DeckSummary {
  id: string;
  slug: string;
  title: { nl: string; en: string };
  lessonCount: number;
}

export const clientEvents = {
  /** Clock sync: the server's time, so the client can measure its offset (timer math). */
  "clock:sync": define<ClockSample>()("anyone", z.object({ clientSentAt: z.number().finite().nonnegative() }).strict()),
  /** The decks a facilitator can deal cards from. */
  "deck:list": define<DeckSummary[]>()("facilitator", z.object({}).strict()),
};

export type ClientEventName = keyof typeof clientEvents;
export type ClientEventPayload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]["payload"]>;
export type ClientEventResult<E extends ClientEventName> = NonNullable<(typeof clientEvents)[E]["result"]>;

/** Events the server sends. */
export interface ServerToClientEvents {
  /** The server is going down (deploy or restart); clients reconnect by themselves. */
  "server:restarting": () => void;
}

/** Socket.io's client-to-server map, derived from clientEvents. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (result: Result<ClientEventResult<E>>) => void) => void;
};

/** Largest message the server accepts, in bytes. A reaction is at most 2,000 characters. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
