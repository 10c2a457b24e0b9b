import type { Incident } from "../../core/incident.js";

/**
 * What one alert body may hold. Checked at intake, before a normalizer (or anything recursive) touches the
 * value, so a hostile sender gets a 413/422 with the reason instead of a stack overflow or a memory spike.
 */
export const INTAKE_LIMITS = {
  /** Objects/arrays inside each other. Real payloads stay under 12 (Sentry's event is the deepest seen). */
  maxDepth: 64,
  /** Any one string in the body. Vendors' own descriptions are far below this. */
  maxString: 64 * 1024,
  /** Values (objects, arrays, strings, numbers, …) in the whole body. */
  maxNodes: 200_000,
  /** Per incident, after normalization. */
  maxLabels: 256,
  maxLabelKey: 256,
  maxLabelValue: 8 * 1024,
  maxLabelBytes: 64 * 1024,
  maxFingerprint: 1024,
  /** The copy of the body an incident keeps (`raw`), in characters of JSON. */
  maxRawChars: 32 * 1024,
} as const;

export interface LimitExceeded {
  status: "limit";
  path: string;
  reason: string;
}

const exceeded = (path: string, reason: string): LimitExceeded => ({ status: "limit", path, reason });

/**
 * One linear pass over JSON text, before `JSON.parse`: nesting depth, string lengths and the number of
 * values. Does not validate the JSON (the parser does); it only refuses what no parser should be asked to
 * build. Every limit is at least as strict as `checkValue` on the parsed value (an escaped string is longer
 * than its value, a duplicate key counts twice here and once there), so a value parsed from text this
 * passes need not be walked again.
 */
export function scanJsonText(text: string): LimitExceeded | undefined {
  return tooShortToExceed(text) ? undefined : scanEveryCharacter(text);
}

/**
 * Whether `text` is too short to break any limit `scanJsonText` checks, so its character-by-character walk
 * can only pass it: a string over `maxString` needs more characters than that; every value counted needs a
 * character of its own (the root, a comma or an opening bracket); every level of depth needs a `{` or `[`.
 * Counting brackets with indexOf is ~10x cheaper than the walk, and an alert body is a few kilobytes.
 */
function tooShortToExceed(text: string): boolean {
  if (text.length > INTAKE_LIMITS.maxString || text.length >= INTAKE_LIMITS.maxNodes) return false;
  let brackets = 0;
  for (const open of ["{", "["]) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      brackets += 1;
      if (brackets > INTAKE_LIMITS.maxDepth) return false;
    }
  }
  return true;
}

/** The walk itself; exported for the test that holds `scanJsonText` to it. */
export function scanEveryCharacter(text: string): LimitExceeded | undefined {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  // Values = the root + one per comma + one per container that is not empty (valid JSON, no duplicate keys).
  let nodes = 1;
  let opened = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) {
        inString = false;
        if (i - stringStart > INTAKE_LIMITS.maxString)
          return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
      }
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (opened) {
      opened = false;
      if (c !== 0x7d && c !== 0x5d) nodes += 1;
    }
    if (c === 0x22) {
      inString = true;
      stringStart = i;
    } else if (c === 0x2c) nodes += 1;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      opened = true;
      if (depth > INTAKE_LIMITS.maxDepth)
        return exceeded("(body)", `nested deeper than ${INTAKE_LIMITS.maxDepth} levels`);
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
    if (nodes > INTAKE_LIMITS.maxNodes)
      return exceeded("(body)", `more than ${INTAKE_LIMITS.maxNodes} values`);
  }
  if (inString && text.length - stringStart > INTAKE_LIMITS.maxString)
    return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
  return undefined;
}

/** The same limits over an already parsed value (callers that hold an object), without recursion. */
export function checkValue(value: unknown): LimitExceeded | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    nodes += 1;
    if (nodes > INTAKE_LIMITS.maxNodes)
      return exceeded("(body)", `more than ${INTAKE_LIMITS.maxNodes} values`);
    if (typeof item === "string" && item.length > INTAKE_LIMITS.maxString)
      return exceeded("(body)", `a string longer than ${INTAKE_LIMITS.maxString} characters`);
    if (typeof item !== "object" || item === null) continue;
    if (depth >= INTAKE_LIMITS.maxDepth)
      return exceeded("(body)", `nested deeper than ${INTAKE_LIMITS.maxDepth} levels`);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Label count and sizes of normalized incidents: a 1 MiB label is refused, not carried into prompts. */
export function checkIncidents(incidents: Incident[]): LimitExceeded | undefined {
  for (let index = 0; index < incidents.length; index += 1) {
    const over = checkIncident(incidents[index] as Incident);
    if (over) return exceeded(`incidents.${index}.${over.field}`, over.reason);
  }
  return undefined;
}

/** One incident's breach: the field (under `incidents.<index>.`) and why; the path is built only then. */
function checkIncident(incident: Incident): { field: string; reason: string } | undefined {
  if (incident.fingerprint.length > INTAKE_LIMITS.maxFingerprint)
    return { field: "fingerprint", reason: `longer than ${INTAKE_LIMITS.maxFingerprint} characters` };
  const labels = incident.labels;
  const keys = Object.keys(labels);
  if (keys.length > INTAKE_LIMITS.maxLabels)
    return { field: "labels", reason: `more than ${INTAKE_LIMITS.maxLabels} labels` };
  let bytes = 0;
  for (const key of keys) {
    const value = labels[key] as string;
    if (key.length > INTAKE_LIMITS.maxLabelKey)
      return { field: "labels", reason: `a label name longer than ${INTAKE_LIMITS.maxLabelKey} characters` };
    if (value.length > INTAKE_LIMITS.maxLabelValue)
      return {
        field: `labels.${key.slice(0, 64)}`,
        reason: `longer than ${INTAKE_LIMITS.maxLabelValue} characters`,
      };
    bytes += key.length + value.length;
  }
  if (bytes > INTAKE_LIMITS.maxLabelBytes)
    return { field: "labels", reason: `labels larger than ${INTAKE_LIMITS.maxLabelBytes} characters in all` };
  return undefined;
}

/**
 * How many times longer `JSON.stringify(JSON.parse(text))` can be than `text`: strings and keys never grow
 * (what stringify escapes had to be escaped in the text, and no escape is written longer than it was read),
 * whitespace and duplicate keys only shrink; a number grows at most from `1e20` to 21 digits (5.25x), and a
 * lone surrogate, which UTF-8 decoding never yields, from 1 character to 6.
 */
const STRINGIFY_GROWTH = 6;

/**
 * The body as an incident keeps it: whole when small, else a pruned copy (long strings clipped, long arrays
 * cut, `…` marking each cut) under `maxRawChars`. One copy per body, shared by all its incidents.
 * `textLength`, the length of the JSON text the body was parsed from, spares stringifying a body that short.
 */
export function boundedRaw(body: unknown, textLength?: number): unknown {
  if (textLength !== undefined && textLength * STRINGIFY_GROWTH <= INTAKE_LIMITS.maxRawChars) return body;
  const text = JSON.stringify(body) ?? "null";
  if (text.length <= INTAKE_LIMITS.maxRawChars) return body;
  for (const [stringMax, arrayMax] of [
    [2000, 20],
    [500, 5],
    [100, 2],
  ] as const) {
    const pruned = prune(body, stringMax, arrayMax, 0);
    if ((JSON.stringify(pruned) ?? "").length <= INTAKE_LIMITS.maxRawChars) return pruned;
  }
  return { truncated: true, bytes: text.length };
}

function prune(value: unknown, stringMax: number, arrayMax: number, depth: number): unknown {
  if (typeof value === "string") return value.length > stringMax ? `${value.slice(0, stringMax)}…` : value;
  if (typeof value !== "object" || value === null) return value;
  if (depth >= 8) return "…";
  if (Array.isArray(value)) {
    const kept = value.slice(0, arrayMax).map((v) => prune(v, stringMax, arrayMax, depth + 1));
    return value.length > arrayMax ? [...kept, `… ${value.length - arrayMax} more`] : kept;
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value).slice(0, 200))
    out[key] = prune(child, stringMax, arrayMax, depth + 1);
  return out;
}
