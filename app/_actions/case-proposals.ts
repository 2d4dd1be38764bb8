"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { secureCookies } from "@/app/_lib/origin";
import { normalizeJoinCode } from "@/lib/domain/join-code";
import { errorMessageKeys, KringError } from "@/lib/errors";
import { proposalEditSchema, proposalNewSchema, proposalWithdrawSchema } from "@/lib/schemas/case-proposal";
import { clientAddress } from "@/server/auth/client-address";
import { countWrongGuess, tryJoinCode } from "@/server/auth/join-throttle";
import { participantCookieName } from "@/server/auth/participant-credential";
import {
  newProposerKey,
  PROPOSER_COOKIE,
  PROPOSER_COOKIE_MAX_AGE,
  PROPOSER_COOKIE_PATH,
  proposerKeyHash,
  readProposerKey,
  tryProposalRequest,
} from "@/server/auth/proposer-key";
import { authSecret } from "@/server/auth/secret";
import { getDb } from "@/server/db/client";
import { announceSessionChanges } from "@/server/events/session-changes";
import {
  bringInProposal,
  changeProposal,
  proposalSessionByCode,
  withdrawProposal,
} from "@/server/services/case-proposals";
import { authenticateParticipant } from "@/server/services/live/participants";

/**
 * Bringing in, editing and withdrawing a case before a session (/join/<code>/case). Each request
 * counts against the address's limit (proposer-key.ts) and, like every use of a code, against the
 * join-code limits; then the form is parsed (zod, text hygiene), then the service decides
 * (lib/domain/case-proposals.ts). Nothing is stored, and no cookie set, on a refusal. Server actions
 * are POSTs that Next accepts only from this site's own pages (their Origin must match the Host).
 */

const FIELDS = ["name", "title", "description", "question"];

type Checked =
  | { ok: true; session: NonNullable<Awaited<ReturnType<typeof proposalSessionByCode>>>; address: string }
  | { ok: false; state: FormState };

async function checkRequest(formData: FormData, values: Record<string, string>): Promise<Checked> {
  const address = clientAddress(await headers());
  const limited = await tryProposalRequest(address);
  if (!limited.ok) {
    const formError = { key: "proposals.errors.tooManyTries" as const, vars: { seconds: limited.retryAfterSeconds } };
    return { ok: false, state: { ...emptyFormState, formError, values } };
  }
  const code = normalizeJoinCode(String(formData.get("code") ?? "").slice(0, 40));
  const tried = await tryJoinCode(
    address,
    code ?? "",
    () => (code ? proposalSessionByCode(getDb(), code) : Promise.resolve(null)),
    { perCode: false },
  );
  if (!tried.ok) {
    const formError =
      tried.reason === "throttled"
        ? { key: "access.tooManyTries" as const, vars: { seconds: tried.retryAfterSeconds } }
        : { key: "errors.notFound" as const };
    return { ok: false, state: { ...emptyFormState, formError, values } };
  }
  return { ok: true, session: tried.found, address };
}

function refused(error: unknown, values: Record<string, string>): FormState {
  if (!(error instanceof KringError)) throw error;
  if (error.code === "proposer_unknown") {
    return { ...emptyFormState, fieldErrors: { name: "proposals.errors.proposerUnknown" }, values };
  }
  return { ...emptyFormState, formError: { key: errorMessageKeys[error.code] }, values };
}

/** The lead's cockpit loads the session again; this page shows the cases anew in the action's answer. */
function changed(session: { id: string; joinCode: string }) {
  announceSessionChanges([session.id]);
  revalidatePath(`/join/${session.joinCode}/case`);
}

async function heldKeyHash(): Promise<string | null> {
  const key = readProposerKey((await cookies()).get(PROPOSER_COOKIE)?.value);
  return key ? proposerKeyHash(key) : null;
}

export async function bringInProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const checked = await checkRequest(formData, values);
  if (!checked.ok) return checked.state;
  const parsed = proposalNewSchema.safeParse(
    Object.fromEntries(FIELDS.map((field) => [field, formData.get(field) ?? ""])),
  );
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const jar = await cookies();
  const held = readProposerKey(jar.get(PROPOSER_COOKIE)?.value);
  const key = held ?? newProposerKey();
  // Someone who already joined from this browser brings it in as that participant (their pitch).
  const joined = await authenticateParticipant(
    getDb(),
    authSecret(),
    checked.session.id,
    jar.get(participantCookieName(checked.session.id))?.value,
  );
  const participantId = joined && !joined.removed ? joined.participant.id : null;
  let stored: { id: string; title: string };
  try {
    stored = (await bringInProposal(getDb(), checked.session.id, proposerKeyHash(key), parsed.data, participantId))
      .value;
  } catch (error) {
    // Trying names to learn who is in the group costs what guessing codes costs.
    if (error instanceof KringError && error.code === "proposer_unknown") await countWrongGuess(checked.address);
    return refused(error, values);
  }
  changed(checked.session);
  jar.set(PROPOSER_COOKIE, key, {
    httpOnly: true,
    sameSite: "lax",
    path: PROPOSER_COOKIE_PATH,
    maxAge: PROPOSER_COOKIE_MAX_AGE,
    secure: await secureCookies(),
  });
  // The name stays for a next case; the case's own fields are emptied.
  return {
    ...emptyFormState,
    values: { name: values.name ?? "" },
    notice: { key: "proposals.added", vars: { title: stored.title } },
  };
}

export async function editProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const checked = await checkRequest(formData, values);
  if (!checked.ok) return checked.state;
  const parsed = proposalEditSchema.safeParse({
    proposalId: formData.get("proposalId") ?? "",
    title: formData.get("title") ?? "",
    description: formData.get("description") ?? "",
    question: formData.get("question") ?? "",
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { proposalId, ...fields } = parsed.data;
  let stored: { id: string; title: string };
  try {
    stored = (await changeProposal(getDb(), checked.session.id, await heldKeyHash(), proposalId, fields)).value;
  } catch (error) {
    return refused(error, values);
  }
  changed(checked.session);
  return { ...emptyFormState, values, notice: { key: "proposals.saved", vars: { title: stored.title } } };
}

export async function withdrawProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const checked = await checkRequest(formData, {});
  if (!checked.ok) return checked.state;
  const parsed = proposalWithdrawSchema.safeParse({ proposalId: formData.get("proposalId") ?? "" });
  if (!parsed.success) return { ...emptyFormState, formError: { key: "errors.badRequest" } };
  try {
    await withdrawProposal(getDb(), checked.session.id, await heldKeyHash(), parsed.data.proposalId);
  } catch (error) {
    return refused(error, {});
  }
  changed(checked.session);
  return { ...emptyFormState, notice: { key: "proposals.withdrawn" } };
}
