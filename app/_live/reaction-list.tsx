"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Emit } from "@/app/_hooks/use-live-session";
import type { ReactionView, SessionView } from "@/lib/domain/session-view";
import { randomUuid } from "@/lib/uuid";
import { ReactedCount } from "./reacted-count";
import styles from "./reactions.module.css";

/** The case owner's label for a question, as its badge shows it. */
const labelClass = { warm: styles.labelWarm, cold: styles.labelCold, neutral: styles.labelNeutral };

interface Props {
  view: SessionView;
  mode: "lead" | "participant" | "projector";
  emit?: Emit;
  onError?: (message: string) => void;
  /** The reactions to list instead of every readable one: a page of them on the projector. */
  only?: ReactionView[];
  /**
   * List the round the response phase answers (view.answered) instead of the round's own: read
   * only, no votes, but the case owner labels its questions there and everyone sees the labels.
   */
  answered?: boolean;
}

/** The round's readable reactions: revealed ones for everyone, with votes; the facilitator can hide one. */
export function ReactionList({ view, mode, emit, onError, only, answered = false }: Props) {
  const { t, locale } = useI18n();
  const shown =
    only ??
    (answered ? (view.answered?.reactions ?? []) : view.reactions).filter(
      (reaction) => reaction.visibility !== "pending",
    );
  const spotlightId = view.session.projector.spotlightId;
  const run = async (action: ReturnType<Emit>) => {
    const result = await action;
    if (!result.ok && result.message) onError?.(result.message);
  };
  const caseOwner = mode === "participant" && view.me?.role === "case_owner";
  const votes = (reaction: ReactionView) =>
    reaction.votes === 1 ? t("live.reactions.votesOne") : t("live.reactions.votes", { count: reaction.votes });
  const author = (reaction: ReactionView) =>
    reaction.mine ? t("live.reactions.you") : (reaction.authorName ?? t("live.reactions.anonymous"));
  // Votes belong to the round people vote in now, never to the answered one.
  const voting = !answered;
  const answeredPhase = view.phases.find((phase) => phase.id === view.answered?.phaseId);
  if (answered && shown.length === 0) return null;
  const headingId = `reactions-${answered ? "answered-" : ""}${mode}`;
  return (
    <section
      className="reactions"
      aria-labelledby={headingId}
      data-testid={answered ? "answered-reactions" : undefined}
    >
      <h2 id={headingId} className={mode === "projector" ? "visually-hidden" : undefined}>
        {answered
          ? t("live.reactions.answeredTitle", { phase: answeredPhase?.title[locale] ?? "" })
          : t("live.reactions.title")}
      </h2>
      {!answered && <ReactedCount view={view} />}
      {!answered && view.pendingCount > 0 && (
        <p className={styles.pendingNote} data-testid="pending-count">
          {t("live.reactions.hiddenCount", { count: view.pendingCount })}
        </p>
      )}
      {/* Not on the projector: every line there costs the page room, and it shows no counts anyway. */}
      {voting && mode !== "projector" && view.round && shown.some((reaction) => reaction.visibility === "revealed") && (
        <p className="muted small" data-testid="voting-note">
          {view.round.votingClosed ? t("live.reactions.votingClosedNote") : t("live.reactions.votingOpenNote")}
        </p>
      )}
      {shown.length === 0 && view.pendingCount === 0 && mode !== "projector" && (
        <p className="muted">{t("live.reactions.noneYet")}</p>
      )}
      <ul className={`${styles.grid} ${mode === "projector" ? styles.gridProjector : ""}`}>
        {shown.map((reaction) => (
          <li
            key={reaction.id}
            className={`${styles.reaction} ${reaction.visibility === "hidden" ? styles.hidden : ""}`}
            data-testid="reaction"
            data-reaction-id={reaction.id}
          >
            <p className={styles.meta}>
              <span className="kind-badge">{t(`live.kinds.${reaction.kind}`)}</span>
              <span className={styles.author} data-testid="reaction-author">
                {author(reaction)}
              </span>
              {/* The projector has no buttons: its votes sit in the card's top line, once there are any. */}
              {voting && mode === "projector" && view.round?.votingClosed && reaction.votes > 0 && (
                <span className={styles.voteCount} data-testid="vote-count">
                  {votes(reaction)}
                </span>
              )}
            </p>
            <p className={styles.text} data-testid="reaction-text">
              {reaction.text}
            </p>
            {reaction.visibility === "hidden" && (
              <p className="muted small">{t("live.reactions.hiddenByFacilitator")}</p>
            )}
            {(reaction.usable || reaction.label) && (
              <p className={styles.ownerMarks} data-testid="owner-marks">
                {reaction.usable && <span className="badge badge-success">{t("live.owner.markedUsable")}</span>}
                {reaction.label && (
                  <span className={`badge ${labelClass[reaction.label]}`}>{t(`live.owner.${reaction.label}`)}</span>
                )}
              </p>
            )}
            {caseOwner && emit && reaction.visibility === "revealed" && !reaction.mine && (
              <OwnerMarks reaction={reaction} run={(action) => void run(action(emit))} />
            )}
            {mode !== "projector" && (
              <div className={styles.actions}>
                {voting && reaction.visibility === "revealed" && view.round?.votingClosed && (
                  <span className={styles.voteCount} data-testid="vote-count">
                    {votes(reaction)}
                  </span>
                )}
                {voting && reaction.visibility === "revealed" && !view.round?.votingClosed && reaction.myVotes > 0 && (
                  <span className={styles.voteCount} data-testid="my-votes">
                    {reaction.myVotes === 1
                      ? t("live.reactions.myVotesOne")
                      : t("live.reactions.myVotes", { count: reaction.myVotes })}
                  </span>
                )}
                {voting &&
                  mode === "participant" &&
                  emit &&
                  reaction.visibility === "revealed" &&
                  !view.round?.votingClosed && (
                    <>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        disabled={(view.me?.votesLeft ?? 0) === 0}
                        onClick={() => void run(emit("vote:cast", { clientId: randomUuid(), reactionId: reaction.id }))}
                      >
                        {t("live.reactions.vote")}
                      </button>
                      {reaction.myVotes > 0 && (
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          onClick={() => void run(emit("vote:retract", { reactionId: reaction.id }))}
                        >
                          {t("live.reactions.unvote")}
                        </button>
                      )}
                    </>
                  )}
                {mode === "lead" && emit && reaction.visibility === "revealed" && (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-pressed={spotlightId === reaction.id}
                    data-testid="spotlight-toggle"
                    onClick={() =>
                      void run(
                        emit("projector:show", {
                          show: "spotlight",
                          reactionId: spotlightId === reaction.id ? null : reaction.id,
                        }),
                      )
                    }
                  >
                    {spotlightId === reaction.id
                      ? t("live.projectorControls.spotlighted")
                      : t("live.projectorControls.spotlight")}
                  </button>
                )}
                {mode === "lead" && emit && (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() =>
                      void run(
                        emit(reaction.visibility === "hidden" ? "reaction:unhide" : "reaction:hide", {
                          reactionId: reaction.id,
                        }),
                      )
                    }
                  >
                    {reaction.visibility === "hidden" ? t("live.reactions.unhide") : t("live.reactions.hide")}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The case owner's marks: which advice is usable; warm, cold or neutral for a question (Socratic). */
function OwnerMarks({
  reaction,
  run,
}: {
  reaction: ReactionView;
  run: (action: (emit: Emit) => ReturnType<Emit>) => void;
}) {
  const { t } = useI18n();
  if (reaction.kind === "question") {
    return (
      <fieldset className={styles.ownerLabels}>
        <legend className="visually-hidden">{t("live.owner.labelLegend")}</legend>
        {(["warm", "neutral", "cold"] as const).map((label) => (
          <button
            key={label}
            type="button"
            className={`${styles.chip} ${reaction.label === label ? styles.chipSelected : ""}`}
            aria-pressed={reaction.label === label}
            onClick={() =>
              run((emit) =>
                emit("reaction:label", { reactionId: reaction.id, label: reaction.label === label ? null : label }),
              )
            }
          >
            {t(`live.owner.${label}`)}
          </button>
        ))}
      </fieldset>
    );
  }
  if (reaction.kind !== "advice" && reaction.kind !== "analysis" && reaction.kind !== "idea") return null;
  return (
    <button
      type="button"
      className={`${styles.chip} ${reaction.usable ? styles.chipSelected : ""}`}
      aria-pressed={reaction.usable === true}
      onClick={() =>
        run((emit) => emit("reaction:usable", { reactionId: reaction.id, usable: reaction.usable ? null : true }))
      }
    >
      {t("live.owner.usable")}
    </button>
  );
}
