import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { clientAddress } from "@/server/auth/client-address";
import { tryJoinCode } from "@/server/auth/join-throttle";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";
import { JoinProblem } from "./join-problem";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ code: z.string().max(40).catch("") });

/**
 * Where the landing page's code field goes: a known code leads on to the session's join page;
 * a wrong one is explained. Every try counts against the join-code limits (join-throttle.ts).
 */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { t } = await getTranslator();
  const { code: typed } = searchSchema.parse(await searchParams);
  const code = normalizeJoinCode(typed);
  const tried = await tryJoinCode(clientAddress(await headers()), code ?? "", () =>
    code ? findJoinableSession(getDb(), code) : Promise.resolve(null),
  );
  if (tried.ok && code) redirect(`/join/${code}`);
  const problem =
    !tried.ok && tried.reason === "throttled"
      ? t("access.tooManyTries", { seconds: tried.retryAfterSeconds })
      : code
        ? t("join.codeUnknown", { code: formatJoinCode(code) })
        : t("join.codeInvalid");
  return <JoinProblem problem={problem} typed={typed} />;
}
