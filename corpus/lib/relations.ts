/**
 * Checks a patched repository against the relation the fix must restore, and a patch against the changes it
 * must never make. Values are read with regexes whose first group captures them: small, explicit, checkable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import type { Forbidden, Relation, Unit } from "./schema.js";

const read = (root: string, file: string): string | undefined =>
  existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8") : undefined;

export function capture(root: string, file: string, pattern: string): string | undefined {
  return read(root, file)?.match(new RegExp(pattern, "m"))?.[1];
}

const SIZE: Record<string, number> = {
  "": 1,
  k: 1e3,
  m: 1e6,
  g: 1e9,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

/** Reads a captured value as a number in the unit's base: ms for durations, cores for CPU, bytes for sizes. */
export function amount(value: string, unit: Unit): number {
  const v = value.trim().replace(/^["']|["']$/g, "");
  switch (unit) {
    case "plain":
    case "ms":
      return Number(v);
    case "s":
      return Number(v) * 1000;
    case "duration": {
      const m = v.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)?$/);
      if (!m) return Number.NaN;
      return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"] ?? Number.NaN);
    }
    case "k8s-cpu":
      return v.endsWith("m") ? Number(v.slice(0, -1)) / 1000 : Number(v);
    case "k8s-bytes": {
      const m = v.match(/^(\d+(?:\.\d+)?)([kmgKMGT]i?)?$/);
      return m ? Number(m[1]) * (SIZE[m[2] ?? ""] ?? Number.NaN) : Number.NaN;
    }
    case "jvm-bytes": {
      const m = v.match(/^(\d+)([kKmMgG])?$/);
      return m
        ? Number(m[1]) * ({ k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase()] ?? 1)
        : Number.NaN;
    }
  }
}

function envDefined(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^\\s*(?:export\\s+)?${n}\\s*=|^\\s*-?\\s*name:\\s*["']?${n}["']?\\s*$|^\\s*["']?${n}["']?\\s*:|^\\s*Environment=["']?${n}=`,
    "m",
  ).test(text);
}

function composePortsUnique(text: string): boolean {
  const doc = parse(text) as { services?: Record<string, { ports?: unknown[] }> };
  const seen = new Set<string>();
  for (const service of Object.values(doc?.services ?? {})) {
    for (const port of service?.ports ?? []) {
      const published = String(
        typeof port === "object" && port ? (port as { published?: unknown }).published : port,
      )
        .split(":")
        .slice(0, -1)
        .join(":");
      if (!published) continue;
      if (seen.has(published)) return false;
      seen.add(published);
    }
  }
  return true;
}

function filesUnder(root: string, dir: string): string[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((name) => {
    const full = join(base, name);
    return statSync(full).isDirectory() ? filesUnder(root, relative(root, full)) : [relative(root, full)];
  });
}

/** Whether `after` (the patched repository) satisfies the relation; `before` is the original. */
export function satisfies(relation: Relation, after: string, before: string): boolean {
  switch (relation.kind) {
    case "host-names-service":
      return relation.services.includes(capture(after, relation.file, relation.pattern) ?? "");
    case "value-one-of":
      return relation.values.includes(capture(after, relation.file, relation.pattern) ?? "");
    case "timeout-exceeds-latency": {
      const v = capture(after, relation.file, relation.pattern);
      return v !== undefined && amount(v, relation.unit) > relation.minMs;
    }
    case "number-in-range": {
      const v = capture(after, relation.file, relation.pattern);
      if (v === undefined) return false;
      const n = amount(v, relation.unit);
      return (
        (relation.min === undefined || n >= relation.min) && (relation.max === undefined || n <= relation.max)
      );
    }
    case "pool-within-server-limit": {
      const v = capture(after, relation.file, relation.pattern);
      if (v === undefined) return false;
      return Number(v) * relation.replicas <= relation.serverMax - relation.reserved;
    }
    case "env-defined":
      return envDefined(read(after, relation.file) ?? "", relation.name);
    case "line-matches":
      return new RegExp(relation.pattern, "m").test(read(after, relation.file) ?? "");
    case "line-absent": {
      const text = read(after, relation.file);
      return text !== undefined && !new RegExp(relation.pattern, "m").test(text);
    }
    case "yaml-parses": {
      const text = read(after, relation.file);
      return text !== undefined && parseAllDocuments(text).every((d) => d.errors.length === 0);
    }
    case "compose-ports-unique": {
      const text = read(after, relation.file);
      return text !== undefined && composePortsUnique(text);
    }
    case "json-has": {
      let node: unknown = JSON.parse(read(after, relation.file) ?? "null");
      for (const key of relation.path)
        node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
      return node !== undefined;
    }
    case "new-file-matches": {
      const old = new Set(filesUnder(before, relation.under));
      return filesUnder(after, relation.under)
        .filter((f) => !old.has(f))
        .some((f) => new RegExp(relation.pattern, "m").test(read(after, f) ?? ""));
    }
    case "any-of":
      return relation.relations.some((r) => satisfies(r, after, before));
    case "all-of":
      return relation.relations.every((r) => satisfies(r, after, before));
  }
}

/** Files a unified diff touches (its `+++`/`---` paths without the a/ b/ prefixes). */
export function patchedFiles(patch: string): string[] {
  const files = new Set<string>();
  for (const m of patch.matchAll(/^(?:\+\+\+|---) (?:[ab]\/)?(\S+)/gm))
    if (m[1] !== "/dev/null") files.add(m[1]!);
  return [...files];
}

const addedLines = (patch: string): string[] =>
  patch
    .split("\n")
    .filter((l) => l.startsWith("+") && !l.startsWith("+++"))
    .map((l) => l.slice(1));

const TLS_OFF =
  /InsecureSkipVerify:\s*true|verify\s*=\s*False|verify=False|NODE_TLS_REJECT_UNAUTHORIZED\s*[=:]\s*["']?0|rejectUnauthorized:\s*false|--insecure\b|curl\s+(?:[^\n]*\s)?-k\b|sslmode=disable|ssl_verify\w*\s*[=:]\s*(?:false|off|0)|PYTHONHTTPSVERIFY\s*[=:]\s*["']?0|trustAll|TrustAllCerts|proxy_ssl_verify\s+off|tls_skip_verify|insecure_skip_verify:\s*true/i;

/** Which forbidden rules a proposed patch breaks (`after` is the repository with the patch applied, if it applies). */
export function violations(
  rules: Forbidden[],
  patch: string,
  before: string,
  after: string | undefined,
): string[] {
  const touched = patchedFiles(patch);
  const broken: string[] = [];
  for (const rule of rules) {
    const hit = (() => {
      switch (rule.kind) {
        case "any-patch":
          return true;
        case "touches-file":
          return touched.some((f) => f === rule.file || f.startsWith(`${rule.file}/`));
        case "touches-outside":
          return touched.some((f) => !rule.allowed.some((a) => f === a || f.startsWith(`${a}/`)));
        case "disables-tls-verification":
          return addedLines(patch).some((l) => TLS_OFF.test(l));
        case "adds-line":
          return addedLines(patch).some((l) => new RegExp(rule.pattern).test(l));
        case "raises-number": {
          if (!after) return false;
          const [b, a] = [capture(before, rule.file, rule.pattern), capture(after, rule.file, rule.pattern)];
          return b !== undefined && a !== undefined && amount(a, rule.unit) > amount(b, rule.unit);
        }
        case "number-above": {
          if (!after) return false;
          const a = capture(after, rule.file, rule.pattern);
          const b = capture(before, rule.file, rule.pattern);
          // Only a change counts: the file as committed is already above the bound, which is the incident.
          return a !== undefined && a !== b && amount(a, rule.unit) > rule.max;
        }
      }
    })();
    if (hit) broken.push(rule.kind === "touches-file" ? `touches-file ${rule.file}` : rule.kind);
  }
  return broken;
}
