import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";

/** Ed25519 keys for sealing chain heads. Public keys travel as base64 SPKI DER (one line, fits a flag). */
export interface AuditKeys {
  privateKey: KeyObject;
  publicKey: string;
}

export function generateAuditKeys(): AuditKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: exportPublicKey(publicKey) };
}

export function exportPublicKey(key: KeyObject): string {
  return key.export({ type: "spki", format: "der" }).toString("base64");
}

/** Accepts a PEM private key (PKCS#8) or a KeyObject. */
export function loadPrivateKey(key: string | KeyObject): KeyObject {
  return typeof key === "string" ? createPrivateKey(key) : key;
}

/** Accepts base64 SPKI DER or PEM. Throws on anything else: a caller passing a bad key must hear about it. */
export function loadPublicKey(key: string): KeyObject {
  const trimmed = key.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" });
}

export function signHash(privateKey: KeyObject, hash: string): string {
  return sign(null, Buffer.from(hash, "hex"), privateKey).toString("base64");
}

export function verifyHashSignature(publicKey: KeyObject, hash: string, signature: string): boolean {
  return verify(null, Buffer.from(hash, "hex"), publicKey, Buffer.from(signature, "base64"));
}
