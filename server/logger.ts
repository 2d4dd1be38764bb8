export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A small logger: one line per event, errors with their stack on stderr. */
export function createLogger(level: "silent" | "info" | "debug"): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (message) => level !== "silent" && console.log(`${stamp()} ${message}`),
    debug: (message) => level === "debug" && console.log(`${stamp()} ${message}`),
    error: (message, error) => console.error(`${stamp()} ${message}`, error ?? ""),
  };
}
