import type { Prisma } from "@/server/db/client";
import { usableGroupWhere } from "./groups";

/**
 * The sessions `userId` may lead (cockpit, projector, plan, erasure, a lead's report): the ones they
 * made, as long as the session is their own (no group) or belongs to a group they may use now. A
 * co-facilitator who is removed from a group (or leaves it) loses the sessions they made in it, at
 * once and everywhere: those stay the group's, reachable for its owner and its other facilitators.
 * Through them the group's members, action points and other sessions would be in reach.
 */
export function leadSessionWhere(userId: string): Prisma.IntervisionSessionWhereInput {
  return { facilitatorId: userId, OR: [{ groupId: null }, { group: usableGroupWhere(userId) }] };
}
