import type { Db } from "@/server/db/client";

/**
 * Sign-out ends a facilitator's session on the server: each session token carries the user's
 * session version (`sv`) from when they signed in; signing out raises it, so every token issued
 * before (a copied cookie, another browser) is refused by pages, server actions and the socket
 * handshake alike.
 */

/** True when the user still exists and the token's version is their current one. */
export async function isSessionCurrent(db: Db, userId: string, version: unknown): Promise<boolean> {
  if (typeof version !== "number" || !Number.isInteger(version)) return false;
  return (await db.user.count({ where: { id: userId, sessionVersion: version } })) > 0;
}

/**
 * Voids every session token of the user, when `version` (the signing-out token's) is still current:
 * a token that is void already cannot sign its owner out of their newer sessions. True when it did.
 */
export async function endAllSessions(db: Db, userId: string, version: unknown): Promise<boolean> {
  if (typeof version !== "number" || !Number.isInteger(version)) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, sessionVersion: version },
    data: { sessionVersion: { increment: 1 } },
  });
  return count > 0;
}
