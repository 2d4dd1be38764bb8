import { describe, expect, it } from "vitest";
import { rules } from "@/lib/domain/methods/builtin/rules";
import { projectSession } from "@/lib/domain/session-projection";
import type { ReactionRecord, SessionRecord } from "@/lib/domain/session-view";
import { openRound, participant, sessionRecord } from "@/lib/domain/testing/session-record";
import { shortcutAction, shortcutCommand } from "./cockpit-shortcuts";

const lessonPhase = {
  id: "p1",
  position: 0,
  kind: "lesson_round" as const,
  title: { nl: "Reageren", en: "Reacting" },
  instruction: { nl: "", en: "" },
  durationSeconds: 600,
  rules: rules({ whoMayPost: "everyone", postKinds: ["idea"], hiddenUntilReveal: true, dealsLessons: true }),
};

const reaction = (id: string, visibility: ReactionRecord["visibility"]): ReactionRecord => ({
  id,
  clientId: `c-${id}`,
  roundId: "round",
  authorId: "anna",
  kind: "idea",
  text: `Tekst ${id}`,
  anonymous: false,
  visibility,
  createdAt: 1,
  usable: null,
  label: null,
});

const lead = (changes: Partial<SessionRecord> = {}) =>
  projectSession(
    sessionRecord({ phases: [lessonPhase], participants: [participant("anna", "Anna")], ...changes }),
    { kind: "facilitator" },
    new Set(),
  );

describe("the cockpit's shortcuts", () => {
  it("start the session, then go to the next phase", () => {
    expect(shortcutCommand("n", lead({ status: "lobby", currentPhaseIndex: null }), null)).toEqual({
      event: "phase:start",
      payload: {},
    });
    expect(shortcutCommand("N", lead(), null)).toEqual({ event: "phase:next", payload: {} });
    expect(shortcutCommand("n", lead({ status: "ended" }), null)).toBeNull();
  });

  it("start, pause and resume the timer with one key, and add a minute", () => {
    const timer = (state: SessionRecord["timer"]) => shortcutCommand("t", lead({ timer: state }), null)?.payload;
    expect(timer({ status: "idle", durationMs: 1 })).toEqual({ type: "start" });
    expect(timer({ status: "running", durationMs: 1, endsAt: 5 })).toEqual({ type: "pause" });
    expect(timer({ status: "paused", durationMs: 1, remainingMs: 1 })).toEqual({ type: "resume" });
    expect(shortcutCommand("+", lead(), null)?.payload).toEqual({ type: "add", ms: 60_000 });
    expect(shortcutCommand("=", lead(), null)?.payload).toEqual({ type: "add", ms: 60_000 });
  });

  it("reveal only hidden reactions, and deal only where the phase deals cards", () => {
    expect(shortcutCommand("r", lead(), null)).toBeNull();
    expect(shortcutCommand("r", lead({ reactions: [reaction("r1", "pending")] }), null)).toEqual({
      event: "round:reveal",
      payload: {},
    });
    expect(shortcutCommand("d", lead(), null)).toEqual({ event: "card:deal", payload: { random: true } });
    const talk = { ...lessonPhase, rules: rules({ whoMayPost: "nobody", postKinds: [] }) };
    expect(shortcutCommand("d", lead({ phases: [talk] }), null)).toBeNull();
  });

  it("put the focused card in the spotlight and take it out, never a hidden one", () => {
    const shown = [reaction("r1", "revealed"), reaction("r2", "hidden")];
    const round = openRound({ revealed: true });
    expect(shortcutCommand("s", lead({ reactions: shown, round }), "r1")?.payload).toEqual({
      show: "spotlight",
      reactionId: "r1",
    });
    expect(shortcutCommand("s", lead({ reactions: shown, round }), "r2")).toBeNull();
    expect(shortcutCommand("s", lead({ reactions: shown, round }), null)).toBeNull();
    const lit = { join: false, spotlightId: "r1", page: 0 };
    expect(shortcutCommand("s", lead({ reactions: shown, round, projector: lit }), "r1")?.payload).toEqual({
      show: "spotlight",
      reactionId: null,
    });
    expect(shortcutCommand("Escape", lead({ reactions: shown, round, projector: lit }), null)?.payload).toEqual({
      show: "spotlight",
      reactionId: null,
    });
    expect(shortcutCommand("Escape", lead({ reactions: shown, round }), null)).toBeNull();
  });

  it("show the join code while people can join, and turn the projector's pages within the pages there are", () => {
    expect(shortcutCommand("j", lead(), null)?.payload).toEqual({ show: "join", on: true });
    expect(shortcutCommand("j", lead({ joinLocked: true }), null)).toBeNull();
    const many = Array.from({ length: 12 }, (_, i) => reaction(`r${i}`, "revealed"));
    expect(shortcutCommand("]", lead({ reactions: many }), null)?.payload).toEqual({ show: "page", page: 1 });
    expect(shortcutCommand("[", lead({ reactions: many }), null)).toBeNull();
    const last = { join: false, spotlightId: null, page: 1 };
    expect(shortcutCommand("]", lead({ reactions: many, projector: last }), null)).toBeNull();
    expect(shortcutCommand("[", lead({ reactions: many, projector: last }), null)?.payload).toEqual({
      show: "page",
      page: 0,
    });
  });

  it("close the vote once reactions can be read, and open it again", () => {
    const round = openRound({ revealed: true });
    const shown = [reaction("r1", "revealed")];
    expect(shortcutCommand("v", lead({ reactions: shown, round }), null)).toEqual({
      event: "round:voting",
      payload: { closed: true },
    });
    const closed = openRound({ revealed: true, votingClosed: true });
    expect(shortcutCommand("V", lead({ reactions: shown, round: closed }), null)?.payload).toEqual({ closed: false });
    expect(shortcutCommand("v", lead({ reactions: [reaction("r1", "pending")] }), null)).toBeNull();
  });

  it("know nothing of other keys; ? is the help", () => {
    expect(shortcutAction("?")).toBe("help");
    expect(shortcutCommand("?", lead(), null)).toBeNull();
    expect(shortcutCommand("x", lead(), null)).toBeNull();
    expect(shortcutCommand("Enter", lead(), null)).toBeNull();
  });
});
