import { describe, expect, it } from "vitest";
import { withOnline, withPresenceOf } from "./presence";
import { projectSession } from "./session-projection";
import { PROJECTOR_PRESENCE } from "./session-view";
import { participant, sessionRecord } from "./testing/session-record";

const record = sessionRecord({ participants: [participant("p-anna", "Anna"), participant("p-bram", "Bram")] });
const lead = { kind: "facilitator" } as const;

describe("presence", () => {
  it("marks who is connected and whether a projector screen is", () => {
    const view = projectSession(record, lead, new Set(["p-anna", PROJECTOR_PRESENCE]));
    expect(view.projectorOnline).toBe(true);
    expect(view.participants.map((each) => [each.displayName, each.online])).toEqual([
      ["Anna", true],
      ["Bram", false],
    ]);
    expect(projectSession(record, lead, new Set()).projectorOnline).toBe(false);
  });

  it("takes a presence message's projector, and a whole view's", () => {
    const shown = projectSession(record, lead, new Set());
    const withProjector = withOnline(shown, new Set([PROJECTOR_PRESENCE]));
    expect(withProjector.projectorOnline).toBe(true);
    expect(withProjector.participants).toBe(shown.participants);
    expect(withOnline(withProjector, new Set()).projectorOnline).toBe(false);
    // Nothing changed: the same view, so that nothing re-renders.
    expect(withOnline(withProjector, new Set([PROJECTOR_PRESENCE]))).toBe(withProjector);
    const received = projectSession(record, lead, new Set([PROJECTOR_PRESENCE]));
    expect(withPresenceOf(shown, received).projectorOnline).toBe(true);
  });
});
