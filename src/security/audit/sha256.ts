import * as crypto from "node:crypto";

/**
 * SHA-256 as hex in one call: `crypto.hash` (Node 20.12 and later) skips the Hash object, about twice as
 * fast per audit line; earlier Node 20 releases, which the package still allows, take createHash.
 */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data).digest("hex");
