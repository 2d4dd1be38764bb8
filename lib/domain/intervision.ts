import type { ParticipantRole } from "./reaction-rules";

/**
 * What an intervision session works on besides reactions: the cases brought in, the shared notes
 * and the action points, as stored (SessionRecord) and as every viewer sees them (they carry no
 * anonymous authorship: pitches and action points are made in the open).
 */

export type CaseStatus = "pitched" | "chosen" | "set_aside";

export interface CaseRecord {
  id: string;
  clientId: string;
  ownerId: string;
  title: string;
  question: string;
  /** A few sentences, when the case was brought in before the session (CaseProposal). */
  description?: string | null;
  status: CaseStatus;
  /** Who voted for this case (one vote per person). */
  voterIds: string[];
}

export type ActionPointStatus = "open" | "done" | "dropped";
export const actionPointStatuses: readonly ActionPointStatus[] = ["open", "done", "dropped"];

export interface ActionPointRecord {
  id: string;
  clientId: string;
  sessionId: string;
  /** The session it was made in (for action points of earlier sessions, looked back on). */
  sessionTitle: string;
  text: string;
  ownerParticipantId: string | null;
  ownerMemberId: string | null;
  ownerName: string;
  /** A calendar day, YYYY-MM-DD. */
  dueDate: string | null;
  status: ActionPointStatus;
  sourceReactionId: string | null;
  createdAt: number;
}

export interface NotesRecord {
  text: string;
  version: number;
  updatedByName: string | null;
}

export interface MemberRecord {
  id: string;
  name: string;
}

/** Roles the facilitator hands out; there is at most one case owner and one note taker at a time. */
export const assignableRoles: readonly ParticipantRole[] = ["participant", "case_owner", "note_taker"];

/** The case the session works on, if one was chosen. */
export function chosenCase(cases: readonly CaseRecord[]): CaseRecord | null {
  return cases.find((each) => each.status === "chosen") ?? null;
}

/**
 * Whether a person may change an action point: the facilitator always; a participant when it is
 * theirs (as the participant it was given to, or as the group member they said they are).
 */
export function mayChangeActionPoint(
  point: Pick<ActionPointRecord, "ownerParticipantId" | "ownerMemberId">,
  actor: { role: "lead" } | { role: "participant"; participantId: string; groupMemberId: string | null },
): boolean {
  if (actor.role === "lead") return true;
  if (point.ownerParticipantId !== null && point.ownerParticipantId === actor.participantId) return true;
  return point.ownerMemberId !== null && point.ownerMemberId === actor.groupMemberId;
}
