import type { SignInInput, SignUpInput } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";

export interface FacilitatorAccount {
  id: string;
  email: string;
  name: string;
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
      select: { id: true, email: true, name: true },
    });
    return { ok: true, user };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "email_taken" };
    throw error;
  }
}

export async function verifyFacilitator(db: Db, input: SignInInput): Promise<VerifyResult> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user) return { ok: false, code: "unknown_email" };
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, code: "wrong_password" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
