import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/core/sha256.ts
import * as crypto from "node:crypto";
var oneShot = typeof crypto.hash === "function";
var sha256Hex = oneShot ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex");
var sha256Bytes = oneShot ? (data) => crypto.hash("sha256", data, "buffer") : (data) => crypto.createHash("sha256").update(data).digest();

export {
  sha256Hex,
  sha256Bytes
};
