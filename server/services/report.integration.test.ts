import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { reportMarkdown } from "@/lib/report/markdown";
import { reportPdf } from "@/server/report/pdf";
import { readPdf } from "@/server/report/testing/pdf-text";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { loadReport } from "./report";

describe("the session report", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("shows revealed reactions only, with no author for an anonymous one, in the report, its Markdown and its PDF", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { anonymous: true });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const anna = await harness.participant(session.id, "Annabel Zilverschoon");
    const bram = await harness.participant(session.id, "Bram Koperslager");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    const bramClient = await harness.client({ cookie: bram.cookie, sessionId: session.id });
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    const view = await annaClient.viewWhere((current) => current.round?.lesson !== null && current.round !== null);
    const roundId = view.round?.id;
    const post = (client: typeof annaClient, text: string) =>
      client.emit("reaction:add", { clientId: crypto.randomUUID(), roundId, kind: "idea", text });
    expect(await post(annaClient, "Een vaste contactavond per kwartaal")).toMatchObject({ ok: true });
    expect(await post(bramClient, "Bewoners zelf laten uitnodigen")).toMatchObject({ ok: true });
    await leader.emit("round:reveal", {});
    // A reaction in the next round, never revealed, stays out of the report.
    await leader.emit("card:deal", { random: true });
    const next = await bramClient.viewWhere((current) => current.round !== null && current.round.id !== roundId);
    await bramClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: next.round?.id,
      kind: "idea",
      text: "Nog niet getoond",
    });
    await leader.emit("session:end", {});

    const report = await loadReport(harness.db, session.id);
    const reactions = report?.rounds.flatMap((round) => round.reactions) ?? [];
    expect(reactions.map((reaction) => [reaction.text, reaction.author]).sort()).toEqual([
      ["Bewoners zelf laten uitnodigen", null],
      ["Een vaste contactavond per kwartaal", null],
    ]);
    const markdown = reportMarkdown(report ?? never(), "nl", translator("nl"));
    expect(markdown).toContain("Een vaste contactavond per kwartaal (Idee, Anoniem)");
    expect(markdown).not.toContain("Zilverschoon");
    expect(markdown).not.toContain("Koperslager");
    expect(markdown).not.toContain("Nog niet getoond");
    const pdf = await readPdf(await reportPdf(report ?? never(), "nl", translator("nl"), new Date()));
    expect(pdf.text).toContain("Idee Een vaste contactavond per kwartaal — Anoniem");
    expect(pdf.text).toContain("Idee Bewoners zelf laten uitnodigen — Anoniem");
    for (const hidden of ["Annabel", "Zilverschoon", "Bram", "Koperslager", "Nog niet getoond"]) {
      expect(pdf.text).not.toContain(hidden);
    }
  });
});

function never(): never {
  throw new Error("no report");
}
