import { describe, expect, it } from "vitest";
import { groupRotation, type RotationAttendance } from "./rotation";

const members = [
  { id: "sanne", name: "Sanne" },
  { id: "piet", name: "Piet" },
  { id: "ayse", name: "Ayşe" },
];

const at = (memberId: string, changes: Partial<RotationAttendance> = {}): RotationAttendance => ({
  memberId,
  broughtCase: false,
  tookNotes: false,
  namedPosts: 1,
  ...changes,
});

describe("a group's rotation", () => {
  it("suggests someone who has never brought a case, and a note taker other than them", () => {
    const rotation = groupRotation(
      members,
      [
        { startedAt: 1, attendance: [at("sanne", { broughtCase: true }), at("piet", { tookNotes: true }), at("ayse")] },
        { startedAt: 2, attendance: [at("piet", { broughtCase: true }), at("ayse", { tookNotes: true }), at("sanne")] },
      ],
      [],
    );
    expect(rotation.nextCaseOwner).toMatchObject({ name: "Ayşe", reason: "never", lastAt: null });
    // Sanne never took the notes; Ayşe, who has not, is the case owner suggested.
    expect(rotation.nextNoteTaker).toMatchObject({ name: "Sanne", reason: "never" });
  });

  it("once everyone has had a turn, suggests who had it longest ago", () => {
    const rotation = groupRotation(
      members,
      [
        { startedAt: 10, attendance: [at("piet", { broughtCase: true, tookNotes: false }), at("sanne")] },
        { startedAt: 20, attendance: [at("sanne", { broughtCase: true }), at("piet", { tookNotes: true })] },
        { startedAt: 30, attendance: [at("ayse", { broughtCase: true }), at("sanne", { tookNotes: true })] },
        { startedAt: 40, attendance: [at("ayse", { tookNotes: true })] },
      ],
      [],
    );
    expect(rotation.nextCaseOwner).toMatchObject({ name: "Piet", reason: "longest_ago", lastAt: 10 });
    expect(rotation.nextNoteTaker).toMatchObject({ name: "Sanne", reason: "longest_ago", lastAt: 30 });
  });

  it("counts cases, notes, open action points and quiet sessions per member", () => {
    const rotation = groupRotation(
      members,
      [
        {
          startedAt: 1,
          attendance: [at("sanne", { broughtCase: true, namedPosts: 4 }), at("piet", { namedPosts: 0 })],
        },
        // Only anonymous rounds: nobody spoke under their name, so nobody was quiet.
        { startedAt: 2, attendance: [at("sanne", { namedPosts: 0 }), at("piet", { namedPosts: 0 })] },
      ],
      ["piet", "piet", "former-member"],
    );
    expect(rotation.rows).toEqual([
      expect.objectContaining({ name: "Ayşe", attended: 0, quietSessions: 0, openActions: 0 }),
      expect.objectContaining({ name: "Piet", attended: 2, quietSessions: 1, openActions: 2 }),
      expect.objectContaining({ name: "Sanne", attended: 2, casesBrought: 1, lastCaseAt: 1, quietSessions: 0 }),
    ]);
  });

  it("counts a member on two screens in one session once", () => {
    const rotation = groupRotation(
      members,
      [{ startedAt: 1, attendance: [at("piet", { namedPosts: 0 }), at("piet", { namedPosts: 2 }), at("sanne")] }],
      [],
    );
    expect(rotation.rows.find((row) => row.name === "Piet")).toMatchObject({ attended: 1, quietSessions: 0 });
  });

  it("among equals, spares whoever has open action points on their plate", () => {
    const rotation = groupRotation(members, [], ["ayse"]);
    expect(rotation.nextCaseOwner).toMatchObject({ name: "Piet" });
    expect(rotation.nextNoteTaker).toMatchObject({ name: "Sanne" });
  });

  it("suggests nobody in a group without members", () => {
    expect(groupRotation([], [], [])).toEqual({ rows: [], nextCaseOwner: null, nextNoteTaker: null });
  });
});
