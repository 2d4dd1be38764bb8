/**
 * Join codes: 8 symbols from Crockford's base-32 alphabet (no I, L, O, U), shown as "K7M2-Q9XD".
 * Typing is forgiving: lower case, spaces and dashes are fine, O reads as 0 and I or L as 1.
 */
export const JOIN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** The canonical form of what someone typed, or null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const symbol of cleaned) if (!JOIN_CODE_ALPHABET.includes(symbol)) return null;
  return cleaned;
}

/** "K7M2Q9XD" -> "K7M2-Q9XD", easier to read aloud and to type. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A new random code from `randomBytes` (crypto on the server): 40 bits, 5 bits per symbol. */
export function generateJoinCode(randomBytes: (size: number) => Uint8Array): string {
  const bytes = randomBytes(JOIN_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += JOIN_CODE_ALPHABET[byte % 32];
  return code;
}
