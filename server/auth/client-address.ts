import { CLIENT_IP_HEADER } from "@/server/http/forwarded";

export { CLIENT_IP_HEADER };

/**
 * The client's address as the server determined it (server/http/forwarded.ts, behind trusted
 * proxies only): the one place pages, actions and auth read it.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}
