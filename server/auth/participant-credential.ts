import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A participant's credential: a random secret in an httpOnly cookie, valid for one session only.
 * The cookie holds `participantId.token.signature`; the signature (HMAC with the auth secret over
 * the session, participant and token) rejects forgeries cheaply, and the database keeps only a
 * sha256 of the token, so a leaked database holds no usable credential.
 */
export const participantCookieName = (sessionId: string) => `kring_p_${sessionId}`;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function sign(secret: string, sessionId: string, participantId: string, token: string): string {
  return createHmac("sha256", secret).update(`${sessionId}.${participantId}.${token}`).digest("base64url");
}

export function issueCredential(secret: string, sessionId: string, participantId: string) {
  const token = randomBytes(24).toString("base64url");
  return {
    cookieValue: `${participantId}.${token}.${sign(secret, sessionId, participantId, token)}`,
    tokenHash: hashToken(token),
  };
}

/** The participant id and token hash from a cookie value, or null when it is malformed or forged. */
export function readCredential(secret: string, sessionId: string, cookieValue: string | undefined) {
  const parts = (cookieValue ?? "").split(".");
  if (parts.length !== 3) return null;
  const [participantId = "", token = "", signature = ""] = parts;
  const expected = Buffer.from(sign(secret, sessionId, participantId, token));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { participantId, tokenHash: hashToken(token) };
}
