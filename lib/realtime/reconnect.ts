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
