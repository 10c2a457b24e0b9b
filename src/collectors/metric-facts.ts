import type { RangeResult, Series, Window } from "./prometheus-api.js";
import type { RelatedSignal } from "./prometheus-related.js";

/**
 * Query results condensed into sentences of fact a person (or the offline playbooks) can cite: what was
 * measured, for which object, over which window, the values. Each line starts with a tag naming what it
 * shows (`[memory-near-limit]`, `[filesystem-almost-full]`…); the thresholds are the ones the standard alerts
 * use, or looser, so a tag is evidence for the alert's hypothesis and never stronger than the rule itself.
 */
export type Answered = { signal: RelatedSignal | "alert-expression"; expr: string; result: RangeResult };

/** A filesystem under this share free is nearly full (the node mixin warns at 5%, critical at 3%). */
const FS_LOW = 0.1;
/** Memory at this share of its limit or more is at the limit (the OOM killer acts at 100%). */
const MEMORY_AT_LIMIT = 0.9;
/** kubernetes-mixin's CPUThrottlingHigh fires at 25% of periods throttled. */
const THROTTLED = 0.25;
const ERRORS_HIGH = 0.05;

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

function at(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

interface Shape {
  first: [number, number];
  last: [number, number];
  peak: [number, number];
}

function shape(series: Series): Shape | undefined {
  const [first] = series.points;
  const last = series.points.at(-1);
  if (!first || !last) return undefined;
  const peak = series.points.reduce((p, c) => (c[1] > p[1] ? c : p), first);
  return { first, last, peak };
}

function trend(s: Shape, fmt: (n: number) => string): string {
  const [a, b] = [s.first[1], s.last[1]];
  const verb = b > a * 1.02 ? "rose" : b < a * 0.98 ? "fell" : "stayed";
  const span = `between ${at(s.first[0])} and ${at(s.last[0])}`;
  return verb === "stayed"
    ? `stayed at ${fmt(b)} ${span}`
    : `${verb} from ${fmt(a)} to ${fmt(b)} ${span} (peak ${fmt(s.peak[1])} at ${at(s.peak[0])})`;
}

function podName(m: Record<string, string>): string {
  return [m.namespace, m.pod, m.container].filter(Boolean).join("/") || labelText(m);
}

function labelText(m: Record<string, string>): string {
  const entries = Object.entries(m).slice(0, 8);
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${v.slice(0, 120)}"`).join(", ")}}` : "{}";
}

const key = (m: Record<string, string>, labels: string[]) => labels.map((l) => m[l] ?? "").join("\u0000");

function seriesOf(answers: Answered[], signal: Answered["signal"]): Series[] {
  return answers.flatMap((a) => (a.signal === signal && a.result.status === "ok" ? a.result.series : []));
}

function memoryFacts(answers: Answered[]): string[] {
  const labels = ["namespace", "pod", "container"];
  const limits = new Map(
    seriesOf(answers, "memory-limit").map((s) => [key(s.metric, labels), s.points.at(-1)?.[1]]),
  );
  return seriesOf(answers, "memory").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const limit = limits.get(key(s.metric, labels));
    const share = limit ? sh.peak[1] / limit : undefined;
    const tag = share !== undefined && share >= MEMORY_AT_LIMIT ? "memory-near-limit" : "memory";
    const limitText =
      limit !== undefined
        ? `; limit ${formatBytes(limit)} (peak at ${percent(share ?? 0)} of the limit)`
        : "; no memory limit series";
    return [`[${tag}] working set of ${podName(s.metric)} ${trend(sh, formatBytes)}${limitText}`];
  });
}

function podFacts(answers: Answered[]): string[] {
  const restarts = seriesOf(answers, "restarts").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.last[1] > 0 ? "restarts" : "no-restarts";
    const grew = sh.last[1] - sh.first[1];
    return [
      `[${tag}] ${podName(s.metric)} restarted ${sh.last[1]} times in total, ${grew} of them between ${at(sh.first[0])} and ${at(sh.last[0])}`,
    ];
  });
  const terminated = seriesOf(answers, "last-terminated").flatMap((s) => {
    const sh = shape(s);
    const reason = s.metric.reason;
    if (!sh || !reason) return [];
    const tag = reason === "OOMKilled" ? "oom-terminated" : "terminated";
    return [
      `[${tag}] last termination of ${podName(s.metric)}: reason ${reason} (kube_pod_container_status_last_terminated_reason, seen ${at(sh.first[0])} to ${at(sh.last[0])})`,
    ];
  });
  const throttled = seriesOf(answers, "cpu-throttled").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.peak[1] >= THROTTLED ? "cpu-throttled" : "cpu";
    return [`[${tag}] share of CPU periods throttled for ${podName(s.metric)} ${trend(sh, percent)}`];
  });
  return [...restarts, ...terminated, ...throttled];
}

function capacityFacts(
  answers: Answered[],
  free: RelatedSignal,
  total: RelatedSignal,
  what: string,
): string[] {
  const labels = ["instance", "device", "mountpoint"];
  const totals = new Map(seriesOf(answers, total).map((s) => [key(s.metric, labels), s.points.at(-1)?.[1]]));
  const bytes = what === "space";
  return seriesOf(answers, free).flatMap((s) => {
    const sh = shape(s);
    const size = totals.get(key(s.metric, labels));
    if (!sh || !size) return [];
    const share = (v: number) => v / size;
    const low = share(sh.last[1]) < FS_LOW;
    const tag = bytes
      ? low
        ? "filesystem-almost-full"
        : "filesystem"
      : low
        ? "inodes-almost-exhausted"
        : "inodes";
    const amount = bytes
      ? `${formatBytes(sh.last[1])} of ${formatBytes(size)}`
      : `${sh.last[1]} of ${size} inodes`;
    const m = s.metric;
    return [
      `[${tag}] filesystem ${m.mountpoint ?? "?"} (${m.device ?? "?"}) on ${m.instance ?? "?"}: ${percent(share(sh.last[1]))} ${what} left (${amount}) at ${at(sh.last[0])}, from ${percent(share(sh.first[1]))} at ${at(sh.first[0])}`,
    ];
  });
}

function serviceFacts(answers: Answered[]): string[] {
  const errors = seriesOf(answers, "errors-5xx").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.peak[1] >= ERRORS_HIGH ? "errors-5xx" : "errors";
    return [`[${tag}] share of requests answered 5xx ${trend(sh, percent)}`];
  });
  const latency = seriesOf(answers, "latency-p99").flatMap((s) => {
    const sh = shape(s);
    return sh ? [`[latency] p99 request latency ${trend(sh, (v) => `${v.toFixed(3)} s`)}`] : [];
  });
  return [...errors, ...latency];
}

function expressionFacts(answers: Answered[]): string[] {
  return answers
    .filter((a) => a.signal === "alert-expression")
    .flatMap((a) => {
      if (a.result.status !== "ok") return [];
      if (a.result.series.length === 0) return [`[alert-expression] \`${a.expr}\`: no data in the window`];
      return a.result.series.slice(0, 5).flatMap((s) => {
        const sh = shape(s);
        const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(3) : String(Number(n.toFixed(4))));
        return sh ? [`[alert-expression] \`${a.expr}\` for ${labelText(s.metric)} ${trend(sh, fmt)}`] : [];
      });
    });
}

/** Every answer as facts, then what had no data and what failed (so silence is said, not implied). */
export function metricFacts(source: string, window: Window, answers: Answered[]): string[] {
  const header = `Prometheus ${source}, ${at(window.start.getTime() / 1000)} → ${at(window.end.getTime() / 1000)}, step ${window.stepSeconds}s:`;
  const facts = [
    ...expressionFacts(answers),
    ...memoryFacts(answers),
    ...podFacts(answers),
    ...capacityFacts(answers, "filesystem-avail", "filesystem-size", "space"),
    ...capacityFacts(answers, "inodes-free", "inodes-total", "inodes"),
    ...serviceFacts(answers),
  ];
  const empty = answers
    .filter(
      (a) => a.signal !== "alert-expression" && a.result.status === "ok" && a.result.series.length === 0,
    )
    .map((a) => a.signal);
  const failed = answers.flatMap((a) =>
    a.result.status === "error" ? [`[query-failed] ${a.signal}: ${a.result.reason}`] : [],
  );
  return [
    header,
    ...facts,
    ...(empty.length ? [`[no-data] no series for: ${empty.join(", ")}`] : []),
    ...failed,
  ];
}
