import { risesSteadily } from "./growth.js";
import type { Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * The JVM's class metadata filled -XX:MaxMetaspaceSize. The error itself measures use at the cap; a larger cap
 * is only proposed when no reading rises steadily (class loaders that survive reloads leak without bound).
 */
export interface MetaspaceLookup {
  kind: "metaspace-exhausted";
  /** Metaspace used (bytes) or loaded-class counts the evidence printed, per series, in log order. */
  readings: number[][];
}

const METASPACE_OOM = /OutOfMemoryError: (?:Metaspace|Compressed class space)/;
/** `Metaspace used 131008K` (jcmd GC.heap_info), `Metaspace: 21386K(21888K)->` (unified GC logging). */
const METASPACE_USED = /Metaspace\s*(?:used\s+|:\s*)(\d+)K/g;
/** Loaded-class counts: `Loaded classes: 41234`, `classes loaded=41234`, jstat's `Loaded 41234`. */
const CLASSES_LOADED = /(?:loaded classes|classes loaded|class count)\s*[:=]?\s*(\d+)/gi;

export function metaspaceLookup(evidence: string): MetaspaceLookup | undefined {
  if (!METASPACE_OOM.test(evidence)) return undefined;
  const used = [...evidence.matchAll(METASPACE_USED)].map((m) => Number(m[1]) * 1024);
  const classes = [...evidence.matchAll(CLASSES_LOADED)].map((m) => Number(m[1]));
  return { kind: "metaspace-exhausted", readings: [used, classes] };
}

export const METASPACE_RULE = {
  /** The OutOfMemoryError measures use at the cap and no further: the step past it is one doubling. */
  factor: 2,
  step: 64 * 1024 ** 2,
  /** Beyond 1g of class metadata the service is leaking class loaders, not short of room. */
  max: 1024 ** 3,
} as const;

const roundUp = (n: number, step: number) => Math.ceil(n / step) * step;

const MAX_METASPACE = /-XX:MaxMetaspaceSize=(\d+)([kKmMgG]?)/;
const UNIT: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function metaspaceCaps(files: readonly RepoRead[]): (Located & { text: string; bytes: number })[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      const m = MAX_METASPACE.exec(text);
      if (!m?.[1] || /^\s*#/.test(text)) return [];
      return [
        { file: f.path, line: i + 1, text, bytes: Number(m[1]) * (UNIT[(m[2] ?? "").toLowerCase()] ?? 1) },
      ];
    }),
  );
}

const showMeta = (bytes: number) =>
  bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;

/**
 * Metaspace filled at its cap: MaxMetaspaceSize becomes twice the cap (the error proves use reached it),
 * rounded up to 64m and never above 1g. Metaspace or loaded-class readings that rise steadily (class loaders
 * that survive reloads), or several caps set: cited, nothing proposed. -Xmx is never touched.
 */
export function resolveMetaspace(
  lookup: MetaspaceLookup,
  files: readonly RepoRead[],
): Resolution | undefined {
  const caps = metaspaceCaps(files);
  const cap = caps[0];
  if (!cap) return undefined;
  const { factor, step, max } = METASPACE_RULE;
  const used = Math.max(cap.bytes, ...(lookup.readings[0] ?? []));
  const base = {
    kind: "metaspace-covers-use" as const,
    subject: "the JVM's MaxMetaspaceSize",
    cause: { file: cap.file, line: cap.line, text: cap.text },
    truth: caps.slice(1).map(({ file, line }) => ({ file, line })),
    measured: used,
  };
  if (new Set(caps.map((c) => c.bytes)).size > 1)
    return {
      ...base,
      candidates: [],
      reason: "several MaxMetaspaceSize values are set; which one ran is not said",
    };
  if (lookup.readings.some(risesSteadily))
    return {
      ...base,
      candidates: [],
      reason:
        "the metaspace or loaded-class readings rise steadily (class loaders that survive reloads): a larger cap only delays the next error",
    };
  const bytes = roundUp(used * factor, step);
  if (bytes > max)
    return {
      ...base,
      candidates: [],
      reason: `${showMeta(bytes)} would pass the ${showMeta(max)} bound: look for a class-loader leak`,
    };
  const value = showMeta(bytes);
  const after = cap.text.replace(MAX_METASPACE, `-XX:MaxMetaspaceSize=${value}`);
  return {
    ...base,
    candidates: [value],
    reason: `Metaspace filled at its ${showMeta(cap.bytes)} cap with no steady rise in the readings; ${value} is the use the error measured × ${factor}, rounded up to 64m`,
    change: {
      file: cap.file,
      line: cap.line,
      before: cap.text,
      after,
      summary: `MaxMetaspaceSize ${showMeta(cap.bytes)} → ${value}`,
    },
  };
}

export function metaspaceHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const caps = metaspaceCaps(patched);
  const used = resolution.measured ?? Number.POSITIVE_INFINITY;
  const max = METASPACE_RULE.max;
  const bad = caps.find((c) => c.bytes <= used || c.bytes > max);
  return caps.length > 0 && !bad
    ? {
        ok: true,
        detail: `MaxMetaspaceSize is now above the ${showMeta(used)} used, within ${showMeta(max)}`,
      }
    : {
        ok: false,
        detail: `MaxMetaspaceSize is still at or below the ${showMeta(used)} used (or above ${showMeta(max)})`,
      };
}
