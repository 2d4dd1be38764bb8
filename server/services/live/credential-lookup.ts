import type { Db } from "@/server/db/client";

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
 * Reads the rows asked for within one turn of the event loop in one query: the live channel's
 * handshakes, of which a restart brings hundreds at once (one query each would queue them behind
 * everything else the database is doing then). A failed query fails every caller of its turn.
 */
export function batchedCredentialLookup(db: Db): CredentialLookup {
  let due: Map<string, { resolve: (row: CredentialRow | null) => void; reject: (error: unknown) => void }[]> | null =
    null;

  async function flush(batch: NonNullable<typeof due>) {
    try {
      const rows = await db.participant.findMany({
        where: { id: { in: [...batch.keys()] } },
        select: { id: true, sessionId: true, credentialHash: true, removedAt: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, waiting] of batch) for (const { resolve } of waiting) resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
    }
  }

  return (participantId) =>
    new Promise((resolve, reject) => {
      if (!due) {
        const batch = new Map<
          string,
          { resolve: (row: CredentialRow | null) => void; reject: (e: unknown) => void }[]
        >();
        due = batch;
        setImmediate(() => {
          due = null;
          void flush(batch);
        });
      }
      const waiting = due.get(participantId) ?? [];
      waiting.push({ resolve, reject });
      due.set(participantId, waiting);
    });
}
