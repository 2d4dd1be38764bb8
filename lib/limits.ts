/**
 * Limits on what people type and choose: the screens show them, lib/schemas enforces them. No zod
 * here, so a screen that only needs a number does not ship the schema library.
 */

/** What people type live and when they join or open a session. */
export const LIMITS = {
  reactionText: 2000,
  displayName: 80,
  sessionTitle: 120,
  agreements: 4000,
  question: 500,
} as const;

export const CASE_LIMITS = { title: 120, question: 600 } as const;
export const NOTES_LIMIT = 20_000;
export const ACTION_LIMIT = 500;

/** Limits on what a facilitator writes in their own deck; the forms show them, the server enforces them. */
export const DECK_LIMITS = {
  title: 120,
  intro: 4000,
  closing: 2000,
  themeTitle: 120,
  framing: 300,
  lesson: 1000,
} as const;

/** Limits on what a facilitator types about a group; the forms show them, the server enforces them. */
export const GROUP_LIMITS = {
  groupName: 120,
  groupDescription: 1000,
  memberName: 80,
  email: 254,
  /** Ten years: longer than that is "keep". */
  retentionDays: 3650,
} as const;

/** How long a new share link stays valid, in days; "forever" means until it is revoked. */
export const SHARE_VALIDITY_DAYS = [7, 30, 90] as const;

/**
 * Cases brought in before a session (/join/<code>/case): what one may type, how many one person and
 * one session may bring in, and how many tries one address gets (bringing in, editing, withdrawing)
 * in ten minutes.
 */
export const PROPOSAL_LIMITS = {
  title: CASE_LIMITS.title,
  description: 1500,
  question: CASE_LIMITS.question,
  name: 80,
  perPerson: 3,
  perSession: 40,
  perAddress: { points: 60, duration: 10 * 60 },
} as const;
