import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import type { Finding } from "./findings.js";

/**
 * Where a slow request's time went, as services log it: a JSON object of per-dependency timings in ms (pino
 * and similar: `"upstreams":{"recommendations":2357,"catalog":14}`) with one of a second or more, or nginx's
 * `upstream_response_time` (`urt="2.104"`) of a second or more.
 */
export const BREAKDOWN_SEARCH = {
  pattern: String.raw`"(?:upstreams?|dependencies|downstreams?|timings)"\s*:\s*\{[^}]*"[\w.-]+"\s*:\s*[1-9]\d{3,}|\burt="?[1-9]\d*\.\d+|upstream_response_time[=:]\s*"?[1-9]\d*\.\d+`,
};

/** A latency finding is a symptom: the dependency that holds the time is what to look at. */
export function breakdownSearch(finding: Finding): { pattern: string } | undefined {
  return finding.pattern.category === "latency" ? BREAKDOWN_SEARCH : undefined;
}

/** The slowest dependency a breakdown line names, and its time in ms. */
function slowest(text: string): { name: string; ms: number } | undefined {
  const object = /"(?:upstreams?|dependencies|downstreams?|timings)"\s*:\s*\{([^}]*)\}/.exec(text)?.[1];
  if (object) {
    const entries = [...object.matchAll(/"([\w.-]+)"\s*:\s*(\d+(?:\.\d+)?)/g)].map((m) => ({
      name: m[1] ?? "",
      ms: Number(m[2]),
    }));
    return entries.sort((a, b) => b.ms - a.ms)[0];
  }
  const urt = /\b(?:urt|upstream_response_time)[=:]\s*"?(\d+\.\d+)/.exec(text)?.[1];
  return urt ? { name: "the upstream", ms: Math.round(Number(urt) * 1000) } : undefined;
}

const MAX_CITED = 2;

/**
 * The diagnosis with the first log lines (never repository files) that say which dependency the slow requests
 * waited on, cited after the finding's own lines.
 */
export function withBreakdown(
  diagnosis: Diagnosis,
  hits: readonly { file: string; line: number; text: string }[],
  inRepo: ReadonlySet<string>,
): Diagnosis {
  const re = new RegExp(BREAKDOWN_SEARCH.pattern);
  const cited: Evidence[] = hits
    .filter((h) => !inRepo.has(h.file) && re.test(h.text))
    .flatMap((h) => {
      const dep = slowest(h.text);
      return dep && dep.ms >= 1_000 ? [{ ...h, dep }] : [];
    })
    .slice(0, MAX_CITED)
    .map((h) => ({
      kind: "log" as const,
      file: h.file,
      line: h.line,
      excerpt: h.text.slice(0, 2_000),
      note: `where the time goes: ${h.dep.name} took ${h.dep.ms} ms`,
    }));
  if (cited.length === 0) return diagnosis;
  const at = diagnosis.evidence.filter((e) => e.kind === "log").length;
  const evidence = [...diagnosis.evidence.slice(0, at), ...cited, ...diagnosis.evidence.slice(at)].slice(
    0,
    50,
  );
  return { ...diagnosis, evidence };
}
