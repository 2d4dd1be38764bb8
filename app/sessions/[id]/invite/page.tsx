import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { planSessionAction } from "@/app/_actions/sessions";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { formatPlanned } from "@/lib/i18n/format";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { sessionInvitation } from "@/server/services/sessions";
import { invitationLinks } from "./invitation";
import styles from "./invite.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const outcomeSchema = z
  .object({ saved: z.literal("1").optional(), error: z.literal("plannedFor").optional() })
  .catch({});

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("invitation.title") };
}

/**
 * The group's invitation to a session, for its lead: plan it on a date (Dutch time), download the
 * calendar invitation (.ics), or copy the links to join and to bring in a case beforehand.
 */
export default async function InvitationPage({ params, searchParams }: Props) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await requireFacilitator(`/sessions/${id.data}/invite`);
  const session = await sessionInvitation(getDb(), user.id, id.data);
  if (!session) notFound();
  const outcome = outcomeSchema.parse(await searchParams);
  const { locale, t } = await getTranslator();
  const links = await invitationLinks(session);
  const ended = session.status === "ended";
  return (
    <div className="container page">
      <header className="page-header">
        <p className="eyebrow">{session.title}</p>
        <h1>{t("invitation.title")}</h1>
        <p className="lead">{ended ? t("invitation.ended") : t("invitation.lead")}</p>
      </header>
      {!ended && (
        <section className={`card ${styles.card}`} aria-labelledby="invitation-when">
          <form action={planSessionAction.bind(null, session.id)} noValidate>
            <div className="field">
              <label htmlFor="invitation-when" id="invitation-when-label">
                {t("invitation.when")}
              </label>
              <p className="field-hint" id="invitation-when-hint">
                {t("invitation.whenHint", { minutes: session.minutes })}
              </p>
              <input
                id="invitation-when"
                name="plannedFor"
                type="datetime-local"
                defaultValue={session.plannedFor ?? ""}
                aria-describedby={outcome.error ? "invitation-when-hint invitation-when-error" : "invitation-when-hint"}
                aria-invalid={outcome.error ? true : undefined}
              />
              {outcome.error && (
                <p className="field-error" id="invitation-when-error" role="alert">
                  {t("sessions.errors.plannedForInvalid")}
                </p>
              )}
            </div>
            <div className="button-row">
              <button type="submit" className="button">
                {t("invitation.save")}
              </button>
              {session.plannedFor && (
                <button type="submit" name="clear" value="1" className="button button-quiet">
                  {t("invitation.clear")}
                </button>
              )}
            </div>
            {outcome.saved && (
              <p className="notice notice-success" role="status">
                {t("invitation.saved")}
              </p>
            )}
          </form>
          {session.plannedFor ? (
            <div className={styles.planned}>
              <p data-testid="invitation-planned">
                {t("invitation.planned", { when: formatPlanned(locale, session.plannedFor) })}
              </p>
              <a className="button button-secondary" href={`/sessions/${session.id}/invite/ics`} download>
                {t("invitation.download")}
              </a>
            </div>
          ) : (
            <p className="muted">{t("invitation.notPlanned")}</p>
          )}
        </section>
      )}
      <section className={`card ${styles.card}`} aria-labelledby="invitation-links">
        <h2 id="invitation-links">{t("invitation.links")}</h2>
        <dl className={styles.links}>
          <dt>{t("invitation.joinLink")}</dt>
          <dd>
            <a href={links.join}>{links.join}</a>
          </dd>
          <dt>{t("invitation.bringInLink")}</dt>
          <dd>
            <a href={links.bringIn}>{links.bringIn}</a>
          </dd>
        </dl>
      </section>
      <p>
        <Link href={`/sessions/${session.id}`}>{t("invitation.back")}</Link>
      </p>
    </div>
  );
}
