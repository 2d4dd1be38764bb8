// `npm run suggest:eval -- [cases.json]`: how well Kring suggests lessons for pitched cases.
// Ranks the shipped Dutch deck for each case and counts a hit when one of the suggested lessons'
// Dutch text starts with one of the case's labels. Runs on a scratch database: DATABASE_URL's
// server, else an in-memory embedded one (no set-up). The last two lines are `top-3: N %` and
// `top-1: N %`. Without a file it uses our own set, scripts/suggest/cases.json. With `--explain`,
// each case a top-3 misses also lists the first eight lessons with the words and concepts that scored,
// and the concepts the case raised: for tuning the vocabulary (lib/suggest/thesaurus.ts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { snippetParts } from "@/lib/archive/highlight";
import { tenantParticipationDeck } from "@/lib/content/deck-tenant-participation";
import { normalizeForSearch } from "@/lib/domain/lesson-search";
import { conceptsIn } from "@/lib/suggest/concepts-in";
import { concepts } from "@/lib/suggest/thesaurus";
import { createDb } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase } from "@/server/db/testing";
import { suggestLessons } from "@/server/services/lesson-suggestions";

const caseFile = z.object({
  cases: z
    .array(
      z.object({
        case: z.string().trim().min(1).max(5000),
        lessons: z.array(z.string().trim().min(1).max(500)).min(1),
      }),
    )
    .min(1),
});

function fail(message: string): never {
  console.error(`suggest:eval: ${message}`);
  process.exit(1);
}

function readCases(path: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = caseFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`${path} is not {"cases": [{"case": "...", "lessons": ["..."]}]}: ${issue?.path.join(".")} ${issue?.message}`);
  }
  return parsed.data.cases;
}

const plain = (marked: string) =>
  snippetParts(marked)
    .map((part) => part.text)
    .join("");
const startsWith = (title: string, label: string) => normalizeForSearch(title).startsWith(normalizeForSearch(label));

async function main() {
  // npm runs scripts in the package folder; a relative path is meant from where the command was typed.
  const args = process.argv.slice(2);
  const explain = args.includes("--explain");
  const given = args.find((arg) => !arg.startsWith("--"));
  const path = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : resolve("scripts/suggest/cases.json");
  const cases = readCases(path);
  const titles = tenantParticipationDeck.themes.flatMap((theme) => theme.lessons.map((lesson) => lesson.text.nl));
  for (const [index, item] of cases.entries()) {
    for (const label of item.lessons) {
      if (!titles.some((title) => startsWith(title, label))) {
        fail(`case ${index + 1}: no lesson of the shipped deck starts with "${label}"`);
      }
    }
  }

  const database = await createScratchDatabase();
  const db = createDb(database.url, 2);
  try {
    await prepareDatabase(database.url, db);
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: tenantParticipationDeck.slug } });
    let top3 = 0;
    let top1 = 0;
    for (const [index, item] of cases.entries()) {
      const ranked = await suggestLessons(db, { deckId: deck.id, text: item.case, limit: explain ? 8 : 3 });
      const isLabelled = (s: (typeof ranked)[number]) =>
        item.lessons.some((label) => startsWith(plain(s.text.nl), label));
      const suggested = ranked.slice(0, 3);
      const hits = suggested.map(isLabelled);
      if (hits.some(Boolean)) top3 += 1;
      if (hits[0]) top1 += 1;
      const mark = hits[0] ? "1" : hits.some(Boolean) ? "3" : "-";
      const shown = suggested.map((s, i) => `${hits[i] ? "*" : ""}${s.number}`).join(", ");
      console.log(`${mark} case ${String(index + 1).padStart(2)}: [${shown}] ${item.case.slice(0, 70)}`);
      if (explain && !hits.some(Boolean)) {
        console.log(`    ${item.case}`);
        console.log(`    wanted: ${item.lessons.join(" | ")}`);
        console.log(
          `    raised: ${
            conceptsIn(item.case, concepts)
              .map((hit) => hit.concept.label.nl)
              .join("; ") || "-"
          }`,
        );
        for (const s of ranked) {
          const why = [...s.words, ...s.concepts.map((concept) => `<${concept.nl}>`)].join(", ");
          console.log(`    ${isLabelled(s) ? "*" : " "}${String(s.number).padStart(2)} ${why}`);
        }
      }
    }
    const percent = (count: number) => Math.round((count / cases.length) * 100);
    console.log(`cases: ${cases.length}, from ${path}`);
    console.log(`top-3: ${percent(top3)} %`);
    console.log(`top-1: ${percent(top1)} %`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
