import { z } from "zod";
import { JoinByCodeForm } from "@/app/_components/join-by-code-form";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ code: z.string().max(40).catch("") });

/** Where the landing page's code field goes. Joining itself arrives with live sessions. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { t } = await getTranslator();
  const { code: typed } = searchSchema.parse(await searchParams);
  const code = normalizeJoinCode(typed);
  const session = code ? await findJoinableSession(getDb(), code) : null;
  const problem = !code
    ? t("join.codeInvalid")
    : !session
      ? t("join.codeUnknown", { code: formatJoinCode(code) })
      : null;
  return (
    <div className="container page form-page">
      <h1>{t("join.title")}</h1>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {session && <p className="lead">{session.title}</p>}
      <div className="card">
        <JoinByCodeForm defaultCode={typed} />
      </div>
    </div>
  );
}
