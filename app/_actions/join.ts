"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { secureCookies } from "@/app/_lib/origin";
import { normalizeJoinCode } from "@/lib/domain/join-code";
import { KringError } from "@/lib/errors";
import { joinFormSchema } from "@/lib/schemas/session-form";
import { clientAddress } from "@/server/auth/client-address";
import { tryJoinCode } from "@/server/auth/join-throttle";
import { participantCookieName } from "@/server/auth/participant-credential";
import { PROPOSER_COOKIE, proposerKeyHash, readProposerKey } from "@/server/auth/proposer-key";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { announceSessionChanges } from "@/server/events/session-changes";
import { findJoinableSession } from "@/server/services/join";
import { joinSession } from "@/server/services/live/participants";

/**
 * A participant joins: name (and, in a group's session, which member they are, or a guest), agreements
 * accepted, then a credential cookie for this session only
 * (httpOnly, so page scripts never see it) and on to the session.
 */
export async function joinAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const code = normalizeJoinCode(String(formData.get("code") ?? "").slice(0, 40));
  const values = textValues(formData, ["displayName", "groupMemberId"]);
  const parsed = joinFormSchema.safeParse({
    displayName: formData.get("displayName") ?? "",
    accept: formData.get("accept") ?? "",
    groupMemberId: formData.get("groupMemberId") ?? undefined,
  });
  // A try at the code like any other (join-throttle.ts), before anything else is looked at.
  const tried = await tryJoinCode(clientAddress(await headers()), code ?? "", () =>
    code ? findJoinableSession(getDb(), code) : Promise.resolve(null),
  );
  if (!tried.ok && tried.reason === "throttled") {
    return {
      ...emptyFormState,
      formError: { key: "access.tooManyTries", vars: { seconds: tried.retryAfterSeconds } },
      values,
    };
  }
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  if (!tried.ok) return { ...emptyFormState, formError: { key: "join.sessionEnded" }, values };
  const session = tried.found;
  const jar = await cookies();
  let joined: Awaited<ReturnType<typeof joinSession>>;
  try {
    joined = await joinSession(
      getDb(),
      authSecret(),
      session.id,
      parsed.data.displayName,
      parsed.data.groupMemberId,
      // Removed from this session in this browser: a new name does not get them back in.
      jar.get(participantCookieName(session.id))?.value,
      // Cases brought in beforehand from this browser become this participant's (case-proposals.ts).
      proposerHashOf(jar.get(PROPOSER_COOKIE)?.value),
    );
  } catch (error) {
    // A member id that is not a current member of this session's group (tampered, or they just left):
    // said next to the field; nothing was created.
    if (error instanceof KringError && (error.code === "owner_unknown" || error.code === "member_taken")) {
      const key = error.code === "member_taken" ? "join.errors.memberTaken" : "join.errors.memberUnknown";
      return { ...emptyFormState, fieldErrors: { groupMemberId: key }, values };
    }
    if (error instanceof KringError && (error.code === "rejoin_removed" || error.code === "join_locked")) {
      const key = error.code === "rejoin_removed" ? "access.rejoinRemoved" : "access.sessionLocked";
      return { ...emptyFormState, formError: { key }, values };
    }
    if (error instanceof KringError) return { ...emptyFormState, formError: { key: "join.sessionEnded" }, values };
    throw error;
  }
  // The open screens list the newcomer now (their connecting says only that they are online).
  announceSessionChanges([session.id]);
  jar.set(participantCookieName(session.id), joined.cookieValue, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Half a year: it also opens the session's report afterwards, on this device.
    maxAge: 182 * 24 * 60 * 60,
    secure: await secureCookies(),
  });
  redirect(`/live/${session.id}`);
}

function proposerHashOf(value: string | undefined): string | null {
  const key = readProposerKey(value);
  return key ? proposerKeyHash(key) : null;
}
