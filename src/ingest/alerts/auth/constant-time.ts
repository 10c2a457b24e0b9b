import { createHmac, timingSafeEqual } from "node:crypto";
import { sha256Bytes } from "../../../core/sha256.js";

/** Equal strings, in time that does not depend on where they differ or on their lengths (both are hashed). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256Bytes(a), sha256Bytes(b)) && a.length === b.length;
}

/** Digests of configured tokens: a handful per server, hashed once rather than on every request. */
const configuredDigests = new Map<string, Buffer>();
const MAX_CONFIGURED = 256;

function configuredDigest(token: string): Buffer {
  let digest = configuredDigests.get(token);
  if (!digest) {
    digest = sha256Bytes(token);
    if (configuredDigests.size >= MAX_CONFIGURED) configuredDigests.clear();
    configuredDigests.set(token, digest);
  }
  return digest;
}

/**
 * Whether any presented credential equals any configured token, each pair compared in constant time as
 * `safeEqual` does; every pair is compared, so the time does not say which token matched.
 */
export function anyTokenMatches(configured: readonly string[], presented: readonly string[]): boolean {
  let matched = false;
  for (const given of presented) {
    const givenDigest = sha256Bytes(given);
    for (const token of configured)
      if (timingSafeEqual(configuredDigest(token), givenDigest) && token.length === given.length)
        matched = true;
  }
  return matched;
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
