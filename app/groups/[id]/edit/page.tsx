import type { Metadata } from "next";
import { getTranslator } from "@/app/_lib/locale";
import { GroupForm } from "../../group-form";
import { loadGroupPage } from "../../load-group";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const { group } = await loadGroupPage(params, (id) => `/groups/${id}/edit`);
  return { title: `${t("groups.editTitle")}: ${group.name}` };
}

export default async function EditGroupPage({ params }: Props) {
  const { group } = await loadGroupPage(params, (id) => `/groups/${id}/edit`);
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <p className="eyebrow">{group.name}</p>
      <h1>{t("groups.editTitle")}</h1>
      <div className="card">
        <GroupForm
          group={{
            id: group.id,
            name: group.name,
            description: group.description,
            retentionDays: group.retentionDays,
            owned: group.owned,
          }}
        />
      </div>
    </div>
  );
}
