import { randomBytes } from "node:crypto";
import type { SignInInput, SignUpInput } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";

export interface FacilitatorAccount {
  id: string;
  email: string;
  name: string;
  /** Sign-out raises it (server/auth/session-version.ts); a session token carries it. */
  sessionVersion: number;
}

export type RegisterResult = { ok: true; user: FacilitatorAccount } | { ok: false; code: "email_taken" };
export type VerifyResult =
  | { ok: true; user: FacilitatorAccount }
  | { ok: false; code: "unknown_email" | "wrong_password" };

/** Creates a facilitator account. The email is unique (checked by the database, so no race). */
export async function registerFacilitator(db: Db, input: SignUpInput): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    return { ok: true, user };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "email_taken" };
    throw error;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * An unknown e-mail costs the same argon2 work as a wrong password (a hash of a random secret is
 * checked), so neither the answer nor its time says whether an account exists. The code is for
 * tests and logs; users see one message for both.
 */
export async function verifyFacilitator(db: Db, input: SignInInput): Promise<VerifyResult> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user) {
    decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
    await verifyPassword(await decoyHash, input.password);
    return { ok: false, code: "unknown_email" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, code: "wrong_password" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
