import { headers } from "next/headers";

/**
 * The address people reach Kring at, as this request came in: for links they share (join, report).
 * The server (server/http/forwarded.ts) has already replaced X-Forwarded-Proto/-Host with what it
 * trusts (a trusted proxy's, KRING_PUBLIC_URL's, or its own), so they are safe to read here.
 */
export async function requestOrigin(): Promise<{ origin: string; host: string; https: boolean }> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const https = requestHeaders.get("x-forwarded-proto") === "https";
  return { origin: `${https ? "https" : "http"}://${host}`, host, https };
}

/**
 * Whether Kring's own cookies must be Secure: when it is reached over https. On a meeting-room
 * network Kring may well be served over plain http, where a Secure cookie would not be kept.
 */
export async function secureCookies(): Promise<boolean> {
  return (await requestOrigin()).https;
}
