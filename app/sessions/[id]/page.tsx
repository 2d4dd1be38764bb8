import type { Metadata } from "next";
import { RenderClock } from "@/app/_hooks/use-countdown";
import { getTranslator } from "@/app/_lib/locale";
import { loadLeadPage } from "@/app/_lib/session-page";
import { pageView } from "@/server/realtime/page-views";
import { Cockpit } from "./cockpit";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("common.dashboard") };
}

/** The facilitator's cockpit for one session. */
export default async function CockpitPage({ params }: Props) {
  const { locale } = await getTranslator();
  const page = await loadLeadPage(params, locale, (id) => `/sessions/${id}`);
  const firstView = await pageView(page.session.id, "lead");
  return (
    <RenderClock at={Date.now()}>
      <Cockpit {...page} firstView={firstView} />
    </RenderClock>
  );
}
