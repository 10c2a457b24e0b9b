import type { Incident } from "../../../core/incident.js";

/**
 * What a Datadog notification title says before the monitor name. Datadog prefixes the monitor name with
 * bracket groups: an optional priority (`[P2]`) and the transition, with the group for multi-alert monitors
 * (`[Triggered on {service:checkout,env:prod}]`), in either order.
 */
export interface DatadogTitle {
  priority?: string;
  transition?: string;
  scope?: string;
  /** The monitor name: what stays the same from Warn to Triggered to Recovered. */
  name: string;
}

const PRIORITY = /^P[1-5]$/i;
// A transition word, then optionally ` on {scope}` (the scope never holds a `}`; Datadog tags cannot).
const TRANSITION = /^([A-Za-z][A-Za-z -]{0,40}?)(?: on \{([^}]{0,2000})\})?$/;

export function parseDatadogTitle(text: string): DatadogTitle {
  const out: DatadogTitle = { name: text.trim() };
  let rest = text.trimStart();
  // At most three leading groups: enough for `[P2] [Re-Triggered on {…}]`, and linear on hostile titles.
  for (let i = 0; i < 3 && rest.startsWith("["); i += 1) {
    const close = rest.indexOf("]");
    if (close < 0) break;
    const inner = rest.slice(1, close).trim();
    if (PRIORITY.test(inner) && out.priority === undefined) out.priority = inner.toUpperCase();
    else {
      const match = TRANSITION.exec(inner);
      if (!match || out.transition !== undefined || !isTransition(match[1] ?? "")) break;
      out.transition = (match[1] ?? "").trim();
      if (match[2] !== undefined) out.scope = match[2];
    }
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.length > 0) out.name = rest.trimEnd();
  return out;
}

/** Datadog's `$ALERT_TRANSITION` values (and their title forms), lower-cased. */
const TRANSITIONS: Record<string, Incident["status"] | "ignore"> = {
  triggered: "firing",
  "re-triggered": "firing",
  retriggered: "firing",
  alert: "firing",
  warn: "firing",
  warning: "firing",
  "re-warn": "firing",
  renotify: "firing",
  recovered: "resolved",
  "warn recovered": "resolved",
  resolved: "resolved",
  ok: "resolved",
  "no data": "ignore",
  "re-no data": "ignore",
  "no data recovered": "ignore",
};

function isTransition(word: string): boolean {
  return word.trim().toLowerCase() in TRANSITIONS;
}

/** The transition's status; `undefined` when the word is not one Datadog sends. */
export function datadogStatus(transition: string | undefined): Incident["status"] | "ignore" | undefined {
  if (!transition) return undefined;
  return TRANSITIONS[transition.trim().toLowerCase()];
}

/** `host:b, service:a` and `service:a,host:b` are one scope: trimmed, sorted, `*` and empty mean none. */
export function canonicalScope(scope: string | undefined): string {
  if (!scope) return "";
  const parts = scope
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "*");
  return [...new Set(parts)].sort().join(",");
}
