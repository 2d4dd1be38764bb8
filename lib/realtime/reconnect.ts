/**
 * How every live client (the browser's hook, the tests' and the fault bench's) comes back after
 * losing the server: Socket.io waits `reconnectionDelay`, doubling up to `reconnectionDelayMax`,
 * each wait moved by up to half at random, so a restarted server sees every screen again within
 * about 2.5 s, spread over that time rather than all in one instant. An attempt that hangs (a
 * captive portal, a half-open network) is given up after `timeout` and tried again.
 */
export const RECONNECT_OPTIONS = {
  reconnectionDelay: 500,
  reconnectionDelayMax: 2500,
  randomizationFactor: 0.5,
  timeout: 5000,
} as const;

/**
 * How long an attempt may take after one that the server refused (it was down, or said it was
 * busy): it is coming back, and a server taking back a thousand screens at once gets to each within
 * seconds. Given up at 5 s, a sixth of them started over at the back of its queue (1,000 screens
 * back in 11 s instead of 8 to 9.4). After an attempt that timed out (a network that drops what it
 * is sent) the short `timeout` stays: there, trying often is what brings the screen back soonest.
 */
export const AFTER_REFUSAL_TIMEOUT_MS = 10_000;

/** The connect timeout for the attempt after one that failed with `error`. */
export function nextConnectTimeout(error: Error): number {
  return error.message === "timeout" ? RECONNECT_OPTIONS.timeout : AFTER_REFUSAL_TIMEOUT_MS;
}
