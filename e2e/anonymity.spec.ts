import { expect, type Page, test } from "@playwright/test";
import { readPdf } from "../server/report/testing/pdf-text";
import { joinAs, newParticipantPage, openSession } from "./live-fixtures";

const AUTHOR = "Anneke Verhoef";
const TEXT = "Een vast gezicht helpt bij de intake van nieuwe huurders.";

/** Every websocket frame a page receives, raw, as the browser's network panel shows it. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", (frame) => frames.push(String(frame.payload))));
  return frames;
}

/** The JSON of a Socket.io frame ("42[...]", "43<id>[...]"), or null. */
function payloadOf(frame: string): unknown {
  const match = /^4[23]\d*(\[.*\])$/s.exec(frame);
  return match?.[1] ? JSON.parse(match[1]) : null;
}

/** A payload without the lists that name everyone present (participants, who is connected, group members, their marks). */
function beyondTheLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(beyondTheLists);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !["participants", "online", "submitters", "members", "actionPoints", "lookBack"].includes(key))
      .map(([key, each]) => [key, beyondTheLists(each)]),
  );
}

test("an anonymous reaction never shows its author: not on the wire, the screens, the report, its downloads, a share link or search", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Anoniem team Noord", anonymous: true });
  const cockpit = lead.page;
  const projector = await lead.context.newPage();
  const anneke = await newParticipantPage(browser);
  const bram = await newParticipantPage(browser);
  const seenBy = {
    cockpit: recordFrames(cockpit),
    projector: recordFrames(projector),
    bram: recordFrames(bram.page),
  };
  const annekeFrames = recordFrames(anneke.page);
  // The cockpit's socket was opened before recording began: a reload records it from the start.
  await cockpit.reload();
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");
  await projector.goto(`/sessions/${lead.sessionId}/projector`);
  await anneke.page.goto(lead.link);
  await joinAs(anneke.page, AUTHOR);
  await bram.page.goto(lead.link);
  await joinAs(bram.page, "Bram");

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  for (const [page, text] of [
    [anneke.page, TEXT],
    [bram.page, "Bij ons werkte een vaste dag in de week."],
  ] as const) {
    await page.getByTestId("prompt").locator("blockquote").waitFor();
    await page.getByLabel("Idee").check();
    await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByTestId("own-reaction")).toHaveCount(1);
  }
  await cockpit.getByRole("button", { name: "Reacties tonen (2)" }).click();

  // On every screen but Anneke's own: "Anoniem", never her name, and nobody marked as having reacted.
  for (const page of [cockpit, projector, bram.page]) {
    const card = page.getByTestId("reaction").filter({ hasText: TEXT });
    await expect(card).toHaveCount(1);
    await expect(card).not.toContainText(AUTHOR);
    await expect(page.getByTestId("reacted-count").first()).toHaveText("2 van 2 hebben gereageerd");
  }
  await expect(cockpit.getByTestId("reaction").filter({ hasText: TEXT })).toContainText("Anoniem");
  await expect(cockpit.getByTestId("participant").getByTestId("submitted")).toHaveCount(0);
  await expect(anneke.page.getByTestId("reaction").filter({ hasText: TEXT })).toContainText("Jij");

  // A reload of Bram's screen and of the projector: the same.
  await bram.page.reload();
  await projector.reload();
  for (const page of [projector, bram.page]) {
    await expect(page.getByTestId("reaction").filter({ hasText: TEXT })).toHaveCount(1);
    await expect(page.getByTestId("reaction").filter({ hasText: TEXT })).not.toContainText(AUTHOR);
  }

  // On the wire: Anneke's own frames say who she is; no one else's frame ties her to anything.
  const secrets = new Set([AUTHOR]);
  for (const frame of annekeFrames) {
    const me = JSON.stringify(payloadOf(frame)).match(/"me":\{"participantId":"([^"]+)"/);
    if (me?.[1]) secrets.add(me[1]);
    for (const clientId of JSON.stringify(payloadOf(frame)).matchAll(/"mine":true,"clientId":"([^"]+)"/g)) {
      if (clientId[1]) secrets.add(clientId[1]);
    }
  }
  expect(secrets.size).toBeGreaterThanOrEqual(3);
  for (const [who, frames] of Object.entries(seenBy)) {
    expect(frames.length, who).toBeGreaterThan(2);
    // The frames are read for real: the revealed text is in them.
    expect(
      frames.some((frame) => JSON.stringify(beyondTheLists(payloadOf(frame))).includes(TEXT)),
      who,
    ).toBe(true);
    for (const frame of frames) {
      const rest = JSON.stringify(beyondTheLists(payloadOf(frame)));
      for (const secret of secrets) expect(rest.includes(secret), `${who}: ${frame.slice(0, 200)}`).toBe(false);
    }
  }

  cockpit.once("dialog", (dialog) => dialog.accept());
  await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();

  // The report, its downloads, a share link and search.
  await cockpit.goto(`/sessions/${lead.sessionId}/report`);
  const reportCard = cockpit.getByTestId("report-reaction").filter({ hasText: TEXT });
  await expect(reportCard).toHaveCount(1);
  await expect(reportCard).not.toContainText(AUTHOR);
  const lineWith = (text: string) => text.split("\n").find((line) => line.includes("vast gezicht")) ?? "";
  const markdown = await cockpit.request.get(`/sessions/${lead.sessionId}/report/md`);
  expect(lineWith(await markdown.text())).toContain("vast gezicht");
  expect(lineWith(await markdown.text())).not.toContain("Anneke");
  // The CSV holds the action points (none here): nothing of Anneke's anyway.
  expect(await (await cockpit.request.get(`/sessions/${lead.sessionId}/report/csv`)).text()).not.toContain("Anneke");
  const pdf = await readPdf(await (await cockpit.request.get(`/sessions/${lead.sessionId}/report/pdf`)).body());
  const at = pdf.text.indexOf("vast gezicht");
  expect(at).toBeGreaterThan(-1);
  expect(pdf.text.slice(Math.max(0, at - 120), at + 160)).not.toContain("Anneke");

  await cockpit.getByRole("button", { name: "Deellink maken" }).click();
  const shareUrl = await cockpit.getByLabel("Deellink").inputValue();
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(shareUrl);
  const shared = stranger.getByTestId("report-reaction").filter({ hasText: TEXT });
  await expect(shared).toHaveCount(1);
  await expect(shared).not.toContainText(AUTHOR);
  expect(lineWith(await (await stranger.request.get(`${shareUrl}/md`)).text())).not.toContain("Anneke");

  await cockpit.goto("/sessions?q=intake");
  const hit = cockpit.getByTestId("search-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit).not.toContainText(AUTHOR);

  for (const context of [anneke.context, bram.context, lead.context, stranger.context()]) await context.close();
});
