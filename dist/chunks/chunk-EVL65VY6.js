import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/ingest/alerts/auth/constant-time.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
function safeEqual(a, b) {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
function hmacHex(secret, ...parts) {
  const mac = createHmac("sha256", secret);
  for (const part of parts) mac.update(part);
  return mac.digest("hex");
}
function anySecretMatches(secrets, signatureHex, parts) {
  const given = signatureHex.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const givenBytes = Buffer.from(given, "hex");
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(hmacHex(secret, ...parts), "hex");
    if (timingSafeEqual(expected, givenBytes)) matched = true;
  }
  return matched;
}

export {
  safeEqual,
  anySecretMatches
};
