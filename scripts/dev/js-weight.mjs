// First-load JavaScript of the landing page and of a participant's live page, as a browser gets it:
// the compressed bytes of every script, against a running Kring (BASE, default http://localhost:3000).
//   node scripts/dev/js-weight.mjs          (LIST=1 also lists the largest scripts)
import { launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const browser = await launchBrowser();
const lead = await browser.newPage();
const link = await openSessionAs(lead, base, { title: "Gewicht" });
const measure = async (label, go) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const s = await request.sizes();
    sizes.push({ url: request.url(), bytes: s.responseBodySize, headers: s.responseHeadersSize });
  });
  await go(page);
  await page.waitForLoadState("networkidle");
  const total = sizes.reduce((a, b) => a + b.bytes, 0);
  console.log(label, (total / 1024).toFixed(1), "KB over", sizes.length, "scripts");
  if (process.env.LIST)
    for (const s of sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 8))
      console.log("  ", (s.bytes / 1024).toFixed(1), s.url.split("/").pop());
  await context.close();
};
await measure("landing /", (page) => page.goto(`${base}/`));
await measure("participant /live", async (page) => {
  await page.goto(link);
  await page.getByLabel("Je naam").fill("Anna");
  await page.getByLabel("Ik houd me aan deze afspraken").check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/live\//);
  await page.reload();
});
await browser.close();
