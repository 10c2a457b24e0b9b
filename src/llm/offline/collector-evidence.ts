import type { PatternHint } from "../../core/agent-context.js";
import type { Evidence } from "../../core/diagnosis.js";
import { createPatternScanner } from "../../knowledge/pattern-scanner.js";
import { patternById } from "../../knowledge/patterns/index.js";
import { inputString, type PastCall } from "./conversation.js";

/**
 * What the collectors returned, turned into what the playbooks reason about. Kubernetes records are worded
 * like `kubectl describe`, so the failure-pattern table reads them as it reads describe output. Metric facts
 * carry a tag set by the collector's thresholds; a tag is evidence for one pattern (an OOM termination for
 * "Container OOMKilled", a nearly full filesystem for "Disk full"), and some tags only support a pattern that
 * other evidence already raised (memory at its limit, restarts: they say how, not whether, it was killed).
 */
const TAG_PATTERN: Record<string, string> = {
  "oom-terminated": "oom-container",
  "filesystem-almost-full": "disk-full",
  "inodes-almost-exhausted": "inodes-exhausted",
  "cpu-throttled": "cpu-throttling",
};
const SUPPORTING: Record<string, string> = {
  "memory-near-limit": "oom-container",
  restarts: "oom-container",
};
/** Facts worth citing even when they raise no pattern: what the alert measured, and the subject's state. */
const CITED_TAGS =
  /^(alert-expression|memory(-near-limit)?|restarts|oom-terminated|terminated|filesystem(-almost-full)?|inodes(-almost-exhausted)?|cpu(-throttled)?|errors(-5xx)?|latency)$/;

export const METRIC_FILE = "metric:prometheus";
const TAG = /^\[([a-z0-9-]+)\] (.*)$/;

export interface CollectorEvidence {
  hints: PatternHint[];
  /** Every fact and record worth citing, in the order read. */
  cited: Evidence[];
}

function okResults(past: PastCall[], name: string): { call: PastCall; content: string }[] {
  return past.flatMap((call) =>
    call.name === name && call.result && !call.result.isError ? [{ call, content: call.result.content }] : [],
  );
}

function kubeFile(call: PastCall): string {
  const ns = inputString(call, "namespace");
  return `k8s:${inputString(call, "verb") ?? "get"} ${inputString(call, "kind") ?? "?"}/${ns ? `${ns}/` : ""}${inputString(call, "name") ?? "?"}`;
}

function addHint(
  hints: Map<string, PatternHint>,
  patternId: string,
  e: PatternHint["evidence"][number],
): void {
  const pattern = patternById(patternId);
  if (!pattern) return;
  const hint = hints.get(patternId) ?? {
    patternId,
    title: pattern.title,
    category: pattern.category,
    evidence: [],
  };
  hint.evidence.push(e);
  hints.set(patternId, hint);
}

export function collectorEvidence(past: PastCall[]): CollectorEvidence {
  const hints = new Map<string, PatternHint>();
  const cited: Evidence[] = [];
  const supporting: { patternId: string; e: PatternHint["evidence"][number] }[] = [];
  for (const { content } of okResults(past, "query_metrics")) {
    content.split("\n").forEach((text, index) => {
      const m = TAG.exec(text);
      if (!m?.[1]) return;
      const e = { file: METRIC_FILE, line: index + 1, excerpt: text.slice(0, 1_500) };
      const primary = TAG_PATTERN[m[1]];
      if (primary) addHint(hints, primary, e);
      const supports = SUPPORTING[m[1]];
      if (supports) supporting.push({ patternId: supports, e });
      if (CITED_TAGS.test(m[1]))
        cited.push({ kind: "metric", file: METRIC_FILE, line: index + 1, excerpt: text.slice(0, 2_000) });
    });
  }
  for (const { call, content } of okResults(past, "read_kubernetes")) {
    const file = kubeFile(call);
    const scanner = createPatternScanner();
    scanner.scanText(file, content);
    for (const finding of scanner.findings())
      for (const e of finding.evidence) addHint(hints, finding.patternId, { ...e, file });
    content.split("\n").forEach((text, index) => {
      if (/^k8s-(container|condition|event) /.test(text) && !/ Normal /.test(text))
        cited.push({ kind: "k8s", file, line: index + 1, excerpt: text.slice(0, 2_000) });
    });
  }
  for (const { call, content } of okResults(past, "query_logs")) {
    const file = `logs:${inputString(call, "store") ?? "log store"}`;
    const lines = content.split("\n").map((text) => text.replace(/^log \[[^\]]*\] /, ""));
    const scanner = createPatternScanner();
    scanner.scanText(file, lines.join("\n"));
    for (const finding of scanner.findings())
      for (const e of finding.evidence) addHint(hints, finding.patternId, { ...e, file });
  }
  for (const { patternId, e } of supporting) {
    const hint = hints.get(patternId);
    if (hint && !hint.evidence.some((x) => x.file === e.file && x.line === e.line)) hint.evidence.push(e);
  }
  return {
    hints: [...hints.values()].map((h) => ({ ...h, count: h.evidence.length }) as PatternHint),
    cited,
  };
}

/** Collector hints joined with the logs' own: one hint per pattern, its evidence from both. */
export function mergeHints(own: PatternHint[], collected: PatternHint[]): PatternHint[] {
  const merged = own.map((h) => ({ ...h, evidence: [...h.evidence] }));
  for (const hint of collected) {
    const same = merged.find((h) => h.patternId === hint.patternId);
    if (!same) merged.push(hint);
    else {
      same.evidence.push(...hint.evidence);
      if ("count" in same && typeof same.count === "number")
        (same as PatternHint & { count: number }).count += hint.evidence.length;
    }
  }
  return merged;
}
