import { z } from "zod";
import type { SessionCatchUp, SessionPatch } from "@/lib/domain/session-patch";
import type { SessionView } from "@/lib/domain/session-view";
import type { Result } from "@/lib/errors";
import {
  actionAddSchema,
  actionUpdateSchema,
  caseIdSchema,
  casePitchSchema,
  catchUpSchema,
  clientIdSchema,
  dealSchema,
  emptySchema,
  idSchema,
  memberChoiceSchema,
  methodSaveSchema,
  notesUpdateSchema,
  participantIdSchema,
  phaseJumpSchema,
  planUpdateSchema,
  projectorShowSchema,
  proposalSuggestSchema,
  reactionAddSchema,
  reactionEditSchema,
  reactionIdSchema,
  reactionLabelSchema,
  reactionUsableSchema,
  roleAssignSchema,
  timerCommandSchema,
  turnsStartSchema,
  voteCastSchema,
} from "@/lib/schemas/live";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";

/**
 * The live channel's event map: every event a client may emit, with the zod schema of its payload,
 * who may send it, and the shape of its answer. Both ends derive their types from here.
 *
 * Names are `entity:verb`. Every client event takes an ack: `{ ok: true, data } | { ok: false, code, message }`.
 * The sender's identity and session come from the handshake (socket.data), never from the payload.
 */

/**
 * Who may emit an event: anyone connected; a signed-in facilitator; the facilitator leading the
 * session this connection is bound to; a participant of it; or any of its viewers (including the
 * projector).
 */
export type Access = "anyone" | "facilitator" | "lead" | "participant" | "member";

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
  /** A facilitator's own deck (only its owner gets it), not a shipped one. */
  own: boolean;
}

/** Most commands answer with the new version; the view itself arrives as `session:state`. */
export interface Applied {
  version: number;
}

export const clientEvents = {
  /** Clock sync: the server's time, so the client can measure its offset (timer math). */
  "clock:sync": define<ClockSample>()("anyone", z.object({ clientSentAt: z.number().finite().nonnegative() }).strict()),
  /** The decks a facilitator can deal cards from. */
  "deck:list": define<DeckSummary[]>()("facilitator", emptySchema),

  /** The whole session as this viewer may see it (after a reconnect or a missed version). */
  "session:sync": define<SessionView>()("member", emptySchema),
  /** After a version gap: the patches missed since the version the client shows, or the whole view. */
  "session:catchup": define<SessionCatchUp>()("member", catchUpSchema),
  "session:end": define<Applied>()("lead", emptySchema),

  "phase:start": define<Applied>()("lead", emptySchema),
  "phase:next": define<Applied>()("lead", emptySchema),
  "phase:back": define<Applied>()("lead", emptySchema),
  "phase:jump": define<Applied>()("lead", phaseJumpSchema),
  "timer:command": define<Applied>()("lead", timerCommandSchema),

  "card:deal": define<Applied>()("lead", dealSchema),
  /** The three lessons of the session's deck that fit a case best, each with why. */
  "lesson:suggest": define<LessonSuggestion[]>()("lead", caseIdSchema),
  /** The same for the cases brought in before the session (the lobby), by proposal id. */
  "proposal:suggest": define<Record<string, LessonSuggestion[]>>()("lead", proposalSuggestSchema),
  "round:reveal": define<Applied>()("lead", emptySchema),
  /** Closes the round's dot vote (the counts show, most voted first), or opens it again. */
  "round:voting": define<Applied>()("lead", z.object({ closed: z.boolean() }).strict()),
  "reaction:hide": define<Applied>()("lead", reactionIdSchema),
  "reaction:unhide": define<Applied>()("lead", reactionIdSchema),
  "turns:start": define<Applied>()("lead", turnsStartSchema),
  "turns:next": define<Applied>()("lead", emptySchema),
  "turns:skip": define<Applied>()("lead", emptySchema),
  "participant:remove": define<Applied>()("lead", participantIdSchema),
  "session:lock": define<Applied>()("lead", z.object({ locked: z.boolean() }).strict()),
  /** What the projector shows besides the round: the join code, a spotlight, a page. */
  "projector:show": define<Applied>()("lead", projectorShowSchema),

  "reaction:add": define<Applied & { reactionId: string }>()("participant", reactionAddSchema),
  "reaction:edit": define<Applied>()("participant", reactionEditSchema),
  "reaction:withdraw": define<Applied>()("participant", reactionIdSchema),
  "vote:cast": define<Applied>()("participant", voteCastSchema),
  "participant:member": define<Applied>()("participant", memberChoiceSchema),
  "vote:retract": define<Applied>()("participant", reactionIdSchema),
  "reaction:usable": define<Applied>()("participant", reactionUsableSchema),
  "reaction:label": define<Applied>()("participant", reactionLabelSchema),

  "case:pitch": define<Applied & { caseId: string }>()("participant", casePitchSchema),
  "case:vote": define<Applied>()("participant", z.object({ clientId: clientIdSchema, caseId: idSchema }).strict()),
  "case:choose": define<Applied>()("lead", caseIdSchema),
  "role:assign": define<Applied>()("lead", roleAssignSchema),
  /** The note taker or the facilitator (the router lets members through; the projector is refused). */
  "notes:update": define<Applied & { notesVersion: number }>()("member", notesUpdateSchema),
  "action:add": define<Applied & { actionPointId: string }>()("member", actionAddSchema),
  "action:update": define<Applied>()("member", actionUpdateSchema),

  /** The phase plan, edited before the session starts (refused with plan_locked once it has). */
  "plan:update": define<Applied>()("lead", planUpdateSchema),
  /** The session's plan saved as the facilitator's own method, selectable for their next sessions. */
  "method:save": define<{ methodId: string }>()("lead", methodSaveSchema),
};

export type ClientEventName = keyof typeof clientEvents;
export type ClientEventPayload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]["payload"]>;
export type ClientEventResult<E extends ClientEventName> = NonNullable<(typeof clientEvents)[E]["result"]>;

/** Events the server sends. */
export interface ServerToClientEvents {
  /** The server is going down (deploy or restart); clients reconnect by themselves. */
  "server:restarting": () => void;
  /** Saving paused (the database is unreachable) or resumed; what clients send meanwhile is kept. */
  "server:saving": (status: { paused: boolean }) => void;
  /** The session as this viewer may see it, after every change. Newer versions replace older ones. */
  "session:state": (view: SessionView) => void;
  /**
   * Who of the session's participants is connected now (ids, sorted; PROJECTOR_PRESENCE among them
   * while a projector screen is), whenever that changes. Not versioned.
   */
  "session:presence": (presence: { online: string[] }) => void;
  /**
   * Small changes, each on top of the version before it (new reactions; see lib/domain/session-patch):
   * the reactions one commit stored in the session go out together, one frame per screen.
   */
  "session:patches": (patches: SessionPatch[]) => void;
  /** This participant was removed by the facilitator; the connection closes. */
  "session:removed": () => void;
}

/** Socket.io's client-to-server map, derived from clientEvents. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (result: Result<ClientEventResult<E>>) => void) => void;
};

/** Largest message the server accepts, in bytes. A reaction is at most 2,000 characters. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * The live channel's protocol, raised whenever its events change in a way an older page cannot
 * follow (2: a commit's new reactions in one `session:patches` frame). A page loaded before an
 * update says an older one, or none, and is refused with `outdated`; it then reloads.
 */
export const LIVE_PROTOCOL = 2;

/**
 * What a client says in the handshake (`io({ auth })`): which session it is there for, as whom,
 * and which protocol it speaks.
 */
export const handshakeAuthSchema = z.object({
  sessionId: idSchema,
  as: z.enum(["lead", "participant", "projector"]),
  protocol: z.number().int().optional(),
});
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

/** The handshake of a client of this build, for `sessionId` as `as`. */
export function liveAuth(sessionId: string, as: HandshakeAuth["as"]): HandshakeAuth {
  return { sessionId, as, protocol: LIVE_PROTOCOL };
}
