import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { signInSchema } from "@/lib/schemas/auth";
import { getDb } from "@/server/db/client";
import { announceAccessRevoked } from "@/server/events/access-revocations";
import { verifyFacilitator } from "@/server/services/facilitators";
import { clientAddress } from "./client-address";
import { endAllSessions, isSessionCurrent } from "./session-version";
import { failureThrottle, throttleKeys } from "./throttle";

/** An unknown e-mail and a wrong password are one refusal: the answer must not tell which. */
export type SignInRefusal = "bad_input" | "bad_credentials" | "too_many_attempts";

/** A refused sign-in; `code` tells the form which translated message to show. */
export class SignInRefused extends CredentialsSignin {
  constructor(
    override readonly code: SignInRefusal,
    readonly retryAfterSeconds = 0,
  ) {
    super(code);
  }
}

export { CLIENT_IP_HEADER } from "./client-address";

/** How long a session lasts without being used. */
export const SESSION_MAX_AGE_SECONDS = 24 * 60 * 60;

const withVersion = z.object({ sessionVersion: z.number().int() });

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Kring runs behind its own server on whatever host it is given; AUTH_SECRET signs the JWTs.
  trustHost: true,
  // A day, renewed while in use: every read of the session through next-auth's own route re-signs
  // the token (the signed-in pages call it, see app/_components/session-keep-alive.tsx), and
  // server actions renew it too. Sign-out voids it on the server (session-version.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const input = signInSchema.safeParse(credentials);
        if (!input.success) throw new SignInRefused("bad_input");
        const address = clientAddress(request.headers);
        const throttle = failureThrottle();
        const keys = throttleKeys(address, input.data.email);
        const verdict = throttle.check(keys);
        if (!verdict.allowed) throw new SignInRefused("too_many_attempts", Math.ceil(verdict.retryAfterMs / 1000));
        const result = await verifyFacilitator(getDb(), input.data);
        if (!result.ok) {
          throttle.fail(keys);
          throw new SignInRefused("bad_credentials");
        }
        throttle.succeed(keys);
        return result.user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.email = user.email;
        token.name = user.name;
        token.sv = withVersion.parse(user).sessionVersion;
        return token;
      }
      // Every later read (pages, server actions, next-auth's routes): signed out since, or gone,
      // and the token is void; next-auth then clears the cookie where it can.
      if (!token.sub || !(await isSessionCurrent(getDb(), token.sub, token.sv))) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Every way out (the header's button, next-auth's own sign-out route) ends the session on the
    // server: every token of this user is void from now on, and their open live connections close.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub) return;
      if (await endAllSessions(getDb(), token.sub, token.sv))
        announceAccessRevoked({ kind: "signed_out", userId: token.sub });
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
