import type { IncomingMessage } from "node:http";

/**
 * Refuses live-channel connections opened by pages of other sites. Socket.io's `cors` option only
 * sets response headers, which a browser ignores for websockets, so the check runs in engine.io's
 * `allowRequest`, which sees both the polling handshake and a direct websocket upgrade.
 *
 * Allowed: no Origin header (not a browser; browsers always send one cross-origin), the server's
 * own origin (Origin host equals the host Kring is reached at: the Host header, a trusted proxy's
 * X-Forwarded-Host or KRING_PUBLIC_URL's, see server/http/forwarded.ts), and the origins in
 * KRING_ALLOWED_ORIGINS.
 */
export function isOriginAllowed(
  req: IncomingMessage,
  extraOrigins: readonly string[],
  ownHost: string | undefined = req.headers.host,
): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (extraOrigins.includes(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost !== "" && (originHost === ownHost || originHost === req.headers.host);
}
