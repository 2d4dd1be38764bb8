import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { presentParticipant } from "./participants";
import { type Actor, mutateSession } from "./transaction";

/**
 * The shared session notes, written by the note taker or the facilitator. Every save names the
 * version it was written on; when someone else saved in between, it is refused (notes_conflict)
 * and nothing is overwritten: the writer sees the other version and still has their own text.
 */
export async function updateNotes(
  db: Db,
  sessionId: string,
  actor: Actor,
  input: { text: string; baseVersion: number },
) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true },
    });
    if (session.status === "ended") throw new KringError("session_ended");
    if (actor.role === "participant") {
      const participant = await presentParticipant(tx, sessionId, actor.participantId);
      if (participant.role !== "note_taker") throw new KringError("notes_readonly");
    }
    const current = await tx.sessionNote.findUnique({ where: { sessionId } });
    if ((current?.version ?? 0) !== input.baseVersion) throw new KringError("notes_conflict");
    const updatedById = actor.role === "participant" ? actor.participantId : null;
    const updatedByLead = actor.role !== "participant";
    const saved = await tx.sessionNote.upsert({
      where: { sessionId },
      create: { sessionId, text: input.text, version: 1, updatedById, updatedByLead },
      update: { text: input.text, version: { increment: 1 }, updatedById, updatedByLead },
    });
    return { notesVersion: saved.version };
  });
}
