import { headers } from "next/headers";
import type { ReactElement } from "react";
import { getTranslator } from "@/app/_lib/locale";
import { formatJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import { clientAddress } from "@/server/auth/client-address";
import { tryJoinCode } from "@/server/auth/join-throttle";
import { JoinProblem } from "./join-problem";

/**
 * A page reached by a join code (/join?code=, /join/<code>, /join/<code>/case): the code as typed is
 * normalised and tried like any other use of a code (join-throttle.ts); the session `find` gives, or
 * the page that says what is wrong (too many tries, an unknown or a malformed code).
 */
export async function openByCode<T>(
  rawCode: string,
  find: (code: string) => Promise<T | null>,
): Promise<{ ok: true; code: string; session: T } | { ok: false; page: ReactElement }> {
  const typed = rawCode.slice(0, 40);
  const code = normalizeJoinCode(typed);
  const tried = await tryJoinCode(clientAddress(await headers()), code ?? "", () =>
    code ? find(code) : Promise.resolve(null),
  );
  if (tried.ok && code) return { ok: true, code, session: tried.found };
  const { t } = await getTranslator();
  const problem =
    !tried.ok && tried.reason === "throttled"
      ? t("access.tooManyTries", { seconds: tried.retryAfterSeconds })
      : code
        ? t("join.codeUnknown", { code: formatJoinCode(code) })
        : t("join.codeInvalid");
  return { ok: false, page: <JoinProblem problem={problem} typed={typed.slice(0, 20)} /> };
}
