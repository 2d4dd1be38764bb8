import { z } from "zod";
import { ACTION_LIMIT, CASE_LIMITS, LIMITS, NOTES_LIMIT, PROPOSAL_LIMITS } from "@/lib/limits";
import { phaseKindSchema, phaseRulesSchema, postKindSchema } from "./phase-rules";
import { safeText } from "./text";

/** A client-generated id (the browser's crypto.randomUUID()): a retried emit stores once. */
export const clientIdSchema = z.uuid();
/** A stored id (a cuid or a UUID): letters, digits, "-" and "_" only, so a NUL byte never reaches the database. */
export const idSchema = safeText()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const reactionTextSchema = safeText({ multiline: true })
  .trim()
  .min(1, { message: "live.errors.emptyText" })
  .max(LIMITS.reactionText, { message: "live.errors.textTooLong" });

export const displayNameSchema = safeText()
  .trim()
  .min(1, { message: "join.errors.nameRequired" })
  .max(LIMITS.displayName, { message: "join.errors.nameTooLong" });

export const reactionAddSchema = z
  .object({
    clientId: clientIdSchema,
    roundId: idSchema,
    kind: postKindSchema,
    text: reactionTextSchema,
  })
  .strict();
export const reactionEditSchema = z.object({ reactionId: idSchema, text: reactionTextSchema }).strict();
export const reactionIdSchema = z.object({ reactionId: idSchema }).strict();
export const voteCastSchema = z.object({ clientId: clientIdSchema, reactionId: idSchema }).strict();
/** The lead's projector: show the join code again or not, a reaction alone (or none), a page. */
export const projectorShowSchema = z.discriminatedUnion("show", [
  z.object({ show: z.literal("join"), on: z.boolean() }).strict(),
  z.object({ show: z.literal("spotlight"), reactionId: idSchema.nullable() }).strict(),
  z.object({ show: z.literal("page"), page: z.number().int().min(0).max(200) }).strict(),
]);
export type ProjectorShow = z.infer<typeof projectorShowSchema>;
export const phaseJumpSchema = z.object({ index: z.number().int().min(0).max(100) }).strict();
export const timerCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start") }).strict(),
  z.object({ type: z.literal("pause") }).strict(),
  z.object({ type: z.literal("resume") }).strict(),
  z
    .object({
      type: z.literal("add"),
      ms: z
        .number()
        .int()
        .min(1000)
        .max(60 * 60 * 1000),
    })
    .strict(),
  z.object({ type: z.literal("reset") }).strict(),
]);
export const dealSchema = z.union([
  z.object({ lessonId: idSchema }).strict(),
  z.object({ random: z.literal(true) }).strict(),
]);
export const turnsStartSchema = z.object({ order: z.enum(["shuffled", "join_order"]) }).strict();
export const participantIdSchema = z.object({ participantId: idSchema }).strict();
export const emptySchema = z.object({}).strict();
/** The version a client shows, to catch up from. */
export const catchUpSchema = z.object({ since: z.number().int().min(0).max(2_147_483_647) }).strict();

/** A pitched case: a title, the question, and the three checks every case must pass. */
export const casePitchSchema = z
  .object({
    clientId: clientIdSchema,
    title: safeText().trim().min(1).max(CASE_LIMITS.title),
    question: safeText({ multiline: true }).trim().min(1).max(CASE_LIMITS.question),
    checks: z.object({ current: z.literal(true), concrete: z.literal(true), own: z.literal(true) }).strict(),
  })
  .strict();
export const caseIdSchema = z.object({ caseId: idSchema }).strict();
/** Cases brought in before the session whose lessons the lobby shows (at most a session's number). */
export const proposalSuggestSchema = z
  .object({ proposalIds: z.array(idSchema).min(1).max(PROPOSAL_LIMITS.perSession) })
  .strict();
export const roleAssignSchema = z
  .object({ participantId: idSchema, role: z.enum(["participant", "case_owner", "note_taker"]) })
  .strict();
export const notesUpdateSchema = z
  .object({ text: safeText({ multiline: true }).max(NOTES_LIMIT), baseVersion: z.number().int().min(0) })
  .strict();

/** A calendar day, YYYY-MM-DD, that exists. */
export const calendarDaySchema = z.iso.date();
const actionOwnerSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("participant"), id: idSchema }).strict(),
    z.object({ kind: z.literal("member"), id: idSchema }).strict(),
  ])
  .nullable();
export type ActionOwnerInput = z.infer<typeof actionOwnerSchema>;
const actionTextSchema = safeText({ multiline: true }).trim().min(1).max(ACTION_LIMIT);

export const actionAddSchema = z
  .object({
    clientId: clientIdSchema,
    text: actionTextSchema,
    owner: actionOwnerSchema,
    dueDate: calendarDaySchema.nullable(),
    sourceReactionId: idSchema.nullable(),
  })
  .strict();
export const actionUpdateSchema = z
  .object({
    actionPointId: idSchema,
    text: actionTextSchema.optional(),
    owner: actionOwnerSchema.optional(),
    dueDate: calendarDaySchema.nullable().optional(),
    status: z.enum(["open", "done", "dropped"]).optional(),
  })
  .strict();
export const reactionUsableSchema = z.object({ reactionId: idSchema, usable: z.boolean().nullable() }).strict();
export const reactionLabelSchema = z
  .object({ reactionId: idSchema, label: z.enum(["warm", "cold", "neutral"]).nullable() })
  .strict();

/**
 * An edited phase plan (before the session starts). The shape is checked here; the content rules
 * (lengths, minutes, kinds that stay) are lib/domain/phase-plan's normalisePlan, on the server too.
 */
const planText = safeText({ multiline: true }).max(1000);
const planTextSchema = z.object({ nl: planText, en: planText }).strict();
export const planPhaseSchema = z
  .object({
    id: idSchema.nullable(),
    kind: phaseKindSchema,
    title: planTextSchema,
    instruction: planTextSchema,
    durationMinutes: z.number().int().min(1).max(180),
    rules: phaseRulesSchema.strict(),
  })
  .strict();
export const planUpdateSchema = z.object({ phases: z.array(planPhaseSchema).min(1).max(20) }).strict();
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

/** Saving the session's plan as the facilitator's own method: its name in both languages. */
export const methodNameSchema = safeText().trim().min(1).max(80);
export const methodSaveSchema = z
  .object({ name: z.object({ nl: methodNameSchema, en: methodNameSchema }).strict() })
  .strict();

/** Which member of the session's group a participant is, said after joining (member-choice.ts). */
export const memberChoiceSchema = z.object({ groupMemberId: idSchema }).strict();
