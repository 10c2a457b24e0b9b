import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/report/terminal-safe.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var visible = (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;
function terminalSafe(text) {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}
function terminalSafeDeep(value) {
  if (typeof value === "string") return terminalSafe(value);
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v);
    return out;
  }
  return value;
}

export {
  terminalSafe,
  terminalSafeDeep
};
