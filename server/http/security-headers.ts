import { randomBytes } from "node:crypto";
import type { RequestOrigin } from "./forwarded";

/**
 * The security headers of every response Kring sends: pages, 404s, route handlers, downloads,
 * static files (all set here before Next handles the request) and the live channel's polling
 * transport (engine.io's `headers` event).
 *
 * Pages get a Content-Security-Policy with a fresh nonce per request. Next reads the nonce from the
 * request's own `Content-Security-Policy` header while it renders and puts it on every script it
 * emits, so the server sets the same policy on the request and on the response. That needs every
 * page to be rendered per request, which Kring's are anyway: the root layout reads the language
 * cookie.
 */
export interface PolicyOptions {
  nonce: string;
  origin: RequestOrigin;
  /** `next dev`: React's dev build needs eval, and the dev server injects styles without a nonce. */
  dev: boolean;
}

export function newNonce(): string {
  return randomBytes(18).toString("base64");
}

export function contentSecurityPolicy({ nonce, origin, dev }: PolicyOptions): string {
  const https = origin.proto === "https";
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonce'd scripts load (its chunks) may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // No inline style attributes in server-rendered HTML (style-src-attr falls back to this);
    // styles React sets from scripts go through the CSSOM, which CSP does not govern.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The live channel: 'self' covers ws(s) to the same host in CSP Level 3 browsers; named for
    // the others.
    `connect-src 'self' ${https ? "wss" : "ws"}://${origin.host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // The projector is its own window, never a frame: nobody may frame Kring.
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For what is not a page (the live channel's polling answers): nothing may load from it. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "display-capture=()",
  "browsing-topics=()",
  // The report's share panel copies its link.
  "clipboard-write=(self)",
  "fullscreen=(self)",
].join(", ");

/** The headers besides the CSP, the same on every response. */
export function baseHeaders(origin: RequestOrigin): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Share links (/r/<token>) and join codes in URLs never leave Kring in a Referer.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    // Sessions, join pages, share links and their downloads stay out of search engines.
    "X-Robots-Tag": "noindex, nofollow",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    // Only over https: a browser ignores it over http anyway, and a LAN install may have no TLS.
    ...(origin.proto === "https" ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
