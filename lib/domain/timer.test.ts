import { describe, expect, it } from "vitest";
import {
  applyTimer,
  clockOffset,
  formatCountdown,
  formatOvertime,
  MAX_TIMER_MS,
  overtimeMs,
  remainingMs,
  type TimerState,
} from "./timer";

const idle: TimerState = { status: "idle", durationMs: 600_000 };

describe("timer", () => {
  it("runs from an absolute end, pauses with what is left, resumes from there", () => {
    const started = applyTimer(idle, { type: "start" }, 1_000);
    expect(started).toEqual({ ok: true, timer: { status: "running", durationMs: 600_000, endsAt: 601_000 } });
    if (!started.ok) return;
    expect(remainingMs(started.timer, 61_000)).toBe(540_000);
    const paused = applyTimer(started.timer, { type: "pause" }, 61_000);
    expect(paused).toEqual({ ok: true, timer: { status: "paused", durationMs: 600_000, remainingMs: 540_000 } });
    if (!paused.ok) return;
    expect(remainingMs(paused.timer, 999_999)).toBe(540_000);
    const resumed = applyTimer(paused.timer, { type: "resume" }, 100_000);
    expect(resumed).toEqual({ ok: true, timer: { status: "running", durationMs: 600_000, endsAt: 640_000 } });
  });

  it("adds a minute in every state, from now when it already ran out, up to a limit", () => {
    expect(applyTimer(idle, { type: "add", ms: 60_000 }, 0)).toEqual({
      ok: true,
      timer: { status: "idle", durationMs: 660_000 },
    });
    const running: TimerState = { status: "running", durationMs: 600_000, endsAt: 10_000 };
    expect(applyTimer(running, { type: "add", ms: 60_000 }, 5_000)).toMatchObject({ timer: { endsAt: 70_000 } });
    expect(applyTimer(running, { type: "add", ms: 60_000 }, 50_000)).toMatchObject({ timer: { endsAt: 110_000 } });
    const paused: TimerState = { status: "paused", durationMs: 600_000, remainingMs: 1_000 };
    expect(applyTimer(paused, { type: "add", ms: 60_000 }, 0)).toMatchObject({ timer: { remainingMs: 61_000 } });
    const long: TimerState = { status: "idle", durationMs: MAX_TIMER_MS };
    expect(applyTimer(long, { type: "add", ms: 60_000 }, 0)).toMatchObject({ timer: { durationMs: MAX_TIMER_MS } });
  });

  it("refuses commands that do not fit the state", () => {
    const running: TimerState = { status: "running", durationMs: 1, endsAt: 1 };
    const paused: TimerState = { status: "paused", durationMs: 1, remainingMs: 1 };
    expect(applyTimer(running, { type: "start" }, 0)).toEqual({ ok: false, code: "conflict" });
    expect(applyTimer(idle, { type: "pause" }, 0)).toEqual({ ok: false, code: "conflict" });
    expect(applyTimer(running, { type: "resume" }, 0)).toEqual({ ok: false, code: "conflict" });
    expect(applyTimer(paused, { type: "pause" }, 0)).toEqual({ ok: false, code: "conflict" });
    expect(applyTimer(idle, { type: "add", ms: -5 }, 0)).toEqual({ ok: false, code: "bad_request" });
    expect(applyTimer(running, { type: "reset", durationMs: 300_000 }, 0)).toEqual({
      ok: true,
      timer: { status: "idle", durationMs: 300_000 },
    });
  });

  it("never counts below zero", () => {
    expect(remainingMs({ status: "running", durationMs: 1, endsAt: 100 }, 5_000)).toBe(0);
  });

  it("measures the clock offset from the quickest round trip", () => {
    const offset = clockOffset([
      { sentAt: 1_000, serverTime: 6_500, receivedAt: 2_000 },
      { sentAt: 3_000, serverTime: 8_050, receivedAt: 3_100 },
    ]);
    expect(offset).toBe(5_000);
    expect(clockOffset([])).toBe(0);
  });

  it("reads like a countdown", () => {
    expect(formatCountdown(245_000)).toBe("4:05");
    expect(formatCountdown(8_001)).toBe("0:09");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(3_723_000)).toBe("1:02:03");
  });
});

describe("overtime", () => {
  it("counts up from zero once a running timer has passed its end, and not while paused or idle", () => {
    const running: TimerState = { status: "running", durationMs: 60_000, endsAt: 100_000 };
    expect(overtimeMs(running, 90_000)).toBe(0);
    expect(overtimeMs(running, 135_400)).toBe(35_400);
    expect(formatOvertime(overtimeMs(running, 100_000))).toBe("+0:00");
    expect(formatOvertime(overtimeMs(running, 135_400))).toBe("+0:35");
    expect(formatOvertime(3_725_000)).toBe("+1:02:05");
    expect(overtimeMs({ status: "paused", durationMs: 60_000, remainingMs: 0 }, 999_999)).toBe(0);
    expect(overtimeMs({ status: "idle", durationMs: 60_000 }, 999_999)).toBe(0);
  });
});
