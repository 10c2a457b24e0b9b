import type { CitedLine, Resolution } from "./resolution.js";

interface RepoFile {
  path: string;
  content: string;
}

/** A keep-alive timeout as written: where, the number as written, its unit, and the value in milliseconds. */
interface Timeout extends CitedLine {
  raw: string;
  unit: "ms" | "s";
  ms: number;
}

/** nginx keeps idle upstream connections this long when `keepalive N;` sets no keepalive_timeout (1.15.3+). */
const NGINX_UPSTREAM_DEFAULT_MS = 60_000;
/** How much longer than the proxy the upstream keeps a connection: one request's worth of slack. */
const MARGIN_MS = 5_000;

function nginxMs(value: string): number | undefined {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === "ms" ? n : m[2] === "m" ? n * 60_000 : m[2] === "h" ? n * 3_600_000 : n * 1000;
}

/**
 * The proxy's idle time for reused upstream connections: `keepalive_timeout` inside an nginx `upstream {}`
 * block (the one in `server`/`http` is for clients, not upstreams), or nginx's default when the block keeps
 * connections (`keepalive N;`) and says no more.
 */
function proxyTimeouts(files: readonly RepoFile[]): { cited: CitedLine; ms: number }[] {
  const out: { cited: CitedLine; ms: number }[] = [];
  for (const f of files.filter((x) => /\.conf$|(^|\/)nginx[^/]*$/.test(x.path))) {
    const lines = f.content.split("\n");
    let depth = 0;
    let upstream: { at: number; keepalive?: number; timeout?: { line: number; ms: number } } | undefined;
    lines.forEach((text, i) => {
      const code = text.replace(/#.*$/, "");
      if (/^\s*upstream\s+[\w.-]+\s*\{/.test(code) && depth === 0) upstream = { at: i + 1 };
      else if (upstream && depth === 1) {
        if (/^\s*keepalive\s+\d+\s*;/.test(code)) upstream.keepalive = i + 1;
        const t = /^\s*keepalive_timeout\s+(\S+?)\s*;/.exec(code);
        const ms = t?.[1] ? nginxMs(t[1]) : undefined;
        if (ms !== undefined) upstream.timeout = { line: i + 1, ms };
      }
      depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
      if (upstream && depth === 0 && /\}/.test(code)) {
        const line = upstream.timeout?.line ?? upstream.keepalive;
        if (line !== undefined)
          out.push({
            cited: { file: f.path, line, text: lines[line - 1] ?? "" },
            ms: upstream.timeout?.ms ?? NGINX_UPSTREAM_DEFAULT_MS,
          });
        upstream = undefined;
      }
    });
  }
  return out;
}

/** The upstream app's own keep-alive: Node's `server.keepAliveTimeout` (ms), gunicorn's keep-alive (s). */
const APP_TIMEOUTS: { re: RegExp; files: RegExp; unit: "ms" | "s" }[] = [
  { re: /\bkeepAliveTimeout\s*=\s*(\d+)\b/, files: /\.(js|mjs|cjs|ts)$/, unit: "ms" },
  { re: /^\s*keepalive\s*=\s*(\d+)\b/, files: /gunicorn[\w.-]*\.py$/, unit: "s" },
  { re: /--keep-alive[= ](\d+)\b/, files: /./, unit: "s" },
];

function appTimeouts(files: readonly RepoFile[]): Timeout[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      for (const { re, files: which, unit } of APP_TIMEOUTS) {
        const m = which.test(f.path) ? re.exec(text) : null;
        if (m?.[1] && !/^\s*(\/\/|#)/.test(text)) {
          const n = Number(m[1]);
          return [{ file: f.path, line: i + 1, text, raw: m[1], unit, ms: unit === "ms" ? n : n * 1000 }];
        }
      }
      return [];
    }),
  );
}

/** Whether every upstream keep-alive in the files outlasts every proxy upstream keep-alive. */
export function keepaliveHolds(files: readonly RepoFile[]): { ok: boolean; detail: string } {
  const proxy = Math.max(0, ...proxyTimeouts(files).map((p) => p.ms));
  const short = appTimeouts(files).find((a) => a.ms <= proxy);
  return short
    ? { ok: false, detail: `${short.file}:${short.line} still closes idle connections before the proxy does` }
    : { ok: true, detail: `the upstream now keeps idle connections longer than the proxy (${proxy} ms)` };
}

/**
 * Resets on reused upstream connections: the app closes idle keep-alive connections no later than the proxy
 * reuses them. The app's timeout is the cause; the change makes it the proxy's plus a margin. Several proxy
 * or app timeouts that disagree: all cited, nothing proposed.
 */
export function resolveKeepalive(files: readonly RepoFile[]): Resolution | undefined {
  const proxies = proxyTimeouts(files);
  const apps = appTimeouts(files);
  const app = apps[0];
  if (!app || proxies.length === 0) return undefined;
  const proxyMs = Math.max(...proxies.map((p) => p.ms));
  const base = {
    kind: "keepalive-outlasts-proxy" as const,
    subject: `keep-alive ${app.ms} ms`,
    cause: { file: app.file, line: app.line, text: app.text },
    truth: proxies.map((p) => ({ file: p.cited.file, line: p.cited.line })),
    candidates: [],
  };
  if (app.ms > proxyMs) return undefined;
  if (apps.length > 1)
    return {
      ...base,
      reason: `${apps.length} upstream keep-alive settings; one change would not cover them`,
    };
  if (new Set(proxies.map((p) => p.ms)).size > 1)
    return { ...base, reason: "the proxy's upstream blocks keep connections for different times" };
  const targetMs = proxyMs + MARGIN_MS;
  const value = String(app.unit === "ms" ? targetMs : Math.ceil(targetMs / 1000));
  const after = app.text.replace(app.raw, value);
  const proxy = proxies[0];
  return {
    ...base,
    candidates: [value],
    reason: `the proxy reuses idle upstream connections for ${proxyMs} ms (${proxy?.cited.file}:${proxy?.cited.line}) but the upstream closes them after ${app.ms} ms`,
    change: {
      ...base.cause,
      before: app.text,
      after,
      summary: `upstream keep-alive ${app.raw} → ${value} ${app.unit}, longer than the proxy's ${proxyMs} ms`,
    },
  };
}
