import { expect, test } from "@playwright/test";
import { controllableConnection } from "./live-fixtures";
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
  QUOTA_REACHED,
  rulesOf,
  setUp,
} from "./method-room";

test("the gossip method: three questions each, the case owner listens while the group gossips", async ({ browser }) => {
  test.slow();
  const room = await setUp(browser, "Roddelen over de huurder", "Roddelmethode");
  const { anna, bram, carla, projector } = room;

  await expectPhase(
    room,
    1,
    "Casus en vraag",
    "De inbrenger vertelt kort over de casus en stelt de vraag waar hij of zij hulp bij wil.",
  );
  await expect(rulesOf(bram)).toContainText(OWNER_ONLY);
  await ownerBringsInCase(room, "Huurder belt elke dag", "Hoe begrens ik een huurder die elke dag belt?");

  // Questions: at most three each, answered out loud by the case owner, who does not write.
  await nextPhase(room, 2, "Vragenronde", "Stel hoogstens drie open vragen. De inbrenger beantwoordt ze.");
  await expectChosenCase(room, "Huurder belt elke dag");
  await expectCannotWrite(anna, OTHERS_WRITE);
  await expect(rulesOf(anna)).not.toContainText(LISTENS);
  // A second window of Bram's that has lost its connection: it still thinks he has three to go.
  const bramOffline = { page: await bram.context.newPage() };
  const line = await controllableConnection(bramOffline.page);
  await bramOffline.page.goto(new URL(bram.page.url()).pathname);
  await expect(rulesOf(bramOffline)).toContainText("Nog 3 bijdragen in deze ronde.");
  await line.cut();
  await expect(bramOffline.page.getByTestId("connection")).not.toHaveText("Verbonden");

  await expect(rulesOf(bram)).toHaveText("Nog 3 bijdragen in deze ronde.");
  await post(bram, "Sinds wanneer belt hij elke dag?");
  await expect(rulesOf(bram)).toHaveText("Nog 2 bijdragen in deze ronde.");
  await post(bram, "Wat zegt hij als hij belt?");
  await expect(rulesOf(bram)).toHaveText("Nog 1 bijdrage in deze ronde.");
  await post(bram, "Wie neemt er bij jullie op?");
  await expect(rulesOf(bram)).toHaveText("Je hebt al je bijdragen voor deze ronde geschreven.");
  await expect(box(bram)).toBeDisabled();
  // The quota is per person: Carla still has her three.
  await expect(rulesOf(carla)).toHaveText("Nog 3 bijdragen in deze ronde.");
  await post(carla, "Wat heb je zelf al geprobeerd?");
  await expect(rulesOf(carla)).toHaveText("Nog 2 bijdragen in deze ronde.");
  // Questions are visible at once: the case owner reads them, the projector shows them.
  await expect(anna.page.getByTestId("reaction")).toHaveCount(4);
  await expect(projector.getByTestId("reaction")).toHaveCount(4);
  await expectOnProjector(room, "Wie neemt er bij jullie op?", "Vraag", "Bram");

  // Bram's fourth question, from the window that was offline: the server refuses it and says why;
  // the text goes back into his box, and nobody else ever sees it.
  await box(bramOffline).fill("Heb je een vaste belafspraak gemaakt?");
  await bramOffline.page.getByRole("button", { name: "Versturen" }).click();
  await expect(bramOffline.page.getByTestId("outbox-item")).toContainText("Heb je een vaste belafspraak gemaakt?");
  line.restore();
  const refusal = bramOffline.page.getByRole("alert").filter({ hasText: "Niet geplaatst" });
  await expect(refusal).toContainText(QUOTA_REACHED);
  await expect(refusal).toContainText("Je tekst staat weer in het schrijfvak.");
  await expect(box(bramOffline)).toHaveValue("Heb je een vaste belafspraak gemaakt?");
  await expect(rulesOf(bramOffline)).toHaveText("Je hebt al je bijdragen voor deze ronde geschreven.");
  await expect(projector.getByTestId("reaction")).toHaveCount(4);
  await expect(anna.page.getByText("Heb je een vaste belafspraak gemaakt?")).toHaveCount(0);
  await bramOffline.page.close();

  // Gossiping: the group talks about the case as if the owner were not there; she only listens.
  await nextPhase(
    room,
    3,
    "Roddelen",
    "Praat over de casus alsof de inbrenger er niet bij is. De inbrenger luistert nu alleen en maakt aantekeningen.",
  );
  await expectChosenCase(room, "Huurder belt elke dag");
  await expectCannotWrite(anna, LISTENS);
  await expect(rulesOf(bram)).toHaveCount(0);
  await post(bram, "Ze lijkt bang om hem teleur te stellen.", { kind: "Analyse" });
  await post(carla, "Het doet me denken aan een kind dat aandacht vraagt.", { kind: "Associatie" });
  await expect(anna.page.getByTestId("reaction")).toHaveCount(2);
  await expectOnProjector(room, "Ze lijkt bang om hem teleur te stellen.", "Analyse", "Bram");
  await expectOnProjector(room, "Het doet me denken aan een kind dat aandacht vraagt.", "Associatie", "Carla");
  // The questions of the round before are no longer on the projector.
  await expect(projector.getByTestId("reaction")).toHaveCount(2);

  // The case owner responds; the others do not write.
  await nextPhase(
    room,
    4,
    "Reactie van de inbrenger",
    "De inbrenger vertelt wat hem of haar raakte, wat nieuw was en wat bruikbaar is.",
  );
  await expectCannotWrite(bram, OWNER_ONLY);
  await expectCannotWrite(carla, OWNER_ONLY);
  await expect(rulesOf(anna)).toHaveText(OWNER_ONLY);
  await expect(box(anna)).toBeEnabled();
  await post(anna, "Dat ik bang ben hem teleur te stellen, klopt. Ik ga een vaste belafspraak maken.");
  await expectOnProjector(room, "Ik ga een vaste belafspraak maken.", "Reactie", "Anna");
  await expect(bram.page.getByTestId("reaction").filter({ hasText: "vaste belafspraak" })).toBeVisible();

  // Evaluation: everyone writes, the case owner too.
  await nextPhase(
    room,
    5,
    "Evaluatie",
    "Hoe was het om over de casus te roddelen, en om ernaar te luisteren? Wat neem je mee?",
  );
  for (const person of room.people) {
    await expect(rulesOf(person)).toHaveCount(0);
    await expect(box(person)).toBeEnabled();
  }
  await post(anna, "Luisteren zonder te mogen reageren was lastig, maar leerzaam.");
  await post(carla, "Roddelen voelde eerst vreemd.");
  await expectOnProjector(room, "Luisteren zonder te mogen reageren", "Reflectie", "Anna");
  await expectOnProjector(room, "Roddelen voelde eerst vreemd.", "Reflectie", "Carla");

  await room.close();
});
