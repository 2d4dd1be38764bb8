import type { PhaseKind, PhaseRules, PostKind } from "@/lib/schemas/phase-rules";

export type ParticipantRole = "participant" | "case_owner" | "note_taker";

export type PostRefusal =
  | "posting_closed"
  | "owner_silent"
  | "others_write"
  | "owner_only"
  | "kind_not_allowed"
  | "quota_reached";

/** Whether participants write in a phase with these rules at all. */
export function participantsWrite(rules: PhaseRules): boolean {
  return rules.whoMayPost !== "nobody" && rules.whoMayPost !== "facilitator_only";
}

/** Whether someone with `role` writes in a phase with these rules at all (whatever the quota). */
export function roleWrites(rules: PhaseRules, role: ParticipantRole): boolean {
  if (!participantsWrite(rules)) return false;
  if (role === "case_owner") return !rules.ownerSilent && rules.whoMayPost !== "all_but_owner";
  return rules.whoMayPost !== "owner_only";
}

/**
 * Why someone with `role` does not write in a phase in which participants write, as the phase note
 * says it: a silent case owner listens; in a round only the others write in (questions for the
 * case owner, say) the case owner is not silent, they answer out loud.
 */
function notWriting(rules: PhaseRules, role: ParticipantRole): PostRefusal {
  if (role !== "case_owner") return "owner_only";
  return rules.ownerSilent ? "owner_silent" : "others_write";
}

/**
 * Whether a participant with `role` may post a `kind` now, given how many posts they already have
 * in this round. Shared by the server (which decides) and the composer (which explains).
 */
export function checkPost(
  rules: PhaseRules,
  role: ParticipantRole,
  kind: PostKind,
  postsSoFar: number,
): { ok: true } | { ok: false; code: PostRefusal } {
  if (!participantsWrite(rules)) return { ok: false, code: "posting_closed" };
  if (!roleWrites(rules, role)) return { ok: false, code: notWriting(rules, role) };
  if (!rules.postKinds.includes(kind)) return { ok: false, code: "kind_not_allowed" };
  if (rules.quota !== null && postsSoFar >= rules.quota) return { ok: false, code: "quota_reached" };
  return { ok: true };
}

/** checkPost for a reaction: a pitch is never a reaction (it is a case, brought in with case:pitch). */
export function checkReaction(
  rules: PhaseRules,
  role: ParticipantRole,
  kind: PostKind,
  postsSoFar: number,
): ReturnType<typeof checkPost> {
  if (kind === "pitch") return { ok: false, code: "kind_not_allowed" };
  return checkPost(rules, role, kind, postsSoFar);
}

/** Posts left for this person in the round, or null when there is no quota. */
export function postsLeft(rules: PhaseRules, postsSoFar: number): number | null {
  return rules.quota === null ? null : Math.max(0, rules.quota - postsSoFar);
}

/**
 * Anonymous posts are always hidden until the reveal: a post that appeared the moment its author's
 * "submitted" mark did would give the author away.
 */
export function isHiddenUntilReveal(rules: PhaseRules): boolean {
  return rules.hiddenUntilReveal || rules.anonymous;
}

/**
 * Whether people write in a phase; such a phase has rounds of its own (a spoken phase shows the
 * latest round of the session instead, e.g. the card just discussed).
 */
export function phaseTakesPosts(rules: PhaseRules): boolean {
  return rules.dealsLessons || participantsWrite(rules);
}

/**
 * The index of the phase whose round a phase keeps in view beside its own, read-only; null for none.
 * A response phase is the case owner's answer to what the group wrote in the phase right before it:
 * the questions of a Socratic dialogue, which the owner labels warm, cold or neutral there; the
 * advice of the incident method, which they mark usable. Its own round takes the owner's answers.
 * A phase in which nobody writes needs none: it shows the session's latest round as it is.
 */
export function answeredPhaseIndex(
  phases: readonly { kind: PhaseKind; rules: PhaseRules }[],
  index: number | null,
): number | null {
  if (index === null || index < 1) return null;
  const phase = phases[index];
  const before = phases[index - 1];
  if (phase?.kind !== "response" || !phaseTakesPosts(phase.rules) || !before) return null;
  // A pitch is a case, not a reaction: a round of pitches has nothing to answer.
  if (!phaseTakesPosts(before.rules) || before.rules.postKinds.includes("pitch")) return null;
  return index - 1;
}

/**
 * Whether a phase's posts can be anonymous: posting phases, but not one that takes pitches (a case
 * is brought in under its owner's name: they become the case owner).
 */
export function takesAnonymousPosts(rules: PhaseRules): boolean {
  return phaseTakesPosts(rules) && !rules.postKinds.includes("pitch");
}
