import type { Metadata } from "next";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { RenderClock } from "@/app/_hooks/use-countdown";
import { getTranslator } from "@/app/_lib/locale";
import { liveTitle } from "@/lib/domain/live-title";
import { idSchema } from "@/lib/schemas/live";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { pageView } from "@/server/realtime/page-views";
import { authenticateParticipant } from "@/server/services/live/participants";
import { ParticipantLive } from "./participant-live";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Who this browser is in the session (its credential cookie), once per request. */
const credentialOf = cache(async (sessionId: string) => {
  if (!sessionId) return null;
  const cookie = (await cookies()).get(participantCookieName(sessionId))?.value;
  return cookie ? authenticateParticipant(getDb(), authSecret(), sessionId, cookie) : null;
});

const sessionIdOf = async (params: Props["params"]) => {
  const parsed = z.object({ id: idSchema }).safeParse(await params);
  return parsed.success ? parsed.data.id : "";
};

/** The phase and the session, for someone in it (as the screen keeps it); else nothing about it. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await getTranslator();
  const sessionId = await sessionIdOf(params);
  const known = await credentialOf(sessionId);
  const view = known && !known.removed ? await pageView(sessionId, "participant", known.participant.id) : null;
  return { title: view ? liveTitle(view, locale, t) : t("join.title") };
}

/**
 * A participant's screen. Without this session's credential: one neutral page, the same whether the
 * session exists or not, that names no code and no session (the address may have been passed on).
 */
export default async function ParticipantPage({ params }: Props) {
  const sessionId = await sessionIdOf(params);
  const known = await credentialOf(sessionId);
  if (known && !known.removed) {
    const firstView = await pageView(sessionId, "participant", known.participant.id);
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
