import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { leadPageSession } from "@/server/services/sessions";
import { PlanEditor } from "./plan-editor";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("plan.title") };
}

/** The phase plan of one session, edited before it starts; only the facilitator who leads it gets here. */
export default async function PlanPage({ params }: Props) {
  const parsed = z.object({ id: idSchema }).safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requireFacilitator(`/sessions/${parsed.data.id}/plan`);
  const session = await leadPageSession(getDb(), user.id, parsed.data.id);
  if (!session) notFound();
  return <PlanEditor session={{ id: session.id, title: session.title }} />;
}
