import type { ActionPointStatus } from "./intervision";

/**
 * A group's action points across its sessions, as the facilitator follows them up between
 * meetings: which section a point is in (overdue, open, done) on a given day, filtered by owner,
 * in a useful order. `today` is a calendar day (YYYY-MM-DD) in Amsterdam time: see due-date.ts.
 */

export type ActionBucket = "overdue" | "open" | "done";
export const actionBuckets: readonly ActionBucket[] = ["overdue", "open", "done"];

/** Who an action point is for: a member of the group, or a name only (a guest), or nobody yet. */
export type OwnerKey = `member:${string}` | `name:${string}` | "none";

export interface OverviewPoint {
  id: string;
  text: string;
  status: ActionPointStatus;
  /** A calendar day, YYYY-MM-DD. */
  dueDate: string | null;
  ownerMemberId: string | null;
  /** The owner's name as stored with the point (empty when nobody has it yet). */
  ownerName: string;
  session: { id: string; title: string; date: number };
  /** The reaction it was made from, when the report shows it (revealed). */
  sourceReaction: { id: string; text: string } | null;
  /** The case the point came from (the report shows every case). */
  sourceCase: { id: string; title: string } | null;
  createdAt: number;
  closedAt: number | null;
}

export interface OwnerOption {
  key: OwnerKey;
  /** A member's current name; else the name as stored. Empty for "none". */
  label: string;
  /** Points of this owner that are still open (overdue ones included). */
  openCount: number;
}

export function ownerKeyOf(point: Pick<OverviewPoint, "ownerMemberId" | "ownerName">): OwnerKey {
  if (point.ownerMemberId) return `member:${point.ownerMemberId}`;
  const name = point.ownerName.trim();
  return name ? `name:${name}` : "none";
}

/** The section a point belongs in on `today`: open and due before today is overdue; dropped counts as done. */
export function bucketOf(point: Pick<OverviewPoint, "status" | "dueDate">, today: string): ActionBucket {
  if (point.status !== "open") return "done";
  return point.dueDate !== null && point.dueDate < today ? "overdue" : "open";
}

/** Whole days from a due date to `today` (both calendar days), e.g. 3 for three days late. */
export function daysLate(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}

const byId = (a: OverviewPoint, b: OverviewPoint) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Earliest due date first, points without one last; then by session and the order they were made. */
function byDueDate(a: OverviewPoint, b: OverviewPoint): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.session.date - b.session.date || a.createdAt - b.createdAt || byId(a, b);
}

/** Most recently closed first, so what was just done is on top. */
function byClosed(a: OverviewPoint, b: OverviewPoint): number {
  return (b.closedAt ?? 0) - (a.closedAt ?? 0) || b.createdAt - a.createdAt || byId(a, b);
}

/** The owners that occur among the points, by name, for the filter. */
export function ownerOptions(
  points: readonly OverviewPoint[],
  memberNames: ReadonlyMap<string, string>,
  today: string,
): OwnerOption[] {
  const options = new Map<OwnerKey, OwnerOption>();
  for (const point of points) {
    const key = ownerKeyOf(point);
    const option = options.get(key) ?? {
      key,
      label:
        key === "none"
          ? ""
          : point.ownerMemberId
            ? (memberNames.get(point.ownerMemberId) ?? point.ownerName)
            : point.ownerName.trim(),
      openCount: 0,
    };
    if (bucketOf(point, today) !== "done") option.openCount += 1;
    options.set(key, option);
  }
  return [...options.values()].sort((a, b) => {
    if (a.key === "none" || b.key === "none") return a.key === "none" ? 1 : -1;
    return a.label.localeCompare(b.label, "nl", { sensitivity: "base" }) || (a.key < b.key ? -1 : 1);
  });
}

export type ActionOverview = Record<ActionBucket, OverviewPoint[]>;

/**
 * The points of one owner (or all, for null) in their sections on `today`: overdue and open by due
 * date (the most urgent first), done by when they were closed (the latest first).
 */
export function actionOverview(
  points: readonly OverviewPoint[],
  today: string,
  owner: OwnerKey | null,
): ActionOverview {
  const overview: ActionOverview = { overdue: [], open: [], done: [] };
  for (const point of points) {
    if (owner !== null && ownerKeyOf(point) !== owner) continue;
    overview[bucketOf(point, today)].push(point);
  }
  overview.overdue.sort(byDueDate);
  overview.open.sort(byDueDate);
  overview.done.sort(byClosed);
  return overview;
}
