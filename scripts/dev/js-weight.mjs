// First-load JavaScript of Kring's pages as a browser gets them: the compressed bytes of every
// script a fresh browser loads for the page, against a running Kring (BASE, default
// http://localhost:3000). Each page is opened in a new browser context (an empty cache) with the
// right cookies: a signed-in facilitator's, or the participant's.
//   node scripts/dev/js-weight.mjs          (LIST=1 also lists each page's largest scripts)
import { launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const browser = await launchBrowser();
const lead = await browser.newPage();
const link = await openSessionAs(lead, base, { title: "Gewicht" });
const cockpit = new URL(lead.url()).pathname;
const facilitator = await lead.context().storageState();

// A participant who joined, for their live page.
const participantContext = await browser.newContext();
const participantPage = await participantContext.newPage();
await participantPage.goto(link);
await participantPage.getByLabel("Je naam").fill("Anna");
await participantPage.getByLabel("Ik houd me aan deze afspraken").check();
await participantPage.getByRole("button", { name: "Meedoen" }).click();
await participantPage.waitForURL(/\/live\//);
const live = new URL(participantPage.url()).pathname;
const participant = await participantContext.storageState();
await participantContext.close();

const pages = [
  ["landing", "/", undefined],
  ["sign in", "/signin", undefined],
  ["join", new URL(link).pathname, undefined],
  ["participant", live, participant],
  ["overview", "/dashboard", facilitator],
  ["new session", "/sessions/new", facilitator],
  ["cockpit", cockpit, facilitator],
  ["projector", `${cockpit}/projector`, facilitator],
  ["plan", `${cockpit}/plan`, facilitator],
  ["report", `${cockpit}/report`, facilitator],
  ["archive", "/sessions", facilitator],
  ["lessons", "/decks", facilitator],
  ["groups", "/groups", facilitator],
];

console.log("| page | first-load JS (gzip) | scripts |\n|---|---|---|");
for (const [label, path, storageState] of pages) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const sizes = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const s = await request.sizes();
    sizes.push({ url: request.url(), bytes: s.responseBodySize });
  });
  await page.goto(`${base}${path}`);
  // Some pages keep a connection open (the live channel), so "network idle" may never come.
  await page.waitForLoadState("load");
  await page.waitForTimeout(2000);
  const total = sizes.reduce((sum, each) => sum + each.bytes, 0);
  console.log(`| ${label} | ${(total / 1024).toFixed(1)} KB | ${sizes.length} |`);
  if (process.env.LIST)
    for (const each of sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 6))
      console.log(`|   | ${(each.bytes / 1024).toFixed(1)} KB ${each.url.split("/").pop()} | |`);
  await context.close();
}
await browser.close();
