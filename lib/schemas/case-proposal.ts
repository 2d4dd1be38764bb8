import { z } from "zod";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import { safeText } from "./text";

/**
 * The bring-in form (/join/<code>/case): who brings it in (a name; in a group's session, the name of
 * a member), the case's title, a short description and the question for the group. Messages are
 * message keys. Which proposal an edit is for is an id; whether the editor holds its key is the
 * server's call (lib/domain/case-proposals.ts).
 */
export const proposalFieldsSchema = z.object({
  title: safeText()
    .trim()
    .min(1, { message: "proposals.errors.titleRequired" })
    .max(PROPOSAL_LIMITS.title, { message: "proposals.errors.titleTooLong" }),
  description: safeText({ multiline: true })
    .trim()
    .max(PROPOSAL_LIMITS.description, { message: "proposals.errors.descriptionTooLong" }),
  question: safeText({ multiline: true })
    .trim()
    .min(1, { message: "proposals.errors.questionRequired" })
    .max(PROPOSAL_LIMITS.question, { message: "proposals.errors.questionTooLong" }),
});

export const proposalNewSchema = proposalFieldsSchema.extend({
  name: safeText()
    .trim()
    .min(1, { message: "proposals.errors.nameRequired" })
    .max(PROPOSAL_LIMITS.name, { message: "proposals.errors.nameTooLong" }),
});

const proposalIdSchema = safeText().min(1, { message: "errors.badRequest" }).max(64, { message: "errors.badRequest" });

export const proposalEditSchema = proposalFieldsSchema.extend({ proposalId: proposalIdSchema });

export const proposalWithdrawSchema = z.object({ proposalId: proposalIdSchema });

export type ProposalFields = z.output<typeof proposalFieldsSchema>;
export type ProposalNew = z.output<typeof proposalNewSchema>;
