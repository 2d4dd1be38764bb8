import type { ErrorCode } from "@/lib/errors";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import type { SessionStatus } from "./phase-machine";
import type { Viewer } from "./session-view";

/**
 * Cases brought in before a session (a CaseProposal): the one place that decides who may bring one
 * in, change it, see it, and what becomes of it when the session comes to its cases and when it ends.
 * Pages, server actions, the live load and the services ask here; they do not decide themselves.
 */

export type ProposalStatus = "open" | "chosen" | "carried_over" | "withdrawn";

type Verdict = { ok: true } | { ok: false; code: ErrorCode };

/** Cases can be brought in, changed and withdrawn until the session starts. */
export function proposalsOpen(status: SessionStatus): boolean {
  return status === "draft" || status === "lobby";
}

/** Whether another case may be brought in: within a person's and a session's number. */
export function mayBringIn(input: { sessionStatus: SessionStatus; byThisPerson: number; inSession: number }): Verdict {
  if (!proposalsOpen(input.sessionStatus)) return { ok: false, code: "proposals_closed" };
  if (input.byThisPerson >= PROPOSAL_LIMITS.perPerson) return { ok: false, code: "proposal_quota" };
  if (input.inSession >= PROPOSAL_LIMITS.perSession) return { ok: false, code: "proposals_full" };
  return { ok: true };
}

/**
 * Whether the holder of a key may change (or withdraw) a proposal: only with the key it was brought
 * in with (compared as hashes, by the caller, in constant time), while it is open and its session
 * has not started. Without the key it is not theirs, whatever the session's state.
 */
export function mayChangeProposal(input: {
  keyMatches: boolean;
  proposalStatus: ProposalStatus;
  sessionStatus: SessionStatus;
}): Verdict {
  if (!input.keyMatches) return { ok: false, code: "not_your_proposal" };
  if (input.proposalStatus !== "open" || !proposalsOpen(input.sessionStatus)) {
    return { ok: false, code: "proposals_closed" };
  }
  return { ok: true };
}

/**
 * Who sees the cases brought in, live: the facilitator leading the session only. Not the projector
 * (its screen is the room's), and not participants: an author may bring in something they want to
 * discuss only with the facilitator first, and in the pitch round each pitches their own.
 */
export function seesProposals(viewer: Viewer): boolean {
  return viewer.kind === "facilitator";
}

/** A name as people type it, for comparing: no accents, case or extra spaces. */
export function normalName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}

/**
 * The member of the group a typed name stands for: the one whose full name it is, or (when only one
 * member has it) whose first name it is. Null when it matches nobody, or more than one member.
 */
export function matchMember<M extends { id: string; name: string }>(typed: string, members: readonly M[]): M | null {
  const wanted = normalName(typed);
  if (!wanted) return null;
  const full = members.filter((member) => normalName(member.name) === wanted);
  if (full.length === 1) return full[0] ?? null;
  if (full.length > 1) return null;
  const first = members.filter((member) => normalName(member.name).split(" ")[0] === wanted);
  return first.length === 1 ? (first[0] ?? null) : null;
}

/**
 * The participant who pitches a brought-in case: the one its author became by joining in the browser
 * that holds the key (participantId), else the one who said they are the member who brought it in.
 * Null while the author is not there: the proposal waits (and, in a group, stays on its list).
 */
export function ownerOf<P extends { id: string; groupMemberId: string | null }>(
  proposal: { participantId: string | null; groupMemberId: string | null },
  present: readonly P[],
): P | null {
  const byKey = proposal.participantId ? present.find((each) => each.id === proposal.participantId) : undefined;
  if (byKey) return byKey;
  if (!proposal.groupMemberId) return null;
  return present.find((each) => each.groupMemberId === proposal.groupMemberId) ?? null;
}

/**
 * What a proposal becomes when its session ends: chosen when its case was the session's case; else,
 * in a group's session, carried over to the group's list (its author absent, or not chosen); in a
 * session without a group it stays as it was (nothing to carry it to) and goes with the session.
 */
export function settledStatus(
  proposal: { status: ProposalStatus; caseId: string | null },
  chosenCaseId: string | null,
  inGroup: boolean,
): ProposalStatus {
  if (proposal.status === "withdrawn" || proposal.status === "chosen") return proposal.status;
  if (proposal.caseId !== null && proposal.caseId === chosenCaseId) return "chosen";
  return inGroup ? "carried_over" : proposal.status;
}

/** Whether the phase a session is in takes the cases brought in as pitched cases. */
export function takesProposals(phaseKind: string | null | undefined): boolean {
  return phaseKind === "pitch" || phaseKind === "choose_case";
}

/** A case brought in, as the lead's live view carries it (ProposalView is the same). */
export interface ProposalRecord {
  id: string;
  title: string;
  description: string;
  question: string;
  proposerName: string;
  /** Carried over on the group's list from an earlier session. */
  fromEarlier: boolean;
  /** The pitched case it became in this session, once its author is here in the pitches. */
  caseId: string | null;
  updatedAt: number;
}
