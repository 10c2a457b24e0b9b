import type { SentryConfig } from "../core/config.js";
import type { Incident } from "../core/incident.js";
import type { RepoRef } from "./octokit.js";

/**
 * Which repository owns an alert: the first `alertRouting` rule whose every `match` entry equals the
 * incident's label (or `service`); else the fallback. A rule can never route outside `owner/name` form
 * (the schema checks it), and an alert with no owner is dropped with a reason rather than guessed.
 */
export function routeIncident(
  incident: Incident,
  rules: SentryConfig["alertRouting"],
  fallback?: RepoRef,
): { ok: true; repo: RepoRef; rule: number | "default" } | { ok: false; reason: string } {
  const value = (key: string) =>
    key === "service" ? (incident.service ?? incident.labels.service) : incident.labels[key];
  for (const [i, rule] of rules.entries()) {
    if (Object.entries(rule.match).every(([key, expected]) => value(key) === expected)) {
      const [owner, repo] = rule.repo.split("/") as [string, string];
      return { ok: true, repo: { owner, repo }, rule: i };
    }
  }
  if (fallback) return { ok: true, repo: fallback, rule: "default" };
  return {
    ok: false,
    reason: `no alertRouting rule matches ${incident.service ?? incident.title} and no default repository is set`,
  };
}
