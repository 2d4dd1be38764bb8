import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { authenticateParticipant } from "@/server/services/live/participants";
import { ParticipantLive } from "./participant-live";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("join.title") };
}

/** A participant's screen. Without this session's credential, back to its join page. */
export default async function ParticipantPage({ params }: Props) {
  const parsed = z.object({ id: z.string().min(1).max(64) }).safeParse(await params);
  if (!parsed.success) notFound();
  const sessionId = parsed.data.id;
  const session = await getDb().intervisionSession.findUnique({ where: { id: sessionId }, select: { joinCode: true } });
  if (!session) notFound();
  const cookie = (await cookies()).get(participantCookieName(sessionId))?.value;
  const known = await authenticateParticipant(getDb(), authSecret(), sessionId, cookie);
  if (!known || known.removed) redirect(`/join/${session.joinCode}`);
  return <ParticipantLive sessionId={sessionId} />;
}
