import { type ErrorCode, KringError } from "@/lib/errors";
import { handshakeAuthSchema, LIVE_PROTOCOL } from "@/lib/realtime/events";
import { leadSessionWhere } from "@/server/access";
import { participantCookieName, readCredential } from "@/server/auth/participant-credential";
import type { Db } from "@/server/db/client";
import type { CredentialLookup } from "@/server/services/live/credential-lookup";
import { authenticateParticipant } from "@/server/services/live/participants";
import type { Facilitator, Member } from "./handshake-auth";

/**
 * Binds a connection to the session it asks for in the handshake (`auth: { sessionId, as, protocol }`):
 * the facilitator who leads it (as lead or projector), or a participant with that session's
 * credential cookie. No session asked: null (the connection may only use "anyone" events).
 * Anything else is refused with a code the client shows.
 */
export async function bindSession(
  db: Db,
  secret: string,
  auth: unknown,
  facilitator: Facilitator | null,
  cookies: Map<string, string>,
  lookUp?: CredentialLookup,
): Promise<Member | null> {
  if (auth === undefined || auth === null || (typeof auth === "object" && Object.keys(auth).length === 0)) return null;
  const parsed = handshakeAuthSchema.safeParse(auth);
  if (!parsed.success) throw new KringError("bad_request");
  const { sessionId, as, protocol } = parsed.data;
  // A page from before an update would miss what this server sends: it reloads instead.
  if (protocol !== LIVE_PROTOCOL) throw new KringError("outdated");
  if (as === "participant") {
    const cookie = cookies.get(participantCookieName(sessionId));
    const found = await authenticateParticipant(db, secret, sessionId, cookie, lookUp);
    if (!found) throw new KringError("unauthenticated");
    if (found.removed) throw new KringError("removed");
    return { sessionId, role: "participant", participantId: found.participant.id };
  }
  if (!facilitator) throw new KringError("unauthenticated");
  const session = await db.intervisionSession.findFirst({
    where: { id: sessionId, ...leadSessionWhere(facilitator.id) },
    select: { id: true },
  });
  if (!session) throw new KringError("forbidden");
  return { sessionId, role: as };
}

/**
 * Who a handshake claims to be, for the live limits' connect bucket, read without the database:
 * the participant of a correctly signed credential cookie, else the signed-in facilitator, else
 * null. (Only the signature is checked here; bindSession checks the rest.)
 */
export function handshakePerson(
  secret: string,
  auth: unknown,
  facilitator: Facilitator | null,
  cookies: Map<string, string>,
): string | null {
  const parsed = handshakeAuthSchema.safeParse(auth);
  if (parsed.success && parsed.data.as === "participant") {
    const { sessionId } = parsed.data;
    const credential = readCredential(secret, sessionId, cookies.get(participantCookieName(sessionId)));
    return credential ? personKey({ participantId: credential.participantId }) : null;
  }
  return facilitator ? personKey({ facilitatorId: facilitator.id }) : null;
}

/** One person's key in the live limits: a participant (all their tabs) or a facilitator. */
export function personKey(person: { participantId: string } | { facilitatorId: string }): string {
  return "participantId" in person ? `p:${person.participantId}` : `f:${person.facilitatorId}`;
}

/** The error a refused handshake carries to the client (`connect_error`), with its code. */
export function handshakeError(code: ErrorCode): Error & { data: { code: ErrorCode } } {
  return Object.assign(new Error(code), { data: { code } });
}
