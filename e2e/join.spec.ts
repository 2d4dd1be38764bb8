import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures";
import { joinAs } from "./live-fixtures";

test("a participant typing a wrong or unknown code gets a clear message and can try again", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Sessiecode").fill("abc");
  await page.getByRole("button", { name: "Deelnemen" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Een sessiecode bestaat uit 8 letters en cijfers, zoals K7M2-Q9XD.",
  );

  await page.getByLabel("Sessiecode").fill("k7m2 q9xd");
  await page.getByRole("button", { name: "Deelnemen" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Er is geen open sessie met code K7M2-Q9XD. Controleer de code bij je gespreksleider.",
  );
  await expect(page.getByLabel("Sessiecode")).toHaveValue("k7m2 q9xd");
});

test("in a group's session a participant says which member they are, or joins as a guest", async ({ browser }) => {
  test.setTimeout(90_000);
  const leadContext = await browser.newContext();
  const cockpit = await leadContext.newPage();
  await signUp(cockpit, { name: "Marieke", email: uniqueEmail("marieke") });
  await cockpit.goto("/groups/new");
  await cockpit.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await cockpit.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await cockpit.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const addForm = cockpit.getByRole("form", { name: "Lid toevoegen" });
  for (const name of ["Anna de Vries", "Bram Jansen", "Carla Smit"]) {
    await addForm.getByLabel("Naam").fill(name);
    await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(cockpit.getByTestId("member").filter({ hasText: name })).toBeVisible();
  }
  // Carla has left the group: she is not offered.
  await cockpit.getByRole("button", { name: "Carla Smit heeft de groep verlaten" }).click();
  await expect(cockpit.getByTestId("former-member")).toHaveCount(1);
  await cockpit.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await cockpit.getByLabel("Titel").fill("Intervisie juni");
  await cockpit.getByRole("button", { name: "Sessie openen" }).click();
  await cockpit.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  const link = (await cockpit.getByTestId("join-link").first().getAttribute("href")) ?? "";

  // Anna chooses her name: it fills in the name field, which she can still change.
  const anna = await (await browser.newContext()).newPage();
  await anna.goto(link);
  const who = anna.getByRole("group", { name: "Wie ben je?" });
  await expect(who.getByRole("radio", { name: "Ik doe mee als gast" })).toBeChecked();
  await expect(who.getByRole("radio")).toHaveCount(3);
  await expect(who.getByText("Carla Smit")).toHaveCount(0);
  await who.getByRole("radio", { name: "Anna de Vries" }).check();
  await expect(anna.getByLabel("Je naam")).toHaveValue("Anna de Vries");
  await anna.getByLabel("Je naam").fill("Anna");
  await anna.getByLabel("Ik houd me aan deze afspraken").check();
  await anna.getByRole("button", { name: "Meedoen" }).click();
  await anna.waitForURL(/\/live\//);
  await expect(anna.getByTestId("connection")).toHaveText("Verbonden");

  // A tampered member id: a clear message next to the choice, and nobody joins.
  const mallory = await (await browser.newContext()).newPage();
  await mallory.goto(link);
  await mallory.getByRole("radio", { name: "Bram Jansen" }).check();
  await mallory.getByRole("radio", { name: "Bram Jansen" }).evaluate((radio) => {
    (radio as HTMLInputElement).value = "not-a-member-of-this-group";
  });
  await mallory.getByLabel("Ik houd me aan deze afspraken").check();
  await mallory.getByRole("button", { name: "Meedoen" }).click();
  await expect(mallory.getByText("Die naam hoort niet (meer) bij deze groep.")).toBeVisible();
  await expect(mallory.getByRole("group", { name: "Wie ben je?" })).toHaveAttribute("aria-invalid", "true");
  expect(mallory.url()).toContain("/join/");

  // A guest joins too.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await joinAs(guest, "Dewi (gast)");

  const participants = cockpit.getByTestId("participant");
  await expect(participants).toHaveCount(2);
  await expect(participants.filter({ hasText: "Anna" }).getByTestId("member-badge")).toHaveText("Groepslid");
  await expect(participants.filter({ hasText: "Dewi (gast)" }).getByTestId("member-badge")).toHaveCount(0);
  await expect(anna.getByText("Anna").first()).toBeVisible();
  await leadContext.close();
});

test("choosing who you are works in English too", async ({ browser }) => {
  const leadContext = await browser.newContext();
  const cockpit = await leadContext.newPage();
  await signUp(cockpit, { name: "Marieke", email: uniqueEmail("marieke") });
  await cockpit.goto("/groups/new");
  await cockpit.getByLabel("Naam van de groep").fill("Peer group South");
  await cockpit.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await cockpit.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const addForm = cockpit.getByRole("form", { name: "Lid toevoegen" });
  await addForm.getByLabel("Naam").fill("Bram Jansen");
  await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
  await expect(cockpit.getByTestId("member").filter({ hasText: "Bram Jansen" })).toBeVisible();
  await cockpit.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await cockpit.getByLabel("Titel").fill("Peer review");
  await cockpit.getByRole("button", { name: "Sessie openen" }).click();
  await cockpit.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  const link = (await cockpit.getByTestId("join-link").first().getAttribute("href")) ?? "";

  const context = await browser.newContext();
  await context.addCookies([{ name: "kring-locale", value: "en", url: link }]);
  const bram = await context.newPage();
  await bram.goto(link);
  const who = bram.getByRole("group", { name: "Who are you?" });
  await expect(who.getByRole("radio", { name: "I am joining as a guest" })).toBeChecked();
  await who.getByRole("radio", { name: "Bram Jansen" }).check();
  await expect(bram.getByLabel("Your name")).toHaveValue("Bram Jansen");
  await bram.getByLabel("I will keep to these agreements").check();
  await bram.getByRole("button", { name: "Join" }).click();
  await bram.waitForURL(/\/live\//);
  await expect(cockpit.getByTestId("participant").getByTestId("member-badge")).toHaveText("Groepslid");
  await leadContext.close();
});
