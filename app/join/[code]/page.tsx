import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode } from "@/lib/domain/join-code";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";
import { authenticateParticipant } from "@/server/services/live/participants";
import { openByCode } from "../open-by-code";
import { JoinForm } from "./join-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("join.title") };
}

/**
 * The join link and the QR code lead here: the session, its agreements, and a name to join with.
 * Opening it is a try at the code like any other (join-throttle.ts). A browser that holds the
 * credential of someone removed from the session, and anyone while the session is closed to new
 * joiners, get the reason instead of the form.
 */
export default async function JoinSessionPage({ params }: Props) {
  const { t } = await getTranslator();
  const opened = await openByCode((await params).code, (code) => findJoinableSession(getDb(), code));
  if (!opened.ok) return opened.page;
  const { code, session } = opened;
  // Someone who already joined (a reload, a second tab) goes straight back in.
  const cookie = (await cookies()).get(participantCookieName(session.id))?.value;
  const known = await authenticateParticipant(getDb(), authSecret(), session.id, cookie);
  if (known && !known.removed) redirect(`/live/${session.id}`);
  const refusal = known?.removed ? "access.rejoinRemoved" : session.joinLockedAt ? "access.sessionLocked" : null;
  return (
    <div className="container page form-page">
      <p className="eyebrow">
        {t("join.title")} · {formatJoinCode(code)}
      </p>
      <h1>{session.title}</h1>
      <p className="lead">{t("join.ledBy", { name: session.facilitator.name })}</p>
      {refusal ? (
        <div className="alert alert-error" role="alert">
          <p>{t(refusal)}</p>
        </div>
      ) : (
        <div className="card">
          <JoinForm code={code} agreements={session.agreements} />
        </div>
      )}
      {session.status === "lobby" && (
        <p className="muted" data-testid="bring-in-link">
          {t("proposals.linkHint")} <Link href={`/join/${code}/case`}>{t("proposals.link")}</Link>
        </p>
      )}
    </div>
  );
}
