import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "@/server/logger";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/**
 * A control character in a live payload is refused with a message the person can act on, stores
 * nothing, and never reaches the database (which would answer "internal" and log a stack).
 */
describe("control characters on the live channel", () => {
  const logged: string[] = [];
  const log: Logger = {
    info: () => {},
    debug: () => {},
    error: (message, error) => logged.push(`${message} ${error instanceof Error ? (error.stack ?? "") : ""}`),
  };
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness({ log });
  });
  afterAll(async () => harness?.close());

  it.each([
    ["a NUL byte", "Goed\u0000 wel moe"],
    ["a bell", "Goed\u0007"],
    ["a right-to-left override", "Goed \u202eeom lew"],
  ])("refuses %s in a reaction, an id and a case pitch, translated, and stores nothing", async (_name, text) => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const client = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await client.viewWhere((view) => view.session.status === "running" && view.round !== null);

    const refusal = {
      ok: false,
      code: "text_control_characters",
      message: expect.stringContaining("onzichtbaar stuurteken"),
    };
    const reaction = { clientId: crypto.randomUUID(), roundId: checkin.round?.id, kind: "checkin", text };
    expect(await client.emit("reaction:add", reaction)).toEqual(refusal);
    // A NUL byte in an id (which reaches a query) is refused the same way.
    expect(await client.emit("reaction:add", { ...reaction, text: "Goed", roundId: "r\u0000" })).toEqual(refusal);
    expect(
      await client.emit("case:pitch", {
        clientId: crypto.randomUUID(),
        title: text,
        question: "Hoe ga ik om met een collega die steeds te laat komt?",
        checks: { current: true, concrete: true, own: true },
      }),
    ).toEqual(refusal);

    expect(await harness.db.reaction.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await harness.db.case.count({ where: { sessionId: session.id } })).toBe(0);
    // A clean text still goes through, so the refusal was about the character and nothing else.
    expect(
      await client.emit("reaction:add", { ...reaction, clientId: crypto.randomUUID(), text: "Goed" }),
    ).toMatchObject({
      ok: true,
    });
    expect(logged).toEqual([]);
  });
});
