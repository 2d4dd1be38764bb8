/**
 * How every live client (the browser's hook, the tests' and the fault bench's) comes back after
 * losing the server: Socket.io waits `reconnectionDelay`, doubling up to `reconnectionDelayMax`,
 * each wait moved by up to half at random, so a restarted server sees every screen again within
 * about 2.5 s, spread over that time rather than all in one instant. An attempt that hangs (a
 * captive portal, a half-open network) is given up after `timeout` and tried again: long enough
 * that a server busy taking back a thousand screens gets to it (given up at 5 s, a sixth of them
 * started over at the back of the queue, and 1,000 screens took 11 s instead of 8 to 9.4 s).
 */
export const RECONNECT_OPTIONS = {
  reconnectionDelay: 500,
  reconnectionDelayMax: 2500,
  randomizationFactor: 0.5,
  timeout: 10000,
} as const;
