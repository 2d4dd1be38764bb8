import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { JoinByCodeForm } from "@/app/_components/join-by-code-form";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { CLIENT_IP_HEADER } from "@/server/auth/next-auth";
import { failureThrottle, joinThrottleKeys } from "@/server/auth/throttle";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ code: z.string().max(40).catch("") });

/**
 * Where the landing page's code field goes: a known code leads on to the session's join page;
 * a wrong one is explained. Repeated wrong codes from one address are slowed down.
 */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { t } = await getTranslator();
  const { code: typed } = searchSchema.parse(await searchParams);
  const throttle = failureThrottle();
  const keys = joinThrottleKeys((await headers()).get(CLIENT_IP_HEADER) ?? "unknown");
  const verdict = throttle.check(keys);
  let problem: string;
  if (!verdict.allowed) {
    problem = t("join.tooManyAttempts", { seconds: Math.ceil(verdict.retryAfterMs / 1000) });
  } else {
    const code = normalizeJoinCode(typed);
    const session = code ? await findJoinableSession(getDb(), code) : null;
    if (code && session) redirect(`/join/${code}`);
    throttle.fail(keys);
    problem = code ? t("join.codeUnknown", { code: formatJoinCode(code) }) : t("join.codeInvalid");
  }
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
