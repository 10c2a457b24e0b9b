import { lineAt, type Resolution } from "./resolution.js";
import type { RouteFact } from "./routes.js";
import type { Inventory } from "./types.js";

type ContentOf = (file: string) => string | undefined;

const HEALTH = /health|ready|readiness|live|liveness|status|ping/i;
const WORD: Record<string, RegExp> = {
  readiness: /ready|readiness/i,
  liveness: /live|liveness/i,
  startup: /start/i,
};

/**
 * An HTTP probe answered 404: its path is compared with the routes the code declares. The one health route
 * for that probe's purpose (a readiness route for a readiness probe), or else the one health route, is the
 * change; several, or none, are cited and nothing is proposed.
 */
export function resolveProbePath(
  probe: "readiness" | "liveness" | "startup",
  inv: Inventory,
  routes: readonly RouteFact[],
  contentOf: ContentOf,
): Resolution | undefined {
  const served = new Set(routes.map((r) => r.path));
  const target = inv.probes.find((p) => p.probe === probe && !served.has(p.path));
  if (!target || routes.length === 0) return undefined;
  const text = lineAt(contentOf(target.file) ?? "", target.line);
  if (text === undefined) return undefined;
  const health = routes.filter((r) => HEALTH.test(r.path));
  const purposeful = health.filter((r) => WORD[probe]?.test(r.path));
  const picks = purposeful.length > 0 ? purposeful : health;
  const base = {
    kind: "probe-path-served" as const,
    subject: target.path,
    cause: { file: target.file, line: target.line, text },
    truth: picks.map((r) => ({ file: r.file, line: r.line })),
    candidates: picks.map((r) => r.path),
  };
  const to = picks[0]?.path;
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason:
        picks.length > 1
          ? "several health routes could serve the probe"
          : "the code declares no health route",
    };
  const after = text.replace(target.path, to);
  return {
    ...base,
    reason: `the code serves ${to} (${picks[0]?.file}:${picks[0]?.line}) and no longer ${target.path}`,
    change: { ...base.cause, before: text, after, summary: `${probe} probe path ${target.path} → ${to}` },
  };
}
