/**
 * The phase timer as an absolute end time, never a ticking counter: the server stores when it
 * ends (running) or how much is left (paused); every screen computes the countdown from its own
 * clock corrected by its measured offset to the server's clock.
 */
export type TimerState =
  | { status: "idle"; durationMs: number }
  | { status: "running"; durationMs: number; endsAt: number }
  | { status: "paused"; durationMs: number; remainingMs: number };

export type TimerCommand =
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "add"; ms: number }
  | { type: "reset"; durationMs?: number };

export const MAX_TIMER_MS = 4 * 60 * 60 * 1000;

export type TimerResult = { ok: true; timer: TimerState } | { ok: false; code: "conflict" | "bad_request" };

/** Milliseconds left at `now` (server time), never below zero. */
export function remainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case "idle":
      return timer.durationMs;
    case "paused":
      return timer.remainingMs;
    case "running":
      return Math.max(0, timer.endsAt - now);
  }
}

/** Applies a facilitator's timer command at server time `now`. */
export function applyTimer(timer: TimerState, command: TimerCommand, now: number): TimerResult {
  switch (command.type) {
    case "start":
      if (timer.status !== "idle") return { ok: false, code: "conflict" };
      return { ok: true, timer: { status: "running", durationMs: timer.durationMs, endsAt: now + timer.durationMs } };
    case "pause":
      if (timer.status !== "running") return { ok: false, code: "conflict" };
      return {
        ok: true,
        timer: { status: "paused", durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) },
      };
    case "resume":
      if (timer.status !== "paused") return { ok: false, code: "conflict" };
      return { ok: true, timer: { status: "running", durationMs: timer.durationMs, endsAt: now + timer.remainingMs } };
    case "add": {
      if (!Number.isFinite(command.ms) || command.ms <= 0) return { ok: false, code: "bad_request" };
      const durationMs = Math.min(timer.durationMs + command.ms, MAX_TIMER_MS);
      const added = durationMs - timer.durationMs;
      if (timer.status === "idle") return { ok: true, timer: { status: "idle", durationMs } };
      if (timer.status === "paused")
        return { ok: true, timer: { status: "paused", durationMs, remainingMs: timer.remainingMs + added } };
      // Adding to a timer that already ran out starts a fresh minute from now.
      return { ok: true, timer: { status: "running", durationMs, endsAt: Math.max(timer.endsAt, now) + added } };
    }
    case "reset":
      return { ok: true, timer: { status: "idle", durationMs: command.durationMs ?? timer.durationMs } };
  }
}

/**
 * The offset to add to the local clock to get the server's, from a round trip: the server's time
 * is taken to be read halfway. With several samples, the one with the shortest round trip wins.
 */
export function clockOffset(samples: { sentAt: number; serverTime: number; receivedAt: number }[]): number {
  let best: { offset: number; roundTrip: number } | null = null;
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt;
    if (roundTrip < 0) continue;
    const offset = sample.serverTime - (sample.sentAt + roundTrip / 2);
    if (!best || roundTrip < best.roundTrip) best = { offset, roundTrip };
  }
  return best?.offset ?? 0;
}

/** "4:05", "0:09", "1:02:03": how a countdown reads. */
/** How long a running timer has been past zero: the phase's overtime, shown as "+0:35". */
export function overtimeMs(timer: TimerState, now: number): number {
  return timer.status === "running" ? Math.max(0, now - timer.endsAt) : 0;
}

/** Overtime as the timer shows it: "+0:35", counting up from "+0:00". */
export function formatOvertime(ms: number): string {
  return `+${formatCountdown(Math.floor(Math.max(0, ms) / 1000) * 1000)}`;
}

export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
