import type { Metadata } from "next";
import { RenderClock } from "@/app/_hooks/use-countdown";
import { getTranslator } from "@/app/_lib/locale";
import { loadLeadPage } from "@/app/_lib/session-page";
import { pageView } from "@/server/realtime/page-views";
import { Projector } from "./projector";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("live.projector") };
}

export default async function ProjectorPage({ params }: Props) {
  const { locale } = await getTranslator();
  const { session, joinUrl, host, qrSvg } = await loadLeadPage(params, locale, (id) => `/sessions/${id}/projector`);
  const firstView = await pageView(session.id, "projector");
  return (
    <RenderClock at={Date.now()}>
      <Projector session={session} joinUrl={joinUrl} host={host} qrSvg={qrSvg} firstView={firstView} />
    </RenderClock>
  );
}
