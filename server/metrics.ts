import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Server } from "socket.io";

/**
 * For benchmarks (KRING_METRICS_FILE): once a second, writes the process's memory, the number of
 * live connections and the event loop's delay to a JSON file that the load generator reads.
 */
export function startMetrics(file: string, io: Server) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const timer = setInterval(() => {
    const snapshot = {
      at: Date.now(),
      rssBytes: process.memoryUsage().rss,
      heapUsedBytes: process.memoryUsage().heapUsed,
      connections: io.engine.clientsCount,
      eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
      eventLoopDelayMaxMs: delay.max / 1e6,
    };
    writeFileSync(file, JSON.stringify(snapshot));
  }, 1000);
  timer.unref();
  // The benchmark resets the histogram when its measurement window starts.
  process.on("SIGUSR2", () => delay.reset());
}
