import type { Db } from "@/server/db/client";

/** A session that can be joined with `code` right now (open or running), or null. */
export async function findJoinableSession(db: Db, code: string) {
  return db.intervisionSession.findFirst({
    where: { joinCode: code, status: { in: ["lobby", "running"] } },
    select: {
      id: true,
      title: true,
      status: true,
      agreements: true,
      joinLockedAt: true,
      facilitator: { select: { name: true } },
      // The group's current members: a participant may say which of them they are.
      group: {
        select: {
          name: true,
          members: { where: { leftAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } },
        },
      },
    },
  });
}
