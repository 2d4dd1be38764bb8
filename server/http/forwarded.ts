import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/**
 * Who a request comes from and which address it was sent to, as far as Kring can trust it.
 *
 * Behind a reverse proxy the peer is the proxy, and the real client is in `X-Forwarded-For`. Those
 * headers are anyone's to write, so they count only when the peer is one of the proxies the
 * operator named in KRING_TRUSTED_PROXIES: then the client is the right-most address in
 * `X-Forwarded-For` that is not itself a trusted proxy (each trusted hop appends the address it got
 * the request from), and `X-Forwarded-Proto`/`-Host` are taken from the proxy. From anyone else
 * these headers are ignored. KRING_PUBLIC_URL, when set, says the scheme (and so whether cookies
 * are Secure and HSTS is sent) and the host that links are made for.
 */
export interface TrustedProxies {
  readonly list: BlockList;
  readonly any: boolean;
}

export interface RequestOrigin {
  /** The client's address: the peer, or the client a trusted proxy reports. */
  clientIp: string;
  proto: "http" | "https";
  /** host[:port] people reach Kring at. */
  host: string;
}

/** Parses a comma-separated list of addresses and CIDR ranges (v4 or v6), e.g. "127.0.0.1, 10.0.0.0/8". */
export function parseTrustedProxies(value: string): TrustedProxies {
  const list = new BlockList();
  let any = false;
  for (const entry of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    if (!address || family === 0 || rest.length > 0) throw new Error(`not an address or CIDR range: ${entry}`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 6 ? 128 : 32)) throw new Error(`not a CIDR range: ${entry}`);
      list.addSubnet(address, bits, type);
    }
    any = true;
  }
  return { list, any };
}

export const NO_TRUSTED_PROXIES: TrustedProxies = { list: new BlockList(), any: false };

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  if (!trusted.any) return false;
  const family = isIP(address);
  if (family === 0) return false;
  return trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The first of a header's comma-separated values (the one the outermost trusted proxy set). */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || undefined;
}

const protoSchema = z.enum(["http", "https"]);
// A host name or [v6] address with an optional port: nothing a header could smuggle further.
const hostSchema = z.string().regex(/^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i);

export interface OriginSettings {
  trustedProxies: TrustedProxies;
  publicUrl: URL | undefined;
  /**
   * A secret of this process. Next renders a server action's redirect target by fetching it from
   * itself (from localhost, with the action request's headers); the request Kring marked carries
   * this token, so that fetch keeps the origin the person really used.
   */
  internalToken?: string;
}

/** The header that carries `internalToken` on requests Kring has marked (markRequestOrigin). */
export const INTERNAL_HEADER = "x-kring-internal";

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.");
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/** Next's own request to itself, carrying what Kring already decided for the original request. */
function internalOrigin(req: IncomingMessage, peer: string, settings: OriginSettings): RequestOrigin | null {
  if (!settings.internalToken || !isLoopback(peer)) return null;
  if (!sameSecret(firstValue(req.headers[INTERNAL_HEADER]), settings.internalToken)) return null;
  const proto = protoSchema.safeParse(firstValue(req.headers["x-forwarded-proto"]));
  const host = hostSchema.safeParse(firstValue(req.headers["x-forwarded-host"]));
  const clientIp = firstValue(req.headers[CLIENT_IP_HEADER]);
  if (!proto.success || !host.success || !clientIp || isIP(clientIp) === 0) return null;
  return { clientIp, proto: proto.data, host: host.data };
}

export function requestOriginOf(req: IncomingMessage, settings: OriginSettings): RequestOrigin {
  const peer = plainAddress(req.socket.remoteAddress ?? "unknown");
  const internal = internalOrigin(req, peer, settings);
  if (internal) return internal;
  const peerTrusted = isTrusted(peer, settings.trustedProxies);
  let clientIp = peer;
  if (peerTrusted) {
    const header = req.headers["x-forwarded-for"];
    const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map(plainAddress)
      .filter((hop) => isIP(hop) !== 0);
    // From the right: skip our own proxies; the first address that is not one is the client.
    for (let index = hops.length - 1; index >= 0; index--) {
      clientIp = hops[index] as string;
      if (!isTrusted(clientIp, settings.trustedProxies)) break;
    }
  }
  const forwardedProto = peerTrusted ? protoSchema.safeParse(firstValue(req.headers["x-forwarded-proto"])) : null;
  const forwardedHost = peerTrusted ? hostSchema.safeParse(firstValue(req.headers["x-forwarded-host"])) : null;
  const ownHost = hostSchema.safeParse(req.headers.host);
  const proto = settings.publicUrl
    ? settings.publicUrl.protocol === "https:"
      ? "https"
      : "http"
    : forwardedProto?.success
      ? forwardedProto.data
      : "http";
  const host =
    settings.publicUrl?.host ??
    (forwardedHost?.success ? forwardedHost.data : ownHost.success ? ownHost.data : "localhost");
  return { clientIp, proto, host };
}

/** The header the server sets to the client's address (sign-in and join throttles key on it). */
export const CLIENT_IP_HEADER = "x-kring-client-ip";

/**
 * Rewrites the request's forwarding headers to what Kring trusts, before Next (and next-auth, which
 * builds its URLs from X-Forwarded-Host/-Proto) sees them: anything a client sent is replaced.
 */
export function markRequestOrigin(req: IncomingMessage, origin: RequestOrigin, internalToken?: string): void {
  if (internalToken) req.headers[INTERNAL_HEADER] = internalToken;
  else delete req.headers[INTERNAL_HEADER];
  req.headers[CLIENT_IP_HEADER] = origin.clientIp;
  req.headers["x-forwarded-proto"] = origin.proto;
  req.headers["x-forwarded-host"] = origin.host;
  for (const name of ["x-forwarded-for", "x-forwarded-port", "x-real-ip", "forwarded"]) delete req.headers[name];
}
