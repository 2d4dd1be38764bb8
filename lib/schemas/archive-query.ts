import { z } from "zod";
import { idSchema } from "./live";

/** Sessions or hits per archive page. */
export const ARCHIVE_PAGE_SIZE = 20;
/** Longer search input is cut to this many characters: a search is a few words, not a document. */
export const SEARCH_MAX_LENGTH = 200;
/** No one pages further than this; a larger number is read as the last page there can be. */
const MAX_PAGE = 1000;

/**
 * Search words as typed, made safe to hand to the database: control characters (a NUL byte would make
 * PostgreSQL refuse the whole query) become spaces, runs of white space one space, and the length is
 * capped. Any other character is fine: the words go to websearch_to_tsquery, which never fails on syntax.
 */
export function cleanSearchText(raw: string): string {
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cs}\uE000\uE001]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(cleaned).slice(0, SEARCH_MAX_LENGTH).join("").trim();
}

const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  });

const fieldSchemas = {
  q: z.string().transform(cleanSearchText),
  group: idSchema,
  method: idSchema,
  lesson: idSchema,
  from: daySchema,
  to: daySchema,
  page: z.coerce
    .number()
    .int()
    .min(1)
    .transform((page) => Math.min(page, MAX_PAGE)),
} as const;

export type ArchiveField = keyof typeof fieldSchemas;

export interface ArchiveQuery {
  q: string;
  groupId?: string;
  methodId?: string;
  lessonId?: string;
  /** Calendar days (YYYY-MM-DD) in Amsterdam, both included. */
  from?: string;
  to?: string;
  page: number;
}

/**
 * The archive's search parameters, each parsed on its own: a value that cannot be understood is left
 * out (and named in `ignored`, so the page can say so) while the others still apply. Empty values
 * mean "no filter".
 */
export function parseArchiveQuery(params: Record<string, string | string[] | undefined>): {
  query: ArchiveQuery;
  ignored: ArchiveField[];
} {
  const ignored: ArchiveField[] = [];
  const read = <F extends ArchiveField>(field: F): z.output<(typeof fieldSchemas)[F]> | undefined => {
    const raw = params[field];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") return undefined;
    const parsed = fieldSchemas[field].safeParse(value);
    if (parsed.success) return parsed.data as z.output<(typeof fieldSchemas)[F]>;
    ignored.push(field);
    return undefined;
  };
  const query: ArchiveQuery = {
    q: read("q") ?? "",
    groupId: read("group"),
    methodId: read("method"),
    lessonId: read("lesson"),
    from: read("from"),
    to: read("to"),
    page: read("page") ?? 1,
  };
  if (query.from && query.to && query.from > query.to) {
    ignored.push("to");
    query.to = undefined;
  }
  return { query, ignored };
}

/** The search parameters of an archive query, for links to other pages of the same list. */
export function archiveSearchParams(query: ArchiveQuery, page = query.page): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.groupId) params.set("group", query.groupId);
  if (query.methodId) params.set("method", query.methodId);
  if (query.lessonId) params.set("lesson", query.lessonId);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (page > 1) params.set("page", String(page));
  return params;
}
