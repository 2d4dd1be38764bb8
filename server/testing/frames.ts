/** Reading raw Socket.io frames in tests: what each role's screen really received. */

/** The JSON in a Socket.io frame ("2[...]" an event, "3<id>[...]" an answer), or null for none. */
export function payloadOf(frame: string): unknown {
  const start = frame.search(/[[{]/);
  return start === -1 ? null : JSON.parse(frame.slice(start));
}

/** Every value found under `key` anywhere in the frames' payloads. */
export function valuesUnder(frames: readonly string[], key: string): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const each of value) walk(each);
    else if (value && typeof value === "object") {
      for (const [name, each] of Object.entries(value)) {
        if (name === key) found.push(each);
        walk(each);
      }
    }
  };
  for (const frame of frames) walk(payloadOf(frame));
  return found;
}
