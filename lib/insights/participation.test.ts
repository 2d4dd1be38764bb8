import { describe, expect, it } from "vitest";
import { type ParticipationReaction, participationBalance } from "./participation";

const people = [
  { id: "p-bram", name: "Bram", joinIndex: 1, removed: false },
  { id: "p-anna", name: "Anna", joinIndex: 0, removed: false },
  { id: "p-carla", name: "Carla", joinIndex: 2, removed: false },
];
const named = (authorId: string): ParticipationReaction => ({ authorId, anonymous: false });
// With its author, as if a caller had loaded it: it must make no difference.
const anonymous = (authorId: string): ParticipationReaction => ({ authorId, anonymous: true });

describe("participation balance", () => {
  it("counts named reactions and pitched cases per person, in join order, and anonymous ones apart", () => {
    const balance = participationBalance(
      people,
      [named("p-anna"), named("p-anna"), named("p-bram"), anonymous("p-anna"), anonymous("p-carla")],
      [{ ownerId: "p-bram" }],
    );
    expect(balance.people).toEqual([
      { name: "Anna", reactions: 2, cases: 0, total: 2 },
      { name: "Bram", reactions: 1, cases: 1, total: 2 },
      { name: "Carla", reactions: 0, cases: 0, total: 0 },
    ]);
    expect(balance.anonymous).toBe(2);
    expect(balance.total).toBe(6);
    expect(balance.max).toBe(2);
  });

  it("never counts an anonymous reaction under its author, not even someone who only posted anonymously", () => {
    const balance = participationBalance(
      people,
      [anonymous("p-carla"), anonymous("p-carla"), anonymous("p-carla")],
      [],
    );
    expect(balance.people.find((bar) => bar.name === "Carla")).toEqual({
      name: "Carla",
      reactions: 0,
      cases: 0,
      total: 0,
    });
    expect(balance.anonymous).toBe(3);
    expect(balance.max).toBe(3);
  });

  it("gives the same result whoever wrote the anonymous reactions: counts, order, totals and who is shown", () => {
    const open = [named("p-anna"), named("p-bram"), named("p-bram")];
    const cases = [{ ownerId: "p-anna" }];
    // A removed participant is shown only for named contributions: that must not depend on anonymous ones either.
    const withRemoved = [...people, { id: "p-dirk", name: "Dirk", joinIndex: 3, removed: true }];
    const authors = ["p-anna", "p-bram", "p-carla", "p-dirk"];
    const results = new Set<string>();
    for (const first of authors) {
      for (const second of authors) {
        const balance = participationBalance(withRemoved, [...open, anonymous(first), anonymous(second)], cases);
        results.add(JSON.stringify(balance));
      }
    }
    expect(results.size).toBe(1);
    const [only] = [...results];
    expect(JSON.parse(only ?? "null")).toMatchObject({
      people: [
        { name: "Anna", total: 2 },
        { name: "Bram", total: 2 },
        { name: "Carla", total: 0 },
      ],
      anonymous: 2,
      total: 6,
    });
  });

  it("shows a removed participant only when they made a named contribution", () => {
    const removed = { id: "p-dirk", name: "Dirk", joinIndex: 3, removed: true };
    expect(participationBalance([removed], [], []).people).toEqual([]);
    expect(participationBalance([removed], [anonymous("p-dirk")], []).people).toEqual([]);
    expect(participationBalance([removed], [named("p-dirk")], []).people).toEqual([
      { name: "Dirk", reactions: 1, cases: 0, total: 1 },
    ]);
  });

  it("counts an anonymous reaction without an author exactly like one with an author", () => {
    expect(participationBalance(people, [named("p-anna"), { anonymous: true }], [])).toEqual(
      participationBalance(people, [named("p-anna"), anonymous("p-anna")], []),
    );
  });

  it("is empty, with a zero scale, before anyone contributed", () => {
    expect(participationBalance(people, [], [])).toMatchObject({ anonymous: 0, total: 0, max: 0 });
  });
});
