import { KringError } from "@/lib/errors";
import type { Db, Prisma } from "@/server/db/client";

export type Tx = Prisma.TransactionClient;

/** Who is acting on a session: the facilitator leading it, or one of its participants. */
export type Actor = { role: "lead" } | { role: "participant"; participantId: string };

export interface Mutation<T> {
  version: number;
  value: T;
}

/**
 * Runs one change to a live session in one transaction: locks the session row (so changes to one
 * session are applied one at a time, in order), runs `change`, and raises the session's version.
 * Nothing is acked or broadcast until this has committed.
 */
export async function mutateSession<T>(
  db: Db,
  sessionId: string,
  change: (tx: Tx) => Promise<T>,
): Promise<Mutation<T>> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "IntervisionSession" WHERE id = ${sessionId} FOR UPDATE`;
      if (locked.length === 0) throw new KringError("not_found");
      const value = await change(tx);
      const { version } = await tx.intervisionSession.update({
        where: { id: sessionId },
        data: { version: { increment: 1 } },
        select: { version: true },
      });
      return { version, value };
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}
