import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snippetParts } from "@/lib/archive/highlight";
import { type ArchiveQuery, parseArchiveQuery } from "@/lib/schemas/archive-query";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { archiveChoices, archiveSessions, searchArchive } from "./archive";
import { createGroup } from "./groups";

const query = (params: Record<string, string> = {}): ArchiveQuery => parseArchiveQuery(params).query;
const hitTexts = (hits: { snippet: string }[]) =>
  hits.map((hit) =>
    snippetParts(hit.snippet)
      .map((part) => part.text)
      .join(""),
  );

describe("the archive and its search", () => {
  let harness: LiveHarness;
  let lea: Awaited<ReturnType<LiveHarness["facilitator"]>>;
  let sessionId: string;
  let groupId: string;
  let lessonId: string;

  beforeAll(async () => {
    harness = await startLiveHarness();
    lea = await harness.facilitator("Lea");
    groupId = (await createGroup(harness.db, lea.user.id, { name: "Bewonerszaken Noord", description: "" })).id;
    const session = await harness.session(lea.user.id, { groupId });
    sessionId = session.id;
    const leader = await harness.client({ cookie: lea.cookie, sessionId, as: "lead" });
    const anna = await harness.participant(sessionId, "Annabel");
    const bram = await harness.participant(sessionId, "Bram");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId });
    const bramClient = await harness.client({ cookie: bram.cookie, sessionId });
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    const view = await annaClient.viewWhere((current) => current.round?.lesson != null);
    const roundId = view.round?.id ?? "";
    lessonId = (await harness.db.round.findUniqueOrThrow({ where: { id: roundId } })).lessonId ?? "";
    const post = async (client: typeof annaClient, text: string) =>
      client.emit("reaction:add", { clientId: crypto.randomUUID(), roundId, kind: "idea", text });
    await post(annaClient, "De huurders willen vaker meepraten over het onderhoud van hun woningen");
    await post(bramClient, "Organise the meeting in the evening, when working tenants can come");
    await leader.emit("round:reveal", {});
    await leader.emit("card:deal", { random: true });
    const next = await bramClient.viewWhere((current) => current.round !== null && current.round.id !== roundId);
    await bramClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: next.round?.id ?? "",
      kind: "idea",
      text: "Een geheime bewonersraad die nooit getoond werd",
    });
    await leader.emit("notes:update", { text: "Afgesproken: een proef met een avondspreekuur.", baseVersion: 0 });
    await leader.emit("action:add", {
      clientId: crypto.randomUUID(),
      text: "Zaal regelen voor de bewonersavond",
      owner: { kind: "participant", id: bram.id },
      dueDate: null,
      sourceReactionId: null,
    });
    await leader.emit("session:end", {});
  }, 60_000);
  afterAll(async () => harness?.close());

  it("finds a revealed reaction by another form of a Dutch word, and by an English one, with the hit marked", async () => {
    const dutch = await searchArchive(harness.db, lea.user.id, query({ q: "huurder woning" }));
    expect(dutch.total).toBe(1);
    expect(dutch.items[0]).toMatchObject({ kind: "reaction", sessionId, sessionTitle: "Intervisie maart" });
    const marked = snippetParts(dutch.items[0]?.snippet ?? "").filter((part) => part.hit);
    expect(marked.map((part) => part.text)).toEqual(["huurders", "woningen"]);

    // Past the last page: no hits to show, but still the number there are.
    const beyond = await searchArchive(harness.db, lea.user.id, query({ q: "huurder", page: "5" }));
    expect([beyond.items.length, beyond.total, beyond.pages]).toEqual([0, 1, 1]);

    const english = await searchArchive(harness.db, lea.user.id, query({ q: "meetings" }));
    expect(hitTexts(english.items)).toEqual(["Organise the meeting in the evening, when working tenants can come"]);
  });

  it("finds words in the notes and in the action points", async () => {
    const notes = await searchArchive(harness.db, lea.user.id, query({ q: "avondspreekuur" }));
    expect(notes.items.map((hit) => hit.kind)).toEqual(["notes"]);
    const actions = await searchArchive(harness.db, lea.user.id, query({ q: "bewonersavond" }));
    expect(actions.items.map((hit) => hit.kind)).toEqual(["action"]);
  });

  it("never finds a reaction that was not revealed, nor anything in someone else's session", async () => {
    expect((await searchArchive(harness.db, lea.user.id, query({ q: "geheime bewonersraad" }))).total).toBe(0);
    const kees = await harness.facilitator("Kees");
    expect((await searchArchive(harness.db, kees.user.id, query({ q: "huurders" }))).total).toBe(0);
    expect((await archiveSessions(harness.db, kees.user.id, query())).total).toBe(0);
  });

  it("takes any input safely: quotes, operators, control characters, very long text", async () => {
    for (const q of [
      '\'); DROP TABLE "Reaction"; --',
      "huurders\u0000",
      "& | ! : * ( ) <-> \\",
      "x".repeat(100_000),
      "\uE000",
    ]) {
      const parsed = query({ q });
      const result = await searchArchive(harness.db, lea.user.id, parsed);
      expect(result.items.length).toBeLessThanOrEqual(result.total);
    }
    expect((await searchArchive(harness.db, lea.user.id, query({ q: "huurders\u0000" }))).total).toBe(1);
    expect(await harness.db.reaction.count({ where: { sessionId } })).toBe(3);
  });

  it("filters sessions by group, method, lesson and date, and pages through them", async () => {
    const all = await archiveSessions(harness.db, lea.user.id, query());
    expect(all.items.map((session) => session.id)).toEqual([sessionId]);
    expect(all.items[0]).toMatchObject({ ledByMe: true, participants: 2, group: { name: "Bewonerszaken Noord" } });

    const session = await harness.db.intervisionSession.findUniqueOrThrow({ where: { id: sessionId } });
    const choices = await archiveChoices(harness.db, lea.user.id);
    expect(choices.groups.map((group) => group.id)).toEqual([groupId]);
    expect(choices.methods.map((method) => method.id)).toEqual([session.methodId]);
    expect(choices.lessons.map((lesson) => lesson.id)).toContain(lessonId);

    const count = async (params: Record<string, string>) =>
      (await archiveSessions(harness.db, lea.user.id, query(params))).total;
    expect(await count({ group: groupId })).toBe(1);
    expect(await count({ group: "some-other-group" })).toBe(0);
    expect(await count({ method: session.methodId ?? "" })).toBe(1);
    expect(await count({ lesson: lessonId })).toBe(1);
    const unusedLesson = await harness.db.lesson.findFirstOrThrow({ where: { rounds: { none: {} } } });
    expect(await count({ lesson: unusedLesson.id })).toBe(0);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
    expect(await count({ from: today, to: today })).toBe(1);
    expect(await count({ to: "2020-01-01" })).toBe(0);
    // Search within the filters: the right group finds it, another date range does not.
    expect((await searchArchive(harness.db, lea.user.id, query({ q: "huurders", group: groupId }))).total).toBe(1);
    expect((await searchArchive(harness.db, lea.user.id, query({ q: "huurders", to: "2020-01-01" }))).total).toBe(0);

    for (let index = 0; index < 21; index++) await harness.session(lea.user.id);
    const first = await archiveSessions(harness.db, lea.user.id, query());
    const second = await archiveSessions(harness.db, lea.user.id, query({ page: "2" }));
    expect([first.total, first.pages, first.items.length, second.items.length]).toEqual([22, 2, 20, 2]);
    const seen = new Set([...first.items, ...second.items].map((each) => each.id));
    expect(seen.size).toBe(22);
  });
});
