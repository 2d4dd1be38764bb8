import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";
import { authenticateParticipant } from "@/server/services/live/participants";
import { JoinForm } from "./join-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("join.title") };
}

/** The join link and the QR code lead here: the session, its agreements, and a name to join with. */
export default async function JoinSessionPage({ params }: Props) {
  const { t } = await getTranslator();
  const code = normalizeJoinCode((await params).code);
  const session = code ? await findJoinableSession(getDb(), code) : null;
  if (!code || !session) redirect(`/join?code=${encodeURIComponent((await params).code.slice(0, 20))}`);
  // Someone who already joined (a reload, a second tab) goes straight back in.
  const cookie = (await cookies()).get(participantCookieName(session.id))?.value;
  const known = await authenticateParticipant(getDb(), authSecret(), session.id, cookie);
  if (known && !known.removed) redirect(`/live/${session.id}`);
  return (
    <div className="container page form-page">
      <p className="eyebrow">
        {t("join.title")} · {formatJoinCode(code)}
      </p>
      <h1>{session.title}</h1>
      <p className="lead">{t("join.ledBy", { name: session.facilitator.name })}</p>
      {known?.removed && (
        <div className="alert alert-error" role="alert">
          <p>{t("live.errors.removed")}</p>
        </div>
      )}
      <div className="card">
        <JoinForm
          code={code}
          agreements={session.agreements}
          group={session.group && session.group.members.length > 0 ? session.group : null}
        />
      </div>
    </div>
  );
}
