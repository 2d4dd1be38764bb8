// The benchmarks' sessions: running Lessenrondes with a dealt card, reactions visible at once (so
// that every post fans out to the whole room), and their joined participants.
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";
import { joinSession } from "@/server/services/live/participants";
import { changePhase } from "@/server/services/live/phase-commands";
import { dealCard } from "@/server/services/live/round-commands";
import { createSession } from "@/server/services/sessions";

export interface BenchRoom {
  sessionId: string;
  roundId: string;
  participants: { id: string; cookieValue: string }[];
}

/** A facilitator with `rooms` running sessions of `participants` participants each. */
export async function createBenchRooms(
  db: Db,
  secret: string,
  counts: { rooms: number; participants: number },
): Promise<{ facilitatorId: string; rooms: BenchRoom[] }> {
  const user = await db.user.create({
    data: { email: `bench-${Date.now()}@example.org`, name: "Bench", passwordHash: "x" },
  });
  const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
  const deck = await db.deck.findFirstOrThrow();
  const rooms: BenchRoom[] = [];
  for (let room = 0; room < counts.rooms; room++) {
    const session = await createSession(db, user.id, {
      title: `Bench ${room}`,
      methodId: method.id,
      deckId: deck.id,
      agreements: "",
      anonymous: false,
      locale: "nl",
    });
    for (const phase of await db.sessionPhase.findMany({ where: { sessionId: session.id, kind: "lesson_round" } })) {
      const rules = phaseRulesSchema.parse(phase.rules);
      await db.sessionPhase.update({
        where: { id: phase.id },
        data: { rules: { ...rules, hiddenUntilReveal: false } },
      });
    }
    await changePhase(db, session.id, { type: "start" });
    await changePhase(db, session.id, { type: "next" });
    const { value } = await dealCard(db, session.id, { random: true });
    const participants = [];
    for (let member = 0; member < counts.participants; member++) {
      const joined = await joinSession(db, secret, session.id, `P${member}`);
      participants.push({ id: joined.participantId, cookieValue: joined.cookieValue });
    }
    rooms.push({ sessionId: session.id, roundId: value.roundId, participants });
  }
  return { facilitatorId: user.id, rooms };
}
