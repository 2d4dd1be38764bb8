import { chromium } from "@playwright/test";

const base = process.env.BASE ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
for (const [name, path] of JSON.parse(process.argv[2])) {
  await page.goto(base + path);
  await page.screenshot({
    path: `${process.env.OUT ?? "/tmp/shots"}/${name}.png`,
    fullPage: process.argv[3] === "full",
  });
}
await browser.close();
