// `npm run bench:search` (and the second half of `npm run bench`): the archive's search and listing
// against a large archive, on the database the run uses (DATABASE_URL's server, else embedded PGlite).
// It fills a scratch database with sessions (default 200) of revealed reactions (default 100 each),
// notes and action points written from the lesson texts, then times each kind of query repeatedly.
// Goal: every query's p95 under 100 ms with 20,000 reactions, whatever the input.
//   npm run bench:search -- --sessions 200 --reactions 100 --repeat 30
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseArchiveQuery } from "@/lib/schemas/archive-query";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase } from "@/server/db/testing";
import { archiveSessions, searchArchive } from "@/server/services/archive";
import { summarize } from "./stats";

const { values } = parseArgs({
  options: {
    sessions: { type: "string", default: "200" },
    reactions: { type: "string", default: "100" },
    repeat: { type: "string", default: "30" },
  },
});
const options = z
  .object({
    sessions: z.coerce.number().int().min(1).max(2000),
    reactions: z.coerce.number().int().min(1).max(1000),
    repeat: z.coerce.number().int().min(1).max(1000),
  })
  .parse(values);
const GOAL_P95_MS = 100;

/** A deterministic pseudo-random stream, so every run searches the same archive. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function fill(db: Db) {
  const next = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const lessons = await db.lesson.findMany({ select: { id: true, textNl: true, textEn: true } });
  const sentences = lessons.flatMap((lesson) => [lesson.textNl, lesson.textEn]);
  const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
  const user = await db.user.create({ data: { email: "bench@example.org", name: "Bench", passwordHash: "x" } });
  for (let index = 0; index < options.sessions; index++) {
    const session = await db.intervisionSession.create({
      data: {
        title: `Intervisie ${index + 1}`,
        status: "ended",
        joinCode: `BENCH${String(index).padStart(6, "0")}`,
        facilitatorId: user.id,
        methodId: method.id,
        startedAt: new Date(Date.UTC(2025, 0, 1) + index * 86_400_000),
        endedAt: new Date(Date.UTC(2025, 0, 1) + index * 86_400_000 + 5_400_000),
      },
    });
    const people = await Promise.all(
      ["Anna", "Bram", "Carla", "Daan"].map((name, joinIndex) =>
        db.participant.create({
          data: {
            sessionId: session.id,
            displayName: name,
            credentialHash: `${session.id}-${joinIndex}`,
            joinIndex,
            agreementsAcceptedAt: new Date(),
          },
        }),
      ),
    );
    const lesson = pick(lessons);
    const round = await db.round.create({ data: { sessionId: session.id, position: 0, lessonId: lesson.id } });
    await db.reaction.createMany({
      data: Array.from({ length: options.reactions }, (_, position) => ({
        clientId: `${session.id}-${position}`,
        sessionId: session.id,
        roundId: round.id,
        authorId: pick(people).id,
        kind: "idea" as const,
        text: `${pick(sentences)} ${pick(sentences)}`,
        anonymous: next() < 0.3,
        visibility: next() < 0.9 ? ("revealed" as const) : ("pending" as const),
      })),
    });
    await db.sessionNote.create({ data: { sessionId: session.id, text: `${pick(sentences)}\n${pick(sentences)}` } });
    await db.actionPoint.createMany({
      data: Array.from({ length: 3 }, (_, position) => ({
        clientId: `${session.id}-action-${position}`,
        sessionId: session.id,
        text: pick(sentences).slice(0, 200),
      })),
    });
  }
  return user.id;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < options.repeat; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

async function main() {
  const database = await createScratchDatabase();
  const db = createDb(database.url, 2);
  try {
    await prepareDatabase(database.url, db);
    const filling = performance.now();
    const userId = await fill(db);
    const reactions = await db.reaction.count();
    console.log(
      `archive: ${options.sessions} sessions, ${reactions} reactions (filled in ${Math.round((performance.now() - filling) / 1000)} s)`,
    );
    const search =
      (q: string, page = "1") =>
      () =>
        searchArchive(db, userId, parseArchiveQuery({ q, page }).query);
    const cases: [string, () => Promise<unknown>][] = [
      ["common word (huurders)", search("huurders")],
      ["common word, page 20", search("huurders", "20")],
      ["English word (tenants)", search("tenants")],
      ["phrase and exclusion", search('"de huurders" -bestuur')],
      ["no hit", search("zwembadonderhoud")],
      ["200 characters of symbols", search("&|!:*()<->\\'\"".repeat(17))],
      ["archive list, page 1", () => archiveSessions(db, userId, parseArchiveQuery({}).query)],
      ["archive list, page 10", () => archiveSessions(db, userId, parseArchiveQuery({ page: "10" }).query)],
    ];
    const results: Record<string, ReturnType<typeof summarize>> = {};
    for (const [name, run] of cases) {
      results[name] = summarize(await time(run));
      const { p50, p95, max } = results[name];
      console.log(`${name.padEnd(28)} p50 ${p50} ms  p95 ${p95} ms  max ${max} ms`);
    }
    const worst = Math.max(...Object.values(results).map((result) => result.p95 ?? 0));
    console.log(`worst p95 ${worst} ms: goal (under ${GOAL_P95_MS} ms) ${worst < GOAL_P95_MS ? "met" : "NOT met"}`);
    mkdirSync("bench-results", { recursive: true });
    const file = `bench-results/search-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(
      file,
      JSON.stringify(
        { options, database: process.env.DATABASE_URL ? "postgresql" : "embedded", reactions, results },
        null,
        2,
      ),
    );
    console.log(`written to ${file}`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await main();
