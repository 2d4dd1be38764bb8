import type { MethodPhaseDefinition } from "../../../content/types";
import { spokenOnly } from "./rules";

/**
 * Looking back on the open action points of the group's earlier sessions. Methods may start with
 * it; a session of a group that has open action points always does (see withLookBack).
 */
export const lookBackPhase: MethodPhaseDefinition = {
  kind: "look_back",
  title: { nl: "Terugblik", en: "Looking back" },
  instruction: {
    nl: "We kijken naar de open actiepunten van vorige bijeenkomsten. Wat is ervan gekomen?",
    en: "We look at the open action points from earlier sessions. What came of them?",
  },
  durationMinutes: 10,
  rules: spokenOnly(),
};
