/**
 * A liveness probe that kills a container before it has started: the probe's initial delay plus its failure
 * budget (failureThreshold × periodSeconds) must outlast the start-up time the logs measure. The single
 * change is the liveness probe's initialDelaySeconds; the headroom rule is data.
 */
export const PROBE_HEADROOM = {
  /** The budget must cover the longest start-up measured × factor... */
  factor: 1.5,
  /** ...with the delay rounded up to a multiple of this many seconds. */
  roundTo: 10,
  /** Kubernetes' defaults when the probe does not set them. */
  defaults: { periodSeconds: 10, failureThreshold: 3 },
} as const;

const DELAY = /^(\s*initialDelaySeconds:\s*)(\d+)(\s*(?:#.*)?)$/;

/** periodSeconds and failureThreshold set beside the cited line (the same probe block, same indentation). */
function budgetOf(lines: readonly string[], at: number): { period: number; threshold: number } {
  const indent = /^(\s*)/.exec(lines[at] ?? "")?.[1]?.length ?? 0;
  const sibling = (key: string): number | undefined => {
    for (const dir of [-1, 1]) {
      for (let i = at + dir; i >= 0 && i < lines.length; i += dir) {
        const text = lines[i] ?? "";
        if (text.trim() === "") continue;
        const own = /^(\s*)/.exec(text)?.[1]?.length ?? 0;
        if (own < indent) break;
        const m = own === indent ? new RegExp(`^\\s*${key}:\\s*(\\d+)`).exec(text) : null;
        if (m?.[1]) return Number(m[1]);
      }
    }
    return undefined;
  };
  return {
    period: sibling("periodSeconds") ?? PROBE_HEADROOM.defaults.periodSeconds,
    threshold: sibling("failureThreshold") ?? PROBE_HEADROOM.defaults.failureThreshold,
  };
}

/** Whether the cited line is a liveness probe's (the nearest probe key above it, at a lower indentation). */
function inLiveness(lines: readonly string[], at: number): boolean {
  const indent = /^(\s*)/.exec(lines[at] ?? "")?.[1]?.length ?? 0;
  for (let i = at - 1; i >= 0; i -= 1) {
    const m = /^(\s*)(\w+):\s*$/.exec(lines[i] ?? "");
    if (m && (m[1]?.length ?? 0) < indent) return m[2] === "livenessProbe";
  }
  return false;
}

export type DelayProposal = { ok: true; line: string; change: string } | { ok: false; reason: string };

/** The liveness probe's initialDelaySeconds raised so its budget outlasts the measured start-up. */
export function proposeProbeDelay(content: string, line: number, startupMs: number): DelayProposal {
  const lines = content.split("\n");
  const text = lines[line - 1] ?? "";
  const m = DELAY.exec(text);
  if (!m || !inLiveness(lines, line - 1))
    return { ok: false, reason: "the line is not a liveness probe's initialDelaySeconds" };
  if (/^\s*startupProbe:/m.test(content))
    return { ok: false, reason: "a startupProbe already guards the start: its budget is the one to weigh" };
  const delay = Number(m[2]);
  const { period, threshold } = budgetOf(lines, line - 1);
  const startup = startupMs / 1000;
  if (delay + period * threshold > startup)
    return {
      ok: false,
      reason: `the probe's budget (${delay + period * threshold} s) already outlasts the start-up measured (${startup} s)`,
    };
  const want =
    Math.ceil((startup * PROBE_HEADROOM.factor - period * threshold) / PROBE_HEADROOM.roundTo) *
    PROBE_HEADROOM.roundTo;
  const after = `${m[1]}${want}${m[3] ?? ""}`;
  return {
    ok: true,
    line: after,
    change: `liveness initialDelaySeconds ${delay} → ${want} (start-up measured: ${startup} s; budget ${want} + ${threshold} × ${period} s)`,
  };
}

/** Whether the (patched) probe's budget now outlasts the measured start-up. */
export function probeDelayHolds(
  content: string,
  line: number,
  startupMs: number,
): { ok: boolean; detail: string } {
  const lines = content.split("\n");
  const m = DELAY.exec(lines[line - 1] ?? "");
  if (!m) return { ok: false, detail: "the line no longer sets initialDelaySeconds" };
  const { period, threshold } = budgetOf(lines, line - 1);
  const budget = Number(m[2]) + period * threshold;
  return budget * 1000 > startupMs
    ? {
        ok: true,
        detail: `the liveness budget (${budget} s) now outlasts the start-up measured (${startupMs / 1000} s)`,
      }
    : {
        ok: false,
        detail: `the liveness budget (${budget} s) is still under the start-up measured (${startupMs / 1000} s)`,
      };
}
