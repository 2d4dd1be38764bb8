import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { idSchema } from "@/lib/schemas/live";
import { facilitatorReader, participantReader, type ReportReader } from "@/server/access";
import { auth } from "@/server/auth/next-auth";
import { participantCookieName } from "@/server/auth/participant-credential";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { loadReport } from "@/server/services/report";
import { sessionForShareToken } from "@/server/services/share-links";

/**
 * A session's report for whoever asks, when they may read it (server/access.ts): the
 * facilitator who led it or shares its group, or one of its participants by their credential. Not
 * signed in and no credential: to sign in first. Anyone else, and any id that does not exist: "not
 * found", with no hint of what exists.
 */
export async function readableReport(rawId: string) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const db = getDb();
  const userId = (await auth())?.user?.id;
  let reader: ReportReader | null = userId ? await facilitatorReader(db, userId, id.data) : null;
  if (!reader) {
    const cookie = (await cookies()).get(participantCookieName(id.data))?.value;
    reader = await participantReader(db, authSecret(), id.data, cookie);
  }
  if (!reader) {
    if (!userId) redirect(`/signin?callbackUrl=${encodeURIComponent(`/sessions/${id.data}/report`)}`);
    notFound();
  }
  const report = await loadReport(db, id.data);
  if (!report) notFound();
  return { report, reader, userId };
}

/** The report a share link opens; an unknown, revoked or expired link is "not found". */
export async function sharedReport(token: string) {
  const sessionId = await sessionForShareToken(getDb(), token, new Date());
  if (!sessionId) notFound();
  const report = await loadReport(getDb(), sessionId);
  if (!report) notFound();
  return report;
}
