import { describe, expect, it } from "vitest";
import { isPlannedFor } from "@/lib/schemas/session-form";
import { sessionInvitationIcs } from "./ics";

/** Unfolds RFC 5545 continuation lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");
const now = new Date("2026-12-07T10:00:00Z");
const invitation = {
  uid: "session-s1",
  plannedFor: "2026-12-14T14:00",
  minutes: 90,
  summary: "Intervisie: maart, deel 2",
  description:
    "Doe mee via https://kring.example/join/K7M2Q9XD. Breng vooraf een casus in via https://kring.example/join/K7M2Q9XD/case; je kunt wijzigen.",
  url: "https://kring.example/join/K7M2Q9XD/case",
};

describe("the group's calendar invitation to a session", () => {
  it("is one event at its Dutch time, as long as its plan, with both links", () => {
    const ics = sessionInvitationIcs(invitation, now);
    const lines = unfold(ics).split("\r\n");
    expect(lines).toContain("TZID:Europe/Amsterdam");
    expect(lines).toContain("DTSTART;TZID=Europe/Amsterdam:20261214T140000");
    expect(lines).toContain("DURATION:PT90M");
    expect(lines).toContain("UID:session-s1@kring");
    expect(lines).toContain("SUMMARY:Intervisie: maart\\, deel 2");
    expect(lines).toContain(`URL:${invitation.url}`);
    const description = lines.find((line) => line.startsWith("DESCRIPTION:"));
    expect(description).toContain("https://kring.example/join/K7M2Q9XD.");
    expect(description).toContain("https://kring.example/join/K7M2Q9XD/case\\; je kunt wijzigen.");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("never lets a text or a URL start a property of its own", () => {
    const ics = sessionInvitationIcs(
      { ...invitation, summary: "a\r\nX-EVIL:1", url: "https://x.example/a\r\nX-EVIL:2 b" },
      now,
    );
    expect(ics).not.toMatch(/\r\nX-EVIL/);
    expect(unfold(ics)).toContain("URL:https://x.example/a%0D%0AX-EVIL:2%20b");
  });
});

describe("a planned time from the form", () => {
  it("takes a real minute, and nothing else", () => {
    expect(isPlannedFor("2026-12-14T14:00")).toBe(true);
    for (const wrong of [
      "2026-02-30T10:00",
      "2026-12-14T24:00",
      "2026-12-14 14:00",
      "1999-01-01T10:00",
      "2026-12-14T14:00\u0000",
    ]) {
      expect(isPlannedFor(wrong), wrong).toBe(false);
    }
  });
});
