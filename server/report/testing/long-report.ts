import type { ActionPointRecord } from "@/lib/domain/intervision";
import type { ReportReaction, SessionReport } from "@/lib/report/report";

/** A long reaction (2,000 characters, the most a reaction may hold), with Dutch words and no early end. */
export const LONG_REACTION = (() => {
  const sentence =
    "Wat mij hielp: eerst écht luisteren naar de zorgen van de bewonerscommissie, daarna pas mijn eigen plan – en dat ook zo zeggen. ";
  let text = "";
  while (text.length < 1990) text += sentence;
  const cut = text.slice(0, 1985);
  return `${cut.slice(0, cut.lastIndexOf(" "))} EINDE-LANG`;
})();

/** A word far longer than a line, such as a pasted link: it must wrap, not run off the page. */
export const LONG_WORD = `https://voorbeeld.nl/${"verslag-".repeat(30)}einde`;

const point = (changes: Partial<ActionPointRecord>): ActionPointRecord => ({
  id: "ap1",
  clientId: "c1",
  sessionId: "s1",
  sessionTitle: "Intervisie Zuid – maart",
  text: "Afspraak maken bij de commissie thuis, in december",
  ownerParticipantId: "p1",
  ownerMemberId: null,
  ownerName: "Anna de Vries",
  dueDate: "2026-12-15",
  status: "open",
  sourceReactionId: null,
  createdAt: 1,
  ...changes,
});

let reactions = 0;
const reaction = (changes: Partial<ReportReaction>): ReportReaction => ({
  id: `r${++reactions}`,
  kind: "idea",
  text: "",
  author: null,
  votes: 0,
  usable: null,
  label: null,
  ...changes,
});

/**
 * A realistic, long report: an incident method with a chosen case, named and anonymous reactions
 * (one of 2,000 characters), Dutch and other accented letters, three action points and notes.
 */
export function longReport(): SessionReport {
  return {
    id: "s1",
    title: "Intervisie Zuid – maart",
    status: "ended",
    method: { nl: "Incidentmethode", en: "Incident method" },
    group: "Team Wonen & Zorg",
    facilitator: "Marieke van ’t Hof",
    startedAt: Date.parse("2026-03-12T09:00:00Z"),
    endedAt: Date.parse("2026-03-12T10:45:00Z"),
    phases: [
      { title: { nl: "Check-in", en: "Check-in" }, plannedMs: 10 * 60_000, spentMs: 12 * 60_000 },
      { title: { nl: "Casussen inbrengen", en: "Bring in cases" }, plannedMs: 15 * 60_000, spentMs: 14 * 60_000 },
      { title: { nl: "Vragen stellen", en: "Questions" }, plannedMs: 20 * 60_000, spentMs: 25 * 60_000 },
      { title: { nl: "Advies", en: "Advice" }, plannedMs: 20 * 60_000, spentMs: 18 * 60_000 },
      { title: { nl: "Actiepunten", en: "Action points" }, plannedMs: 10 * 60_000, spentMs: 9 * 60_000 },
      { title: { nl: "Check-out", en: "Check-out" }, plannedMs: 5 * 60_000, spentMs: 0 },
    ],
    cases: [
      {
        id: "c1",
        title: "Commissie haakt af",
        question: "Hoe krijg ik de bewonerscommissie weer aan tafel, nu het vertrouwen na de renovatie weg is?",
        owner: "Anna de Vries",
        status: "chosen",
        votes: 3,
      },
      {
        id: "c2",
        title: "Collega’s die niet komen",
        question: "Wat doe ik?",
        owner: "Bram",
        status: "pitched",
        votes: 1,
      },
    ],
    rounds: [
      {
        phase: { nl: "Vragen stellen", en: "Questions" },
        lesson: {
          number: 7,
          theme: { nl: "Samenwerken", en: "Working together" },
          text: {
            nl: "Luister eerst, oordeel later: wat heb je écht gehoord voordat je een antwoord gaf?",
            en: "Listen first, judge later: what did you really hear before you answered?",
          },
        },
        reactions: [
          reaction({
            kind: "question",
            text: "Wanneer ging het voor het eerst mis?",
            author: "Bram Koperslager",
            label: "warm",
          }),
          reaction({ kind: "question", text: "Wie in de commissie vertrouw je nog?", author: null, votes: 1 }),
          reaction({ kind: "experience", text: LONG_REACTION, author: null, votes: 2 }),
          reaction({ kind: "idea", text: `Zie ook ${LONG_WORD}`, author: "Zoë Łukasiewicz-Őry", votes: 0 }),
        ],
      },
      {
        phase: { nl: "Advies", en: "Advice" },
        lesson: null,
        reactions: [
          reaction({
            kind: "advice",
            text: "Nodig ze uit op hun eigen plek, niet op kantoor. Neem koffie mee (± € 15) en “gewoon” de tijd.",
            author: "Bram Koperslager",
            votes: 4,
            usable: true,
          }),
          reaction({ kind: "advice", text: "Bel de voorzitter vóór de vergadering.", author: null, usable: true }),
          reaction({ kind: "advice", text: "Čestmír zei: één stap tegelijk 👍", author: "Čestmír Dvořák", votes: 1 }),
        ],
      },
      { phase: { nl: "Check-out", en: "Check-out" }, lesson: null, reactions: [] },
    ],
    actionPoints: [
      point({}),
      point({ id: "ap2", text: "Notulen van de renovatie opvragen", ownerName: "Bram Koperslager", status: "done" }),
      point({ id: "ap3", text: "Nieuwe datum prikken met de hele commissie", dueDate: null, status: "dropped" }),
    ],
    notes:
      "Anna brengt de casus in. Kernvraag: vertrouwen herstellen.\nVolgende keer: Bram brengt in, Carla leidt.\n\nAfgesproken: we evalueren in april – wie verhindert is, meldt zich vóór 1 april.",
  };
}
