import type { Metadata } from "next";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { GroupForm } from "../group-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("groups.newTitle") };
}

export default async function NewGroupPage() {
  await requireFacilitator("/groups/new");
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("groups.newTitle")}</h1>
      <p className="lead">{t("groups.newLead")}</p>
      <div className="card">
        <GroupForm />
      </div>
    </div>
  );
}
