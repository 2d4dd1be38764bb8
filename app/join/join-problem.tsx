import { JoinByCodeForm } from "@/app/_components/join-by-code-form";
import { getTranslator } from "@/app/_lib/locale";

/** A code that leads nowhere (or too many tries): said plainly, with the code field to try again. */
export async function JoinProblem({ problem, typed }: { problem: string; typed: string }) {
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("join.title")}</h1>
      <div className="alert alert-error" role="alert">
        <p>{problem}</p>
      </div>
      <div className="card">
        <JoinByCodeForm defaultCode={typed} />
      </div>
    </div>
  );
}
