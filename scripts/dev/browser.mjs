// Chromium for the screenshot scripts: Debian's when it is there, Playwright's own otherwise.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function launchBrowser() {
  return chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
}
