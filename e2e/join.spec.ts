import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signUp, uniqueEmail } from "./fixtures";
import { chooseMember, joinAs } from "./live-fixtures";

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

test("the join page names nobody; after joining a participant says which member they are, or is a guest", async ({
  browser,
}) => {
  test.slow();
  const leadContext = await browser.newContext();
  const cockpit = await leadContext.newPage();
  await signUp(cockpit, { name: "Marieke", email: uniqueEmail("marieke") });
  await cockpit.goto("/groups/new");
  await cockpit.getByLabel("Naam van de groep").fill("Intervisiegroep Zuiderpark");
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

  // Someone holding only the code learns nothing about who is in the group: not in the page, not in its source.
  const anna = await (await browser.newContext()).newPage();
  const response = await anna.goto(link);
  const source = (await response?.text()) ?? "";
  for (const name of ["Anna de Vries", "Bram Jansen", "Carla Smit", "Intervisiegroep Zuiderpark"]) {
    expect(source).not.toContain(name);
    await expect(anna.getByText(name)).toHaveCount(0);
  }
  await expect(anna.getByRole("radio")).toHaveCount(0);
  expect(await seriousViolations(anna), "join page").toEqual([]);

  // After joining, on her live screen, Anna says which member she is.
  await joinAs(anna, "Anna");
  const who = anna.getByRole("group", { name: "Wie ben je?" });
  await expect(anna.getByRole("heading", { name: "Hoor je bij de groep Intervisiegroep Zuiderpark?" })).toBeVisible();
  await expect(who.getByRole("radio", { name: "Ik doe mee als gast" })).toBeChecked();
  await expect(who.getByRole("radio")).toHaveCount(3);
  await expect(who.getByText("Carla Smit")).toHaveCount(0);
  expect(await seriousViolations(anna), "live screen with the member choice").toEqual([]);
  await chooseMember(anna, "Anna de Vries");
  await expect(anna.getByRole("group", { name: "Wie ben je?" })).toHaveCount(0);

  // Someone else is not offered Anna any more; a tampered member id gets a clear message, and changes nothing.
  const mallory = await (await browser.newContext()).newPage();
  await mallory.goto(link);
  await joinAs(mallory, "Mallory");
  const malloryWho = mallory.getByRole("group", { name: "Wie ben je?" });
  await expect(malloryWho.getByRole("radio")).toHaveCount(2);
  await expect(malloryWho.getByText("Anna de Vries")).toHaveCount(0);
  await malloryWho.getByRole("radio", { name: "Bram Jansen" }).check();
  // The id is changed as the form is sent (before React's own handler reads it): changed any
  // earlier, the next render of the list (a presence update) would put the real id back.
  await mallory.evaluate(() => {
    const tamper = () => {
      const radio = document.querySelector<HTMLInputElement>('input[name="member"]:checked');
      if (radio) radio.value = "not-a-member-of-this-group";
    };
    document.addEventListener("submit", tamper, { capture: true, once: true });
  });
  await mallory.getByRole("button", { name: "Bevestigen" }).click();
  await expect(malloryWho.getByRole("alert")).toHaveText(
    "Die naam hoort niet (meer) bij deze groep. Kies opnieuw, of doe mee als gast.",
  );
  await expect(malloryWho).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(mallory), "the member choice with an error").toEqual([]);

  // A guest says so once; the question does not come back after a reload.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await joinAs(guest, "Dewi (gast)");
  await guest.getByRole("button", { name: "Bevestigen" }).click();
  await expect(guest.getByRole("group", { name: "Wie ben je?" })).toHaveCount(0);
  await guest.reload();
  await expect(guest.getByTestId("connection")).toHaveText("Verbonden");
  await expect(guest.getByRole("group", { name: "Wie ben je?" })).toHaveCount(0);

  const participants = cockpit.getByTestId("participant");
  await expect(participants).toHaveCount(3);
  await expect(participants.filter({ hasText: "Anna" }).getByTestId("member-badge")).toHaveText("Groepslid");
  await expect(participants.filter({ hasText: "Mallory" }).getByTestId("member-badge")).toHaveCount(0);
  await expect(participants.filter({ hasText: "Dewi (gast)" }).getByTestId("member-badge")).toHaveCount(0);
  await leadContext.close();
});

test("choosing who you are works in English too, by keyboard", async ({ browser }) => {
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
  await expect(bram.getByText("Bram Jansen")).toHaveCount(0);
  await bram.getByLabel("Your name").fill("Bram");
  await bram.getByLabel("I will keep to these agreements").check();
  await bram.getByRole("button", { name: "Join" }).click();
  await bram.waitForURL(/\/live\//);
  const who = bram.getByRole("group", { name: "Who are you?" });
  await expect(bram.getByRole("heading", { name: "Are you in the group Peer group South?" })).toBeVisible();
  const guestOption = who.getByRole("radio", { name: "I am taking part as a guest" });
  await expect(guestOption).toBeChecked();
  expect(await seriousViolations(bram), "the member choice in English").toEqual([]);
  await guestOption.focus();
  await bram.keyboard.press("ArrowDown");
  await expect(who.getByRole("radio", { name: "Bram Jansen" })).toBeChecked();
  await bram.keyboard.press("Tab");
  await expect(bram.getByRole("button", { name: "Confirm" })).toBeFocused();
  await bram.keyboard.press("Enter");
  await expect(bram.getByTestId("member-chosen")).toHaveText("You take part as Bram Jansen.");
  await expect(cockpit.getByTestId("participant").getByTestId("member-badge")).toHaveText("Groepslid");
  await leadContext.close();
});
