import { isSeq, type Node } from "yaml";
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

/** The sizing rules, as data: headroom over the need, the step a value is rounded up to, and the bounds. */
export const RUNTIME_LIMIT_RULES = {
  pids: {
    /** The JVM, glibc and the service's other pools start threads beyond the configured workers. */
    headroom: 1.5,
    step: 64,
    /** Settings that configure how many threads or worker processes a service starts. */
    workers: /(?:^|_)(?:WORKER_THREADS|THREADS|WORKERS|THREAD_POOL_SIZE|POOL_SIZE|CONCURRENCY)$/i,
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

/** A compose file's services, each with the documents' line finder. */
function composeServices(files: readonly RepoRead[]) {
  return files
    .filter((f) => COMPOSE.test(f.path))
    .flatMap((f) =>
      yamlDocs(f.content).flatMap((doc) =>
        entries(child(doc.root, "services")).map((svc) => ({ file: f, doc, svc })),
      ),
    );
}

/**
 * The settings of a service, in any compose file (an override may set the limit, the base file the workers),
 * that say how many threads or worker processes it starts.
 */
function workersOf(files: readonly RepoRead[], service: string): PidsLimit["workers"] {
  return composeServices(files)
    .filter((s) => s.svc.key === service)
    .flatMap(({ file, doc, svc }) => {
      const env = child(svc.value, "environment");
      const pairs = entries(env).map((e) => ({ key: e.key, value: scalar(e.value), node: e.keyNode }));
      const listed = (isSeq(env) ? env.items : []).flatMap((item) => {
        const m = /^([\w.]+)=(.*)$/.exec(scalar(item) ?? "");
        return m?.[1] ? [{ key: m[1], value: m[2], node: item as Node }] : [];
      });
      return [...pairs, ...listed].flatMap((p) => {
        const count = Number(p.value);
        return RUNTIME_LIMIT_RULES.pids.workers.test(p.key) && count > 0
          ? [{ file: file.path, line: doc.lineOf(p.node), key: p.key, count }]
          : [];
      });
    });
}

/** Every compose service that sets a pids limit (`pids_limit`, or `deploy.resources.limits.pids`). */
function pidsLimits(files: readonly RepoRead[]): PidsLimit[] {
  return composeServices(files).flatMap(({ file, doc, svc }): PidsLimit[] => {
    const direct = entries(svc.value).find((e) => e.key === "pids_limit");
    const deploy = entries(child(child(child(svc.value, "deploy"), "resources"), "limits")).find(
      (e) => e.key === "pids",
    );
    const set = direct ?? deploy;
    const limit = Number(scalar(set?.value));
    if (!set || !(limit > 0)) return [];
    const line = doc.lineOf(set.keyNode);
    const text = lineAt(file.content, line) ?? "";
    return [{ service: svc.key, file: file.path, line, text, limit, workers: workersOf(files, svc.key) }];
  });
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
