import type { Db } from "@/server/db/client";
import { gatheredLookup } from "@/server/db/gathered-lookup";

/** What checking a participant's credential needs of their row. */
export interface CredentialRow {
  id: string;
  sessionId: string;
  credentialHash: string;
  removedAt: Date | null;
}

export type CredentialLookup = (participantId: string) => Promise<CredentialRow | null>;

/** Reads one participant's row (a page, a join). */
export const lookUpCredential =
  (db: Db): CredentialLookup =>
  (participantId) =>
    db.participant.findUnique({
      where: { id: participantId },
      select: { id: true, sessionId: true, credentialHash: true, removedAt: true },
    });

/**
 * Reads the rows of many handshakes in few queries (gathered-lookup.ts): a restart brings hundreds
 * at once, and one query each would queue them behind everything else the database is doing then.
 * A failed query fails every caller it answers.
 */
export function batchedCredentialLookup(db: Db): CredentialLookup {
  return gatheredLookup(async (ids) => {
    const rows = await db.participant.findMany({
      where: { id: { in: ids } },
      select: { id: true, sessionId: true, credentialHash: true, removedAt: true },
    });
    return new Map(rows.map((row) => [row.id, row]));
  });
}
