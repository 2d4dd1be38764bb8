import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionView } from "@/lib/domain/session-view";
import { listMethods } from "@/server/services/methods";
import { createSession } from "@/server/services/sessions";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { asDraft } from "@/server/testing/plan-drafts";

const titles = (view: SessionView) => view.phases.map((phase) => phase.title.nl);

describe("editing a session's phase plan before it starts, over the real live channel", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  async function lobby() {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const anna = await harness.participant(session.id, "Anna");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    const projector = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    const start = await leader.sync();
    return { lead, session, leader, annaClient, projector, start };
  }

  it("a lead reorders, renames, retimes and adds a phase; every open screen follows at once", async () => {
    const { leader, annaClient, projector, start } = await lobby();
    const draft = asDraft(start.phases);
    const [first, second, ...rest] = draft;
    if (!first || !second) throw new Error("the lessons round has phases");
    const edited = [
      { ...second, title: { nl: "Eerst de lessen", en: "Lessons first" }, durationMinutes: 35 },
      first,
      ...rest,
      {
        id: null,
        kind: "evaluation" as const,
        title: { nl: "Hoe ging het?", en: "How did it go?" },
        instruction: { nl: "", en: "" },
        durationMinutes: 5,
        rules: { ...first.rules, whoMayPost: "everyone" as const, postKinds: ["reflection" as const], quota: 1 },
      },
    ];
    const result = await leader.emit("plan:update", { phases: edited });
    expect(result).toMatchObject({ ok: true, data: { version: expect.any(Number) } });

    const expected = ["Eerst de lessen", first.title.nl, ...rest.map((phase) => phase.title.nl), "Hoe ging het?"];
    for (const client of [annaClient, projector, leader]) {
      const seen = await client.viewWhere((view) => view.phases.length === edited.length);
      expect(titles(seen)).toEqual(expected);
      expect(seen.phases.map((phase) => phase.position)).toEqual(expected.map((_, index) => index));
      expect(seen.phases[0]?.durationSeconds).toBe(35 * 60);
      expect(seen.phases.at(-1)?.rules).toMatchObject({ whoMayPost: "everyone", postKinds: ["reflection"], quota: 1 });
    }
  });

  it("refuses a participant (forbidden) and bad payloads (bad_request), and changes nothing", async () => {
    const { leader, annaClient, start } = await lobby();
    const draft = asDraft(start.phases);
    expect(await annaClient.emit("plan:update", { phases: draft.slice(1) })).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.any(String),
    });
    expect(await annaClient.emit("method:save", { name: { nl: "Mijn ronde", en: "My round" } })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const [phase] = draft;
    if (!phase) throw new Error("a phase");
    const bad = [
      { phases: [] },
      { phases: Array.from({ length: 21 }, () => ({ ...phase, id: null })) },
      { phases: [{ ...phase, durationMinutes: 0 }] },
      { phases: [{ ...phase, durationMinutes: 181 }] },
      { phases: [{ ...phase, title: { nl: "", en: "Check-in" } }] },
      { phases: [{ ...phase, title: { nl: "x".repeat(81), en: "Check-in" } }] },
      { phases: [{ ...phase, rules: { ...phase.rules, whoMayPost: "anyone" } }] },
      { phases: [{ ...phase, rules: { ...phase.rules, quota: 0 } }] },
      { phases: [{ ...phase, id: "not-a-phase-of-this-session" }] },
      { phases: [phase, phase] },
      { phases: draft, extra: true },
      "not an object",
    ];
    for (const payload of bad) {
      expect(await leader.emit("plan:update", payload), JSON.stringify(payload).slice(0, 80)).toMatchObject({
        ok: false,
        code: "bad_request",
      });
    }
    const after = await leader.sync();
    expect(after.version).toBe(start.version);
    expect(after.phases).toEqual(start.phases);
  });

  it("starts a phase's timer by itself when its plan says so, and only then", async () => {
    const { leader, annaClient, start } = await lobby();
    const draft = asDraft(start.phases);
    const [checkin, lessons, ...rest] = draft;
    if (!checkin || !lessons) throw new Error("the lessons round has phases");
    const plan = [checkin, { ...lessons, rules: { ...lessons.rules, timerStartsItself: true } }, ...rest];
    expect(await leader.emit("plan:update", { phases: plan })).toMatchObject({ ok: true });
    expect(
      (await annaClient.viewWhere((view) => view.phases[1]?.rules.timerStartsItself === true)).phases[0]?.rules,
    ).toMatchObject({ timerStartsItself: false });

    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const first = await annaClient.viewWhere((view) => view.session.status === "running");
    expect(first.session.timer.status).toBe("idle");
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    const second = await annaClient.viewWhere((view) => view.session.currentPhaseIndex === 1);
    expect(second.session.timer).toMatchObject({ status: "running", durationMs: lessons.durationMinutes * 60_000 });
    // The phase after it waits for the facilitator.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    const third = await annaClient.viewWhere((view) => view.session.currentPhaseIndex === 2);
    expect(third.session.timer.status).toBe("idle");
  });

  it("keeps the kind of a pitch phase, and locks the plan once the session has started", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { method: "incidentmethode" });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const start = await leader.sync();
    const draft = asDraft(start.phases);
    expect(
      await leader.emit("plan:update", {
        phases: draft.map((phase) => (phase.kind === "pitch" ? { ...phase, kind: "discussion" } : phase)),
      }),
    ).toMatchObject({ ok: false, code: "bad_request" });

    const anna = await harness.participant(session.id, "Anna");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    await annaClient.viewWhere((view) => view.session.status === "running");
    const refused = await leader.emit("plan:update", { phases: draft.slice(1) });
    expect(refused).toMatchObject({
      ok: false,
      code: "plan_locked",
      message: "De sessie is begonnen: het fasenplan ligt nu vast.",
    });
    expect(titles(await annaClient.sync())).toEqual(titles(start));
  });

  it("saves the plan as the facilitator's own method: offered only to them, copied into a new session", async () => {
    const { lead, leader, start } = await lobby();
    const draft = asDraft(start.phases);
    const renamed = draft.map((phase, index) =>
      index === 0 ? { ...phase, title: { nl: "Rondje", en: "Round" }, durationMinutes: 7 } : phase,
    );
    expect(await leader.emit("plan:update", { phases: renamed })).toMatchObject({ ok: true });
    const saved = await leader.emit("method:save", { name: { nl: " Lessen kort ", en: "Short lessons" } });
    expect(saved).toMatchObject({ ok: true, data: { methodId: expect.any(String) } });
    const methodId = (saved as { data: { methodId: string } }).data.methodId;

    // The same name again, in either language and any case, is refused; so is a shipped method's name.
    for (const name of [
      { nl: "lessen kort", en: "Other" },
      { nl: "Anders", en: "SHORT LESSONS" },
      { nl: "Lessenronde", en: "Mine" },
    ]) {
      expect(await leader.emit("method:save", { name })).toMatchObject({
        ok: false,
        code: "method_name_taken",
        message: "Er is al een werkvorm met deze naam. Kies een andere naam.",
      });
    }
    expect(await leader.emit("method:save", { name: { nl: "", en: "x" } })).toMatchObject({ code: "bad_request" });

    const mine = await listMethods(harness.db, lead.user.id);
    const own = mine.find((method) => method.id === methodId);
    expect(own).toMatchObject({ nameNl: "Lessen kort", nameEn: "Short lessons", ownerId: lead.user.id });
    expect(own?.phases.map((phase) => phase.titleNl)).toEqual(["Rondje", ...titles(start).slice(1)]);
    const other = await harness.facilitator("Ruud");
    expect((await listMethods(harness.db, other.user.id)).some((method) => method.id === methodId)).toBe(false);

    const deck = await harness.db.deck.findFirstOrThrow();
    const next = await createSession(harness.db, lead.user.id, {
      title: "Volgende keer",
      methodId,
      deckId: deck.id,
      agreements: "",
      anonymous: false,
      locale: "nl",
    });
    const copied = await harness.db.sessionPhase.findMany({
      where: { sessionId: next.id },
      orderBy: { position: "asc" },
    });
    expect(copied.map((phase) => phase.titleNl)).toEqual(["Rondje", ...titles(start).slice(1)]);
    expect(copied[0]?.durationSeconds).toBe(7 * 60);
    // Nobody else can prepare a session with it.
    await expect(
      createSession(harness.db, other.user.id, {
        title: "Niet van mij",
        methodId,
        deckId: null,
        agreements: "",
        anonymous: false,
        locale: "nl",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
