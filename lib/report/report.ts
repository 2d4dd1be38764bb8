import type { LocalizedText } from "@/lib/content/types";
import type { ActionPointRecord } from "@/lib/domain/intervision";
import type { QuestionLabel } from "@/lib/domain/session-view";
import { countOf } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { PostKind } from "@/lib/schemas/phase-rules";

/**
 * What a session report holds: everything that happened, as the people who took part may see it
 * afterwards. Only revealed reactions are in it, and an anonymous one carries no author, here and in
 * every export made from it.
 */
export interface SessionReport {
  id: string;
  title: string;
  status: "draft" | "lobby" | "running" | "ended";
  method: LocalizedText | null;
  group: string | null;
  facilitator: string;
  startedAt: number | null;
  endedAt: number | null;
  phases: { title: LocalizedText; plannedMs: number; spentMs: number }[];
  cases: {
    /** For the report's anchor (id="case-<id>"), which a group's action-point overview links to. */
    id: string;
    title: string;
    question: string;
    owner: string;
    status: "pitched" | "chosen" | "set_aside";
    votes: number;
  }[];
  rounds: ReportRound[];
  actionPoints: ActionPointRecord[];
  notes: string;
}

export interface ReportRound {
  phase: LocalizedText | null;
  lesson: { number: number; text: LocalizedText; theme: LocalizedText } | null;
  reactions: ReportReaction[];
}

export interface ReportReaction {
  /**
   * For the report's anchor (id="reaction-<id>"), which a group's action-point overview links to. A
   * random UUIDv4 that every live viewer already had: it says nothing about who wrote it, or when.
   */
  id: string;
  kind: PostKind;
  text: string;
  /** Null when the reaction was anonymous. */
  author: string | null;
  votes: number;
  usable: boolean | null;
  label: QuestionLabel | null;
}

/** Minutes, rounded, for "time spent against the plan". */
export function minutes(ms: number): number {
  return Math.round(ms / 60_000);
}

/**
 * What the report says about a reaction besides its kind and text, in every form it takes (page,
 * Markdown, PDF): who wrote it ("anonymous" for an anonymous one), its votes, the case owner's marks.
 */
export function reactionMarks(reaction: ReportReaction, t: Translate): string[] {
  return [
    reaction.author ?? t("live.reactions.anonymous"),
    reaction.votes > 0 ? countOf(t, reaction.votes, "report.oneVote", "report.votes") : null,
    reaction.usable ? t("live.owner.usable") : null,
    reaction.label ? t(`live.owner.${reaction.label}`) : null,
  ].filter((mark): mark is string => mark !== null);
}
