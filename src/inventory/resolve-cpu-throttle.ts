import type { FactLine } from "./cluster-facts.js";
import { risesSteadily } from "./growth.js";
import { entries, scalar } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import { parseCpu } from "./resolve-node-fit.js";
import { lineOfKey, type ResourcesBlock, resourceBlocks } from "./resolve-usage.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * A container throttled by its CFS quota (CPUThrottlingHigh): when the CPU it uses, as its own logs report
 * it, is pinned at the limit, the limit is what caps it and its real need cannot be read from the evidence,
 * so the limit is removed (the request, which schedules it, is kept). Use below the limit, readings that rise
 * steadily, or none: cited, nothing proposed.
 */
export interface CpuThrottleLookup {
  kind: "cpu-throttled";
  container: string;
}

/** kubernetes-mixin's CPUThrottlingHigh description, and cAdvisor's throttled-periods series with labels. */
const THROTTLED = [
  /throttling of CPU in namespace [\w.-]+ for container ([\w.-]+)/,
  /container_cpu_cfs_throttled_(?:periods|seconds)_total\{[^}]*container="([\w.-]+)"/,
];

export function cpuThrottleLookup(evidence: string): CpuThrottleLookup | undefined {
  for (const re of THROTTLED) {
    const container = re.exec(evidence)?.[1];
    if (container) return { kind: "cpu-throttled", container };
  }
  return undefined;
}

/** A CPU usage reading in millicores a service logs: `"cpuUsageMillicores":246`, `cpu_usage_m=250`. */
// Case spelled out: the source is also the log search's pattern, which carries no flags.
const CPU_READING = /["']?[cC][pP][uU][_-]?[uU]sage[_-]?(?:[mM]illicores|m)["']?\s*[:=]\s*(\d+(?:\.\d+)?)/;
export const CPU_READING_SEARCH = CPU_READING.source;
export const isCpuReadingLine = (text: string): boolean => CPU_READING.test(text);

/** Use at or above this share of the limit is pinned at it: the quota, not the work, sets the reading. */
export const CPU_THROTTLE_RULE = { pinned: 0.9 } as const;

function cpuLimitOf(block: ResourcesBlock, content: string) {
  const e = entries(block.fields.limits?.value).find((x) => x.key === "cpu");
  const raw = scalar(e?.value);
  const millis = raw === undefined ? undefined : parseCpu(raw);
  if (!e || raw === undefined || millis === undefined) return undefined;
  const line = lineOfKey(content, block.fields.limits?.line ?? 0, "cpu");
  return { line, raw, millis, text: lineAt(content, line) ?? "" };
}

function blockOf(files: readonly RepoRead[], container: string): ResourcesBlock | undefined {
  const all = resourceBlocks(files).filter((b) => b.fields.limits);
  const named = all.filter((b) => b.owner === container);
  const pick = named.length > 0 ? named : all;
  return pick.length === 1 ? pick[0] : undefined;
}

export function resolveCpuThrottle(
  lookup: CpuThrottleLookup,
  files: readonly RepoRead[],
  facts: readonly FactLine[],
): Resolution | undefined {
  const block = blockOf(files, lookup.container);
  const content = files.find((f) => f.path === block?.file)?.content ?? "";
  const limit = block ? cpuLimitOf(block, content) : undefined;
  if (!block || !limit) return undefined;
  const hits = facts.filter((f) => f.file !== "companion" && CPU_READING.test(f.text));
  const readings = hits.map((h) => Number(CPU_READING.exec(h.text)?.[1]));
  const peak = Math.max(0, ...readings);
  const peakAt = hits[readings.indexOf(peak)];
  const base = {
    kind: "cpu-limit-uncapped" as const,
    subject: `the CPU limit of container ${lookup.container}`,
    cause: { file: block.file, line: limit.line, text: limit.text },
    truth: peakAt ? [{ file: peakAt.file, line: peakAt.line }] : [],
    measured: peak,
  };
  const used = `container ${lookup.container} logs ${peak}m of CPU used under a ${limit.raw} limit`;
  if (readings.length === 0)
    return { ...base, candidates: [], reason: "the logs report no CPU use to compare the limit with" };
  if (risesSteadily(readings))
    return {
      ...base,
      candidates: [],
      reason: `${used}, rising steadily: a limit removed would hide runaway work`,
    };
  if (peak < limit.millis * CPU_THROTTLE_RULE.pinned)
    return {
      ...base,
      candidates: [],
      reason: `${used}: below the limit on average, so bursts are throttled; size the limit by hand`,
    };
  // The change starts at the cited line: it and the line after are replaced by the line after alone.
  const next = lineAt(content, limit.line + 1);
  if (next === undefined)
    return {
      ...base,
      candidates: ["no CPU limit"],
      reason: `${used}: remove the limit by hand (last line of the file)`,
    };
  return {
    ...base,
    candidates: ["no CPU limit"],
    reason: `${used}: pinned at the quota, so the need is above what it lets be measured; the limit is removed, the request kept`,
    change: {
      file: block.file,
      line: limit.line,
      before: `${limit.text}\n${next}`,
      after: next,
      span: 2,
      summary: `CPU limit ${limit.raw} of container ${lookup.container} removed (use pinned at ${peak}m)`,
    },
  };
}

export function cpuThrottleHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const container = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const block = resourceBlocks(patched).find((b) => b.owner === container);
  const content = patched.find((f) => f.path === block?.file)?.content ?? "";
  const limit = block ? cpuLimitOf(block, content) : undefined;
  const need = (resolution.measured ?? 0) / CPU_THROTTLE_RULE.pinned;
  return block && (!limit || limit.millis > need)
    ? { ok: true, detail: `container ${container} ${limit ? `may use ${limit.raw}` : "has no CPU limit"}` }
    : { ok: false, detail: `container ${container} is still capped at the CPU it was throttled at` };
}
