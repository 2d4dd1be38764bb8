import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { findJoinableSession } from "@/server/services/join";
import { openByCode } from "./open-by-code";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ code: z.string().max(40).catch("") });

/**
 * Where the landing page's code field goes: a known code leads on to the session's join page;
 * a wrong one is explained. Every try counts against the join-code limits (join-throttle.ts).
 */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { code: typed } = searchSchema.parse(await searchParams);
  const opened = await openByCode(typed, (code) => findJoinableSession(getDb(), code));
  if (!opened.ok) return opened.page;
  redirect(`/join/${opened.code}`);
}
