"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { type CaseView, type SessionView, viewPhase } from "@/lib/domain/session-view";
import { randomUuid } from "@/lib/uuid";
import styles from "./case-board.module.css";

/** A case's look by its status: the chosen one stands out, one set aside fades. */
const statusClass: Record<CaseView["status"], string | undefined> = {
  pitched: "",
  chosen: styles.chosen,
  set_aside: styles.setAside,
};

/**
 * The cases brought in, with their votes. Participants vote while the group chooses; the
 * facilitator chooses one (following the vote, or not). Pitches are made in the open: names show.
 */
export function CaseBoard({
  view,
  mode,
  act,
}: {
  view: SessionView;
  mode: "lead" | "participant" | "projector";
  act?: Act;
}) {
  const { t } = useI18n();
  const phaseKind = viewPhase(view)?.kind;
  const voting = phaseKind === "choose_case";
  const ranked = voting ? [...view.cases].sort((a, b) => b.votes - a.votes) : view.cases;
  return (
    <section className="card case-board" aria-labelledby="cases-title" data-testid="case-board">
      <h2 id="cases-title">{t("live.cases.title")}</h2>
      {ranked.length === 0 ? (
        <p className="muted">{t("live.cases.none")}</p>
      ) : (
        <ul className={styles.list}>
          {ranked.map((each) => (
            <CaseItem key={each.id} item={each} mode={mode} voting={voting} act={act} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CaseItem({
  item,
  mode,
  voting,
  act,
}: {
  item: CaseView;
  mode: "lead" | "participant" | "projector";
  voting: boolean;
  act?: Act;
}) {
  const { t } = useI18n();
  return (
    <li className={`${styles.item} ${statusClass[item.status] ?? ""}`} data-testid="case">
      <div className={styles.body}>
        <p className={styles.title}>
          <strong>{item.title}</strong>{" "}
          {item.ownerName && <span className="muted small">{t("live.cases.by", { name: item.ownerName })}</span>}
        </p>
        {item.description && <p className={styles.description}>{item.description}</p>}
        <p className={styles.question}>{item.question}</p>
      </div>
      <div className={styles.side}>
        {item.status === "chosen" && <span className="badge badge-accent">{t("live.cases.chosen")}</span>}
        {item.status === "set_aside" && <span className="muted small">{t("live.cases.setAside")}</span>}
        {(voting || item.votes > 0) && item.status === "pitched" && (
          <span className="badge" data-testid="case-votes">
            {item.votes === 1 ? t("live.cases.votesOne") : t("live.cases.votes", { count: item.votes })}
          </span>
        )}
        {mode === "participant" && voting && item.status === "pitched" && act && (
          <button
            type="button"
            className={`button button-small ${item.myVote ? "" : "button-secondary"}`}
            aria-pressed={item.myVote}
            aria-label={`${t("live.cases.vote")}: ${item.title}`}
            onClick={() => act("case:vote", { clientId: randomUuid(), caseId: item.id })}
          >
            {item.myVote ? t("live.cases.voted") : t("live.cases.vote")}
          </button>
        )}
        {mode === "lead" && item.status !== "chosen" && act && (
          <button
            type="button"
            className="button button-small"
            aria-label={`${t("live.cases.choose")}: ${item.title}`}
            onClick={() => act("case:choose", { caseId: item.id })}
          >
            {t("live.cases.choose")}
          </button>
        )}
      </div>
    </li>
  );
}

/** The case the group works on, shown above the prompt in every phase after it was chosen. */
export function ChosenCase({ view, size = "normal" }: { view: SessionView; size?: "normal" | "large" }) {
  const { t } = useI18n();
  const chosen = view.chosenCase;
  if (!chosen) return null;
  return (
    <section
      className={`${styles.chosenCase} ${size === "large" ? styles.chosenLarge : ""}`}
      aria-labelledby="chosen-case-title"
      data-testid="chosen-case"
    >
      <p className="eyebrow">
        {t("live.cases.chosen")}
        {chosen.ownerName ? ` · ${t("live.cases.caseOwner", { name: chosen.ownerName })}` : ""}
      </p>
      <h2 id="chosen-case-title">{chosen.title}</h2>
      {chosen.description && size === "normal" && <p className={styles.description}>{chosen.description}</p>}
      <p>{chosen.question}</p>
    </section>
  );
}
