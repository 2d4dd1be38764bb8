import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/schemas/auth";
import { getDb } from "@/server/db/client";
import { verifyFacilitator } from "@/server/services/facilitators";
import { failureThrottle, throttleKeys } from "./throttle";

export type SignInRefusal = "bad_input" | "unknown_email" | "wrong_password" | "too_many_attempts";

/** A refused sign-in; `code` tells the form which translated message to show. */
export class SignInRefused extends CredentialsSignin {
  constructor(
    override readonly code: SignInRefusal,
    readonly retryAfterSeconds = 0,
  ) {
    super(code);
  }
}

/** The header server/index.ts sets to the peer's address. */
export const CLIENT_IP_HEADER = "x-kring-client-ip";

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Kring runs behind its own server on whatever host it is given; AUTH_SECRET signs the JWTs.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const input = signInSchema.safeParse(credentials);
        if (!input.success) throw new SignInRefused("bad_input");
        const address = request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
        const throttle = failureThrottle();
        const keys = throttleKeys(address, input.data.email);
        const verdict = throttle.check(keys);
        if (!verdict.allowed) throw new SignInRefused("too_many_attempts", Math.ceil(verdict.retryAfterMs / 1000));
        const result = await verifyFacilitator(getDb(), input.data);
        if (!result.ok) {
          throttle.fail(keys);
          throw new SignInRefused(result.code);
        }
        throttle.succeed(keys);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.email = user.email;
        token.name = user.name;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // A refused sign-in is an answer, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
});
