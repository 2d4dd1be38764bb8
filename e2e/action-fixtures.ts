import { type Browser, expect } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures";
import { chooseMember, joinAs } from "./live-fixtures";

const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const inThreeDays = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

/**
 * A group (Anna de Vries and Bram Koper) with a running incident-method session: Anna joined as
 * the member she is, Bram as a guest; Bram gave an advice; the facilitator made two action points,
 * one from that advice for Anna and one fresh for Bram. Returns the facilitator's cockpit.
 */
export async function groupWithActionPoints(browser: Browser) {
  const leadContext = await browser.newContext();
  const cockpit = await leadContext.newPage();
  await signUp(cockpit, { name: "Marieke", email: uniqueEmail("marieke") });
  await cockpit.goto("/groups/new");
  await cockpit.getByLabel("Naam van de groep").fill("Team Zuid");
  await cockpit.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await cockpit.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const groupUrl = cockpit.url();
  const addForm = cockpit.getByRole("form", { name: "Lid toevoegen" });
  for (const name of ["Anna de Vries", "Bram Koper"]) {
    await addForm.getByLabel("Naam").fill(name);
    await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(cockpit.getByTestId("member").filter({ hasText: name })).toBeVisible();
  }
  await cockpit.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await cockpit.getByLabel("Titel").fill("Intervisie november");
  await cockpit.getByLabel("Werkvorm").selectOption({ label: "Incidentmethode" });
  await cockpit.getByRole("button", { name: "Sessie openen" }).click();
  await cockpit.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");
  const link = (await cockpit.getByTestId("join-link").first().getAttribute("href")) ?? "";

  const anna = await (await browser.newContext()).newPage();
  await anna.goto(link);
  await joinAs(anna, "Anna");
  await chooseMember(anna, "Anna de Vries");
  const bram = await (await browser.newContext()).newPage();
  await bram.goto(link);
  await joinAs(bram, "Bram");

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: /^Adviesronde/ }).click();
  await bram.getByRole("textbox", { name: "Jouw reactie" }).fill("Ga bij een van de leden thuis op de koffie.");
  await bram.getByRole("button", { name: "Versturen" }).click();
  await expect(cockpit.getByTestId("reaction").filter({ hasText: "thuis op de koffie" })).toBeVisible();

  await cockpit.getByRole("button", { name: /^Actiepunten/ }).click();
  // The current phase's button is disabled; the panel has moved into the main column by then.
  await expect(cockpit.getByRole("button", { name: /^Actiepunten/ })).toBeDisabled();
  const panel = cockpit.getByTestId("action-points");
  await panel.getByLabel("Naar aanleiding van").selectOption({ label: "Ga bij een van de leden thuis op de koffie." });
  await panel.getByLabel("Wat ga je doen?").fill("Koffie drinken bij de voorzitter");
  await panel.getByLabel("Eigenaar").selectOption({ label: "Anna de Vries" });
  await panel.getByLabel("Deadline").fill(nextWeek());
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(cockpit.getByTestId("action-point").filter({ hasText: "Koffie drinken" })).toBeVisible();
  // The form empties once the add is acknowledged; then the next one.
  await expect(panel.getByLabel("Wat ga je doen?")).toHaveValue("");
  await panel.getByLabel("Naar aanleiding van").selectOption({ label: "Nieuw actiepunt" });
  await panel.getByLabel("Wat ga je doen?").fill("Zaal in de buurtkamer reserveren");
  await panel.getByLabel("Eigenaar").selectOption({ label: "Bram" });
  await panel.getByLabel("Deadline").fill(inThreeDays());
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(cockpit.getByTestId("action-point").filter({ hasText: "Zaal in de buurtkamer" })).toBeVisible();
  return { leadContext, cockpit, groupUrl, bram, others: [anna, bram] };
}
