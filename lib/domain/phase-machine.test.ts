import { describe, expect, it } from "vitest";
import {
  type ActorRole,
  type PhaseCommand,
  type PhaseState,
  type SessionStatus,
  transitionPhase,
} from "./phase-machine";

const durations = [600_000, 300_000, 900_000];
const state = (status: SessionStatus, currentPhaseIndex: number | null): PhaseState => ({
  status,
  currentPhaseIndex,
  phaseDurationsMs: durations,
  timer: { status: "running", durationMs: 600_000, endsAt: 1 },
});

const commands: PhaseCommand[] = [
  { type: "start" },
  { type: "next" },
  { type: "back" },
  { type: "jump", index: 2 },
  { type: "jump", index: 7 },
  { type: "end" },
];

/** Expected outcome per situation and command: the phase index entered, "ended", or a refusal code. */
const table: [string, PhaseState, Record<string, number | "ended" | string>][] = [
  [
    "lobby",
    state("lobby", null),
    {
      start: 0,
      next: "session_not_started",
      back: "session_not_started",
      "jump 2": "session_not_started",
      "jump 7": "session_not_started",
      end: "ended",
    },
  ],
  [
    "first phase",
    state("running", 0),
    { start: "conflict", next: 1, back: "no_such_phase", "jump 2": 2, "jump 7": "no_such_phase", end: "ended" },
  ],
  [
    "middle phase",
    state("running", 1),
    { start: "conflict", next: 2, back: 0, "jump 2": 2, "jump 7": "no_such_phase", end: "ended" },
  ],
  [
    "last phase",
    state("running", 2),
    {
      start: "conflict",
      next: "no_such_phase",
      back: 1,
      "jump 2": "conflict",
      "jump 7": "no_such_phase",
      end: "ended",
    },
  ],
  [
    "ended",
    state("ended", 2),
    {
      start: "session_ended",
      next: "session_ended",
      back: "session_ended",
      "jump 2": "session_ended",
      "jump 7": "session_ended",
      end: "session_ended",
    },
  ],
];

const label = (command: PhaseCommand) => (command.type === "jump" ? `jump ${command.index}` : command.type);

describe("phase machine", () => {
  for (const [situation, before, expected] of table) {
    for (const command of commands) {
      const outcome = expected[label(command)];
      it(`${situation} + ${label(command)} by the facilitator -> ${outcome}`, () => {
        const result = transitionPhase(before, command, "facilitator");
        if (outcome === "ended") {
          expect(result).toMatchObject({ ok: true, state: { status: "ended", timer: { status: "idle" } } });
        } else if (typeof outcome === "number") {
          expect(result).toEqual({
            ok: true,
            state: {
              ...before,
              status: "running",
              currentPhaseIndex: outcome,
              timer: { status: "idle", durationMs: durations[outcome] },
            },
          });
        } else {
          expect(result).toEqual({ ok: false, code: outcome });
        }
      });
      for (const actor of ["participant", "projector"] as ActorRole[]) {
        it(`${situation} + ${label(command)} by a ${actor} is refused`, () => {
          expect(transitionPhase(before, command, actor)).toEqual({ ok: false, code: "forbidden" });
        });
      }
    }
  }

  it("cannot start a session without phases", () => {
    expect(
      transitionPhase({ ...state("lobby", null), phaseDurationsMs: [] }, { type: "start" }, "facilitator"),
    ).toEqual({
      ok: false,
      code: "no_such_phase",
    });
  });
});
