// Takes the README's screenshots from a running Kring (BASE, default http://localhost:3000):
//   node scripts/dev/readme-screenshots.mjs
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { launchBrowser, submitSignUp } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const shoot = async (name) => page.screenshot({ path: `${out}/${name}.png` });

await page.goto(`${base}/`);
await shoot("landing");
await page.goto(`${base}/decks/professioneel-participeren-2012`);
await shoot("deck-nl");
await page.getByTestId("language-switch").click();
await page.waitForFunction(() => document.documentElement.lang === "en");
await page.goto(`${base}/decks/professioneel-participeren-2012#theme-2`);
await shoot("deck-en");
await page.getByTestId("language-switch").click();
await page.waitForFunction(() => document.documentElement.lang === "nl");
await page.goto(`${base}/signup`);
await page.getByLabel("Naam").fill("Marieke Jansen");
await page.getByLabel("E-mailadres").fill(`marieke-${randomBytes(3).toString("hex")}@example.org`);
await page.getByLabel("Wachtwoord").fill("bewoners-2026");
await submitSignUp(page);
await shoot("dashboard");
await browser.close();
console.log(`screenshots written to ${out}/`);
