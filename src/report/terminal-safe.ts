/**
 * Text from logs, alerts, comments and repositories is written by strangers and printed on an on-call
 * engineer's terminal. An escape sequence in it could recolour or hide evidence, move the cursor over lines
 * already printed, set the window title or, through OSC 52, write the clipboard; bidirectional overrides
 * reorder what is read (Trojan Source). Every such character is shown as a visible `<U+…>` instead; tabs and
 * newlines stay. Our own colours are added after this, by the renderer's paint.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`;

export function terminalSafe(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}

/** A copy of a value (a Run, a summary) whose every string is terminalSafe; other values as they are. */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === "string") return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v);
    return out as T;
  }
  return value;
}
