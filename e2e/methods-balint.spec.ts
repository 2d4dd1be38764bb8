import { expect, test } from "@playwright/test";
import {
  box,
  expectCannotWrite,
  expectChosenCase,
  expectOnProjector,
  expectPhase,
  LISTENS,
  nextPhase,
  OTHERS_WRITE,
  OWNER_ONLY,
  ownerBringsInCase,
  post,
  setUp,
} from "./method-room";

test("the Balint method: the case owner tells, the group asks and associates while she listens, then she responds", async ({
  browser,
}) => {
  test.slow();
  const room = await setUp(browser, "Balint", "Balintmethode");
  const { anna, bram, carla, projector } = room;

  await expectPhase(
    room,
    1,
    "Casus vertellen",
    "De inbrenger vertelt de casus vrij uit: wat er gebeurde en wat het met je deed.",
  );
  await ownerBringsInCase(room, "Boze moeder", "Waarom raakte het gesprek met deze moeder me zo?");

  // Factual questions: the others write, the case owner answers out loud.
  await nextPhase(
    room,
    2,
    "Feitelijke vragen",
    "Stel alleen feitelijke vragen die het beeld aanvullen. Nog geen duidingen of adviezen.",
  );
  await expectChosenCase(room, "Boze moeder");
  await expectCannotWrite(anna, OTHERS_WRITE);
  await post(carla, "Hoe lang ken je deze moeder al?");
  await expectOnProjector(room, "Hoe lang ken je deze moeder al?", "Vraag", "Carla");
  await expect(anna.page.getByTestId("reaction").filter({ hasText: "Hoe lang ken je deze moeder al?" })).toBeVisible();

  // Associating: the group shares what the case brings up; the case owner only listens.
  await nextPhase(
    room,
    3,
    "Associëren",
    "Deel vrij wat de casus bij je oproept: gevoelens, beelden, vermoedens. De inbrenger luistert nu alleen en maakt aantekeningen.",
  );
  await expectChosenCase(room, "Boze moeder");
  await expectCannotWrite(anna, LISTENS);
  await post(bram, "Ik voel onmacht, bij jou en bij haar.");
  await post(carla, "Ik zie een moeder die vecht voor haar kind.");
  await expect(anna.page.getByTestId("reaction")).toHaveCount(2);
  await expectOnProjector(room, "Ik voel onmacht, bij jou en bij haar.", "Associatie", "Bram");
  await expectOnProjector(room, "Ik zie een moeder die vecht voor haar kind.", "Associatie", "Carla");

  // The case owner responds; only she writes.
  await nextPhase(
    room,
    4,
    "Reactie van de inbrenger",
    "De inbrenger vertelt wat herkenbaar was, wat raakte en wat nieuw was.",
  );
  await expectCannotWrite(bram, OWNER_ONLY);
  await expectCannotWrite(carla, OWNER_ONLY);
  await post(anna, "De onmacht herken ik; dat zij vecht voor haar kind had ik niet gezien.");
  await expectOnProjector(room, "De onmacht herken ik", "Reactie", "Anna");

  // Advice (optional): the group advises, the case owner listens.
  await nextPhase(
    room,
    5,
    "Adviezen (optioneel)",
    "Als de inbrenger dat wil, geeft de groep nog adviezen. De inbrenger luistert.",
  );
  await expectCannotWrite(anna, LISTENS);
  await post(bram, "Vraag haar wat zij het liefst voor haar kind wil.");
  await expectOnProjector(room, "Vraag haar wat zij het liefst voor haar kind wil.", "Advies", "Bram");

  // Evaluation: everyone writes.
  await nextPhase(room, 6, "Evaluatie", "Wat heeft het gesprek opgeleverd, voor de inbrenger en voor jezelf?");
  for (const person of room.people) await expect(box(person)).toBeEnabled();
  await post(carla, "Mijn eigen gevoel zegt ook iets over de casus.");
  await expectOnProjector(room, "Mijn eigen gevoel zegt ook iets over de casus.", "Reflectie", "Carla");
  await expect(projector.getByTestId("reaction")).toHaveCount(1);

  await room.close();
});
