import { expect, test } from "@playwright/test";
import {
  box,
  expectCannotWrite,
  expectChosenCase,
  expectOnProjector,
  expectPhase,
  LISTENS,
  NOBODY_WRITES,
  nextPhase,
  OTHERS_WRITE,
  OWNER_ONLY,
  pitch,
  post,
  QUOTA_REACHED,
  rulesOf,
  setUp,
} from "./method-room";

test("the five-step method: cases are pitched and chosen, questions, the problem, advice while the owner listens", async ({
  browser,
}) => {
  test.slow();
  const room = await setUp(browser, "Vijf stappen", "Vijfstappenmethode");
  const { cockpit, anna, bram, carla, projector } = room;

  // Step 1: everyone may bring in one case.
  await expectPhase(
    room,
    1,
    "Stap 1: casussen inbrengen",
    "Beschrijf in een paar zinnen een casus uit je werk waar je een vraag over hebt.",
  );
  await expect(rulesOf(bram)).toHaveText("Nog 1 bijdrage in deze ronde.");
  await pitch(anna, "Overdracht loopt mis", "Hoe zorg ik dat de overdracht tussen diensten niet meer misgaat?");
  await pitch(bram, "Nieuwe collega", "Hoe werk ik een nieuwe collega in zonder zelf vast te lopen?");
  const annasForm = anna.page.getByRole("region", { name: "Breng een casus in" });
  await expect(annasForm).toContainText(QUOTA_REACHED);
  await expect(annasForm.getByRole("button", { name: "Casus inbrengen" })).toHaveCount(0);
  await expect(rulesOf(anna)).toHaveText("Je hebt al je bijdragen voor deze ronde geschreven.");
  await expect(projector.getByTestId("case").filter({ hasText: "Overdracht loopt mis" })).toContainText("van Anna");
  await expect(projector.getByTestId("case").filter({ hasText: "Nieuwe collega" })).toContainText("van Bram");

  // Step 1, continued: the group votes, the facilitator chooses; Anna becomes the case owner.
  await nextPhase(
    room,
    2,
    "Stap 1: casus kiezen en vraag formuleren",
    "De groep kiest één casus. De inbrenger vertelt de casus en formuleert de vraag aan de groep.",
  );
  await expect(rulesOf(carla)).toHaveText(NOBODY_WRITES);
  for (const person of [bram, carla]) {
    await person.page.getByRole("button", { name: "Stem op deze casus: Overdracht loopt mis" }).click();
  }
  await expect(cockpit.getByTestId("case").filter({ hasText: "Overdracht loopt mis" })).toContainText("2 stemmen");
  await cockpit.getByRole("button", { name: "Kies deze casus: Overdracht loopt mis" }).click();
  for (const page of [projector, ...room.people.map((person) => person.page)]) {
    await expect(page.getByTestId("case").filter({ hasText: "Overdracht loopt mis" })).toContainText("Gekozen casus");
    await expect(page.getByTestId("case").filter({ hasText: "Nieuwe collega" })).toContainText("Niet gekozen");
  }

  // Step 2: clarifying questions from the others, as many as they like; the case owner answers out loud.
  await nextPhase(
    room,
    3,
    "Stap 2: verhelderende vragen",
    "Stel vragen die de casus verhelderen. Geen adviezen, geen oplossingen in vraagvorm.",
  );
  await expectChosenCase(room, "Overdracht loopt mis");
  await expectCannotWrite(anna, OTHERS_WRITE);
  await expect(rulesOf(bram)).toHaveCount(0);
  for (const question of ["Wie draagt er over?", "Is er een vast moment?", "Wat gaat er mis?", "Sinds wanneer?"]) {
    await post(bram, question);
  }
  await expect(box(bram)).toBeEnabled();
  await expect(anna.page.getByTestId("reaction")).toHaveCount(4);
  await expectOnProjector(room, "Sinds wanneer?", "Vraag", "Bram");

  // Step 3: only the case owner writes, once: the problem as she sees it now.
  await nextPhase(
    room,
    4,
    "Stap 3: probleemdefinitie",
    "De inbrenger formuleert de vraag opnieuw: wat is nu precies het probleem, en welke hulp wil je van de groep?",
  );
  await expectCannotWrite(bram, OWNER_ONLY);
  await expectCannotWrite(carla, OWNER_ONLY);
  await expect(rulesOf(anna)).toContainText("Nog 1 bijdrage in deze ronde.");
  await post(anna, "Ik wil weten hoe ik collega's aanspreek die de overdracht overslaan.");
  await expect(rulesOf(anna)).toContainText("Je hebt al je bijdragen voor deze ronde geschreven.");
  await expect(box(anna)).toBeDisabled();
  await expectOnProjector(room, "hoe ik collega's aanspreek", "Reactie", "Anna");

  // Step 4: advice; the case owner listens and does not respond yet.
  await nextPhase(
    room,
    5,
    "Stap 4: adviesronde",
    "Iedereen geeft om de beurt een advies dat past bij de vraag. De inbrenger luistert en reageert nog niet.",
  );
  await expectChosenCase(room, "Overdracht loopt mis");
  await expectCannotWrite(anna, LISTENS);
  await post(bram, "Maak de overdracht een vast agendapunt.");
  await post(carla, "Spreek het aan op het moment zelf, niet achteraf.");
  await expect(anna.page.getByTestId("reaction")).toHaveCount(2);
  await expectOnProjector(room, "Maak de overdracht een vast agendapunt.", "Advies", "Bram");
  await expectOnProjector(room, "Spreek het aan op het moment zelf", "Advies", "Carla");

  // Step 5: evaluation; everyone writes, the case owner first.
  await nextPhase(
    room,
    6,
    "Stap 5: evaluatie",
    "De inbrenger zegt welke adviezen bruikbaar zijn. Daarna kijkt de groep terug: wat heb je geleerd, hoe ging het gesprek?",
  );
  for (const person of room.people) await expect(box(person)).toBeEnabled();
  await post(anna, "Het vaste agendapunt ga ik morgen voorstellen.");
  await expectOnProjector(room, "Het vaste agendapunt ga ik morgen voorstellen.", "Reflectie", "Anna");

  // Action points are agreed out loud: nobody has a writing box.
  await nextPhase(room, 7, "Actiepunten", "Spreek af wie wat doet en wanneer.");
  for (const person of room.people) {
    await expect(rulesOf(person)).toHaveText(NOBODY_WRITES);
    await expect(box(person)).toHaveCount(0);
  }
  await expect(projector.getByTestId("action-points")).toBeVisible();

  await room.close();
});
