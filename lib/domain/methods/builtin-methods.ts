import type { MethodDefinition } from "../../content/types";
import { balintmethode } from "./builtin/balintmethode";
import { incidentmethode } from "./builtin/incidentmethode";
import { lessenronde } from "./builtin/lessenronde";
import { roddelmethode } from "./builtin/roddelmethode";
import { socratischGesprek } from "./builtin/socratisch-gesprek";
import { vijfstappenmethode } from "./builtin/vijfstappenmethode";

/**
 * The methods ("werkvormen") that ship with Kring, in the order the facilitator sees them; one file
 * each in ./builtin. Each is a starting point: the facilitator can change phases, times and rules per session.
 */
export const builtinMethods: MethodDefinition[] = [
  lessenronde,
  incidentmethode,
  roddelmethode,
  vijfstappenmethode,
  balintmethode,
  socratischGesprek,
];
