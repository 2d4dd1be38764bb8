import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/db/client";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { registerFacilitator } from "@/server/services/facilitators";
import { createSession } from "@/server/services/sessions";
import { createShareLink } from "@/server/services/share-links";
import { embeddedUrl, type RunningServer, startServerProcess } from "@/server/testing/server-process";

/**
 * The web surface of the real server process: the security headers on every kind of response,
 * forwarded headers believed only from a trusted proxy, Secure cookies and HSTS over https, and a
 * control character in a form refused without a stack in the log.
 */
const AUTH_SECRET = "web-surface-integration-secret-0123456789abcdef";
/** The trusted proxy is 127.0.0.1; requests from 127.0.0.2 (also loopback) come from anyone. */
const PROXY = "127.0.0.1";
const ANYONE = "127.0.0.2";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  path: string,
  options: { from?: string; method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        localAddress: options.from ?? ANYONE,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

function expectSecurityHeaders(answer: Answer, what: string) {
  const csp = String(answer.headers["content-security-policy"] ?? "");
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).toMatch(/(default-src 'self'.*object-src 'none'|default-src 'none')/);
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["referrer-policy"], what).toBe("same-origin");
  expect(String(answer.headers["permissions-policy"]), what).toContain("camera=()");
  expect(answer.headers["x-frame-options"], what).toBe("DENY");
  expect(answer.headers["x-robots-tag"], what).toBe("noindex, nofollow");
}

const nonceOf = (answer: Answer) =>
  /script-src 'self' 'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1];

describe("the web surface of the server process", () => {
  const dirs = [mkdtempSync(join(tmpdir(), "kring-web-a-")), mkdtempSync(join(tmpdir(), "kring-web-b-"))];
  const scratches: ScratchDatabase[] = [];
  let proxied: RunningServer;
  let publicHttps: RunningServer;
  let db: Db;
  let shareToken = "";
  let joinCode = "";
  let sessionId = "";

  // Two server processes start, each with its database, on a small shared machine: give them time.
  beforeAll(async () => {
    const databases = process.env.DATABASE_URL
      ? await Promise.all([createScratchDatabase(), createScratchDatabase()])
      : [];
    scratches.push(...databases);
    const common = { PORT: "0", AUTH_SECRET, KRING_LOG: "info" };
    [proxied, publicHttps] = await Promise.all([
      startServerProcess({
        ...common,
        KRING_DATA_DIR: dirs[0] as string,
        DATABASE_URL: databases[0]?.url ?? "",
        KRING_TRUSTED_PROXIES: PROXY,
      }),
      startServerProcess({
        ...common,
        KRING_DATA_DIR: dirs[1] as string,
        DATABASE_URL: databases[1]?.url ?? "",
        KRING_PUBLIC_URL: "https://kring.example.org",
      }),
    ]);
    db = createDb(databases[0]?.url ?? embeddedUrl(dirs[0] as string), 1);
    const registered = await registerFacilitator(db, {
      name: "Lea",
      email: "lea@example.org",
      password: "een lang wachtwoord 42",
    });
    if (!registered.ok) throw new Error("could not register");
    const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
    const session = await createSession(db, registered.user.id, {
      title: "Intervisie",
      methodId: method.id,
      deckId: (await db.deck.findFirstOrThrow()).id,
      agreements: "",
      anonymous: false,
      locale: "nl",
      groupId: null,
    });
    sessionId = session.id;
    joinCode = session.joinCode;
    shareToken = (await createShareLink(db, registered.user.id, session.id, null, new Date())).token;
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    for (const server of [proxied, publicHttps]) server?.child.kill("SIGTERM");
    await Promise.all(
      [proxied, publicHttps].map((server) => server && new Promise((resolve) => server.child.once("exit", resolve))),
    );
    for (const scratch of scratches) await scratch?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("sends the security headers on pages, 404s, API routes, downloads, static files and the live channel", async () => {
    const port = proxied.port;
    const page = await send(port, "/");
    expect(page.status).toBe(200);
    // Next put the request's nonce on every script it wrote; a second request gets another nonce.
    const nonce = nonceOf(page);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(nonceOf(await send(port, "/"))).not.toBe(nonce);

    const staticPath = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(page.body)?.[1] ?? "";
    const answers: Record<string, Answer> = {
      page,
      "404": await send(port, "/no-such-page"),
      "API route": await send(port, "/api/auth/csrf"),
      "Markdown download": await send(port, `/r/${shareToken}/md`),
      "PDF download": await send(port, `/r/${shareToken}/pdf`),
      "static file": await send(port, staticPath),
      "live channel (polling)": await send(port, "/socket.io/?EIO=4&transport=polling"),
      "robots.txt": await send(port, "/robots.txt"),
      "web manifest": await send(port, "/manifest.webmanifest"),
    };
    // No search engine may list anything; the app can be installed and opened full screen.
    expect(answers["robots.txt"]?.body).toMatch(/User-Agent: \*\s+Disallow: \//);
    expect(page.body).toContain('<meta name="robots" content="noindex, nofollow"/>');
    const manifest = JSON.parse(answers["web manifest"]?.body ?? "{}");
    expect(manifest).toMatchObject({ name: "Kring", display: "standalone", start_url: "/dashboard" });
    expect(manifest.icons.length).toBeGreaterThan(0);
    expect(answers["404"]?.status).toBe(404);
    expect(answers["API route"]?.status).toBe(200);
    expect(answers["Markdown download"]?.status).toBe(200);
    expect(String(answers["Markdown download"]?.headers["content-disposition"])).toContain("attachment");
    expect(answers["PDF download"]?.status).toBe(200);
    expect(answers["static file"]?.status).toBe(200);
    expect(answers["live channel (polling)"]?.status).toBe(200);
    for (const [what, answer] of Object.entries(answers)) {
      expectSecurityHeaders(answer, what);
      // Plain http: no HSTS, no upgrade.
      expect(answer.headers["strict-transport-security"], what).toBeUndefined();
    }
  });

  /** A failed sign-in through next-auth's own endpoint; resolves with the refusal's code. */
  async function failSignIn(port: number, from: string, headers: Record<string, string>) {
    const csrf = await send(port, "/api/auth/csrf", { from, headers });
    const cookie = ([] as string[])
      .concat(csrf.headers["set-cookie"] ?? [])
      .map((line) => line.split(";")[0])
      .join("; ");
    const body = new URLSearchParams({
      csrfToken: JSON.parse(csrf.body).csrfToken,
      email: "nobody@example.org",
      password: "wrong password 1",
    }).toString();
    const answer = await send(port, "/api/auth/callback/credentials", {
      from,
      method: "POST",
      headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    return new URL(String(answer.headers.location), "http://x").searchParams.get("code");
  }

  it("keys the sign-in throttle on the client a trusted proxy names, and on the peer for anyone else", async () => {
    const port = proxied.port;
    const viaProxy = (client: string) => ({ "x-forwarded-for": `${client}, ${PROXY}` });
    // One client behind the proxy fails until it is slowed down ...
    const codes: (string | null)[] = [];
    while (codes.at(-1) !== "too_many_attempts" && codes.length < 12) {
      codes.push(await failSignIn(port, PROXY, viaProxy("203.0.113.7")));
    }
    expect(codes.at(-1)).toBe("too_many_attempts");
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("bad_credentials"));
    // ... while a colleague behind the same proxy is not.
    expect(await failSignIn(port, PROXY, viaProxy("203.0.113.8"))).toBe("bad_credentials");

    // Anyone else's X-Forwarded-For is ignored: a new address in it per attempt changes nothing.
    const spoofed: (string | null)[] = [];
    while (spoofed.at(-1) !== "too_many_attempts" && spoofed.length < 12) {
      spoofed.push(await failSignIn(port, ANYONE, { "x-forwarded-for": `198.51.100.${spoofed.length + 1}` }));
    }
    expect(spoofed.at(-1)).toBe("too_many_attempts");
  });

  it("believes X-Forwarded-Proto only from the trusted proxy: then cookies are Secure and HSTS is sent", async () => {
    const port = proxied.port;
    const https = { "x-forwarded-proto": "https", "x-forwarded-host": "kring.example.org" };
    const fromProxy = await send(port, "/api/auth/csrf", { from: PROXY, headers: https });
    expect(String(fromProxy.headers["set-cookie"])).toMatch(/__Host-authjs\.csrf-token=[^;]+;.*Secure/i);
    expect(fromProxy.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const page = await send(port, "/", { from: PROXY, headers: https });
    expect(page.headers["content-security-policy"]).toContain("connect-src 'self' wss://kring.example.org");

    // The live channel takes the same view: a page of the public host, through the proxy, may open it.
    const handshake = "/socket.io/?EIO=4&transport=polling";
    const origin = { ...https, origin: "https://kring.example.org" };
    expect((await send(port, handshake, { from: PROXY, headers: origin })).status).toBe(200);
    expect((await send(port, handshake, { from: ANYONE, headers: origin })).status).toBe(403);

    const fromAnyone = await send(port, "/api/auth/csrf", { from: ANYONE, headers: https });
    expect(String(fromAnyone.headers["set-cookie"])).toMatch(/^authjs\.csrf-token=/);
    expect(String(fromAnyone.headers["set-cookie"])).not.toMatch(/Secure/i);
    expect(fromAnyone.headers["strict-transport-security"]).toBeUndefined();
  });

  it("with an https public URL: Secure cookies, HSTS and wss for the live channel, whoever asks", async () => {
    const port = publicHttps.port;
    const csrf = await send(port, "/api/auth/csrf");
    expect(String(csrf.headers["set-cookie"])).toMatch(/__Host-authjs\.csrf-token=[^;]+;.*Secure/i);
    expect(csrf.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const page = await send(port, "/");
    expectSecurityHeaders(page, "page");
    expect(page.headers["content-security-policy"]).toContain("connect-src 'self' wss://kring.example.org");
    expect(page.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  /**
   * Calls a server action as React does: the form's fields as "_1_<name>", then the arguments
   * (`args`, where "$K1" stands for the form data) last; the server reads the fields first.
   */
  async function callAction(
    name: string,
    path: string,
    fields: Record<string, string>,
    args: unknown[],
    options: { from?: string; headers?: Record<string, string> } = {},
  ) {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
    if (!actionId) throw new Error(`no server action ${name} in the build`);
    const form = new FormData();
    for (const [field, value] of Object.entries(fields)) form.set(`_1_${field}`, value);
    form.set("0", JSON.stringify(args));
    const encoded = new Response(form);
    return send(proxied.port, path, {
      method: "POST",
      from: options.from,
      headers: {
        "next-action": actionId,
        accept: "text/x-component",
        origin: `http://127.0.0.1:${proxied.port}`,
        "content-type": encoded.headers.get("content-type") as string,
        ...options.headers,
      },
      body: Buffer.from(await encoded.arrayBuffer()),
    });
  }

  const joinAs = (name: string, options: { from?: string; headers?: Record<string, string> } = {}) =>
    callAction(
      "joinAction",
      `/join/${joinCode}`,
      { code: joinCode, displayName: name, accept: "on" },
      ["$undefined", "$K1"],
      options,
    );

  it("refuses a control character in a form with a translated message, stores nothing, logs no stack", async () => {
    const before = proxied.output().length;
    for (const name of ["Anna\u0000", "Anna\u0007", "\u202eannA"]) {
      const answer = await joinAs(name);
      expect(answer.status).toBe(200);
      // The form state names the translated message for the field (the form shows it in nl or en).
      expect(answer.body).toContain("textHygiene.controlCharacters");
    }
    expect(await db.participant.count({ where: { sessionId } })).toBe(0);
    // The same request with a clean name joins: the refusals were about the characters alone.
    const joined = await joinAs("Anna");
    expect(joined.body).not.toContain("textHygiene.controlCharacters");
    expect(await db.participant.count({ where: { sessionId } })).toBe(1);
    // Over plain http the credential is not Secure (a browser would not keep it).
    expect(String(joined.headers["set-cookie"])).toMatch(/kring_p_/);
    expect(String(joined.headers["set-cookie"])).not.toMatch(/Secure/i);
    const log = proxied.output().slice(before);
    expect(log).not.toMatch(/\n\s+at |invalid byte sequence|PrismaClient|Error:/);
  });

  it("makes Kring's own cookies Secure over https: the participant credential and the language", async () => {
    // Through the trusted proxy, which says the request came in over https.
    const https = {
      from: PROXY,
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": `127.0.0.1:${proxied.port}` },
    };
    const joined = await joinAs("Bram", {
      ...https,
      headers: { ...https.headers, origin: `https://127.0.0.1:${proxied.port}` },
    });
    expect(String(joined.headers["set-cookie"])).toMatch(
      /kring_p_[^=]+=[^;]+;.*HttpOnly.*Secure|kring_p_[^=]+=[^;]+;.*Secure.*HttpOnly/i,
    );
    const language = await callAction("setLocale", "/", { locale: "en", returnTo: "/" }, ["$K1"], {
      ...https,
      headers: { ...https.headers, origin: `https://127.0.0.1:${proxied.port}` },
    });
    expect(String(language.headers["set-cookie"])).toMatch(/kring-locale=en;.*Secure/i);
    // The same from anyone else: the forwarded proto is not believed, the cookie is not Secure.
    const plain = await callAction("setLocale", "/", { locale: "en", returnTo: "/" }, ["$K1"], {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(String(plain.headers["set-cookie"])).toMatch(/kring-locale=en/);
    expect(String(plain.headers["set-cookie"])).not.toMatch(/Secure/i);
  });
});
