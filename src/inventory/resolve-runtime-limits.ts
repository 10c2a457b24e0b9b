import { risesSteadily } from "./growth.js";
import { child, entries, scalar, yamlDocs } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * Limits a runtime hits that are not the heap: the pids limit (every thread is a task the cgroup counts) and the
 * JVM's MaxMetaspaceSize. Each is sized from what the repository or the logs say the service needs, never by
 * raising the heap, and never when the readings rise steadily (a thread or class-loader leak).
 */
export interface ThreadsLookup {
  kind: "threads-over-pids";
  /** Thread counts the evidence printed, in log order (a leak rises through them). */
  readings: number[];
}

export interface MetaspaceLookup {
  kind: "metaspace-exhausted";
  /** Metaspace used (bytes) or loaded-class counts the evidence printed, per series, in log order. */
  readings: number[][];
}

/** The kernel or the runtime refused a new thread: glibc, the JVM, CPython, Go, bash. */
const THREAD_REFUSED =
  /pthread_create failed|unable to create (?:a )?(?:new )?native thread|can't start new thread|failed to create new OS thread|fork: retry: Resource temporarily unavailable|fork: Resource temporarily unavailable/i;
const THREAD_READING = /\b(?:live |active |jvm )?threads?(?:[ _]count)?["']?\s*[:=]\s*(\d+)/gi;

export function threadsLookup(evidence: string): ThreadsLookup | undefined {
  if (!THREAD_REFUSED.test(evidence)) return undefined;
  return {
    kind: "threads-over-pids",
    readings: [...evidence.matchAll(THREAD_READING)].map((m) => Number(m[1])),
  };
}

const METASPACE_OOM = /OutOfMemoryError: (?:Metaspace|Compressed class space)/;
/** `Metaspace used 131008K` (jcmd GC.heap_info), `Metaspace: 21386K(21888K)->` (unified GC logging). */
const METASPACE_USED = /Metaspace\s*(?:used\s+|:\s*)(\d+)K/g;
/** Loaded-class counts: `Loaded classes: 41234`, `classes loaded=41234`, jstat's `Loaded 41234`. */
const CLASSES_LOADED = /(?:loaded classes|classes loaded|class count)\s*[:=]?\s*(\d+)/gi;

export function metaspaceLookup(evidence: string): MetaspaceLookup | undefined {
  if (!METASPACE_OOM.test(evidence)) return undefined;
  const used = [...evidence.matchAll(METASPACE_USED)].map((m) => Number(m[1]) * 1024);
  const classes = [...evidence.matchAll(CLASSES_LOADED)].map((m) => Number(m[1]));
  return { kind: "metaspace-exhausted", readings: [used, classes] };
}

/** The sizing rules, as data: headroom over the need, the step a value is rounded up to, and the bounds. */
export const RUNTIME_LIMIT_RULES = {
  pids: {
    /** The JVM, glibc and the service's other pools start threads beyond the configured workers. */
    headroom: 1.5,
    step: 64,
    /** Settings that configure how many threads or worker processes a service starts. */
    workers: /(?:^|_)(?:WORKER_THREADS|THREADS|WORKERS|THREAD_POOL_SIZE|POOL_SIZE|CONCURRENCY)$/i,
  },
  metaspace: {
    /** The OutOfMemoryError measures use at the cap and no further: the step past it is one doubling. */
    factor: 2,
    step: 64 * 1024 ** 2,
    /** Beyond 1g of class metadata the service is leaking class loaders, not short of room. */
    max: 1024 ** 3,
  },
} as const;

const roundUp = (n: number, step: number) => Math.ceil(n / step) * step;

interface PidsLimit extends Located {
  service: string;
  text: string;
  limit: number;
  /** The service's settings that say how many threads it starts, with their lines. */
  workers: (Located & { key: string; count: number })[];
}

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;

/** Every compose service that sets a pids limit (`pids_limit`, or `deploy.resources.limits.pids`). */
function pidsLimits(files: readonly RepoRead[]): PidsLimit[] {
  return files
    .filter((f) => COMPOSE.test(f.path))
    .flatMap((f) =>
      yamlDocs(f.content).flatMap((doc) =>
        entries(child(doc.root, "services")).flatMap((svc): PidsLimit[] => {
          const direct = entries(svc.value).find((e) => e.key === "pids_limit");
          const deploy = entries(child(child(child(svc.value, "deploy"), "resources"), "limits")).find(
            (e) => e.key === "pids",
          );
          const set = direct ?? deploy;
          const limit = Number(scalar(set?.value));
          if (!set || !(limit > 0)) return [];
          const env = child(svc.value, "environment");
          const pairs = entries(env).map((e) => ({ key: e.key, value: scalar(e.value), node: e.keyNode }));
          const listed = (env && "items" in env ? (env.items as unknown[]) : []).flatMap((item) => {
            const m = /^([\w.]+)=(.*)$/.exec(scalar(item) ?? "");
            return m?.[1] ? [{ key: m[1], value: m[2], node: item as never }] : [];
          });
          const workers = [...pairs, ...listed].flatMap((p) => {
            const count = Number(p.value);
            return RUNTIME_LIMIT_RULES.pids.workers.test(p.key) && count > 0
              ? [{ file: f.path, line: doc.lineOf(p.node), key: p.key, count }]
              : [];
          });
          const line = doc.lineOf(set.keyNode);
          return [
            { service: svc.key, file: f.path, line, text: lineAt(f.content, line) ?? "", limit, workers },
          ];
        }),
      ),
    );
}

/** A log line saying how many workers or threads the service starts: `starting 200 indexing workers`. */
const STARTING = /\bstart(?:ing|ed)\s+(\d+)\s+(?:[\w-]+\s+)?(?:worker|thread)s?\b/i;

/**
 * A pids limit below the threads the service is configured to start: the limit becomes the configured
 * workers × 1.5 (the runtime's own threads), rounded up to a multiple of 64. Thread counts that rise steadily,
 * no setting that says how many threads, or several limited services: cited, nothing proposed.
 */
export function resolvePidsLimit(
  lookup: ThreadsLookup,
  files: readonly RepoRead[],
  evidence: string,
): Resolution | undefined {
  const all = pidsLimits(files);
  const withWorkers = all.filter((s) => s.workers.length > 0);
  const target = all.length === 1 ? all[0] : withWorkers.length === 1 ? withWorkers[0] : undefined;
  if (!target) return undefined;
  const logged = Number(STARTING.exec(evidence)?.[1] ?? 0);
  const need = Math.max(logged, ...target.workers.map((w) => w.count));
  const base = {
    kind: "pids-cover-threads" as const,
    subject: `the pids limit of service ${target.service}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: target.workers.map(({ file, line }) => ({ file, line })),
    ...(need > 0 ? { measured: need } : {}),
  };
  if (all.length > 1 && withWorkers.length !== 1)
    return {
      ...base,
      candidates: [],
      reason: "several services set a pids limit; which one ran out is not said",
    };
  if (risesSteadily(lookup.readings))
    return {
      ...base,
      candidates: [],
      reason: "the thread counts the logs print rise steadily (a thread leak): a higher limit only delays it",
    };
  if (!(need > 0))
    return { ...base, candidates: [], reason: "nothing says how many threads the service starts" };
  if (need * RUNTIME_LIMIT_RULES.pids.headroom <= target.limit)
    return {
      ...base,
      candidates: [],
      reason: `the ${need} threads configured fit the limit of ${target.limit}: something else starts threads`,
    };
  const value = roundUp(need * RUNTIME_LIMIT_RULES.pids.headroom, RUNTIME_LIMIT_RULES.pids.step);
  const after = target.text.replace(/(:\s*)(["']?)\d+\2/, `$1$2${value}$2`);
  return {
    ...base,
    candidates: [String(value)],
    reason: `service ${target.service} is configured to start ${need} threads and its pids limit is ${target.limit}; ${value} is ${need} × ${RUNTIME_LIMIT_RULES.pids.headroom} (the runtime's own threads) rounded up to a multiple of ${RUNTIME_LIMIT_RULES.pids.step}`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after,
      summary: `service ${target.service} pids limit ${target.limit} → ${value}`,
    },
  };
}

export function pidsHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const service = /service ([\w.-]+)$/.exec(resolution.subject)?.[1];
  const now = pidsLimits(patched).find((s) => s.service === service);
  const need = resolution.measured ?? Number.POSITIVE_INFINITY;
  if (!now) return { ok: true, detail: `service ${service} no longer sets a pids limit` };
  return now.limit >= need
    ? { ok: true, detail: `the pids limit ${now.limit} covers the ${need} threads configured` }
    : { ok: false, detail: `the pids limit ${now.limit} is still below the ${need} threads configured` };
}

const MAX_METASPACE = /-XX:MaxMetaspaceSize=(\d+)([kKmMgG]?)/;
const UNIT: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function metaspaceCaps(files: readonly RepoRead[]): (Located & { text: string; bytes: number })[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      const m = MAX_METASPACE.exec(text);
      if (!m?.[1] || /^\s*#/.test(text)) return [];
      return [
        { file: f.path, line: i + 1, text, bytes: Number(m[1]) * (UNIT[(m[2] ?? "").toLowerCase()] ?? 1) },
      ];
    }),
  );
}

const showMeta = (bytes: number) =>
  bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;

/**
 * Metaspace filled at its cap: MaxMetaspaceSize becomes twice the cap (the error proves use reached it),
 * rounded up to 64m and never above 1g. Metaspace or loaded-class readings that rise steadily (class loaders
 * that survive reloads), or several caps set: cited, nothing proposed. -Xmx is never touched.
 */
export function resolveMetaspace(
  lookup: MetaspaceLookup,
  files: readonly RepoRead[],
): Resolution | undefined {
  const caps = metaspaceCaps(files);
  const cap = caps[0];
  if (!cap) return undefined;
  const { factor, step, max } = RUNTIME_LIMIT_RULES.metaspace;
  const used = Math.max(cap.bytes, ...(lookup.readings[0] ?? []));
  const base = {
    kind: "metaspace-covers-use" as const,
    subject: "the JVM's MaxMetaspaceSize",
    cause: { file: cap.file, line: cap.line, text: cap.text },
    truth: caps.slice(1).map(({ file, line }) => ({ file, line })),
    measured: used,
  };
  if (new Set(caps.map((c) => c.bytes)).size > 1)
    return {
      ...base,
      candidates: [],
      reason: "several MaxMetaspaceSize values are set; which one ran is not said",
    };
  if (lookup.readings.some(risesSteadily))
    return {
      ...base,
      candidates: [],
      reason:
        "the metaspace or loaded-class readings rise steadily (class loaders that survive reloads): a larger cap only delays the next error",
    };
  const bytes = roundUp(used * factor, step);
  if (bytes > max)
    return {
      ...base,
      candidates: [],
      reason: `${showMeta(bytes)} would pass the ${showMeta(max)} bound: look for a class-loader leak`,
    };
  const value = showMeta(bytes);
  const after = cap.text.replace(MAX_METASPACE, `-XX:MaxMetaspaceSize=${value}`);
  return {
    ...base,
    candidates: [value],
    reason: `Metaspace filled at its ${showMeta(cap.bytes)} cap with no steady rise in the readings; ${value} is the use the error measured × ${factor}, rounded up to 64m`,
    change: {
      file: cap.file,
      line: cap.line,
      before: cap.text,
      after,
      summary: `MaxMetaspaceSize ${showMeta(cap.bytes)} → ${value}`,
    },
  };
}

export function metaspaceHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const caps = metaspaceCaps(patched);
  const used = resolution.measured ?? Number.POSITIVE_INFINITY;
  const max = RUNTIME_LIMIT_RULES.metaspace.max;
  const bad = caps.find((c) => c.bytes <= used || c.bytes > max);
  return caps.length > 0 && !bad
    ? {
        ok: true,
        detail: `MaxMetaspaceSize is now above the ${showMeta(used)} used, within ${showMeta(max)}`,
      }
    : {
        ok: false,
        detail: `MaxMetaspaceSize is still at or below the ${showMeta(used)} used (or above ${showMeta(max)})`,
      };
}
