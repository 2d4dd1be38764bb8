import { randomBytes } from "node:crypto";
import { z } from "zod";
import { KringError } from "@/lib/errors";
import { hashToken } from "@/server/auth/participant-credential";
import type { Db } from "@/server/db/client";
import { ledSession } from "./sessions";

/**
 * Share links: anyone with one may read one session's report, until it is revoked or expires. The
 * link carries a random token (32 bytes); the database keeps only its sha256, so the link is shown
 * once, when it is made, and a copy of the database opens nothing. Only the facilitator who led the
 * session makes and revokes its links.
 */

/** A token as links carry it: 32 random bytes in base64url. Anything else is no token at all. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareLinkState = "active" | "revoked" | "expired";

export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** Makes a link to the session's report; returns its token, the only time it is known. */
export async function createShareLink(
  db: Db,
  userId: string,
  sessionId: string,
  validDays: number | null,
  now: Date,
): Promise<{ id: string; token: string; expiresAt: Date | null }> {
  await ledSession(db, userId, sessionId);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = validDays === null ? null : new Date(now.getTime() + validDays * DAY_MS);
  const link = await db.shareLink.create({
    data: { sessionId, createdById: userId, tokenHash: hashToken(token), expiresAt },
    select: { id: true },
  });
  return { id: link.id, token, expiresAt };
}

/** Revokes a link of a session the facilitator led; revoking twice is fine. */
export async function revokeShareLink(db: Db, userId: string, sessionId: string, linkId: string, now: Date) {
  await ledSession(db, userId, sessionId);
  const { count } = await db.shareLink.updateMany({
    where: { id: linkId, sessionId },
    data: { revokedAt: now },
  });
  if (count === 0) throw new KringError("not_found");
}

/** The session's links, newest first, with their state (never their tokens: only hashes are kept). */
export async function listShareLinks(db: Db, userId: string, sessionId: string, now: Date) {
  await ledSession(db, userId, sessionId);
  const links = await db.shareLink.findMany({
    where: { sessionId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  return links.map((link) => ({ ...link, state: shareLinkState(link, now) }));
}

/** The session a valid token opens, or null: unknown, revoked and expired links look the same. */
export async function sessionForShareToken(db: Db, token: string, now: Date): Promise<string | null> {
  const parsed = shareTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: { sessionId: true, revokedAt: true, expiresAt: true },
  });
  return link && shareLinkState(link, now) === "active" ? link.sessionId : null;
}
