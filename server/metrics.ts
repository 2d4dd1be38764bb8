import { writeFileSync } from "node:fs";
import { createHistogram, monitorEventLoopDelay, PerformanceObserver, type RecordableHistogram } from "node:perf_hooks";
import type { Server } from "socket.io";

/**
 * The live hot path's own timings (reaction-writer.ts), in nanoseconds, so that a benchmark can
 * tell where a reaction's time goes. Recording costs next to nothing; only the benchmark reads them.
 */
export const hotPathTimings = {
  /** From a new reaction reaching the writer to its patches going out (queue + store + fan-out). */
  posted: createHistogram(),
  /** From a new reaction reaching the writer to its batch's statement being sent (the wait for the room's write in flight). */
  waited: createHistogram(),
  /** The one statement that stores a batch, until PostgreSQL answers that it has committed. */
  stored: createHistogram(),
};

/** How much each group commit (reaction-commit.ts) carries: sessions and reactions. */
export const commitSizes = {
  sessions: createHistogram(),
  reactions: createHistogram(),
};

/** Records the time from `startedAt` until `now` (both from process.hrtime.bigint()). */
export function recordSince(histogram: RecordableHistogram, startedAt: bigint, now = process.hrtime.bigint()) {
  const elapsed = now - startedAt;
  histogram.record(elapsed > 0n ? elapsed : 1n);
}

const percentilesMs = (histogram: RecordableHistogram) => ({
  p50: histogram.percentile(50) / 1e6,
  p95: histogram.percentile(95) / 1e6,
  p99: histogram.percentile(99) / 1e6,
});

/**
 * For benchmarks (KRING_METRICS_FILE): once a second, writes the process's memory, the number of
 * live connections, the event loop's delay and the hot path's timings to a JSON file that the
 * benchmark reads.
 */
export function startMetrics(file: string, io: Server) {
  // The histogram holds the whole time between two checks, the resolution included: only what is
  // beyond it is delay.
  const resolutionMs = 10;
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  // Garbage collection's pauses, to tell them from the loop's own work in its delay.
  const gcPauses = createHistogram();
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcPauses.record(Math.max(1, Math.round(entry.duration * 1000)));
    }
  });
  gc.observe({ entryTypes: ["gc"] });
  const timer = setInterval(() => {
    const snapshot = {
      at: Date.now(),
      rssBytes: process.memoryUsage().rss,
      heapUsedBytes: process.memoryUsage().heapUsed,
      connections: io.engine.clientsCount,
      eventLoopDelayP99Ms: Math.max(0, delay.percentile(99) / 1e6 - resolutionMs),
      eventLoopDelayMaxMs: Math.max(0, delay.max / 1e6 - resolutionMs),
      postedMs: percentilesMs(hotPathTimings.posted),
      waitedMs: percentilesMs(hotPathTimings.waited),
      storedMs: percentilesMs(hotPathTimings.stored),
      commits: commitSizes.reactions.count,
      sessionsPerCommit: Math.round(commitSizes.sessions.mean * 10) / 10,
      reactionsPerCommit: Math.round(commitSizes.reactions.mean * 10) / 10,
      gcMs: Math.round(gcMs),
      gcPauseP99Ms: gcPauses.count > 0 ? Math.round(gcPauses.percentile(99) / 100) / 10 : 0,
      gcPauseMaxMs: gcPauses.count > 0 ? Math.round(gcPauses.max / 100) / 10 : 0,
    };
    writeFileSync(file, JSON.stringify(snapshot));
  }, 1000);
  timer.unref();
  // The benchmark resets the histogram when its measurement window starts.
  process.on("SIGUSR2", () => {
    delay.reset();
    hotPathTimings.posted.reset();
    hotPathTimings.waited.reset();
    hotPathTimings.stored.reset();
    commitSizes.sessions.reset();
    commitSizes.reactions.reset();
    gcPauses.reset();
    gcMs = 0;
  });
}
