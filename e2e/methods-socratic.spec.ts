import { expect, type Page, test } from "@playwright/test";
import {
  box,
  expectCannotWrite,
  expectChosenCase,
  expectOnProjector,
  expectPhase,
  nextPhase,
  OTHERS_WRITE,
  OWNER_ONLY,
  ownerBringsInCase,
  post,
  rulesOf,
  setUp,
} from "./method-room";

test("the Socratic conversation: questions stay hidden until the reveal, the case owner labels them warm or cold while she answers", async ({
  browser,
}) => {
  test.slow();
  const room = await setUp(browser, "Socratisch", "Socratisch gesprek");
  const { cockpit, anna, bram, carla, projector } = room;

  await expectPhase(
    room,
    1,
    "Concreet voorbeeld",
    "De inbrenger vertelt een concreet voorbeeld uit het werk en de vraag die het oproept.",
  );
  await ownerBringsInCase(room, "Te laat op het overleg", "Wanneer is te laat komen respectloos?");

  // Writing questions: as many as you like, hidden until the facilitator reveals them.
  await nextPhase(
    room,
    2,
    "Vragen schrijven",
    "Schrijf zoveel vragen op als je wilt. Ze blijven verborgen tot de gespreksleider ze laat zien.",
  );
  await expectChosenCase(room, "Te laat op het overleg");
  await expectCannotWrite(anna, OTHERS_WRITE);
  await expect(rulesOf(bram)).toHaveText("Reacties blijven verborgen tot de gespreksleider ze toont.");
  const bramsQuestions = [
    "Wat betekent respect voor jou?",
    "Wie wacht er als iemand te laat is?",
    "Is vijf minuten al te laat?",
    "Wat zeg je als je zelf te laat bent?",
  ];
  for (const question of bramsQuestions) await post(bram, question, { hidden: true });
  await post(carla, "Wanneer was jij voor het laatst te laat?", { hidden: true });
  await expect(box(bram)).toBeEnabled();
  // Nobody reads them yet, not the case owner, not the projector; they see how many wait.
  for (const page of [anna.page, carla.page, projector]) {
    await expect(page.getByTestId("pending-count")).toHaveText(
      page === carla.page
        ? "4 reacties verborgen tot de gespreksleider ze toont"
        : "5 reacties verborgen tot de gespreksleider ze toont",
    );
    await expect(page.getByText("Wat betekent respect voor jou?")).toHaveCount(0);
  }
  await expect(projector.getByTestId("reaction")).toHaveCount(0);

  // The reveal: everyone reads them, the projector too; no more questions in this round.
  await cockpit.getByRole("button", { name: "Reacties tonen (5)" }).click();
  for (const page of [anna.page, bram.page, projector]) await expect(page.getByTestId("reaction")).toHaveCount(5);
  await expectOnProjector(room, "Wanneer was jij voor het laatst te laat?", "Vraag", "Carla");
  await expect(projector.getByTestId("pending-count")).toHaveCount(0);
  await expect(bram.page.getByTestId("prompt")).toContainText(
    "De reacties zijn nu voor iedereen te lezen. Bespreek ze samen.",
  );
  // No greyed-out box after the reveal: the phase's note says why, and the composer says what now.
  await expect(rulesOf(bram)).toContainText("De reacties zijn getoond; in deze ronde kun je niets meer toevoegen.");
  await expect(bram.page.getByTestId("composer-closed")).toHaveText(
    "In deze ronde voeg je niets meer toe. Lees, stem en bespreek.",
  );
  await expect(box(bram)).toHaveCount(0);

  // Answering: the questions stay in view on every screen, in a list of their own; only the case
  // owner writes, her answers in this phase's own round.
  await nextPhase(
    room,
    3,
    "Warme vragen beantwoorden",
    "De inbrenger noemt elke vraag warm, koud of neutraal en beantwoordt de warme vragen.",
  );
  await expectCannotWrite(bram, OWNER_ONLY);
  await expectCannotWrite(carla, OWNER_ONLY);
  const asked = (page: Page) => page.getByTestId("answered-reactions");
  for (const page of [cockpit, anna.page, bram.page, carla.page]) {
    await expect(asked(page).getByRole("heading")).toHaveText("Uit de fase „Vragen schrijven”");
    await expect(asked(page).getByTestId("reaction")).toHaveCount(5);
  }
  await expect(projector.getByTestId("reaction")).toHaveCount(5);
  await expectOnProjector(room, "Wat betekent respect voor jou?", "Vraag", "Bram");

  // The case owner labels the questions here, as the phase tells her; only she has the buttons;
  // everyone sees the labels, the projector too.
  const warm = asked(anna.page).getByTestId("reaction").filter({ hasText: "Wat betekent respect voor jou?" });
  await warm.getByRole("button", { name: "Warm" }).click();
  await expect(warm.getByRole("button", { name: "Warm" })).toHaveAttribute("aria-pressed", "true");
  const cold = asked(anna.page).getByTestId("reaction").filter({ hasText: "Is vijf minuten al te laat?" });
  await cold.getByRole("button", { name: "Koud" }).click();
  await expect(cold.getByRole("button", { name: "Koud" })).toHaveAttribute("aria-pressed", "true");
  for (const page of [bram.page, carla.page, cockpit]) {
    await expect(page.getByRole("button", { name: "Warm", exact: true })).toHaveCount(0);
    const marks = (text: string) =>
      asked(page).getByTestId("reaction").filter({ hasText: text }).getByTestId("owner-marks");
    await expect(marks("Wat betekent respect voor jou?")).toHaveText("Warm");
    await expect(marks("Is vijf minuten al te laat?")).toHaveText("Koud");
  }
  const onProjector = (text: string) =>
    projector.getByTestId("reaction").filter({ hasText: text }).getByTestId("owner-marks");
  await expect(onProjector("Wat betekent respect voor jou?")).toHaveText("Warm");
  await expect(onProjector("Is vijf minuten al te laat?")).toHaveText("Koud");

  // She answers the warm one; the questions and their labels stay beside her answer.
  await post(anna, "Respect is voor mij: de ander niet laten wachten zonder bericht.");
  await expectOnProjector(room, "de ander niet laten wachten zonder bericht", "Reactie", "Anna");
  await expect(projector.getByTestId("reaction")).toHaveCount(6);
  await expect(onProjector("Wat betekent respect voor jou?")).toHaveText("Warm");
  await expect(asked(bram.page).getByTestId("reaction")).toHaveCount(5);
  await expect(
    bram.page.getByTestId("reaction").filter({ hasText: "de ander niet laten wachten zonder bericht" }),
  ).toBeVisible();

  // Insights and evaluation: everyone writes, visible at once.
  await nextPhase(room, 4, "Inzichten", "Wat leren we hiervan? Schrijf de inzichten op die je uit dit gesprek haalt.");
  for (const person of room.people) await expect(box(person)).toBeEnabled();
  await post(bram, "Te laat komen gaat over verwachtingen, niet over minuten.");
  await post(anna, "Ik ga het bericht vooraf als afspraak voorstellen.");
  await expectOnProjector(room, "Te laat komen gaat over verwachtingen", "Reflectie", "Bram");
  await expect(carla.page.getByTestId("reaction")).toHaveCount(2);

  await nextPhase(room, 5, "Evaluatie", "Hoe was het om zo te vragen en te antwoorden? Wat neem je mee?");
  for (const person of room.people) await expect(box(person)).toBeEnabled();
  await post(carla, "Vragen opschrijven zonder ze te stellen gaf rust.");
  await expectOnProjector(room, "Vragen opschrijven zonder ze te stellen gaf rust.", "Reflectie", "Carla");

  await room.close();
});
