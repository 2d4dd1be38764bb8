import { type Browser, expect, type Page, test } from "@playwright/test";
import { controllableConnection, joinByLink, openSession } from "./live-fixtures";

/**
 * The four intervision methods that had no whole-session browser test (the lessons round and the
 * incident method have theirs): each runs with a facilitator, a case owner (Anna), two participants
 * (Bram and Carla) and the projector, phase by phase, and checks what people see of the phase's rules.
 */

const LISTENS = "De inbrenger luistert nu alleen.";
const OTHERS_WRITE = "De anderen schrijven in deze fase; jij schrijft niet mee.";
const OWNER_ONLY = "Alleen de inbrenger schrijft in deze fase.";
const NOBODY_WRITES = "In deze fase praten we; je hoeft niets te schrijven.";
const QUOTA_REACHED = "Je hebt het maximale aantal bijdragen voor deze ronde al geschreven.";

type Person = { page: Page };

/** Facilitator, projector, and Anna, Bram and Carla joined by link; the session started. */
async function setUp(browser: Browser, title: string, method: string) {
  const lead = await openSession(browser, { title, method });
  const cockpit = lead.page;
  const projector = await lead.context.newPage();
  await projector.goto(`/sessions/${lead.sessionId}/projector`);
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);
  const anna = await joinByLink(browser, lead.link, "Anna");
  const bram = await joinByLink(browser, lead.link, "Bram");
  const carla = await joinByLink(browser, lead.link, "Carla");
  await expect(cockpit.getByTestId("presence-count")).toHaveText("3 van 3 aanwezig");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  const people = [anna, bram, carla];
  const close = async () => {
    for (const each of [...people, lead]) await each.context.close();
  };
  return { lead, cockpit, projector, anna, bram, carla, people, close };
}
type Room = Awaited<ReturnType<typeof setUp>>;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Everyone is in phase `number` titled `title`; the projector shows its title and instruction. */
async function expectPhase(room: Room, number: number, title: string, instruction: string) {
  await expect(room.projector.locator(".projector-header .eyebrow")).toHaveText(title);
  await expect(room.projector.getByTestId("prompt")).toContainText(instruction);
  for (const person of room.people) {
    await expect(person.page.locator(".live-header .eyebrow")).toHaveText(
      new RegExp(`^Fase ${number} van \\d+ · ${escaped(title)}$`),
    );
    await expect(person.page.getByTestId("prompt")).toContainText(instruction);
  }
}

async function nextPhase(room: Room, number: number, title: string, instruction: string) {
  await room.cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expectPhase(room, number, title, instruction);
}

const box = (person: Person) => person.page.getByRole("textbox", { name: "Jouw reactie" });
const rulesOf = (person: Person) => person.page.getByTestId("phase-rules");

/** Writes and sends a reaction, then waits until the server has it (in the list, or among their own pending ones). */
async function post(person: Person, text: string, options: { kind?: string; hidden?: boolean } = {}) {
  if (options.kind) await person.page.getByRole("radio", { name: options.kind, exact: true }).check();
  await box(person).fill(text);
  await person.page.getByRole("button", { name: "Versturen" }).click();
  await expect(
    person.page.getByTestId(options.hidden ? "own-reaction" : "reaction").filter({ hasText: text }),
  ).toBeVisible();
}

/** This person sees why they cannot write, and the writing box takes nothing. */
async function expectCannotWrite(person: Person, why: string) {
  await expect(rulesOf(person)).toContainText(why);
  await expect(box(person)).toBeDisabled();
  await expect(person.page.getByRole("button", { name: "Versturen" })).toBeDisabled();
}

/** The facilitator makes Anna the case owner; she brings in the case, which is at once the chosen case. */
async function ownerBringsInCase(room: Room, title: string, question: string) {
  // Before anyone is the case owner, nobody can bring in: the form says who may.
  for (const person of room.people) {
    const form = person.page.getByRole("region", { name: "Breng een casus in" });
    await expect(form).toContainText(OWNER_ONLY);
    await expect(form.getByRole("button", { name: "Casus inbrengen" })).toHaveCount(0);
  }
  await room.cockpit.getByLabel("Rol van Anna").selectOption({ label: "Inbrenger" });
  await pitch(room.anna, title, question);
  for (const person of [room.bram, room.carla]) {
    await expect(person.page.getByRole("region", { name: "Breng een casus in" })).toContainText(OWNER_ONLY);
  }
  const onProjector = room.projector.getByTestId("case").filter({ hasText: title });
  await expect(onProjector).toContainText("van Anna");
  await expect(onProjector).toContainText("Gekozen casus");
}

async function pitch(person: Person, title: string, question: string) {
  const form = person.page.getByRole("region", { name: "Breng een casus in" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Je vraag aan de groep").fill(question);
  await form.getByLabel("Het speelt nu (actueel)").check();
  await form.getByLabel("Het gaat om een concrete situatie").check();
  await form.getByLabel("Het is mijn eigen vraag, ik ben er zelf bij betrokken").check();
  await form.getByRole("button", { name: "Casus inbrengen" }).click();
  await expect(form.getByRole("status")).toHaveText("Je casus is ingebracht.");
}

/** The chosen case stays in view on every screen, the projector's too. */
async function expectChosenCase(room: Room, title: string) {
  for (const page of [room.projector, ...room.people.map((person) => person.page)]) {
    const chosen = page.getByTestId("chosen-case");
    await expect(chosen).toContainText(title);
    await expect(chosen).toContainText("Inbrenger: Anna");
  }
}

/** A reaction on the projector, with its kind and author. */
async function expectOnProjector(room: Room, text: string, kind: string, author: string) {
  const card = room.projector.getByTestId("reaction").filter({ hasText: text });
  await expect(card).toBeVisible();
  await expect(card.locator(".kind-badge")).toHaveText(kind);
  await expect(card.locator(".reaction-author")).toHaveText(author);
}

test("the gossip method: three questions each, the case owner listens while the group gossips", async ({ browser }) => {
  test.setTimeout(120_000);
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

test("the five-step method: cases are pitched and chosen, questions, the problem, advice while the owner listens", async ({
  browser,
}) => {
  test.setTimeout(120_000);
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

test("the Balint method: the case owner tells, the group asks and associates while she listens, then she responds", async ({
  browser,
}) => {
  test.setTimeout(120_000);
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

test("the Socratic conversation: questions stay hidden until the reveal, the case owner labels them warm or cold while she answers", async ({
  browser,
}) => {
  test.setTimeout(120_000);
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
  await expectCannotWrite(bram, "De reacties zijn getoond; in deze ronde kun je niets meer toevoegen.");

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
      asked(page).getByTestId("reaction").filter({ hasText: text }).locator(".owner-marks");
    await expect(marks("Wat betekent respect voor jou?")).toHaveText("Warm");
    await expect(marks("Is vijf minuten al te laat?")).toHaveText("Koud");
  }
  const onProjector = (text: string) =>
    projector.getByTestId("reaction").filter({ hasText: text }).locator(".owner-marks");
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
