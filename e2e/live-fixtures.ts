import type { Browser, BrowserContext, Page, WebSocketRoute } from "@playwright/test";
import { expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signUp, uniqueEmail } from "./fixtures";

/** A facilitator with a fresh account who prepares and opens a session; returns the cockpit page. */
export async function openSession(browser: Browser, options: { title: string; anonymous?: boolean; method?: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, { name: "Marieke", email: uniqueEmail("marieke") });
  await page.getByRole("link", { name: "Nieuwe sessie" }).click();
  await page.getByLabel("Titel").fill(options.title);
  if (options.method) await page.getByLabel("Werkvorm").selectOption({ label: options.method });
  if (options.anonymous) await page.getByLabel("Reacties standaard anoniem").check();
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await expect(page.getByTestId("connection")).toHaveText("Verbonden");
  const code = (await page.getByTestId("join-code").first().textContent()) ?? "";
  const link = (await page.getByTestId("join-link").first().getAttribute("href")) ?? "";
  const sessionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  return { context, page, code, link, sessionId };
}

/** The facilitator jumps to the phase whose title starts with `title`, from the cockpit's phase plan. */
export const jumpTo = (cockpit: Page, title: string) =>
  cockpit.getByRole("button", { name: new RegExp(`^${title}`) }).click();

/** Reads the URL that the QR code on the page encodes, from its pixels. */
export async function readQrCode(page: Page): Promise<string> {
  const image = PNG.sync.read(
    await page
      .getByRole("img", { name: /^QR[- ]code/ })
      .first()
      .screenshot(),
  );
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!decoded) throw new Error("no QR code could be read");
  return decoded.data;
}

/** Joins through the join page: name, agreements accepted, in. */
export async function joinAs(page: Page, name: string) {
  await page.getByLabel("Je naam").fill(name);
  await page.getByLabel("Ik houd me aan deze afspraken").check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/live\//);
  await expect(page.getByTestId("connection")).toHaveText("Verbonden");
}

/** On the live screen of a group's session: says which member this participant is. */
export async function chooseMember(page: Page, member: string) {
  await page.getByRole("group", { name: "Wie ben je?" }).getByRole("radio", { name: member }).check();
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByTestId("member-chosen")).toHaveText(`Je doet mee als ${member}.`);
}

export async function newParticipantPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** A participant in a browser context of their own, joined by the session's link. */
export async function joinByLink(browser: Browser, link: string, name: string) {
  const { context, page } = await newParticipantPage(browser);
  await page.goto(link);
  await joinAs(page, name);
  return { context, page };
}

/**
 * Cuts and restores a page's live channel (websocket and long-polling) without touching page loads:
 * like a Wi-Fi drop that only the live connection notices. Survives reloads.
 */
export async function controllableConnection(page: Page) {
  let blocked = false;
  const open: WebSocketRoute[] = [];
  await page.route(/\/socket\.io\//, (route) => (blocked ? route.abort() : route.continue()));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (blocked) {
      void ws.close();
      return;
    }
    ws.connectToServer();
    open.push(ws);
  });
  return {
    async cut() {
      blocked = true;
      for (const ws of open.splice(0)) await ws.close();
    },
    restore() {
      blocked = false;
    },
  };
}

/**
 * How long a screen may take to be live again after its line comes back: the client's next try is
 * at most 10 s away after a refused one (lib/realtime/reconnect.ts), twice that on a busy machine.
 */
export const BACK_ONLINE = { timeout: 20_000 };

/** Seconds shown on a timer ("9:58" -> 598). */
export async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId("timer").first().textContent()) ?? "";
  const [minutes = "0", seconds = "0"] = text.split(":");
  return Number(minutes) * 60 + Number(seconds);
}
