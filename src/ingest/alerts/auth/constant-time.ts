import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Equal strings, in time that does not depend on where they differ or on their lengths (both are hashed). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export function hmacHex(secret: string, ...parts: (string | Buffer)[]): string {
  const mac = createHmac("sha256", secret);
  for (const part of parts) mac.update(part);
  return mac.digest("hex");
}

/** A hex signature against the HMAC of `parts` under any of `secrets` (several during a rotation). */
export function anySecretMatches(
  secrets: string[],
  signatureHex: string,
  parts: (string | Buffer)[],
): boolean {
  const given = signatureHex.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const givenBytes = Buffer.from(given, "hex");
  let matched = false;
  // Every secret is tried even after a match, so timing does not reveal which one matched.
  for (const secret of secrets) {
    const expected = Buffer.from(hmacHex(secret, ...parts), "hex");
    if (timingSafeEqual(expected, givenBytes)) matched = true;
  }
  return matched;
}
