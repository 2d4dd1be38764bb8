"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import { isHiddenUntilReveal, participantsWrite, roleWrites } from "@/lib/domain/reaction-rules";
import type { PhaseView, SessionView } from "@/lib/domain/session-view";
import styles from "./phase-rules-note.module.css";

/** The phase's rules in plain words, for participants ("Nog 2 bijdragen", "De inbrenger luistert nu alleen"). */
export function PhaseRulesNote({ phase, view }: { phase: PhaseView; view: SessionView }) {
  const me = view.me;
  const { t } = useI18n();
  const { rules } = phase;
  const lines: string[] = [];
  if (!participantsWrite(rules)) lines.push(t("live.rules.nobodyPosts"));
  else {
    // Listening in silence is a rule of its own: in a question round the case owner does not write,
    // but answers out loud.
    if (me?.role === "case_owner" && rules.ownerSilent) lines.push(t("live.rules.ownerSilent"));
    else if (me?.role === "case_owner" && rules.whoMayPost === "all_but_owner") lines.push(t("live.rules.othersWrite"));
    if (rules.whoMayPost === "owner_only") lines.push(t("live.rules.ownerOnly"));
    if (isHiddenUntilReveal(rules)) {
      lines.push(view.round?.revealed ? t("live.rules.roundClosed") : t("live.rules.hiddenUntilReveal"));
    }
    if (rules.anonymous) lines.push(t("live.rules.anonymous"));
    // A quota only means something to whoever may write in this phase.
    if (me && roleWrites(rules, me.role) && me.postsLeft !== null && me.postsLeft !== undefined)
      lines.push(
        me.postsLeft === 0
          ? t("live.rules.postsLeftNone")
          : me.postsLeft === 1
            ? t("live.rules.postsLeftOne")
            : t("live.rules.postsLeft", { count: me.postsLeft }),
      );
  }
  if (lines.length === 0) return null;
  return (
    <ul className={styles.note} data-testid="phase-rules">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
