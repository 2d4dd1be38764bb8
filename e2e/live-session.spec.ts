import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import {
  BACK_ONLINE,
  controllableConnection,
  joinAs,
  newParticipantPage,
  openSession,
  readQrCode,
  timerSeconds,
} from "./live-fixtures";

test("a facilitator runs a lesson round with three participants who joined by link, by code and by QR code", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Intervisie team Wonen" });
  const cockpit = lead.page;
  await expect(cockpit.getByRole("heading", { name: "Wachten op deelnemers" })).toBeVisible();

  // Anna: by link. Bram: by typing the code on the landing page. Carla: by scanning the QR code.
  const anna = await newParticipantPage(browser);
  await anna.page.goto(lead.link);
  await expect(anna.page.getByRole("heading", { level: 1, name: "Intervisie team Wonen" })).toBeVisible();
  await expect(anna.page.getByText("Wat hier gedeeld wordt, blijft hier.")).toBeVisible();
  await anna.page.getByLabel("Je naam").fill("Anna");
  await anna.page.getByRole("button", { name: "Meedoen" }).click();
  await expect(anna.page.getByText("Accepteer de groepsafspraken om mee te doen.")).toBeVisible();
  await joinAs(anna.page, "Anna");

  const bram = await newParticipantPage(browser);
  await bram.page.goto("/");
  await bram.page.getByLabel("Sessiecode").fill(lead.code.toLowerCase());
  await bram.page.getByRole("button", { name: "Deelnemen" }).click();
  await joinAs(bram.page, "Bram");

  const scanned = await readQrCode(cockpit);
  expect(scanned).toBe(lead.link);
  const carla = await newParticipantPage(browser);
  await carla.page.goto(scanned);
  await joinAs(carla.page, "Carla");

  await expect(cockpit.getByTestId("presence-count")).toHaveText("3 van 3 aanwezig");
  await expect(anna.page.getByRole("heading", { name: "Wachten op deelnemers" })).toBeVisible();

  // The projector view, in its own window.
  const projector = await lead.context.newPage();
  await projector.goto(`/sessions/${lead.sessionId}/projector`);
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);

  // Start: check-in; then the lesson round.
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await expect(anna.page.getByText("Hoe zit je erbij vandaag?")).toBeVisible();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expect(bram.page.getByText("De gespreksleider deelt zo een les uit.")).toBeVisible();

  // The timer: started once, the same on every screen.
  await cockpit.getByRole("button", { name: "Start", exact: true }).click();
  await expect(cockpit.getByRole("button", { name: "Pauze" })).toBeVisible();
  await expect(carla.page.getByTestId("timer")).toHaveText(/^9:5\d$/);
  const readings = await Promise.all([cockpit, anna.page, carla.page, projector].map((page) => timerSeconds(page)));
  expect(Math.max(...readings) - Math.min(...readings)).toBeLessThanOrEqual(1);

  // Deal a card: everyone sees it, with its theme.
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  const prompt = anna.page.getByTestId("prompt").locator("blockquote");
  await expect(prompt).toBeVisible();
  const lessonText = await prompt.textContent();
  for (const page of [bram.page, carla.page, projector, cockpit]) {
    await expect(page.getByTestId("prompt").locator("blockquote")).toHaveText(lessonText ?? "");
  }
  await expect(anna.page.getByTestId("prompt")).toContainText(/Les \d+ · /);

  // Hidden reactions: each sees only their own; everyone sees who has reacted.
  await anna.page.getByLabel("Ervaring").check();
  await anna.page.getByPlaceholder("Schrijf hier je reactie…").fill("Bij ons hielp een vast aanspreekpunt enorm.");
  await anna.page.getByRole("button", { name: "Versturen" }).click();
  await expect(anna.page.getByTestId("own-reaction")).toContainText("Bij ons hielp een vast aanspreekpunt enorm.");
  await bram.page.getByLabel("Vraag").check();
  await bram.page.getByPlaceholder("Schrijf hier je reactie…").fill("Hoe houd je dat vol bij personeelswisselingen?");
  await bram.page.getByRole("button", { name: "Versturen" }).click();
  await expect(carla.page.getByTestId("pending-count")).toHaveText(
    "2 reacties verborgen tot de gespreksleider ze toont",
  );
  await expect(carla.page.getByText("Bij ons hielp een vast aanspreekpunt")).toHaveCount(0);
  await expect(cockpit.getByText("Bij ons hielp een vast aanspreekpunt")).toHaveCount(0);
  await expect(cockpit.getByTestId("participant").filter({ hasText: "Anna" })).toContainText("✓");
  await expect(cockpit.getByTestId("participant").filter({ hasText: "Carla" })).not.toContainText("✓");

  // Anna edits hers before the reveal.
  await anna.page.getByRole("button", { name: "Bewerken" }).click();
  await anna.page.getByLabel("Bewerken").fill("Bij ons hielp een vast aanspreekpunt, echt waar.");
  await anna.page.getByRole("button", { name: "Opslaan" }).click();

  // Reveal: everyone sees both, with names; the projector too.
  await cockpit.getByRole("button", { name: "Reacties tonen (2)" }).click();
  for (const page of [anna.page, bram.page, carla.page, projector]) {
    await expect(page.getByTestId("reaction")).toHaveCount(2);
  }
  await expect(carla.page.getByTestId("reaction").filter({ hasText: "echt waar" })).toContainText("Anna");
  await expect(projector.getByText("Hoe houd je dat vol bij personeelswisselingen?")).toBeVisible();

  // Dot votes.
  const annasCard = carla.page.getByTestId("reaction").filter({ hasText: "echt waar" });
  await annasCard.getByRole("button", { name: "Stem", exact: true }).click();
  await annasCard.getByRole("button", { name: "Stem", exact: true }).click();
  await expect(carla.page.getByText("Nog 1 stem", { exact: true })).toBeVisible();
  // Nobody sees the counts while people vote (they would steer the votes), Carla only her own.
  await expect(annasCard.getByTestId("my-votes")).toHaveText("Jouw stemmen: 2");
  await expect(cockpit.getByTestId("vote-count")).toHaveCount(0);
  await expect(carla.page.getByTestId("voting-note")).toHaveText(
    "De stemmen blijven verborgen tot de gespreksleider het stemmen sluit.",
  );
  // The facilitator closes the vote: the counts show, the most voted first; voting is over.
  await cockpit.getByRole("button", { name: "Stemmen sluiten" }).click();
  await expect(cockpit.getByTestId("reaction").filter({ hasText: "echt waar" }).getByTestId("vote-count")).toHaveText(
    "2 stemmen",
  );
  await expect(projector.getByTestId("reaction").first()).toContainText("echt waar");
  await expect(annasCard.getByRole("button", { name: "Stem", exact: true })).toHaveCount(0);

  // Speaking order in order of arrival: Anna, then Bram.
  await cockpit.getByRole("button", { name: "Volgorde van binnenkomst" }).click();
  await expect(anna.page.getByTestId("turn-banner")).toContainText("Jij bent aan de beurt");
  await expect(bram.page.getByTestId("turn-banner")).toContainText("Anna");
  await expect(bram.page.getByTestId("turn-banner")).toContainText("Daarna: Bram");
  await cockpit.getByRole("button", { name: "Volgende", exact: true }).click();
  await expect(bram.page.getByTestId("turn-banner")).toContainText("Jij bent aan de beurt");
  await expect(projector.getByTestId("turn-banner")).toContainText("Bram");

  // Every live screen is usable with a screen reader and has enough contrast.
  for (const page of [cockpit, bram.page, projector]) expect(await seriousViolations(page)).toEqual([]);

  for (const context of [anna.context, bram.context, carla.context, lead.context]) await context.close();
});

test("a participant who loses the connection and reloads keeps their draft, and what they sent arrives once", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Offline-proef" });
  const dewi = await newParticipantPage(browser);
  const connection = await controllableConnection(dewi.page);
  await dewi.page.goto(lead.link);
  await joinAs(dewi.page, "Dewi");
  await lead.page.getByRole("button", { name: "Sessie starten" }).click();
  await lead.page.getByRole("button", { name: "Volgende fase" }).click();
  await lead.page.getByRole("button", { name: "Trek een les" }).click();
  await expect(dewi.page.getByTestId("prompt").locator("blockquote")).toBeVisible();

  await connection.cut();
  await expect(dewi.page.getByTestId("connection")).toContainText("Geen verbinding");
  await dewi.page.getByPlaceholder("Schrijf hier je reactie…").fill("Verstuurd terwijl de wifi weg was.");
  await dewi.page.getByRole("button", { name: "Versturen" }).click();
  await expect(dewi.page.getByTestId("outbox-item")).toContainText("Wacht op verbinding");
  await dewi.page.getByPlaceholder("Schrijf hier je reactie…").fill("Een half geschreven gedachte");

  // A reload without a connection: the same card, the draft and the waiting reaction are all still there.
  await dewi.page.reload();
  await expect(dewi.page.getByTestId("connection")).not.toHaveText("Verbonden");
  await expect(dewi.page.getByTestId("prompt").locator("blockquote")).toBeVisible();
  await expect(dewi.page.getByTestId("outbox-item")).toContainText("Verstuurd terwijl de wifi weg was.");
  await expect(dewi.page.getByPlaceholder("Schrijf hier je reactie…")).toHaveValue("Een half geschreven gedachte");

  connection.restore();
  await expect(dewi.page.getByTestId("connection")).toHaveText("Verbonden", BACK_ONLINE);
  await expect(dewi.page.getByTestId("outbox-item")).toHaveCount(0);
  await expect(dewi.page.getByTestId("own-reaction")).toHaveCount(1);
  await expect(dewi.page.getByTestId("own-reaction")).toContainText("Verstuurd terwijl de wifi weg was.");
  await expect(dewi.page.getByPlaceholder("Schrijf hier je reactie…")).toHaveValue("Een half geschreven gedachte");
  await expect(lead.page.getByRole("button", { name: "Reacties tonen (1)" })).toBeVisible();
  // The cockpit sees Dewi back without a reload, even though her queued reaction overtook it.
  await expect(lead.page.getByTestId("participant").filter({ hasText: "Dewi" })).not.toContainText("verbinding weg");
  await dewi.context.close();
  await lead.context.close();
});

test("a page from before an update is refused, reloads by itself once, and keeps the draft", async ({ browser }) => {
  test.slow();
  const lead = await openSession(browser, { title: "Na een update" });
  const eva = await newParticipantPage(browser);
  await eva.page.goto(lead.link);
  await joinAs(eva.page, "Eva");
  await lead.page.getByRole("button", { name: "Sessie starten" }).click();
  await lead.page.getByRole("button", { name: "Volgende fase" }).click();
  await lead.page.getByRole("button", { name: "Trek een les" }).click();
  await expect(eva.page.getByTestId("prompt").locator("blockquote")).toBeVisible();
  await eva.page.getByPlaceholder("Schrijf hier je reactie…").fill("Half geschreven voor de update");

  // The page's next two handshakes say the protocol of the build before (as an open tab would
  // after the server was updated); the third is this build's again.
  let older = 2;
  await eva.page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const connect = typeof message === "string" && message.startsWith("40");
      if (connect && older > 0) {
        older -= 1;
        server.send(message.replace(/"protocol":\d+/, '"protocol":1'));
      } else server.send(message);
    });
  });
  let loads = 0;
  eva.page.on("load", () => {
    loads += 1;
  });
  await eva.page.reload();
  // Refused as outdated, the page says why and loads itself again; refused once more within the
  // minute, it says why and offers the reload instead of trying in a loop.
  await expect.poll(() => loads).toBe(2);
  await expect(eva.page.getByRole("alert").filter({ hasText: "Kring is bijgewerkt" })).toBeVisible();
  expect(loads).toBe(2);
  await eva.page.getByRole("button", { name: "Opnieuw laden" }).click();
  await expect(eva.page.getByTestId("connection")).toHaveText("Verbonden");
  await expect(eva.page.getByPlaceholder("Schrijf hier je reactie…")).toHaveValue("Half geschreven voor de update");
  await eva.page.getByRole("button", { name: "Versturen" }).click();
  await expect(eva.page.getByTestId("own-reaction")).toContainText("Half geschreven voor de update");
  await eva.context.close();
  await lead.context.close();
});

test("in an anonymous round no frame a participant receives names the author of anyone else's reaction", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Anonieme ronde", anonymous: true });
  const eva = await newParticipantPage(browser);
  const frames: string[] = [];
  eva.page.on("websocket", (ws) => ws.on("framereceived", (frame) => frames.push(String(frame.payload))));
  await eva.page.goto(lead.link);
  await joinAs(eva.page, "Eva");
  const finn = await newParticipantPage(browser);
  await finn.page.goto(lead.link);
  await joinAs(finn.page, "Finn");
  const gijs = await newParticipantPage(browser);
  await gijs.page.goto(lead.link);
  await joinAs(gijs.page, "Gijs");

  await lead.page.getByRole("button", { name: "Sessie starten" }).click();
  await lead.page.getByRole("button", { name: "Volgende fase" }).click();
  await lead.page.getByRole("button", { name: "Trek een les" }).click();
  for (const [page, text] of [
    [finn.page, "Een eerste gedachte"],
    [gijs.page, "Een tweede gedachte"],
    [eva.page, "Mijn eigen gedachte"],
  ] as const) {
    await expect(page.getByTestId("phase-rules")).toContainText("Reacties zijn anoniem");
    await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page.getByTestId("own-reaction")).toHaveCount(1);
  }
  await lead.page.getByRole("button", { name: "Reacties tonen (3)" }).click();
  await expect(eva.page.getByTestId("reaction")).toHaveCount(3);
  await expect(eva.page.getByTestId("reaction").filter({ hasText: "Een eerste gedachte" })).toContainText("Anoniem");
  await expect(lead.page.getByTestId("reaction").filter({ hasText: "Een tweede gedachte" })).toContainText("Anoniem");

  const participants = new Map<string, string>();
  let reactionsSeen = 0;
  for (const frame of frames) {
    // Socket.io frames: "42[event, payload]" for events, "43<id>[result]" for acks (session:sync).
    const match = /^4([23])\d*(\[.*\])$/s.exec(frame);
    if (!match?.[2]) continue;
    const message = JSON.parse(match[2]) as unknown[];
    const candidate =
      match[1] === "2"
        ? message[0] === "session:state"
          ? message[1]
          : null
        : (message[0] as { data?: unknown })?.data;
    if (!candidate || typeof candidate !== "object" || !("reactions" in candidate)) continue;
    const view = candidate as {
      participants: { id: string; displayName: string }[];
      reactions: { text: string; mine: boolean; authorId: string | null; authorName: string | null }[];
    };
    for (const participant of view.participants) participants.set(participant.id, participant.displayName);
    for (const reaction of view.reactions) {
      reactionsSeen += 1;
      if (reaction.mine) continue;
      expect(reaction.authorId, reaction.text).toBeNull();
      expect(reaction.authorName, reaction.text).toBeNull();
    }
    const others = [...participants].filter(([, name]) => name !== "Eva").flatMap(([id, name]) => [id, name]);
    for (const other of others) expect(JSON.stringify(view.reactions)).not.toContain(other);
  }
  expect(reactionsSeen).toBeGreaterThanOrEqual(3);
  expect([...participants.values()].sort()).toEqual(["Eva", "Finn", "Gijs"]);
  for (const context of [eva.context, finn.context, gijs.context, lead.context]) await context.close();
});
