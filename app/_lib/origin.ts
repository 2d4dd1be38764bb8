import { headers } from "next/headers";

/** The address people reach Kring at, as this request came in: for links they share (join, report). */
export async function requestOrigin(): Promise<{ origin: string; host: string }> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return { origin: `${protocol}://${host}`, host };
}
