import { z } from "zod";

/** Every kind of phase Kring knows. The kind drives what the screens show; the rules drive who may do what. */
export const phaseKinds = [
  "checkin",
  "look_back",
  "pitch",
  "choose_case",
  "clarify",
  "questions",
  "analysis",
  "advice",
  "lesson_round",
  "discussion",
  "response",
  "action_points",
  "evaluation",
  "checkout",
] as const;
export const phaseKindSchema = z.enum(phaseKinds);
export type PhaseKind = z.infer<typeof phaseKindSchema>;

/** The kinds of post a participant can write. A phase allows a subset. */
export const postKinds = [
  "checkin",
  "experience",
  "question",
  "idea",
  "pitch",
  "advice",
  "association",
  "analysis",
  "reflection",
  "response",
  "checkout",
] as const;
export const postKindSchema = z.enum(postKinds);
export type PostKind = z.infer<typeof postKindSchema>;

/** Who may post in a phase. */
export const posterRules = ["everyone", "all_but_owner", "owner_only", "facilitator_only", "nobody"] as const;
export const posterRuleSchema = z.enum(posterRules);
export type PosterRule = z.infer<typeof posterRuleSchema>;

/**
 * The rules of one phase. Stored as JSON on method phases and on the phase plan of a session,
 * so it is parsed with this schema whenever it is read back from the database.
 */
export const phaseRulesSchema = z.object({
  whoMayPost: posterRuleSchema,
  postKinds: z.array(postKindSchema).max(postKinds.length),
  /** At most this many posts per person in this phase; null is no limit. */
  quota: z.number().int().min(1).max(50).nullable(),
  anonymous: z.boolean(),
  hiddenUntilReveal: z.boolean(),
  ownerSilent: z.boolean(),
  /** The facilitator deals lesson cards as prompts in this phase. */
  dealsLessons: z.boolean(),
  /** The timer starts by itself when the phase begins (false in plans stored before it existed). */
  timerStartsItself: z.boolean().default(false),
});
export type PhaseRules = z.infer<typeof phaseRulesSchema>;
