import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJoinCode } from "@/lib/domain/join-code";
import { JOIN_LIMITS } from "@/server/auth/join-throttle";
import { hashPassword } from "@/server/auth/password";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { embeddedUrl, type RunningServer, startServerProcess } from "@/server/testing/server-process";

/**
 * Access on the wire, against the real server process: sign-out ends a session token on the server
 * (pages, next-auth's routes, the socket handshake and open sockets), sign-in does not tell an
 * unknown e-mail from a wrong password, /live/<id> reveals no join code, and join codes tried on
 * any page count against one limit.
 */
describe("access on the wire", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kring-access-"));
  let scratch: ScratchDatabase | null = null;
  let server: RunningServer;
  let base: string;
  const password = "kascommissie-rooster-7";
  const email = "wire-lea@example.org";
  const sessionId = "wire-session";
  const joinCode = generateJoinCode((size) => randomBytes(size));

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: scratch?.url ?? embeddedUrl(dataDir) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    if (process.env.DATABASE_URL) scratch = await createScratchDatabase();
    server = await startServerProcess({ PORT: "0", KRING_DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? "" });
    base = `http://localhost:${server.port}`;
    await query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('wire-lea', $1, 'Wire Lea', $2, now())`,
      [email, await hashPassword(password)],
    );
    await query(
      `INSERT INTO "IntervisionSession" (id, title, status, "joinCode", "facilitatorId", "updatedAt")
       VALUES ($1, 'Draadsessie', 'lobby', $2, 'wire-lea', now())`,
      [sessionId, joinCode],
    );
  }, 120_000);
  afterAll(async () => {
    if (server) {
      const stopped = new Promise((resolve) => server.child.once("exit", resolve));
      server.child.kill("SIGTERM");
      await stopped;
    }
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Cookies from a response's Set-Cookie headers, as name=value pairs (cleared ones left out). */
  const cookiesOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((header) => header.split(";")[0] ?? "")
      .filter((pair) => !pair.endsWith("="));

  /** A form POST to next-auth's own routes, with its CSRF token. */
  async function authPost(path: string, fields: Record<string, string>, cookie = "") {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = [cookie, ...cookiesOf(csrf)].filter(Boolean).join("; ");
    return fetch(`${base}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: `${base}/dashboard` }),
    });
  }

  async function signIn(withPassword: string, withEmail = email) {
    const response = await authPost("/api/auth/callback/credentials", { email: withEmail, password: withPassword });
    const session = cookiesOf(response).find((pair) => pair.startsWith("authjs.session-token="));
    return { response, session };
  }

  function socketWith(cookie: string): Promise<Socket> {
    const socket = connect(base, {
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie },
    });
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  }
  const deckList = (socket: Socket) =>
    new Promise<{ ok: boolean; code?: string }>((resolve) => socket.emit("deck:list", {}, resolve));

  it("signing out ends the session token on the server: pages, next-auth and sockets refuse a copy", async () => {
    const { session } = await signIn(password);
    expect(session).toBeDefined();
    const cookie = session ?? "";
    const dashboard = await fetch(`${base}/dashboard`, { headers: { cookie }, redirect: "manual" });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Welkom, Wire Lea");
    const open = await socketWith(cookie);
    expect(await deckList(open)).toMatchObject({ ok: true });
    const closed = new Promise<string>((resolve) => open.once("disconnect", resolve));

    // Someone copied the cookie; the owner signs out.
    const signedOut = await authPost("/api/auth/signout", {}, cookie);
    expect(signedOut.status).toBe(302);
    expect(await closed).toBe("io server disconnect");

    const page = await fetch(`${base}/dashboard`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/signin");
    const sessionRoute = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
    expect(await sessionRoute.json()).toBeNull();
    const copy = await socketWith(cookie);
    expect(await deckList(copy)).toMatchObject({ ok: false, code: "unauthenticated" });
    copy.disconnect();

    // Signing in again works, with a new token.
    const again = await signIn(password);
    const fresh = await fetch(`${base}/dashboard`, { headers: { cookie: again.session ?? "" }, redirect: "manual" });
    expect(fresh.status).toBe(200);
  });

  it("an unknown e-mail and a wrong password get the same answer", async () => {
    const unknown = await signIn(password, "nobody-here@example.org");
    const wrong = await signIn("niet-het-goede-wachtwoord");
    expect(unknown.session).toBeUndefined();
    expect(wrong.session).toBeUndefined();
    expect(unknown.response.status).toBe(wrong.response.status);
    expect(unknown.response.headers.get("location")).toBe(wrong.response.headers.get("location"));
    expect(unknown.response.headers.get("location")).not.toMatch(/unknown|wrong/);
  });

  it("/live/<id> without a credential shows a neutral page that names no code", async () => {
    const response = await fetch(`${base}/live/${sessionId}`, { redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Vraag de gespreksleider om de link");
    expect(html).not.toContain(joinCode);
    expect(html).not.toContain("Draadsessie");
    // The same page for a session that does not exist.
    const none = await fetch(`${base}/live/no-such-session`, { redirect: "manual" });
    expect(none.status).toBe(200);
    expect(await none.text()).toContain("Vraag de gespreksleider om de link");
  });

  /** The join form's fields as the page serves them (hidden ones too: a form works without script). */
  async function joinFormFields(code: string): Promise<[string, string][]> {
    const html = await (await fetch(`${base}/join/${code}`)).text();
    const forms = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1] ?? "");
    const form = forms.find((each) => each.includes('name="displayName"')) ?? "";
    const decode = (value: string) =>
      value
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [
      decode(/name="([^"]*)"/.exec(tag)?.[1] ?? ""),
      decode(/value="([^"]*)"/.exec(tag)?.[1] ?? ""),
    ]);
  }

  /** Submits the join form (its server action) with `code` in place of the page's own. */
  async function submitJoinForm(fields: [string, string][], code: string) {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, name === "code" ? code : value);
    body.append("displayName", "Gok");
    body.append("accept", "on");
    return fetch(`${base}/join/${joinCode}`, { method: "POST", body, redirect: "manual" });
  }

  it("join codes tried by link, by the join form and by the landing form count against one limit", async () => {
    const fields = await joinFormFields(joinCode);
    expect(fields.map(([name]) => name)).toContain("code");
    // The form posted this way is the real server action: with the right code, one joins.
    const joined = await submitJoinForm(fields, joinCode);
    expect(joined.headers.get("location") ?? joined.headers.get("x-action-redirect") ?? "").toContain("/live/");
    const participants = () => query(`SELECT id FROM "Participant" WHERE "sessionId" = $1`, [sessionId]);
    expect(await participants()).toHaveLength(1);
    const guess = () => generateJoinCode((size) => randomBytes(size));
    for (let i = 0; i < JOIN_LIMITS.wrong.points; i++) {
      const way = i % 3;
      if (way === 2) {
        const response = await submitJoinForm(fields, guess());
        expect(response.status).toBeLessThan(500);
        continue;
      }
      const url = way === 0 ? `${base}/join/${guess()}` : `${base}/join?code=${guess()}`;
      const response = await fetch(url, { redirect: "manual" });
      expect(await response.text()).toContain("Er is geen open sessie met code");
    }
    // The limit is reached: the right code is refused too, on every way in.
    for (const url of [`${base}/join/${joinCode}`, `${base}/join?code=${joinCode}`]) {
      const response = await fetch(url, { redirect: "manual" });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Te veel pogingen met sessiecodes");
    }
    const submitted = await submitJoinForm(fields, joinCode);
    expect(submitted.headers.get("location") ?? "").not.toContain("/live/");
    expect(await participants()).toHaveLength(1);
  });
});
