import type { Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * Redis refused a write at maxmemory because its policy is noeviction. For a cache the right policy evicts
 * (allkeys-lru: the least recently used key goes, whatever its TTL); for a primary store, a queue or a session
 * store evicting loses data, so the policy is only changed when the repository says the instance is a cache
 * and nothing says it holds data that must not be lost.
 */
export interface RedisPolicyLookup {
  kind: "redis-noeviction";
}

/** Redis's reply to a write once used_memory passes maxmemory under noeviction. */
const OOM_REPLY = /OOM command not allowed when used memory > 'maxmemory'/;

export function redisPolicyLookup(evidence: string): RedisPolicyLookup | undefined {
  return OOM_REPLY.test(evidence) ? { kind: "redis-noeviction" } : undefined;
}

export const REDIS_POLICY_RULE = {
  policy: "allkeys-lru",
  evicting: /^(allkeys|volatile)-(lru|lfu|random|ttl)$/,
};

export const REDIS_CONF = /(^|\/)redis[\w.-]*\.conf$/i;
const POLICY_LINE = /^(\s*maxmemory-policy\s+)(\S+)/;
const POLICY_FLAG = /(--maxmemory-policy[= ]["']?)([\w-]+)/;

/** Words that say an instance is a cache: a service, a variable or a comment naming it so. */
const CACHE_WORD = /\bcache\b|_cache\b|\bcache_|CACHE_(URL|HOST|REDIS)|REDIS_CACHE/i;
/** Words that say it holds data eviction would lose: a queue, a broker, sessions, a primary store. */
const STORE_WORD =
  /\b(queue|broker|sidekiq|celery|bull|rq|resque|jobs?|sessions?|streams?|primary|persistent|source of truth)\b|_(QUEUE|BROKER|SESSION)|(QUEUE|BROKER|SESSION)_|^\s*appendonly\s+yes/i;

interface Policy extends Located {
  text: string;
  value: string;
  flag: boolean;
}

function policies(files: readonly RepoRead[]): Policy[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      const conf = REDIS_CONF.test(f.path) ? POLICY_LINE.exec(text) : null;
      const flag = conf ? null : POLICY_FLAG.exec(text);
      const m = conf ?? flag;
      return m?.[2] ? [{ file: f.path, line: i + 1, text, value: m[2], flag: Boolean(flag) }] : [];
    }),
  );
}

/** Lines of the files read that say cache, or say store, each with where. */
function signals(files: readonly RepoRead[], re: RegExp): (Located & { text: string })[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
  );
}

/** The one noeviction policy becomes allkeys-lru when the files say cache and nothing says store. */
export function resolveRedisPolicy(files: readonly RepoRead[]): Resolution | undefined {
  const all = policies(files);
  const noevict = all.filter((p) => p.value === "noeviction");
  const target = noevict[0];
  if (!target) return undefined;
  const cache = signals(files, CACHE_WORD);
  const store = signals(files, STORE_WORD);
  const base = {
    kind: "redis-evicts-cache" as const,
    subject: "Redis's maxmemory-policy",
    cause: { file: target.file, line: target.line, text: target.text },
    truth: [...store, ...cache].slice(0, 4).map(({ file, line }) => ({ file, line })),
  };
  if (noevict.length > 1)
    return {
      ...base,
      candidates: [],
      reason: "several Redis instances set noeviction; which one refused is not said",
    };
  if (store.length > 0)
    return {
      ...base,
      candidates: [],
      reason: `${store[0]?.file}:${store[0]?.line} says the instance holds data eviction would lose: raise maxmemory or find the keys without TTLs`,
    };
  if (cache.length === 0)
    return {
      ...base,
      candidates: [REDIS_POLICY_RULE.policy],
      reason:
        "nothing in the repository says the instance is only a cache; an evicting policy could lose data",
    };
  const after = target.text.replace(target.flag ? POLICY_FLAG : POLICY_LINE, `$1${REDIS_POLICY_RULE.policy}`);
  return {
    ...base,
    candidates: [REDIS_POLICY_RULE.policy],
    reason: `the instance is a cache (${cache[0]?.file}:${cache[0]?.line}) and nothing says it holds data eviction would lose; under noeviction a full cache refuses writes instead of dropping its coldest keys`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after,
      summary: `maxmemory-policy noeviction → ${REDIS_POLICY_RULE.policy}`,
    },
  };
}

export function redisPolicyHolds(patched: readonly RepoRead[]): { ok: boolean; detail: string } {
  const all = policies(patched);
  const still = all.find((p) => !REDIS_POLICY_RULE.evicting.test(p.value));
  return all.length > 0 && !still
    ? { ok: true, detail: `maxmemory-policy is now ${all[0]?.value}, which evicts at maxmemory` }
    : {
        ok: false,
        detail: `maxmemory-policy ${still?.value ?? "(unset)"} still refuses writes at maxmemory`,
      };
}
