import { type CitedLine, lineAt, type Resolution } from "./resolution.js";
import type { Inventory, SettingFact } from "./types.js";

type ContentOf = (file: string) => string | undefined;

const NO_PROXY_KEY = /^(NO_PROXY|no_proxy)$/;

/** Whether a NO_PROXY list sends `host` direct: `*`, the host itself, or a domain suffix (`.corp.net`, `corp.net`). */
export function bypasses(list: string, host: string): boolean {
  const h = host.toLowerCase();
  return list
    .split(/[,\s]+/)
    .map((e) => e.trim().toLowerCase().replace(/:\d+$/, ""))
    .filter(Boolean)
    .some((e) => e === "*" || e === h || h.endsWith(e.startsWith(".") ? e : `.${e}`));
}

/** What to add: a cluster-internal name is covered by its cluster suffix, anything else by itself. */
function entryFor(host: string): string {
  const cluster = /\.svc\.cluster\.local$/.exec(host);
  return cluster ? ".svc.cluster.local" : host;
}

/**
 * An internal host went through the egress proxy (the proxy refused the tunnel): the one NO_PROXY setting the
 * deploy files hold is the cause, and the change appends the host (or its cluster suffix). Several settings,
 * or the host already bypassed: cited, nothing proposed.
 */
export function resolveNoProxy(host: string, inv: Inventory, contentOf: ContentOf): Resolution | undefined {
  const settings = inv.settings.filter((s) => NO_PROXY_KEY.test(s.key));
  const first = settings[0];
  const text = first ? lineAt(contentOf(first.file) ?? "", first.line) : undefined;
  if (!first || text === undefined) return undefined;
  const cause: CitedLine = { file: first.file, line: first.line, text };
  const add = entryFor(host);
  const base = {
    kind: "no-proxy-covers-host" as const,
    subject: host,
    cause,
    truth: settings.map((s: SettingFact) => ({ file: s.file, line: s.line })),
    candidates: [add],
  };
  if (settings.some((s) => bypasses(s.value, host))) return undefined;
  if (settings.length > 1)
    return {
      ...base,
      reason: `NO_PROXY is set in ${settings.length} places; one change would not cover them`,
    };
  const at = first.value === "" ? -1 : text.indexOf(first.value);
  if (at < 0) return { ...base, reason: "the NO_PROXY value could not be rewritten on its line" };
  const after = `${text.slice(0, at)}${first.value},${add}${text.slice(at + first.value.length)}`;
  return {
    ...base,
    reason: `${host} is internal but ${first.key} (${first.file}:${first.line}) does not list it, so requests to it go through the proxy`,
    change: { ...cause, before: text, after, summary: `${first.key} += ${add}` },
  };
}
