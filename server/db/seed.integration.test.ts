import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinMethods } from "@/lib/domain/methods/builtin-methods";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import { createDb, type Db } from "./client";
import { migrateDatabase } from "./database";
import { seed } from "./seed";
import { createScratchDatabase, type ScratchDatabase } from "./testing";

/**
 * The source document the deck comes from (a copy of shared/seeds/000_51f6b9ede9e4f88d.txt), read
 * independently of the seed data: its "#### "/"### " headings are themes, "- " lines are lessons.
 */
function lessonsFromSourceDocument() {
  const text = readFileSync("prisma/sources/intervisielessen-professioneel-participeren-2012.md", "utf8");
  const themes: { title: string; framing: string; lessons: string[] }[] = [];
  for (const line of text.split("\n")) {
    const heading = /^#{3,4} (?:\*\*)?(.+?)(?:\*\*)?\s*$/.exec(line);
    if (heading?.[1] && !heading[1].startsWith("Hoe maak"))
      themes.push({ title: heading[1], framing: "", lessons: [] });
    const current = themes.at(-1);
    if (!current) continue;
    const framing = /^\*(.+)\*\s*$/.exec(line);
    if (framing?.[1]) current.framing = framing[1];
    if (line.startsWith("- ")) current.lessons.push(line.slice(2).trimEnd());
  }
  const closing = text.split("\n").find((line) => line.startsWith("Tot slot:"));
  return { themes, closing: closing?.trimEnd() };
}

describe("seed", () => {
  let database: ScratchDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createScratchDatabase();
    await migrateDatabase(database.url);
    db = createDb(database.url, 1);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("stores every lesson of the source document word for word, in order, under its theme", async () => {
    await seed(db);
    const source = lessonsFromSourceDocument();
    expect(source.themes.map((theme) => theme.lessons.length)).toEqual([8, 5, 5, 6]);

    const deck = await db.deck.findUniqueOrThrow({
      where: { slug: "professioneel-participeren-2012" },
      include: { themes: { orderBy: { position: "asc" }, include: { lessons: { orderBy: { position: "asc" } } } } },
    });
    expect(
      deck.themes.map((theme) => ({
        title: theme.titleNl,
        framing: theme.framingNl,
        lessons: theme.lessons.map((lesson) => lesson.textNl),
      })),
    ).toEqual(source.themes);
    expect(deck.closingNl).toBe(source.closing);
    expect(deck.introNl).toMatch(/^Vijf intervisiebijeenkomsten waarin ruim twintig corporatiemedewerkers/);
    for (const theme of deck.themes) {
      expect(theme.titleEn.length).toBeGreaterThan(0);
      expect(theme.framingEn.length).toBeGreaterThan(0);
      for (const lesson of theme.lessons) {
        expect(lesson.textEn.length).toBeGreaterThan(0);
        expect(lesson.textEn).not.toBe(lesson.textNl);
      }
    }
  });

  it("stores the built-in methods with their phases and valid rules in both languages", async () => {
    const methods = await db.method.findMany({ include: { phases: { orderBy: { position: "asc" } } } });
    expect(methods.map((method) => method.key).sort()).toEqual(builtinMethods.map((method) => method.key).sort());
    for (const method of methods) {
      const definition = builtinMethods.find((candidate) => candidate.key === method.key);
      expect(method.phases.map((phase) => phase.kind)).toEqual(definition?.phases.map((phase) => phase.kind));
      for (const phase of method.phases) {
        expect(phaseRulesSchema.safeParse(phase.rules).success).toBe(true);
        expect(phase.titleNl && phase.titleEn && phase.durationSeconds > 0).toBeTruthy();
      }
    }
    const incident = methods.find((method) => method.key === "incidentmethode");
    const advice = incident?.phases.find((phase) => phase.kind === "advice");
    expect(phaseRulesSchema.parse(advice?.rules)).toMatchObject({ ownerSilent: true, whoMayPost: "all_but_owner" });
  });

  it("is safe to run twice: nothing is duplicated and lesson ids stay the same", async () => {
    const before = await db.lesson.findMany({ select: { id: true, textNl: true }, orderBy: { id: "asc" } });
    const phasesBefore = await db.methodPhase.count();
    await seed(db);
    const after = await db.lesson.findMany({ select: { id: true, textNl: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(await db.deck.count()).toBe(1);
    expect(await db.method.count()).toBe(builtinMethods.length);
    expect(await db.methodPhase.count()).toBe(phasesBefore);
  });
});

/** Two nodes that start at the same time on a new database (PostgreSQL: the embedded one has one node). */
describe.skipIf(!process.env.DATABASE_URL)("seeding from two nodes at once", () => {
  it("gives one deck and one set of methods, and neither start fails", async () => {
    const database = await createScratchDatabase();
    const nodes = [createDb(database.url, 2), createDb(database.url, 2)];
    try {
      await Promise.all(nodes.map(() => migrateDatabase(database.url)));
      const reports = await Promise.all(nodes.map((node) => seed(node)));
      expect(reports[0]).toEqual(reports[1]);
      const [node] = nodes;
      expect(await node?.deck.count()).toBe(1);
      expect(await node?.method.count()).toBe(builtinMethods.length);
    } finally {
      await Promise.all(nodes.map((node) => node.$disconnect()));
      await database.drop();
    }
  });
});
