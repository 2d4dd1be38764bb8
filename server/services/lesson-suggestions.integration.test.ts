import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snippetParts } from "@/lib/archive/highlight";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { suggestLessons } from "./lesson-suggestions";

const highlighted = (marked: string) =>
  snippetParts(marked)
    .filter((part) => part.hit)
    .map((part) => part.text.toLocaleLowerCase("nl"));
const plain = (marked: string) =>
  snippetParts(marked)
    .map((part) => part.text)
    .join("");

describe("lessons suggested for a pitched case", () => {
  let harness: LiveHarness;
  let shippedDeck: string;
  beforeAll(async () => {
    harness = await startLiveHarness();
    shippedDeck = (await harness.db.deck.findFirstOrThrow({ where: { ownerId: null } })).id;
  });
  afterAll(async () => harness?.close());

  const suggest = (text: string, deckId = shippedDeck) => suggestLessons(harness.db, { deckId, text });

  it("finds a lesson from a paraphrase, in English or Dutch, and says why with the words highlighted", async () => {
    const english = await suggest(
      "Nobody on my team wants to take this up. They all say it matters, but nobody volunteers.",
    );
    expect(english.map((s) => plain(s.text.nl))).toContain("Zoek collega's die ambassadeur willen en kunnen zijn.");
    const ambassadors = english.find((s) => s.text.nl.includes("ambassadeur")) as LessonSuggestion;
    expect(ambassadors.number).toBe(1);
    expect(ambassadors.theme).toEqual({ nl: "Intern draagvlak", en: "Internal support" });
    expect(ambassadors.concepts.map((c) => c.en)).toContain("colleagues who will carry it");
    expect(highlighted(ambassadors.text.nl)).toContain("ambassadeur");
    expect(highlighted(ambassadors.text.en)).toContain("ambassadors");

    const dutch = await suggest(
      "Onze huismeesters horen elke dag wat er misgaat, maar dat komt nooit in de onderhoudsplanning.",
    );
    expect(plain(dutch[0]?.text.nl ?? "")).toMatch(/^Haal signalen op uit informele processen/);
    expect(dutch[0]?.words).toContain("huismeesters");
    expect(highlighted(dutch[0]?.text.nl ?? "")).toContain("huismeester");
  });

  it("gives at most three, and none for a case that shares nothing with the deck", async () => {
    expect(
      await suggest("Bewoners willen meer invloed op de renovatie en de planning van het onderhoud."),
    ).toHaveLength(3);
    expect(await suggest("Xylofoon kwispelt zonnig.")).toEqual([]);
    expect(await suggest("")).toEqual([]);
  });

  it("works for a facilitator's own deck, in the language it is written in", async () => {
    const lead = await harness.facilitator();
    const deck = await harness.db.deck.create({
      data: {
        slug: `eigen-${randomUUID()}`,
        ownerId: lead.user.id,
        titleNl: "Eigen deck",
        titleEn: "",
        themes: {
          create: [
            {
              position: 0,
              titleNl: "Samenwerken",
              titleEn: "",
              lessons: {
                create: [
                  { position: 0, textNl: "Spreek af wie het verslag van elk overleg maakt.", textEn: "" },
                  { position: 1, textNl: "Vier successen met de hele straat.", textEn: "" },
                ],
              },
            },
          ],
        },
      },
    });
    const found = await suggest(
      "Na elk overleg weet niemand wie het verslag maakt; er ontstaat steeds gedoe.",
      deck.id,
    );
    expect(found.map((s) => [s.number, plain(s.text.nl)])).toEqual([
      [1, "Spreek af wie het verslag van elk overleg maakt."],
    ]);
  });

  it("answers only the facilitator leading the session, for its own cases, on the wire", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const other = await harness.session(lead.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const elsewhere = await harness.participant(other.id, "Bea");
    const pitched = await harness.db.case.create({
      data: {
        clientId: randomUUID(),
        sessionId: session.id,
        ownerId: anna.id,
        title: "Niemand komt naar de bewonersavond",
        question: "Hoe krijg ik meer mensen dan steeds dezelfde vijf naar onze avonden?",
      },
    });
    const foreign = await harness.db.case.create({
      data: { clientId: randomUUID(), sessionId: other.id, ownerId: elsewhere.id, title: "Elders", question: "Iets?" },
    });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });

    const answer = await leader.emit("lesson:suggest", { caseId: pitched.id });
    expect(answer).toMatchObject({ ok: true });
    const suggestions = (answer as { data: LessonSuggestion[] }).data;
    expect(suggestions.map((s) => plain(s.text.nl))[0]).toMatch(/^Door een goede individuele benadering/);

    expect(await annaClient.emit("lesson:suggest", { caseId: pitched.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await leader.emit("lesson:suggest", { caseId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    for (const payload of [{}, { caseId: "x".repeat(300) }, { caseId: pitched.id, extra: 1 }, { caseId: "a\u0000b" }]) {
      const refused = await leader.emit("lesson:suggest", payload);
      expect(refused).toMatchObject({ ok: false });
      expect((refused as { message: string }).message.length).toBeGreaterThan(10);
    }
  });
});
