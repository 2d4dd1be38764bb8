import type { LocalizedText } from "@/lib/content/types";
import type { PhaseKind } from "@/lib/schemas/phase-rules";

/**
 * Each phase kind's name in both languages. The catalogues read their `methods.phaseKinds` from
 * here, and the plan editor names a new phase after its kind in both languages at once, without
 * shipping the other language's whole catalogue to the browser.
 */
export const phaseKindTitles = {
  checkin: { nl: "Check-in", en: "Check-in" },
  look_back: { nl: "Terugblik", en: "Look back" },
  pitch: { nl: "Inbreng", en: "Case pitch" },
  choose_case: { nl: "Casus kiezen", en: "Choose a case" },
  clarify: { nl: "Verhelderen", en: "Clarifying questions" },
  questions: { nl: "Vragen", en: "Questions" },
  analysis: { nl: "Analyse", en: "Analysis" },
  advice: { nl: "Advies", en: "Advice" },
  lesson_round: { nl: "Lessenronde", en: "Lessons round" },
  discussion: { nl: "Bespreking", en: "Discussion" },
  response: { nl: "Reactie inbrenger", en: "Case owner responds" },
  action_points: { nl: "Actiepunten", en: "Action points" },
  evaluation: { nl: "Evaluatie", en: "Evaluation" },
  checkout: { nl: "Check-out", en: "Check-out" },
} as const satisfies Record<PhaseKind, LocalizedText>;

/** The kinds' names in one language, as a catalogue holds them. */
export function phaseKindTitlesIn<L extends keyof LocalizedText>(locale: L) {
  return Object.fromEntries(Object.entries(phaseKindTitles).map(([kind, title]) => [kind, title[locale]])) as {
    [K in PhaseKind]: (typeof phaseKindTitles)[K][L];
  };
}
