import { child, entries, scalar, yamlDocs } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";

/**
 * The database refused clients (too many connections): the client pool × the replicas that each open one
 * must fit under the server's max_connections less the slots it reserves. The relation and its defaults are
 * data; the single change LOWERS the one client pool to the largest value that fits. Several pools, several
 * server limits, or replicas the repository does not say: cited, nothing proposed.
 */
export const POOL_RULE = {
  /** A client pool's key, in the spellings HikariCP, SQLAlchemy, node-postgres, Sequelize and env vars use. */
  poolKey:
    /(?:^|[._-])(?:maximum|max)?[._-]?pool[._-]?(?:size|max)$|^(?:maximumPoolSize|maxPoolSize|poolSize|poolMax)$/i,
  /** A pool below this is no fix: the service would starve; raising the server's limit is a person's call. */
  minPool: 2,
  /** Postgres reserves superuser_reserved_connections (3 unless set); MySQL keeps its one extra slot apart. */
  defaultReserved: { postgres: 3, mysql: 0 },
} as const;

/** A file read through the tools (the shape of resolve.ts's RepoRead, not imported: resolve.ts imports this). */
interface RepoRead {
  path: string;
  content: string;
}

interface Found extends Located {
  value: number;
  text: string;
}

const SERVER_LINE = /^\s*max_connections\s*=\s*(\d+)/;
const SERVER_FLAG = /(?:-c\s+|--)max[_-]connections[= ](\d+)/;
const RESERVED =
  /^\s*(?:superuser_)?reserved_connections\s*=\s*(\d+)|-c\s+(?:superuser_)?reserved_connections=(\d+)/;
const POOL_LINE =
  /^\s*-?\s*"?((?:[\w.-]*[._-])?(?:maximum|max)?[._-]?pool[._-]?(?:size|max)|maximumPoolSize|maxPoolSize|poolSize|poolMax)"?\s*[:=]\s*"?(\d+)"?\s*(?:#.*)?$/i;

function linesMatching(files: readonly RepoRead[], re: RegExp): (Found & { groups: RegExpExecArray })[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      if (/^\s*(#|\/\/|;)/.test(text)) return [];
      const m = re.exec(text);
      // The number is the last group a form captures (a pool's line captures its key first).
      const value = Number(
        m
          ?.slice(1)
          .filter((g) => g !== undefined)
          .at(-1),
      );
      return m && Number.isInteger(value) ? [{ file: f.path, line: i + 1, text, value, groups: m }] : [];
    }),
  );
}

/** The server's connections the clients may use: max_connections less what it reserves for superusers. */
function serverLimit(files: readonly RepoRead[]): { max: Found; reserved: number; at: Found[] } | string {
  const max = [...linesMatching(files, SERVER_LINE), ...linesMatching(files, SERVER_FLAG)];
  const values = [...new Set(max.map((m) => m.value))];
  const first = max[0];
  if (!first) return "the repository read sets no max_connections";
  if (values.length > 1) return `several max_connections are set (${values.join(", ")})`;
  const reserved = linesMatching(files, RESERVED);
  const mysql = /\.cnf$|mysql|mariadb/i.test(first.file);
  const sum = reserved.reduce((n, r) => n + r.value, 0);
  return {
    max: first,
    reserved: reserved.length > 0 ? sum : POOL_RULE.defaultReserved[mysql ? "mysql" : "postgres"],
    at: reserved,
  };
}

/** Every client pool the files read set: env entries, YAML leaves, properties, .env lines. */
function pools(files: readonly RepoRead[]): Found[] {
  const direct = linesMatching(files, POOL_LINE);
  // Kubernetes env lists: `- name: X_POOL_SIZE` then `value: "20"` on the next line.
  const listed = files.flatMap((f) => {
    const lines = f.content.split("\n");
    return lines.flatMap((text, i) => {
      const name = /^\s*-\s*name:\s*"?([\w.-]+)"?\s*$/.exec(text)?.[1];
      const next = lines[i + 1] ?? "";
      const value = /^\s*value:\s*"?(\d+)"?\s*$/.exec(next)?.[1];
      return name && value && POOL_RULE.poolKey.test(name)
        ? [{ file: f.path, line: i + 2, text: next, value: Number(value) }]
        : [];
    });
  });
  return [...direct, ...listed];
}

/** How many copies of the workload whose file sets the pool run: its replicas, or its autoscaler's ceiling. */
function replicasOf(files: readonly RepoRead[], poolFile: string): Found | string {
  const workloads = files.flatMap((f) =>
    yamlDocs(f.content).flatMap((doc) => {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !/^(Deployment|StatefulSet|ReplicaSet)$/.test(kind)) return [];
      const name = scalar(child(child(doc.root, "metadata"), "name")) ?? "";
      const node = child(child(doc.root, "spec"), "replicas");
      const value = Number(scalar(node) ?? 1);
      return [{ file: f.path, name, value, line: node ? doc.lineOf(node) : doc.lineOf(doc.root) }];
    }),
  );
  const compose = files.flatMap((f) =>
    yamlDocs(f.content).flatMap((doc) =>
      entries(child(doc.root, "services")).flatMap((svc) => {
        const node = child(child(svc.value, "deploy"), "replicas") ?? child(svc.value, "scale");
        return node
          ? [{ file: f.path, name: svc.key, value: Number(scalar(node)), line: doc.lineOf(node) }]
          : [];
      }),
    ),
  );
  const own = [...workloads, ...compose].filter((w) => w.file === poolFile);
  const candidates = own.length > 0 ? own : [...workloads, ...compose];
  const target = candidates[0];
  if (!target || candidates.length > 1)
    return target ? "several workloads could run this pool" : "the repository read says no replica count";
  const hpa = files.flatMap((f) =>
    yamlDocs(f.content).flatMap((doc) => {
      if (scalar(child(doc.root, "kind")) !== "HorizontalPodAutoscaler") return [];
      const spec = child(doc.root, "spec");
      const node = child(spec, "maxReplicas");
      const ref = scalar(child(child(spec, "scaleTargetRef"), "name"));
      return ref === target.name && node
        ? [{ file: f.path, line: doc.lineOf(node), value: Number(scalar(node)) }]
        : [];
    }),
  );
  const ceiling = hpa.find((h) => h.value > target.value);
  const at = ceiling ?? target;
  const text = lineAt(files.find((f) => f.path === at.file)?.content ?? "", at.line) ?? "";
  return { file: at.file, line: at.line, value: at.value, text };
}

/** The pool that fits, or why none is proposed; recomputed from the patched files by the relation check. */
export function poolFit(
  files: readonly RepoRead[],
): { pool: Found; replicas: Found; limit: number; truth: Located[]; fits: number } | string {
  const server = serverLimit(files);
  if (typeof server === "string") return server;
  const all = pools(files);
  const pool = all[0];
  if (!pool) return "the repository read sets no client pool";
  if (all.length > 1)
    return `several client pools share the server (${all.map((p) => `${p.file}:${p.line}`).join(", ")})`;
  const replicas = replicasOf(files, pool.file);
  if (typeof replicas === "string") return replicas;
  const limit = server.max.value - server.reserved;
  return {
    pool,
    replicas,
    limit,
    truth: [server.max, replicas, ...server.at],
    fits: Math.floor(limit / Math.max(1, replicas.value)),
  };
}

/** Too many clients: the one client pool lowered so that pool × replicas fits the server's limit. */
export function resolvePoolLimit(files: readonly RepoRead[]): Resolution | undefined {
  const fit = poolFit(files);
  if (typeof fit === "string") return undefined;
  const { pool, replicas, limit, fits } = fit;
  const base = {
    kind: "pool-within-server-limit" as const,
    subject: `client pool ${pool.value} × ${replicas.value} replicas`,
    cause: { file: pool.file, line: pool.line, text: pool.text },
    truth: fit.truth.map(({ file, line }) => ({ file, line })),
    candidates: [String(fits)],
  };
  const need = `${pool.value} × ${replicas.value} = ${pool.value * replicas.value} against ${limit} usable connections`;
  if (pool.value * replicas.value <= limit)
    return { ...base, reason: `the pools fit the server (${need}): something else holds its connections` };
  if (fits < POOL_RULE.minPool)
    return {
      ...base,
      reason: `${need}: a pool of ${fits} would starve the service; the server's limit is a person's call`,
    };
  const after = pool.text.replace(new RegExp(`(?<![\\w.])${pool.value}(?![\\w.])`), String(fits));
  return {
    ...base,
    reason: `${need} (max_connections at ${fit.truth[0]?.file}:${fit.truth[0]?.line}, replicas at ${replicas.file}:${replicas.line})`,
    change: { ...base.cause, before: pool.text, after, summary: `client pool ${pool.value} → ${fits}` },
  };
}

/** Whether the patched files' pool × replicas now fits under the server's usable connections. */
export function poolRelation(patched: readonly RepoRead[]): { ok: boolean; detail: string } {
  const fit = poolFit(patched);
  if (typeof fit === "string") return { ok: false, detail: fit };
  const total = fit.pool.value * fit.replicas.value;
  return total <= fit.limit
    ? {
        ok: true,
        detail: `pool ${fit.pool.value} × ${fit.replicas.value} replicas = ${total} ≤ ${fit.limit}`,
      }
    : {
        ok: false,
        detail: `pool ${fit.pool.value} × ${fit.replicas.value} replicas = ${total} > ${fit.limit}`,
      };
}
