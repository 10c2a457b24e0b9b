import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/security/audit/audit-keys.ts
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
function generateAuditKeys() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: exportPublicKey(publicKey) };
}
function exportPublicKey(key) {
  return key.export({ type: "spki", format: "der" }).toString("base64");
}
function loadPrivateKey(key) {
  return typeof key === "string" ? createPrivateKey(key) : key;
}
function loadPublicKey(key) {
  const trimmed = key.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" });
}
function signHash(privateKey, hash) {
  return sign(null, Buffer.from(hash, "hex"), privateKey).toString("base64");
}
function verifyHashSignature(publicKey, hash, signature) {
  return verify(null, Buffer.from(hash, "hex"), publicKey, Buffer.from(signature, "base64"));
}

// src/security/audit/seal-check.ts
function broken(problem, line, message, seq) {
  return { ok: false, problem, line, message, ...seq === void 0 ? {} : { seq } };
}
function trustedKeyOf(publicKey) {
  if (!publicKey) return void 0;
  const key = loadPublicKey(publicKey);
  return { key, text: exportPublicKey(key) };
}
function sealFault(entry, line, trusted) {
  if (!entry.signature || !entry.publicKey) {
    return broken("edited", line, `line ${line}: seal without signature or public key`, entry.seq);
  }
  if (trusted && entry.publicKey !== trusted.text) {
    return broken(
      "wrong-key",
      line,
      `line ${line}: seal signed by a different key than the one given`,
      entry.seq
    );
  }
  let key;
  try {
    key = trusted?.key ?? loadPublicKey(entry.publicKey);
  } catch (error) {
    return broken("malformed", line, `line ${line}: unreadable public key (${String(error)})`, entry.seq);
  }
  if (!verifyHashSignature(key, entry.hash, entry.signature)) {
    return broken(
      "bad-signature",
      line,
      `line ${line}: seal signature does not match the chain head`,
      entry.seq
    );
  }
  return void 0;
}

export {
  generateAuditKeys,
  exportPublicKey,
  loadPrivateKey,
  loadPublicKey,
  signHash,
  broken,
  trustedKeyOf,
  sealFault
};
