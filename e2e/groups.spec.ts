import { expect, type Locator, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures";

/** A group's own page (not /groups/new). */
const GROUP_PAGE = /\/groups\/(?!new$)[^/?]+$/;

/** Submits a form through its button and waits for the server action's answer. */
async function submitAndSettle(page: Page, button: ReturnType<Page["getByRole"]>) {
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), button.click()]);
  await expect(button).toBeEnabled();
}

/** The people on a Facilitators card: name and email, in order. */
const who = (card: Page | Locator) => card.getByTestId("facilitator").getByTestId("facilitator-who");

/** From the group page: adds a member through the form and waits until they are listed. */
async function addMember(page: Page, name: string, email = "") {
  const form = page.getByRole("form", { name: "Lid toevoegen" });
  await form.getByLabel("Naam").fill(name);
  await form.getByLabel("E-mailadres").fill(email);
  await submitAndSettle(page, form.getByRole("button", { name: "Lid toevoegen" }));
  await expect(form.getByRole("status")).toHaveText(`${name} is toegevoegd aan de groep.`);
  await expect(page.getByTestId("member").filter({ hasText: name })).toBeVisible();
}

test("a facilitator creates a group, manages its members and prepares a session for it", async ({ page }) => {
  await signUp(page, { name: "Marieke", email: uniqueEmail("marieke") });

  // From the header to an empty list that says what to do.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Groepen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisiegroepen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je hebt nog geen intervisiegroepen" })).toBeVisible();
  await page.getByRole("link", { name: "Maak je eerste groep" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe intervisiegroep" })).toBeVisible();

  // A group needs a name; then it exists.
  const create = page.locator("main").getByRole("button", { name: "Groep maken" });
  await submitAndSettle(page, create);
  await expect(page.getByText("Geef de groep een naam.")).toBeVisible();
  await expect(page.getByLabel("Naam van de groep")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await page.getByLabel("Beschrijving").fill("Eens per maand, op dinsdagmiddag.");
  await create.click();
  await page.waitForURL(GROUP_PAGE);
  const groupUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie team Wonen" })).toBeVisible();
  await expect(page.getByText("Eens per maand, op dinsdagmiddag.")).toBeVisible();
  await expect(page.getByText("Nog geen leden.")).toBeVisible();
  await expect(page.getByText("Nog geen sessies met deze groep.")).toBeVisible();

  // Two members; a wrong email address is explained and what was typed stays.
  await addMember(page, "Anna de Vries", "anna@corporatie.nl");
  const form = page.getByRole("form", { name: "Lid toevoegen" });
  await form.getByLabel("Naam").fill("Bram Jansen");
  await form.getByLabel("E-mailadres").fill("bram@");
  await submitAndSettle(page, form.getByRole("button", { name: "Lid toevoegen" }));
  await expect(form.getByText("Vul een geldig e-mailadres in")).toBeVisible();
  await expect(form.getByLabel("Naam")).toHaveValue("Bram Jansen");
  await addMember(page, "Bram Jansen");
  await expect(page.getByTestId("member")).toHaveText([/Anna de Vries\s*anna@corporatie\.nl/, /Bram Jansen/]);

  // Edit a member in place.
  await page.getByRole("button", { name: "Bram Jansen bewerken" }).click();
  const edit = page.getByRole("form", { name: "Bram Jansen bewerken" });
  await expect(edit.getByLabel("Naam")).toBeFocused();
  await edit.getByLabel("E-mailadres").fill("bram@corporatie.nl");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId("member").filter({ hasText: "Bram Jansen" })).toContainText("bram@corporatie.nl");

  // Anna leaves: she is no longer a member, but the group remembers her.
  await page.getByRole("button", { name: "Anna de Vries heeft de groep verlaten" }).click();
  await expect(page.getByTestId("member")).toHaveText([/Bram Jansen/]);
  await expect(page.getByRole("heading", { name: "Oud-leden" })).toBeVisible();
  await expect(page.getByTestId("former-member")).toHaveText([/Anna de Vries\s*Vertrokken op \d{1,2} \w+ \d{4}/]);
  await expect(page.getByRole("heading", { name: /^Leden/ })).toContainText("1");

  // A session for this group, from the group page: the group is already chosen.
  await page.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await page.waitForURL(/\/sessions\/new\?group=/);
  await expect(page.getByLabel("Intervisiegroep")).toHaveValue(new URL(groupUrl).pathname.split("/")[2] ?? "");
  await expect(page.getByLabel("Intervisiegroep").locator("option:checked")).toHaveText("Intervisie team Wonen");
  await page.getByLabel("Titel").fill("Intervisie maart");
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await expect(page.getByTestId("session-group")).toHaveText("Groep: Intervisie team Wonen");

  // The group page lists it, with its status and date, and links to it.
  await page.getByTestId("session-group").getByRole("link").click();
  await page.waitForURL(groupUrl);
  const listed = page.getByTestId("group-session");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("Intervisie maart");
  await expect(listed).toContainText("Open voor deelnemers");
  await expect(listed).toContainText(String(new Date().getFullYear()));
  await listed.getByRole("link", { name: "Intervisie maart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie maart" })).toBeVisible();

  // The dashboard and the list of groups tell the same story.
  await page.goto("/dashboard");
  await expect(page.getByTestId("session-item").filter({ hasText: "Intervisie maart" })).toContainText(
    "Groep: Intervisie team Wonen",
  );
  await page.goto("/groups");
  await expect(page.getByTestId("group-card")).toHaveText([/Intervisie team Wonen\s*1 lid · 1 sessie/]);

  // Rename the group and give it a retention period (a nonsense one is refused first, and nothing is kept).
  await page.getByRole("link", { name: "Intervisie team Wonen" }).click();
  await page.getByRole("link", { name: "Groep bewerken" }).click();
  await expect(page.getByLabel("Naam van de groep")).toHaveValue("Intervisie team Wonen");
  await page.getByLabel("Naam van de groep").fill("Intervisie team Wonen Noord");
  const retention = page.getByLabel("Bewaartermijn in dagen (niet verplicht)");
  await retention.fill("0");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Vul een heel aantal dagen in, van 1 tot 3650, of laat het veld leeg.")).toBeVisible();
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await retention.fill("365");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.waitForURL(groupUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie team Wonen Noord" })).toBeVisible();
  await expect(page.getByText("Sessies worden na 365 dagen automatisch verwijderd.")).toBeVisible();
});

test("another facilitator cannot see the group, preselect it or prepare a session for it", async ({ browser }) => {
  const owner = await browser.newPage();
  await signUp(owner, { name: "Lea", email: uniqueEmail("lea") });
  await owner.goto("/groups/new");
  await owner.getByLabel("Naam van de groep").fill("Kring van Lea");
  await owner.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await owner.waitForURL(GROUP_PAGE);
  const groupId = new URL(owner.url()).pathname.split("/")[2] ?? "";
  await owner.close();

  const other = await browser.newPage();
  await signUp(other, { name: "Sam", email: uniqueEmail("sam") });
  await other.goto(`/groups/${groupId}`);
  await expect(other.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(other.getByText("Kring van Lea")).toHaveCount(0);
  await other.goto("/groups");
  await expect(other.getByRole("heading", { name: "Je hebt nog geen intervisiegroepen" })).toBeVisible();

  // The link with Lea's group chooses nothing for Sam.
  await other.goto(`/sessions/new?group=${groupId}`);
  const select = other.getByLabel("Intervisiegroep");
  await expect(select).toHaveValue("");
  await expect(select.locator("option")).toHaveText(["Geen groep"]);

  // Even a tampered form is refused by the server, and nothing is created.
  await select.evaluate((element, id) => {
    const option = document.createElement("option");
    option.value = id;
    option.textContent = "Kring van Lea";
    element.append(option);
    (element as HTMLSelectElement).value = id;
  }, groupId);
  await other.getByLabel("Titel").fill("Overname");
  await submitAndSettle(other, other.getByRole("button", { name: "Sessie openen" }));
  await expect(other.getByText("Deze groep kun je niet gebruiken.")).toBeVisible();
  await expect(other).toHaveURL(/\/sessions\/new/);
  await other.goto("/dashboard");
  await expect(other.getByRole("heading", { name: "Je hebt nog geen sessies" })).toBeVisible();
  await other.close();
});

test("groups work in English too", async ({ page }) => {
  await signUp(page, { name: "Dewi", email: uniqueEmail("dewi") });
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect((await page.context().cookies()).find((cookie) => cookie.name === "kring-locale")?.value).toBe("en");

  await expect(page.getByRole("heading", { name: "Do you work with a regular group?" })).toBeVisible();
  await page.getByRole("link", { name: "Create a group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New intervision group" })).toBeVisible();
  await page.getByLabel("Group name").fill("Peer group South");
  await page.locator("main").getByRole("button", { name: "Create group" }).click();
  await page.waitForURL(GROUP_PAGE);

  const form = page.getByRole("form", { name: "Add member" });
  await form.getByLabel("Name").fill("Carla");
  await form.getByLabel("Email address").fill("not-an-address");
  await submitAndSettle(page, form.getByRole("button", { name: "Add member" }));
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  await form.getByLabel("Email address").fill("");
  await submitAndSettle(page, form.getByRole("button", { name: "Add member" }));
  await expect(form.getByRole("status")).toHaveText("Carla has been added to the group.");
  await page.getByRole("button", { name: "Carla has left the group" }).click();
  await expect(page.getByRole("heading", { name: "Former members" })).toBeVisible();
  await expect(page.getByTestId("former-member")).toContainText(/Left on \d{1,2} \w+ \d{4}/);
  await page.getByRole("button", { name: "Make Carla a member again" }).click();
  await expect(page.getByTestId("member")).toHaveText([/Carla/]);

  await page.getByRole("link", { name: "New session for this group" }).first().click();
  await expect(page.getByLabel("Intervision group").locator("option:checked")).toHaveText("Peer group South");
  await page.getByLabel("Title").fill("Peer review April");
  await page.getByRole("button", { name: "Open session" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await expect(page.getByTestId("session-group")).toHaveText("Group: Peer group South");
  await page.goto("/dashboard");
  await expect(page.getByTestId("session-item")).toContainText("Group: Peer group South");
  await expect(page.getByRole("heading", { name: "Your groups" })).toBeVisible();
  await expect(page.getByTestId("group-card")).toHaveText([/Peer group South\s*1 member · 1 session/]);
});

test("the owner shares a group with another facilitator by email, and removes them again", async ({ browser }) => {
  test.slow();
  const lea = await (await browser.newContext()).newPage();
  const sam = await (await browser.newContext()).newPage();
  const leaEmail = uniqueEmail("lea");
  const samEmail = uniqueEmail("sam");
  await signUp(lea, { name: "Lea Visser", email: leaEmail });
  await signUp(sam, { name: "Sam de Boer", email: samEmail });

  await lea.goto("/groups/new");
  await lea.getByLabel("Naam van de groep").fill("Kring van Lea");
  await lea.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await lea.waitForURL(GROUP_PAGE);
  const groupUrl = lea.url();
  const card = lea.getByRole("region", { name: /^Begeleiders/ });
  await expect(who(card)).toHaveText([`Lea Visser (jij)${leaEmail}`]);
  await expect(card.getByTestId("facilitator").first()).toContainText("Eigenaar");
  await expect(card.getByText("Je deelt deze groep nog met niemand.")).toBeVisible();
  await expect(card.getByText("Je collega maakt eerst zelf een account in Kring.", { exact: false })).toBeVisible();

  // Each refusal says why; no account is made for an unknown address.
  const form = lea.getByRole("form", { name: "Begeleider toevoegen" });
  const email = form.getByLabel("E-mailadres van hun Kring-account");
  const share = form.getByRole("button", { name: "Groep delen" });
  await email.fill("joost@example.org");
  await submitAndSettle(lea, share);
  await expect(form.getByText("Er is geen Kring-account met dit e-mailadres.", { exact: false })).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await email.fill(leaEmail);
  await submitAndSettle(lea, share);
  await expect(form.getByText("Dat is je eigen e-mailadres: jij bent de eigenaar van deze groep.")).toBeVisible();

  // Sam's address, typed as people do: found all the same.
  await email.fill(`  ${samEmail.toUpperCase()} `);
  await submitAndSettle(lea, share);
  await expect(form.getByRole("status")).toHaveText("Sam de Boer deelt nu deze groep.");
  await expect(email).toHaveValue("");
  await expect(who(card)).toHaveText([`Lea Visser (jij)${leaEmail}`, `Sam de Boer${samEmail}`]);
  await email.fill(samEmail);
  await submitAndSettle(lea, share);
  await expect(form.getByText("Deze begeleider deelt de groep al.")).toBeVisible();

  // Sam finds the group in his list, opens it and sees who shares it; adding and removing are Lea's.
  await sam.goto("/groups");
  await expect(sam.getByTestId("group-card")).toHaveText([/Kring van Lea\s*0 leden · 0 sessies · Gedeeld met jou/]);
  await sam.getByRole("link", { name: "Kring van Lea" }).click();
  await sam.waitForURL(groupUrl);
  const samsCard = sam.getByRole("region", { name: /^Begeleiders/ });
  await expect(who(samsCard)).toHaveText([`Lea Visser${leaEmail}`, `Sam de Boer (jij)${samEmail}`]);
  await expect(samsCard.getByTestId("facilitator").first()).toContainText("Eigenaar");
  await expect(
    samsCard.getByText("Alleen de eigenaar van de groep voegt begeleiders toe of haalt ze weg."),
  ).toBeVisible();
  await expect(sam.getByRole("form", { name: "Begeleider toevoegen" })).toHaveCount(0);
  await expect(samsCard.getByLabel(/weghalen als begeleider/)).toHaveCount(0);

  // He leads a session for the group.
  await sam.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await sam.getByLabel("Titel").fill("Intervisie van Sam");
  await sam.getByRole("button", { name: "Sessie openen" }).click();
  await sam.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  const samsSession = new URL(sam.url()).pathname;

  // Lea removes him, after a confirmation.
  await lea.reload();
  await card.getByLabel("Sam de Boer weghalen als begeleider").click();
  await expect(card.getByText("Sam de Boer ziet deze groep dan niet meer.", { exact: false })).toBeVisible();
  await card.getByRole("button", { name: "Ja, haal Sam de Boer weg" }).click();
  await expect(card.getByRole("status").first()).toHaveText("Die begeleider deelt deze groep niet meer.");
  await expect(who(card)).toHaveText([`Lea Visser (jij)${leaEmail}`]);
  // What Sam prepared stays in the group; not yet run, it passes to Lea.
  await expect(lea.getByTestId("group-session")).toContainText("Intervisie van Sam");
  await expect(lea.getByTestId("group-session")).not.toContainText("geleid door Sam de Boer");

  // Sam no longer sees the group, nor the session he prepared in it (its cockpit, its report).
  await sam.goto("/groups");
  await expect(sam.getByRole("heading", { name: "Je hebt nog geen intervisiegroepen" })).toBeVisible();
  const response = await sam.goto(groupUrl);
  expect(response?.status()).toBe(404);
  expect((await sam.goto(samsSession))?.status()).toBe(404);
  expect((await sam.goto(`${samsSession}/report`))?.status()).toBe(404);

  await lea.context().close();
  await sam.context().close();
});

test("a co-facilitator cannot remove anyone, even with a forged form, and leaves by themselves without JavaScript", async ({
  browser,
}) => {
  const lea = await (await browser.newContext()).newPage();
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  const samEmail = uniqueEmail("sam");
  await signUp(lea, { name: "Lea Visser", email: uniqueEmail("lea") });
  await signUp(sam, { name: "Sam de Boer", email: samEmail });
  await lea.goto("/groups/new");
  await lea.getByLabel("Naam van de groep").fill("Kring Noord");
  await lea.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await lea.waitForURL(GROUP_PAGE);
  const groupUrl = lea.url();
  const form = lea.getByRole("form", { name: "Begeleider toevoegen" });
  await form.getByLabel("E-mailadres van hun Kring-account").fill(samEmail);
  await submitAndSettle(lea, form.getByRole("button", { name: "Groep delen" }));
  await expect(form.getByRole("status")).toHaveText("Sam de Boer deelt nu deze groep.");

  // Sam copies Lea's "remove Sam" form (as the server sends it) into his own page and sends it:
  // refused, and nothing changes.
  const leasPage = await (await lea.request.get(groupUrl)).text();
  await sam.goto(groupUrl);
  await sam.locator("main").evaluate((main, html) => {
    const form = new DOMParser().parseFromString(html, "text/html").querySelector("form.facilitator-confirm-body");
    if (form) main.append(form);
  }, leasPage);
  await sam.getByRole("button", { name: "Ja, haal Sam de Boer weg" }).click();
  await expect(sam.locator("#facilitators").getByRole("alert")).toHaveText(
    "Alleen de eigenaar van de groep voegt begeleiders toe of haalt ze weg. Er is niets veranderd.",
  );
  await lea.reload();
  await expect(lea.getByTestId("facilitator")).toHaveCount(2);

  // Without JavaScript, Sam leaves the group after a confirmation and lands on his list of groups.
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await samContext.storageState() });
  const page = await plain.newPage();
  await page.goto(groupUrl);
  await page.getByText("Verlaat deze groep", { exact: true }).click();
  await expect(page.getByText("Je ziet deze groep dan niet meer.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Ja, verlaat de groep" }).click();
  await page.waitForURL(/\/groups\?left=1$/);
  await expect(page.getByRole("status")).toHaveText(
    "Je deelt die groep niet meer. De sessies die je zelf leidde, vind je nog in het archief.",
  );
  await expect(page.getByRole("heading", { name: "Je hebt nog geen intervisiegroepen" })).toBeVisible();
  await lea.reload();
  await expect(who(lea)).toHaveText([/^Lea Visser \(jij\)/]);

  await plain.close();
  await samContext.close();
  await lea.context().close();
});
