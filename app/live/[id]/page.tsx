import type { Metadata } from "next";
import { cookies } from "next/headers";
import { z } from "zod";
import { RenderClock } from "@/app/_hooks/use-countdown";
import { getTranslator } from "@/app/_lib/locale";
import { idSchema } from "@/lib/schemas/live";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { pageView } from "@/server/realtime/page-views";
import { authenticateParticipant } from "@/server/services/live/participants";
import { ParticipantLive } from "./participant-live";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("join.title") };
}

/**
 * A participant's screen. Without this session's credential: one neutral page, the same whether the
 * session exists or not, that names no code and no session (the address may have been passed on).
 */
export default async function ParticipantPage({ params }: Props) {
  const parsed = z.object({ id: idSchema }).safeParse(await params);
  const sessionId = parsed.success ? parsed.data.id : "";
  const cookie = sessionId ? (await cookies()).get(participantCookieName(sessionId))?.value : undefined;
  const known = cookie ? await authenticateParticipant(getDb(), authSecret(), sessionId, cookie) : null;
  if (known && !known.removed) {
    const member = { sessionId, role: "participant", participantId: known.participant.id } as const;
    const firstView = await pageView(member);
    return (
      <RenderClock at={Date.now()}>
        <ParticipantLive sessionId={sessionId} firstView={firstView} />
      </RenderClock>
    );
  }
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t(known?.removed ? "join.title" : "access.askFacilitatorTitle")}</h1>
      <div className="card">
        <p>{t(known?.removed ? "access.rejoinRemoved" : "access.askFacilitatorBody")}</p>
      </div>
    </div>
  );
}
