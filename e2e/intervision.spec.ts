import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readPdf } from "../server/report/testing/pdf-text";
import { expectNoSidewaysScroll } from "./fixtures";
import { joinByLink, jumpTo, openSession } from "./live-fixtures";

test("an incident method: cases are pitched and chosen, the case owner listens, advice becomes an action point", async ({
  browser,
}) => {
  test.slow();
  const facilitator = await openSession(browser, { title: "Intervisie Zuid", method: "Incidentmethode" });
  const cockpit = facilitator.page;
  // The advice round deals a lesson too, so the report's summary has a case, a lesson and an action point.
  await cockpit.getByRole("link", { name: "Fasenplan aanpassen" }).click();
  const adviceRound = cockpit.getByTestId("plan-phase").filter({ hasText: "Adviesronde" });
  await adviceRound.locator("summary").click();
  await adviceRound.getByLabel("Je deelt lessen uit als gespreksstarter").check();
  await cockpit.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(cockpit.getByText("Het plan is opgeslagen.")).toBeVisible();
  await cockpit.goto(`/sessions/${facilitator.sessionId}`);
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");
  const anna = await joinByLink(browser, facilitator.link, "Anna");
  const bram = await joinByLink(browser, facilitator.link, "Bram");

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await jumpTo(cockpit, "Casussen inbrengen");

  // Anna brings in a case; the button waits for the three checks.
  const pitch = anna.page.getByRole("region", { name: "Breng een casus in" });
  await pitch.getByLabel("Titel").fill("Commissie haakt af");
  await pitch.getByLabel("Je vraag aan de groep").fill("Hoe krijg ik de bewonerscommissie weer aan tafel?");
  const submit = pitch.getByRole("button", { name: "Casus inbrengen" });
  await expect(submit).toBeDisabled();
  await pitch.getByLabel("Het speelt nu (actueel)").check();
  await pitch.getByLabel("Het gaat om een concrete situatie").check();
  await pitch.getByLabel("Het is mijn eigen vraag, ik ben er zelf bij betrokken").check();
  await submit.click();
  await expect(pitch.getByRole("status")).toHaveText("Je casus is ingebracht.");
  // One case each: the form says so instead of offering another.
  await expect(pitch.getByText("Je hebt het maximale aantal bijdragen voor deze ronde al geschreven.")).toBeVisible();
  await expect(cockpit.getByTestId("case")).toHaveText(/Commissie haakt af.*van Anna/);

  // Bram votes while the group chooses; the facilitator chooses.
  await jumpTo(cockpit, "Casus kiezen");
  const vote = bram.page.getByRole("button", { name: "Stem op deze casus: Commissie haakt af" });
  await vote.click();
  await expect(vote).toHaveAttribute("aria-pressed", "true");
  await expect(vote).toHaveText("Jouw stem");
  await expect(cockpit.getByTestId("case-votes")).toHaveText("1 stem");
  await cockpit.getByRole("button", { name: "Kies deze casus: Commissie haakt af" }).click();
  for (const page of [anna.page, bram.page, cockpit]) {
    await expect(page.getByTestId("case").filter({ hasText: "Commissie haakt af" })).toContainText("Gekozen casus");
  }

  // Advice: the chosen case stays in view; Anna, the case owner, only listens.
  await jumpTo(cockpit, "Adviesronde");
  await expect(anna.page.getByTestId("chosen-case")).toContainText("Hoe krijg ik de bewonerscommissie weer aan tafel?");
  await expect(anna.page.getByTestId("phase-rules")).toContainText("De inbrenger luistert nu alleen.");
  await expect(anna.page.getByRole("button", { name: "Versturen" })).toBeDisabled();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  const dealt = cockpit.getByTestId("prompt").locator("blockquote");
  await expect(dealt).toBeVisible();
  const lessonText = (await dealt.textContent()) ?? "";
  await bram.page
    .getByRole("textbox", { name: "Jouw reactie" })
    .fill("Nodig ze uit op hun eigen plek, niet op kantoor.");
  await bram.page.getByRole("button", { name: "Versturen" }).click();
  const advice = anna.page.getByTestId("reaction").filter({ hasText: "Nodig ze uit op hun eigen plek" });
  await advice.getByRole("button", { name: "Bruikbaar" }).click();
  await expect(
    bram.page.getByTestId("reaction").filter({ hasText: "Nodig ze uit" }).getByText("Bruikbaar volgens de inbrenger"),
  ).toBeVisible();

  // The facilitator starts an action point in the side column; when the action-point phase moves
  // the form into the main column, the text comes along.
  const sideForm = cockpit.getByTestId("cockpit-side").getByTestId("action-points");
  await sideForm.getByLabel("Wat ga je doen?").fill("Terugkoppelen in de volgende sessie");
  await jumpTo(cockpit, "Actiepunten");
  const mainForm = cockpit.getByTestId("cockpit-main").getByTestId("action-points");
  await expect(mainForm.getByLabel("Wat ga je doen?")).toHaveValue("Terugkoppelen in de volgende sessie");
  await expect(sideForm).toHaveCount(0);
  await mainForm.getByLabel("Wat ga je doen?").fill("");

  // Action points: Bram makes one from his advice, for Anna; Anna marks it done. The reactions of
  // the whole session are offered, by round.
  const panel = bram.page.getByTestId("action-points");
  await expect(panel.getByLabel("Naar aanleiding van").locator("optgroup").first()).toHaveAttribute(
    "label",
    // The advice round dealt a lesson: its number is in the round's name.
    /^Ronde \d+ · les \d+$/,
  );
  await panel
    .getByLabel("Naar aanleiding van")
    .selectOption({ label: "Nodig ze uit op hun eigen plek, niet op kantoor." });
  await expect(panel.getByLabel("Wat ga je doen?")).toHaveValue("Nodig ze uit op hun eigen plek, niet op kantoor.");
  await panel.getByLabel("Wat ga je doen?").fill("Afspraak maken bij de commissie thuis");
  await panel.getByLabel("Eigenaar").selectOption({ label: "Anna" });
  await panel.getByLabel("Deadline").fill("2020-01-01");
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(bram.page.getByRole("alert").filter({ hasText: "Die datum ligt in het verleden." })).toBeVisible();
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel("Deadline").fill(nextWeek);
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(cockpit.getByTestId("action-point")).toContainText("Afspraak maken bij de commissie thuis");
  await expect(cockpit.getByTestId("action-point")).toContainText("Anna");
  // The facilitator sharpens it; everyone sees the new text at once.
  await cockpit.getByRole("button", { name: "Afspraak maken bij de commissie thuis bewerken" }).click();
  await cockpit
    .getByTestId("action-point")
    .getByLabel("Wat ga je doen?")
    .fill("Afspraak maken bij de commissie thuis, in december");
  await cockpit.getByTestId("action-point").getByRole("button", { name: "Opslaan" }).click();
  await expect(bram.page.getByTestId("action-point")).toContainText(
    "Afspraak maken bij de commissie thuis, in december",
  );
  // Only Anna (and the facilitator) can change it.
  await expect(bram.page.getByLabel("Status van Afspraak maken bij de commissie thuis, in december")).toHaveCount(0);
  await anna.page.getByLabel("Status van Afspraak maken bij de commissie thuis, in december").selectOption("done");
  await expect(cockpit.getByLabel("Status van Afspraak maken bij de commissie thuis, in december")).toHaveValue("done");

  // The report: the case, the advice with the owner's mark, the action point; and its downloads.
  cockpit.once("dialog", (dialog) => void dialog.accept());
  await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();
  await cockpit.getByRole("link", { name: "Verslag" }).click();
  await expect(cockpit.getByRole("heading", { level: 1 })).toHaveText("Intervisie Zuid");
  await expect(cockpit.getByRole("heading", { name: "Commissie haakt af" })).toBeVisible();
  await expect(cockpit.getByTestId("report-reaction")).toContainText(
    "Nodig ze uit op hun eigen plek, niet op kantoor. — Bram · Bruikbaar",
  );
  await expect(cockpit.getByTestId("report-action-point")).toContainText(
    "Afspraak maken bij de commissie thuis, in december",
  );
  const csvDownload = cockpit.waitForEvent("download");
  await cockpit.getByRole("link", { name: "Actiepunten (CSV, voor Excel)" }).click();
  const csvText = readFileSync((await (await csvDownload).path()) ?? "", "utf8");
  expect(csvText.startsWith("\uFEFF")).toBe(true);
  expect(csvText).toContain(
    '"Afspraak maken bij de commissie thuis, in december";"Anna";"' + nextWeek + '";"Gedaan";"Intervisie Zuid"',
  );
  const icsDownload = cockpit.waitForEvent("download");
  await cockpit.getByRole("link", { name: "Deadlines (agenda, .ics)" }).click();
  const ics = readFileSync((await (await icsDownload).path()) ?? "", "utf8");
  expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Afspraak maken bij de commissie thuis\\, in december");
  expect(ics).toContain(`DTSTART;VALUE=DATE:${nextWeek.replaceAll("-", "")}`);
  // The PDF, parsed back: the case, Bram's advice with the owner's mark, the action point, page numbers.
  const pdfDownload = cockpit.waitForEvent("download");
  await cockpit.getByRole("link", { name: "Verslag (PDF, om te printen)" }).click();
  expect((await pdfDownload).suggestedFilename()).toBe("intervisie-zuid.pdf");
  const pdf = await readPdf(readFileSync((await (await pdfDownload).path()) ?? ""));
  const due = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long" }).format(new Date(`${nextWeek}T12:00:00Z`));
  expect(pdf.text).toContain("Verslag · Intervisie Zuid");
  expect(pdf.text).toContain("Werkvorm Incidentmethode");
  expect(pdf.text).toContain(
    "Commissie haakt af Hoe krijg ik de bewonerscommissie weer aan tafel? Inbrenger: Anna · 1 stem",
  );
  expect(pdf.text).toContain("Advies Nodig ze uit op hun eigen plek, niet op kantoor. — Bram · Bruikbaar");
  expect(pdf.text).toContain(`Afspraak maken bij de commissie thuis, in december Anna · uiterlijk ${due} · Gedaan`);
  expect(pdf.text).toContain(`Pagina 1 van ${pdf.pages.length}`);

  // The report leads with a summary, before the full record: the case, the lesson dealt, the action
  // point with its owner and due date.
  const summary = cockpit.getByTestId("report-summary");
  const summaryCase = summary.getByTestId("summary-case");
  await expect(summaryCase.getByRole("link", { name: "Commissie haakt af" })).toBeVisible();
  await expect(summaryCase).toContainText("Hoe krijg ik de bewonerscommissie weer aan tafel?");
  await expect(summaryCase).toContainText("Inbrenger: Anna");
  await expect(summary.getByTestId("summary-lesson")).toHaveCount(1);
  await expect(summary.getByTestId("summary-lesson")).toContainText(lessonText);
  await expect(summary.getByTestId("summary-action-point")).toHaveText(
    `Afspraak maken bij de commissie thuis, in december Eigenaar: Anna Uiterlijk ${due} Gedaan`,
  );
  expect(
    await cockpit.evaluate(() => {
      const [first, record] = [
        document.querySelector("[data-testid=report-summary]"),
        document.getElementById("report-phases"),
      ];
      return !!first && !!record && (first.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    }),
  ).toBe(true);
  // On a phone the report fits the screen: nothing sticks out sideways.
  await cockpit.setViewportSize({ width: 390, height: 844 });
  await expect(summary.getByTestId("summary-action-point")).toBeVisible();
  await expectNoSidewaysScroll(cockpit);

  for (const each of [facilitator, anna, bram]) await each.context.close();
});

test("the note taker keeps the notes; a facilitator who wrote on an older version sees the newer one and decides", async ({
  browser,
}) => {
  const facilitator = await openSession(browser, { title: "Intervisie Noord", method: "Incidentmethode" });
  const cockpit = facilitator.page;
  const carla = await joinByLink(browser, facilitator.link, "Carla");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByLabel("Rol van Carla").selectOption("note_taker");

  const notes = carla.page.getByTestId("notes");
  await notes.getByLabel("Notities").fill("Casus: de commissie haakt af.");
  const leadNotes = cockpit.getByTestId("notes");
  // The facilitator starts typing on the empty version meanwhile.
  await leadNotes.getByLabel("Notities").fill("Mijn aantekening");
  await notes.getByRole("button", { name: "Notities opslaan" }).click();
  await expect(notes.getByRole("button", { name: "Opgeslagen" })).toBeVisible();

  // Nothing is overwritten: the facilitator sees Carla's version next to their own text.
  const conflict = leadNotes.getByTestId("notes-conflict");
  await expect(conflict).toContainText("Casus: de commissie haakt af.");
  await expect(leadNotes.getByLabel("Notities")).toHaveValue("Mijn aantekening");
  await leadNotes.getByLabel("Notities").fill("Casus: de commissie haakt af.\nMijn aantekening");
  await conflict.getByRole("button", { name: "Mijn tekst opslaan over de nieuwste versie" }).click();
  await expect(carla.page.getByTestId("notes").getByLabel("Notities")).toHaveValue(
    "Casus: de commissie haakt af.\nMijn aantekening",
  );
  for (const each of [facilitator, carla]) await each.context.close();
});
