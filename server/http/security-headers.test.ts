import { describe, expect, it } from "vitest";
import { baseHeaders, contentSecurityPolicy, newNonce } from "./security-headers";

const http = { clientIp: "10.0.0.1", proto: "http", host: "kring.local:3000" } as const;
const https = { ...http, proto: "https", host: "kring.example.org" } as const;

describe("the security headers", () => {
  it("allow scripts only with this request's nonce, and nothing inline", () => {
    const nonce = newNonce();
    expect(newNonce()).not.toBe(nonce);
    const policy = contentSecurityPolicy({ nonce, origin: http, dev: false });
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}';`);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("connect-src 'self' ws://kring.local:3000");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("over https: wss, upgraded requests and HSTS; never HSTS over http", () => {
    const policy = contentSecurityPolicy({ nonce: "n", origin: https, dev: false });
    expect(policy).toContain("connect-src 'self' wss://kring.example.org");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(baseHeaders(https)["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    expect(baseHeaders(http)["Strict-Transport-Security"]).toBeUndefined();
  });

  it("let `next dev` evaluate code and inject styles", () => {
    const policy = contentSecurityPolicy({ nonce: "n", origin: http, dev: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });
});
