import { type Browser, expect, type Page } from "@playwright/test";
import { controllableConnection, joinByLink, openSession } from "./live-fixtures";

/**
 * A room for running one intervision method through a whole session in the browser (the
 * methods-*.spec.ts files): a facilitator, a case owner (Anna), two participants (Bram and Carla)
 * and the projector, phase by phase, with checks of what people see of each phase's rules.
 */

export const LISTENS = "De inbrenger luistert nu alleen.";
export const OTHERS_WRITE = "De anderen schrijven in deze fase; jij schrijft niet mee.";
export const OWNER_ONLY = "Alleen de inbrenger schrijft in deze fase.";
export const NOBODY_WRITES = "In deze fase praten we; je hoeft niets te schrijven.";
export const QUOTA_REACHED = "Je hebt het maximale aantal bijdragen voor deze ronde al geschreven.";

export type Person = { page: Page };

/** Facilitator, projector, and Anna, Bram and Carla joined by link; the session started. */
export async function setUp(browser: Browser, title: string, method: string) {
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
export type Room = Awaited<ReturnType<typeof setUp>>;

export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Everyone is in phase `number` titled `title`; the projector shows its title and instruction. */
export async function expectPhase(room: Room, number: number, title: string, instruction: string) {
  await expect(room.projector.getByTestId("phase-name")).toHaveText(title);
  await expect(room.projector.getByTestId("prompt")).toContainText(instruction);
  for (const person of room.people) {
    await expect(person.page.getByTestId("phase-name")).toHaveText(
      new RegExp(`^Fase ${number} van \\d+ · ${escaped(title)}$`),
    );
    await expect(person.page.getByTestId("prompt")).toContainText(instruction);
  }
}

export async function nextPhase(room: Room, number: number, title: string, instruction: string) {
  await room.cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expectPhase(room, number, title, instruction);
}

export const box = (person: Person) => person.page.getByRole("textbox", { name: "Jouw reactie" });
export const rulesOf = (person: Person) => person.page.getByTestId("phase-rules");

/** Writes and sends a reaction, then waits until the server has it (in the list, or among their own pending ones). */
export async function post(person: Person, text: string, options: { kind?: string; hidden?: boolean } = {}) {
  if (options.kind) await person.page.getByRole("radio", { name: options.kind, exact: true }).check();
  await box(person).fill(text);
  await person.page.getByRole("button", { name: "Versturen" }).click();
  await expect(
    person.page.getByTestId(options.hidden ? "own-reaction" : "reaction").filter({ hasText: text }),
  ).toBeVisible();
}

/** This person sees why they cannot write, and the writing box takes nothing. */
export async function expectCannotWrite(person: Person, why: string) {
  await expect(rulesOf(person)).toContainText(why);
  await expect(box(person)).toBeDisabled();
  await expect(person.page.getByRole("button", { name: "Versturen" })).toBeDisabled();
}

/** The facilitator makes Anna the case owner; she brings in the case, which is at once the chosen case. */
export async function ownerBringsInCase(room: Room, title: string, question: string) {
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

export async function pitch(person: Person, title: string, question: string) {
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
export async function expectChosenCase(room: Room, title: string) {
  for (const page of [room.projector, ...room.people.map((person) => person.page)]) {
    const chosen = page.getByTestId("chosen-case");
    await expect(chosen).toContainText(title);
    await expect(chosen).toContainText("Inbrenger: Anna");
  }
}

/** A reaction on the projector, with its kind and author. */
export async function expectOnProjector(room: Room, text: string, kind: string, author: string) {
  const card = room.projector.getByTestId("reaction").filter({ hasText: text });
  await expect(card).toBeVisible();
  await expect(card.locator(".kind-badge")).toHaveText(kind);
  await expect(card.getByTestId("reaction-author")).toHaveText(author);
}
