import { decode } from "next-auth/jwt";
import { z } from "zod";
import type { Viewer } from "@/lib/domain/session-view";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { parseLocale } from "@/lib/schemas/locale";
import { SESSION_COOKIE_NAMES } from "@/server/auth/cookies";

export interface Facilitator {
  id: string;
  email: string;
  name: string;
}

/** The session a connection is bound to, and as whom. */
export type Member =
  | { sessionId: string; role: "lead" }
  | { sessionId: string; role: "projector" }
  | { sessionId: string; role: "participant"; participantId: string };

// A connection's member is set once, at the handshake: its viewer is made once, not per patch.
const viewers = new WeakMap<Member, Viewer>();

/** Whose view a member gets (session-projection.ts projects it). */
export function viewerOf(member: Member): Viewer {
  const known = viewers.get(member);
  if (known) return known;
  const viewer: Viewer =
    member.role === "participant"
      ? { kind: "participant", participantId: member.participantId }
      : { kind: member.role === "lead" ? "facilitator" : "projector" };
  viewers.set(member, viewer);
  return viewer;
}

/** What the server knows about a connection; set once at the handshake. */
export interface SocketData {
  facilitator: Facilitator | null;
  locale: Locale;
  /** Set when the client asked for a session in the handshake and may take part in it. */
  member: Member | null;
}

const tokenSchema = z.object({ sub: z.string().min(1), email: z.string(), name: z.string(), sv: z.number().int() });

/** Whether a token's session version is still the user's (server/auth/session-version.ts). */
export type SessionCheck = (userId: string, version: number) => Promise<boolean>;

/** Parses a Cookie header into a map (first value wins, like browsers send them). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // A malformed cookie is ignored, never fatal.
    }
  }
  return cookies;
}

/**
 * Reads the facilitator from the next-auth session cookie sent with the handshake. An absent,
 * expired, forged or signed-out cookie gives null: the connection stays, with "anyone" rights only.
 */
export async function readHandshake(
  cookieHeader: string | undefined,
  secret: string,
  isCurrent: SessionCheck,
): Promise<Omit<SocketData, "member"> & { cookies: Map<string, string> }> {
  const cookies = parseCookies(cookieHeader);
  const locale = parseLocale(cookies.get(LOCALE_COOKIE));
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookies.get(name);
    if (!token) continue;
    try {
      const payload = tokenSchema.safeParse(await decode({ token, secret, salt: name }));
      if (payload.success && (await isCurrent(payload.data.sub, payload.data.sv))) {
        const { sub, email, name: displayName } = payload.data;
        return { facilitator: { id: sub, email, name: displayName }, locale, cookies };
      }
    } catch {
      // Forged or expired: treated as not signed in.
    }
  }
  return { facilitator: null, locale, cookies };
}
