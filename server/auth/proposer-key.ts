import { randomBytes, timingSafeEqual } from "node:crypto";
import { type RateLimiterLike, RateLimiterRes } from "rate-limiter-flexible";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import { sharedStore } from "@/server/cluster/shared-limits";
import { hashToken } from "./participant-credential";

/**
 * Whoever brings in a case before a session holds a random key in an httpOnly cookie; the database
 * keeps only its sha256 (CaseProposal.keyHash). With it they edit or withdraw their cases until the
 * session starts, and when they join from the same browser their cases are theirs to pitch. One key
 * per browser, for every session (path /join: the bring-in page and the join form read it).
 */
export const PROPOSER_COOKIE = "kring_proposer";
export const PROPOSER_COOKIE_PATH = "/join";
/** Half a year, like the participant credential. */
export const PROPOSER_COOKIE_MAX_AGE = 182 * 24 * 60 * 60;

/** A cookie value that could be a key (43 base64url characters), else null: nothing else is hashed. */
export function readProposerKey(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export function newProposerKey(): string {
  return randomBytes(32).toString("base64url");
}

export const proposerKeyHash = (key: string) => hashToken(key);

/** Whether two key hashes (hex) are the same, in constant time. */
export function sameKeyHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

interface ProposalThrottleGlobal {
  kringProposalLimiter?: RateLimiterLike;
}

/**
 * One count per request that brings in, edits or withdraws a case, per client address: 60 in ten
 * minutes. In Redis on several nodes (sharedStore), else in memory; on globalThis, so Next's bundled
 * actions share it.
 */
function limiter(): RateLimiterLike {
  const holder = globalThis as ProposalThrottleGlobal;
  holder.kringProposalLimiter ??= sharedStore({ keyPrefix: "case-proposal", ...PROPOSAL_LIMITS.perAddress });
  return holder.kringProposalLimiter;
}

export type ProposalTry = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function tryProposalRequest(address: string): Promise<ProposalTry> {
  try {
    await limiter().consume(address);
    return { ok: true };
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)) };
  }
}
