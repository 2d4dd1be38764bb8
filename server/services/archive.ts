import { HIT_END, HIT_START } from "@/lib/archive/highlight";
import { KRING_TIME_ZONE } from "@/lib/domain/due-date";
import { lessonNumber } from "@/lib/domain/lesson-numbers";
import { bilingual } from "@/lib/i18n/locales";
import { ARCHIVE_PAGE_SIZE, type ArchiveQuery } from "@/lib/schemas/archive-query";
import { lookBackSql } from "@/server/access";
import { type Db, Prisma } from "@/server/db/client";

/**
 * The archive: the sessions a facilitator may look back on (those they led, and those of a group they
 * own or share), filtered by group, method, lesson dealt and date, and full-text search over what was
 * said and decided in them. Search uses PostgreSQL text search in Dutch and English at once:
 * kring_search_query against each table's stored, GIN-indexed "searchVector" column (both in the
 * reports_and_search migration, written by hand; Prisma's client does not know the column).
 * "huurders" finds "huurder", "meetings" finds "meeting". Only what the report shows is searched:
 * revealed reactions (never pending, withdrawn or hidden ones), cases, notes and action points.
 */

export interface ArchiveSession {
  id: string;
  title: string;
  status: "draft" | "lobby" | "running" | "ended";
  day: Date;
  ledByMe: boolean;
  group: { id: string; name: string } | null;
  method: { nl: string; en: string } | null;
  participants: number;
}

export type HitKind = "reaction" | "case" | "notes" | "action";

export interface ArchiveHit {
  kind: HitKind;
  id: string;
  sessionId: string;
  sessionTitle: string;
  day: Date;
  /** The matching passage, hits between HIT_START and HIT_END (lib/archive/highlight.ts). */
  snippet: string;
}

export interface ArchivePage<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** The day a session happened: when it started, else when it was made. */
const sessionDay = Prisma.sql`COALESCE(s."startedAt", s."createdAt")`;

/** The sessions `userId` may look back on, with the query's filters. */
function visibleSessions(userId: string, query: ArchiveQuery): Prisma.Sql {
  const conditions = [lookBackSql(userId)];
  if (query.groupId) conditions.push(Prisma.sql`s."groupId" = ${query.groupId}`);
  if (query.methodId) conditions.push(Prisma.sql`s."methodId" = ${query.methodId}`);
  if (query.lessonId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Round" r WHERE r."sessionId" = s.id AND r."lessonId" = ${query.lessonId})`,
    );
  }
  // Timestamps are stored in UTC; the day is the day in Amsterdam.
  const localDay = Prisma.sql`((${sessionDay} AT TIME ZONE 'UTC') AT TIME ZONE ${KRING_TIME_ZONE})::date`;
  if (query.from) conditions.push(Prisma.sql`${localDay} >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`${localDay} <= ${query.to}::date`);
  return Prisma.sql`SELECT s.id, s.title, ${sessionDay} AS day, s."facilitatorId", s."groupId", s."methodId", s.status
    FROM "IntervisionSession" s WHERE ${Prisma.join(conditions, " AND ")}`;
}

function paged<T>(items: T[], total: number, page: number): ArchivePage<T> {
  return { items, total, page, pages: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)) };
}

/** The sessions in the archive, newest first, one page of them. */
export async function archiveSessions(
  db: Db,
  userId: string,
  query: ArchiveQuery,
): Promise<ArchivePage<ArchiveSession>> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      status: ArchiveSession["status"];
      day: Date;
      facilitatorId: string;
      groupId: string | null;
      groupName: string | null;
      methodNl: string | null;
      methodEn: string | null;
      participants: number;
      total: number;
    }[]
  >`WITH visible AS (${visibleSessions(userId, query)})
    SELECT v.id, v.title, v.status::text AS status, v.day, v."facilitatorId", v."groupId", g.name AS "groupName",
      m."nameNl" AS "methodNl", m."nameEn" AS "methodEn",
      (SELECT count(*) FROM "Participant" p WHERE p."sessionId" = v.id AND p."removedAt" IS NULL)::int AS participants,
      (count(*) OVER ())::int AS total
    FROM visible v
    LEFT JOIN "Group" g ON g.id = v."groupId"
    LEFT JOIN "Method" m ON m.id = v."methodId"
    ORDER BY v.day DESC, v.id
    LIMIT ${ARCHIVE_PAGE_SIZE} OFFSET ${(query.page - 1) * ARCHIVE_PAGE_SIZE}`;
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    day: row.day,
    ledByMe: row.facilitatorId === userId,
    group: row.groupId && row.groupName !== null ? { id: row.groupId, name: row.groupName } : null,
    method: row.methodNl !== null && row.methodEn !== null ? { nl: row.methodNl, en: row.methodEn } : null,
    participants: row.participants,
  }));
  return paged(items, rows[0]?.total ?? (query.page > 1 ? await countSessions(db, userId, query) : 0), query.page);
}

async function countSessions(db: Db, userId: string, query: ArchiveQuery): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (${visibleSessions(userId, query)}) visible`;
  return row?.total ?? 0;
}

/** ts_headline's options: whole short texts, a fragment or two of long ones, hits marked. */
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The CTEs `visible` (the sessions), `q` (the search words) and `hits` (every matching passage). */
function matching(userId: string, query: ArchiveQuery): Prisma.Sql {
  return Prisma.sql`WITH visible AS (${visibleSessions(userId, query)}),
    q AS (SELECT kring_search_query(${query.q}) AS words),
    hits AS (
      SELECT 'reaction' AS kind, r.id, r."sessionId", r.text AS body, ts_rank(r."searchVector", q.words) AS rank
        FROM "Reaction" r JOIN visible v ON v.id = r."sessionId", q
        WHERE r.visibility = 'revealed' AND r."searchVector" @@ q.words
      UNION ALL
      SELECT 'case', c.id, c."sessionId", c.title || ' ' || c.question, ts_rank(c."searchVector", q.words)
        FROM "Case" c JOIN visible v ON v.id = c."sessionId", q
        WHERE c."searchVector" @@ q.words
      UNION ALL
      SELECT 'notes', n.id, n."sessionId", n.text, ts_rank(n."searchVector", q.words)
        FROM "SessionNote" n JOIN visible v ON v.id = n."sessionId", q
        WHERE n."searchVector" @@ q.words
      UNION ALL
      SELECT 'action', a.id, a."sessionId", a.text, ts_rank(a."searchVector", q.words)
        FROM "ActionPoint" a JOIN visible v ON v.id = a."sessionId", q
        WHERE a."searchVector" @@ q.words)`;
}

/** Every passage matching `query.q` in the sessions the query selects, best match first, one page. */
export async function searchArchive(db: Db, userId: string, query: ArchiveQuery): Promise<ArchivePage<ArchiveHit>> {
  if (!query.q) return paged([], 0, query.page);
  // The page is chosen first; only its rows get a headline, so a search costs the same on any page.
  const rows = await db.$queryRaw<(Omit<ArchiveHit, "day"> & { day: Date; total: number })[]>`
    ${matching(userId, query)},
      chosen AS (
        SELECT h.*, v.title AS "sessionTitle", v.day, (count(*) OVER ())::int AS total
        FROM hits h JOIN visible v ON v.id = h."sessionId"
        ORDER BY h.rank DESC, v.day DESC, h.id
        LIMIT ${ARCHIVE_PAGE_SIZE} OFFSET ${(query.page - 1) * ARCHIVE_PAGE_SIZE})
    SELECT chosen.kind, chosen.id, chosen."sessionId", chosen."sessionTitle", chosen.day, chosen.total,
      CASE WHEN strpos(marked.dutch, ${HIT_START}) > 0 THEN marked.dutch
        ELSE ts_headline('english', marked.body, q.words, ${HEADLINE_OPTIONS}) END AS snippet
    FROM chosen, q,
      LATERAL (SELECT translate(chosen.body, ${HIT_START + HIT_END}, '') AS body) clean,
      LATERAL (SELECT clean.body, ts_headline('dutch', clean.body, q.words, ${HEADLINE_OPTIONS}) AS dutch) marked
    ORDER BY chosen.rank DESC, chosen.day DESC, chosen.id`;
  const items = rows.map(({ total: _total, ...hit }) => hit);
  // Past the last page there are no rows to carry the total: count apart, so the page can say so.
  const total = rows[0]?.total ?? (query.page > 1 ? await countHits(db, userId, query) : 0);
  return paged(items, total, query.page);
}

async function countHits(db: Db, userId: string, query: ArchiveQuery): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`${matching(userId, query)}
    SELECT count(*)::int AS total FROM hits`;
  return row?.total ?? 0;
}

/** What the archive's filters offer: the groups, methods and lessons of the sessions in the archive. */
export async function archiveChoices(db: Db, userId: string) {
  const visible = lookBackSql(userId);
  const [groups, methods, lessons] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT DISTINCT g.id, g.name FROM "Group" g JOIN "IntervisionSession" s ON s."groupId" = g.id
      WHERE ${visible} ORDER BY g.name`,
    db.$queryRaw<{ id: string; nameNl: string; nameEn: string }[]>`
      SELECT DISTINCT m.id, m."nameNl", m."nameEn" FROM "Method" m JOIN "IntervisionSession" s ON s."methodId" = m.id
      WHERE ${visible} ORDER BY m."nameNl"`,
    db.$queryRaw<{ id: string; earlier: number; position: number; textNl: string; textEn: string }[]>`
      SELECT DISTINCT l.id, t."deckId", t.position AS "themePosition", l.position, l."textNl", l."textEn",
        (SELECT count(*) FROM "Lesson" el JOIN "Theme" et ON et.id = el."themeId"
          WHERE et."deckId" = t."deckId" AND et.position < t.position)::int AS earlier
      FROM "Lesson" l JOIN "Theme" t ON t.id = l."themeId" JOIN "Round" r ON r."lessonId" = l.id
      JOIN "IntervisionSession" s ON s.id = r."sessionId"
      WHERE ${visible} ORDER BY t."deckId", t.position, l.position`,
  ]);
  return {
    groups,
    methods,
    lessons: lessons.map((lesson) => ({
      id: lesson.id,
      number: lessonNumber(lesson.earlier, lesson.position),
      text: bilingual(lesson.textNl, lesson.textEn),
    })),
  };
}
