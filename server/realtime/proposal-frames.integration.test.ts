import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposerKeyHash } from "@/server/auth/proposer-key";
import { announceSessionChanges } from "@/server/events/session-changes";
import { bringInProposal, changeProposal, withdrawProposal } from "@/server/services/case-proposals";
import { valuesUnder } from "@/server/testing/frames";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/**
 * Cases brought in before the session, on the wire: the lead's frames carry them (added, edited,
 * withdrawn, live); the projector's and the participants' frames carry nothing of them, not even
 * the author's name, until a case is pitched in the session (then it is a case like any other).
 */

type Client = Awaited<ReturnType<LiveHarness["client"]>>;

describe("cases brought in, on the wire", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("reach the lead's screens only, live", async () => {
    const lea = await harness.facilitator();
    const session = await harness.session(lea.user.id, { method: "incidentmethode" });
    const lead = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    const projector = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "projector" });
    const bram = await harness.participant(session.id, "Bram");
    const participant = await harness.client({ cookie: bram.cookie, sessionId: session.id });
    const others: Client[] = [projector, participant];

    const key = proposerKeyHash("k".repeat(43));
    const change = async <T>(run: () => Promise<T>) => {
      const result = await run();
      announceSessionChanges([session.id]);
      return result;
    };
    const { value } = await change(() =>
      bringInProposal(harness.db, session.id, key, {
        name: "Zeynep Kwartelkoning",
        title: "Vertrouwelijke kwestie Zonnebloemhof",
        description: "Een lastige situatie met de huurderscommissie.",
        question: "Hoe nu verder?",
      }),
    );
    const added = await lead.viewWhere((view) => view.proposals?.length === 1);
    expect(added.proposals?.[0]).toMatchObject({
      id: value.id,
      proposerName: "Zeynep Kwartelkoning",
      title: "Vertrouwelijke kwestie Zonnebloemhof",
      fromEarlier: false,
      caseId: null,
    });
    await change(() =>
      changeProposal(harness.db, session.id, key, value.id, {
        title: "Kwestie Zonnebloemhof (bijgewerkt)",
        description: "Een lastige situatie met de huurderscommissie.",
        question: "Hoe nu verder?",
      }),
    );
    await lead.viewWhere((view) => view.proposals?.[0]?.title === "Kwestie Zonnebloemhof (bijgewerkt)");
    // The others were told the session changed as well (their version moved on), with nothing of it.
    const version = (await lead.sync()).version;
    for (const other of others) await other.viewWhere((view) => view.version >= version);
    await change(() => withdrawProposal(harness.db, session.id, key, value.id));
    await lead.viewWhere((view) => view.proposals?.length === 0);
    const last = (await lead.sync()).version;
    for (const other of others) await other.viewWhere((view) => view.version >= last);

    expect(lead.frames.join("\n")).toContain("Zonnebloemhof");
    for (const other of others) {
      const wire = other.frames.join("\n");
      expect(wire).not.toContain("Zonnebloemhof");
      expect(wire).not.toContain("Kwartelkoning");
      expect(wire).not.toContain("huurderscommissie");
      // The key is null for them, in every whole view.
      expect(valuesUnder(other.frames, "proposals").every((each) => each === null)).toBe(true);
      expect(valuesUnder(other.frames, "proposals").length).toBeGreaterThan(0);
    }
    // And no one, not even the lead, ever gets the key's hash.
    for (const client of [lead, ...others]) expect(client.frames.join("\n")).not.toContain(key);
  });
});
