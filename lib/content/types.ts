import type { PhaseKind, PhaseRules } from "@/lib/schemas/phase-rules";

/** A text in both of Kring's languages. Dutch is the original, English the translation. */
export interface LocalizedText {
  nl: string;
  en: string;
}

export interface LessonDefinition {
  text: LocalizedText;
}

export interface ThemeDefinition {
  title: LocalizedText;
  /** The one-line framing printed in italics under the theme's title. */
  framing: LocalizedText;
  lessons: LessonDefinition[];
}

export interface DeckDefinition {
  /** Stable key, used by the seed to find the deck again. */
  slug: string;
  title: LocalizedText;
  /** The question that heads the introduction. */
  heading: LocalizedText;
  introduction: LocalizedText;
  themes: ThemeDefinition[];
  closing: LocalizedText;
  /** Where the deck comes from, e.g. "Notitie, januari 2012". */
  source: LocalizedText;
}

export interface MethodPhaseDefinition {
  kind: PhaseKind;
  title: LocalizedText;
  /** What the facilitator says and every screen shows while the phase runs. */
  instruction: LocalizedText;
  durationMinutes: number;
  rules: PhaseRules;
}

export interface MethodDefinition {
  /** Stable key, used by the seed to find the method again. */
  key: string;
  name: LocalizedText;
  summary: LocalizedText;
  phases: MethodPhaseDefinition[];
}
