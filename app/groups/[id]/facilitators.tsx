import { leaveGroupAction, removeFacilitatorAction } from "@/app/_actions/group-facilitators";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { FacilitatorOutcome } from "@/lib/schemas/group-facilitators";
import type { FacilitatorAccount, GroupFacilitators } from "@/server/services/group-facilitators";
import { AddFacilitatorForm } from "./add-facilitator-form";
import styles from "./group.module.css";

interface Props {
  groupId: string;
  /** The signed-in facilitator. */
  viewerId: string;
  facilitators: GroupFacilitators;
  /** What the last remove or leave form did, from ?facilitators=. */
  outcome: FacilitatorOutcome | undefined;
  t: Translate;
}

const outcomeKeys: Record<FacilitatorOutcome, MessageKey> = {
  removed: "groupFacilitators.removed",
  gone: "groupFacilitators.gone",
  forbidden: "groupFacilitators.errors.ownerOnly",
  ownerStays: "groupFacilitators.errors.ownerStays",
};

/**
 * Who shares the group: its owner and the co-facilitators, for everyone who may use it. The owner
 * adds facilitators and removes them; a co-facilitator may leave. Removing and leaving ask first, in
 * a <details>, and are plain forms: they work without JavaScript too.
 */
export function FacilitatorsCard({ groupId, viewerId, facilitators, outcome, t }: Props) {
  const { owner, coFacilitators } = facilitators;
  const owned = owner.id === viewerId;
  const nameOf = (person: FacilitatorAccount) =>
    person.id === viewerId ? t("groupFacilitators.you", { name: person.name }) : person.name;
  return (
    <section id="facilitators" className={`card ${styles.facilitators}`} aria-labelledby="facilitators-title">
      <h2 id="facilitators-title">
        {t("groupFacilitators.title")} <span className="badge">{1 + coFacilitators.length}</span>
      </h2>
      <p className={`muted small ${styles.facilitatorLead}`}>{t("groupFacilitators.lead")}</p>
      {outcome === "removed" && (
        <p role="status" className="notice notice-success">
          {t(outcomeKeys[outcome])}
        </p>
      )}
      {outcome !== undefined && outcome !== "removed" && (
        <div className="alert alert-error" role="alert">
          <p>{t(outcomeKeys[outcome])}</p>
        </div>
      )}
      <ul className={styles.memberList} aria-label={t("groupFacilitators.listLabel")}>
        <li className={styles.memberRow} data-testid="facilitator">
          <div className={styles.memberMain} data-testid="facilitator-who">
            <span className={styles.memberName}>{nameOf(owner)}</span>
            <span className={styles.memberEmail}>{owner.email}</span>
          </div>
          <span className="badge badge-success">{t("groupFacilitators.owner")}</span>
        </li>
        {coFacilitators.map((person) => (
          <li key={person.id} className={`${styles.memberRow} ${styles.facilitatorRow}`} data-testid="facilitator">
            <div className={styles.memberMain} data-testid="facilitator-who">
              <span className={styles.memberName}>{nameOf(person)}</span>
              <span className={styles.memberEmail}>{person.email}</span>
            </div>
            {owned && (
              <details className="facilitator-confirm">
                <summary
                  className="button button-quiet button-small facilitator-toggle"
                  aria-label={t("groupFacilitators.removeLabel", { name: person.name })}
                >
                  {t("groupFacilitators.remove")}
                </summary>
                <form action={removeFacilitatorAction} className="facilitator-confirm-body">
                  <input type="hidden" name="groupId" value={groupId} />
                  <input type="hidden" name="userId" value={person.id} />
                  <p className="facilitator-confirm-text">
                    {t("groupFacilitators.removeConfirm", { name: person.name })}
                  </p>
                  <button type="submit" className="button button-danger button-small">
                    {t("groupFacilitators.removeAction", { name: person.name })}
                  </button>
                </form>
              </details>
            )}
          </li>
        ))}
      </ul>
      {owned ? (
        <>
          {coFacilitators.length === 0 && <p className="muted">{t("groupFacilitators.none")}</p>}
          <div className={styles.memberAdd}>
            <h3 id="add-facilitator-title">{t("groupFacilitators.addTitle")}</h3>
            <AddFacilitatorForm groupId={groupId} />
          </div>
        </>
      ) : (
        <div className={styles.memberAdd}>
          <p className={`muted small ${styles.ownerOnly}`}>{t("groupFacilitators.ownerOnly")}</p>
          <details className="facilitator-confirm">
            <summary className="button button-secondary button-small facilitator-toggle">
              {t("groupFacilitators.leave")}
            </summary>
            <form action={leaveGroupAction} className="facilitator-confirm-body">
              <input type="hidden" name="groupId" value={groupId} />
              <p className="facilitator-confirm-text">{t("groupFacilitators.leaveConfirm")}</p>
              <button type="submit" className="button button-danger button-small">
                {t("groupFacilitators.leaveAction")}
              </button>
            </form>
          </details>
        </div>
      )}
    </section>
  );
}
