import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { NO_TRUSTED_PROXIES, parseTrustedProxies, requestOriginOf } from "./forwarded";

function request(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: { host: "kring.local:3000", ...headers } } as never;
}

const forwarded = {
  "x-forwarded-for": "203.0.113.7, 10.0.0.2",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "kring.example.org",
};

describe("the client a request comes from", () => {
  it("ignores forwarded headers when no proxy is trusted", () => {
    expect(
      requestOriginOf(request("198.51.100.1", forwarded), { trustedProxies: NO_TRUSTED_PROXIES, publicUrl: undefined }),
    ).toEqual({
      clientIp: "198.51.100.1",
      proto: "http",
      host: "kring.local:3000",
    });
  });

  it("ignores them from a peer that is not a trusted proxy", () => {
    const trustedProxies = parseTrustedProxies("10.0.0.0/8");
    expect(requestOriginOf(request("198.51.100.1", forwarded), { trustedProxies, publicUrl: undefined }).clientIp).toBe(
      "198.51.100.1",
    );
  });

  it("takes the right-most address that is not a trusted proxy, and the proxy's proto and host", () => {
    const trustedProxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    expect(requestOriginOf(request("::ffff:127.0.0.1", forwarded), { trustedProxies, publicUrl: undefined })).toEqual({
      clientIp: "203.0.113.7",
      proto: "https",
      host: "kring.example.org",
    });
    // A client that writes its own X-Forwarded-For only adds addresses on the left: they are not believed.
    const spoofed = { ...forwarded, "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2" };
    expect(requestOriginOf(request("127.0.0.1", spoofed), { trustedProxies, publicUrl: undefined }).clientIp).toBe(
      "203.0.113.7",
    );
  });

  it("refuses a forwarded host or proto that is not one", () => {
    const trustedProxies = parseTrustedProxies("127.0.0.1");
    const odd = { "x-forwarded-proto": "javascript", "x-forwarded-host": "evil.example/<x>" };
    expect(requestOriginOf(request("127.0.0.1", odd), { trustedProxies, publicUrl: undefined })).toMatchObject({
      proto: "http",
      host: "kring.local:3000",
    });
  });

  it("keeps the origin through Next's request to itself (a server action's redirect), by this process's token only", () => {
    const settings = { trustedProxies: NO_TRUSTED_PROXIES, publicUrl: undefined, internalToken: "s3cret-token" };
    const marked = {
      host: "localhost:3000",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "127.0.0.1:3000",
      "x-kring-client-ip": "198.51.100.9",
    };
    expect(requestOriginOf(request("127.0.0.1", { ...marked, "x-kring-internal": "s3cret-token" }), settings)).toEqual({
      clientIp: "198.51.100.9",
      proto: "http",
      host: "127.0.0.1:3000",
    });
    // A wrong token, or the right one from elsewhere than this machine: the request's own host.
    for (const [peer, token] of [
      ["127.0.0.1", "s3cret-tokem"],
      ["198.51.100.1", "s3cret-token"],
    ] as const) {
      expect(requestOriginOf(request(peer, { ...marked, "x-kring-internal": token }), settings)).toEqual({
        clientIp: peer,
        proto: "http",
        host: "localhost:3000",
      });
    }
  });

  it("lets the public URL decide the scheme and the host", () => {
    const origin = requestOriginOf(request("198.51.100.1", {}), {
      trustedProxies: NO_TRUSTED_PROXIES,
      publicUrl: new URL("https://kring.example.org"),
    });
    expect(origin).toMatchObject({ proto: "https", host: "kring.example.org" });
  });

  it("refuses a setting that is not a list of addresses and ranges", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/CIDR/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/address/);
    expect(parseTrustedProxies("::1, fd00::/8").any).toBe(true);
  });
});
