import { risesSteadily } from "./growth.js";

/**
 * What the kubelet measured a container using when it evicted the pod, against what the pod spec reserves.
 * The sizing rules are data: which field of `resources` covers the usage, the headroom over the peak reading,
 * and the steps a value is rounded up to (conventional Kubernetes quantities, never a figure like 3301876Ki).
 */
export interface UsageRule {
  resource: "memory" | "ephemeral-storage";
  /**
   * memory: the request, so the scheduler accounts for the working set (evictions pick pods above their
   * request). ephemeral-storage: the limit, so only this pod is evicted when its scratch outgrows it instead
   * of the node running out (the request defaults to the limit when none is set).
   */
  field: "requests" | "limits";
  headroom: number;
  /** Lines of the block's file that say where the usage goes, cited beside the reservation. */
  goesTo?: RegExp;
}

export const USAGE_RULES: readonly UsageRule[] = [
  { resource: "memory", field: "requests", headroom: 1 },
  {
    resource: "ephemeral-storage",
    field: "limits",
    headroom: 1.25,
    // Node-local scratch volumes count against the pod's ephemeral storage.
    goesTo: /^\s*(-\s*)?emptyDir:/,
  },
];

const MI = 1024 ** 2;
const GI = 1024 ** 3;

/** Rounding steps by size: 64Mi below 1Gi, 512Mi below 8Gi, whole Gi above. */
const STEPS: readonly { below: number; step: number }[] = [
  { below: GI, step: 64 * MI },
  { below: 8 * GI, step: 512 * MI },
  { below: Number.POSITIVE_INFINITY, step: GI },
];

const SUFFIX: Record<string, number> = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: MI,
  Gi: GI,
  Ti: 1024 ** 4,
};

/** A Kubernetes byte quantity (`512Mi`, `1G`, `3215440Ki`, `2139512454`) in bytes; undefined when not one. */
export function parseBytes(text: string): number | undefined {
  const m = /^"?'?(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?'?"?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  const bytes = Number(m[1]) * (SUFFIX[m[2] ?? ""] ?? 1);
  return Number.isFinite(bytes) ? bytes : undefined;
}

/** The peak × headroom rounded up to its step, written in Gi when whole, else Mi. */
export function sizeFor(peak: number, headroom: number): string {
  const want = peak * headroom;
  const step = STEPS.find((s) => want < s.below)?.step ?? GI;
  const bytes = Math.ceil(want / step) * step;
  return bytes % GI === 0 ? `${bytes / GI}Gi` : `${bytes / MI}Mi`;
}

export function showBytes(bytes: number): string {
  return bytes >= GI ? `${(bytes / GI).toFixed(2)}Gi` : `${Math.round(bytes / MI)}Mi`;
}

export interface UsageLookup {
  kind: "usage-over-reservation";
  resource: UsageRule["resource"];
  container: string;
  /** Every reading the evictions report, in log order, in bytes. */
  readings: number[];
  /** The peak the Detective measured over every eviction in the logs, read back from its citation. */
  peak?: number;
}

/** The kubelet's eviction message (events, `kubectl describe`, its own journal). */
export const EVICTED =
  /Container ([\w.-]+) was using (\d+(?:\.\d+)?(?:Ki|Mi|Gi|Ti|k|M|G|T)?), request is ([\w.]+), has larger consumption of (memory|ephemeral-storage)/g;

/** The container the evictions name and what they measured it using, when they name one container. */
export function usageLookup(evidence: string): UsageLookup | undefined {
  const seen = [...evidence.matchAll(EVICTED)].flatMap((m) => {
    const bytes = parseBytes(m[2] ?? "");
    return bytes !== undefined && m[1] && m[4]
      ? [{ container: m[1], resource: m[4] as UsageRule["resource"], bytes }]
      : [];
  });
  const first = seen[0];
  if (!first) return undefined;
  const same = seen.filter((s) => s.container === first.container && s.resource === first.resource);
  return {
    kind: "usage-over-reservation",
    resource: first.resource,
    container: first.container,
    readings: same.map((s) => s.bytes),
  };
}

/** Why the readings size nothing: they rise steadily (a leak or an unbounded cache). */
export function usageRefusal(readings: readonly number[]): string | undefined {
  return risesSteadily(readings)
    ? "the usage the evictions report rises steadily; a larger reservation only delays the next eviction"
    : undefined;
}

/** The note a cited log line carries when it holds the peak of every eviction the logs show. */
export const PEAK_NOTE = "measured usage peak: ";

/**
 * The lookup over every eviction line the logs hold (the finding keeps only its first few), when that is more:
 * the Detective reads the whole series, so a peak or a steady rise past the first excerpts is not missed.
 */
export function widenUsage(lookup: UsageLookup, lines: readonly string[]): UsageLookup {
  const all = usageLookup(lines.join("\n"));
  return all && all.container === lookup.container && all.resource === lookup.resource
    ? all.readings.length > lookup.readings.length
      ? { ...lookup, readings: all.readings }
      : lookup
    : lookup;
}

/** The lookup with the peak the diagnosis cites (the Surgeon and the Validator size from the same value). */
export function withCitedPeak(lookup: UsageLookup, notes: readonly string[]): UsageLookup {
  const peak = notes
    .filter((n) => n.startsWith(PEAK_NOTE))
    .map((n) => Number(/^(\d+) bytes/.exec(n.slice(PEAK_NOTE.length))?.[1]))
    .find((n) => Number.isFinite(n) && n > 0);
  return peak ? { ...lookup, peak } : lookup;
}
