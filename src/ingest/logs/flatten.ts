import type { RecordFields } from "../../core/log-summary.js";

/**
 * Bounded views of a parsed JSON object: its keys flattened with dots, and a compact `key=value` line. Both
 * walk at most MAX_DEPTH levels and MAX_FIELDS leaves with an explicit stack, never recursion, so a hostile
 * line (5,000 nested objects, 100,000 keys) costs no more than its length.
 */
const MAX_DEPTH = 6;
const MAX_FIELDS = 64;
const MAX_VALUE_CHARS = 500;

function clip(text: string, limit = MAX_VALUE_CHARS): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** A leaf's value as a field keeps it; objects past the depth limit show as `{…}` / `[…]`. */
function leaf(value: unknown): string | number | boolean {
  if (typeof value === "string") return clip(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null) return "null";
  return Array.isArray(value) ? "[…]" : "{…}";
}

/** JSON keys flattened with dots (`err.message`, `kubernetes.pod_name`), arrays by index, bounded. */
export function flattenFields(object: Record<string, unknown>): RecordFields {
  const fields: RecordFields = {};
  let count = 0;
  const stack: [string, unknown, number][] = [];
  const entries = Object.entries(object);
  for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![0], entries[i]![1], 1]);
  while (stack.length > 0 && count < MAX_FIELDS) {
    const [key, value, depth] = stack.pop()!;
    if (value !== null && typeof value === "object" && depth < MAX_DEPTH) {
      const children = Array.isArray(value)
        ? value.slice(0, MAX_FIELDS).map((v, i) => [String(i), v] as const)
        : Object.entries(value as Record<string, unknown>).slice(0, MAX_FIELDS);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push([`${key}.${children[i]![0]}`, children[i]![1], depth + 1]);
      }
      continue;
    }
    fields[key] = leaf(value);
    count++;
  }
  return fields;
}

/** `key=value key2="two words"`: how a JSON object with no message field reads as a line. */
export function renderFields(fields: RecordFields, skip: ReadonlySet<string>, limit = 600): string {
  let out = "";
  for (const [key, value] of Object.entries(fields)) {
    if (skip.has(key) || isTrustedJournalField(key)) continue;
    const text = typeof value === "string" ? oneLine(value) : String(value);
    const shown = text === "" || /[\s"=]/.test(text) ? JSON.stringify(clip(text, 200)) : clip(text, 200);
    const pair = `${key}=${shown}`;
    if (out.length + pair.length + 1 > limit) return `${out} …`;
    out = out === "" ? pair : `${out} ${pair}`;
  }
  return out;
}

/** journald's own bookkeeping (`__CURSOR`, `_BOOT_ID`, `_CMDLINE`…) says nothing a reader needs on the line. */
const JOURNAL_KEPT = new Set(["_HOSTNAME", "_SYSTEMD_UNIT", "_COMM", "_PID"]);

function isTrustedJournalField(key: string): boolean {
  return key.charCodeAt(0) === 95 && /^_[A-Z_]+$/.test(key) && !JOURNAL_KEPT.has(key);
}

function oneLine(text: string): string {
  return text.includes("\n") ? text.replace(/\s*\n\s*/g, " ") : text;
}
