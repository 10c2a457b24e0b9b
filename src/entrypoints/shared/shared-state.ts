import { z } from "zod";
import { ConfigError } from "../../core/errors.js";
import type { StateStore } from "../../core/state-store.js";
import { createRedisStateStore } from "../../ingest/alerts/redis-state-store.js";

/**
 * The CLI's view of the state `serve` and the App share with REDIS_URL (restart ledger, throttle buckets,
 * in-flight spend): with it, a `diagnose` run counts against the same limits as the servers' runs.
 * Without it, undefined: the run keeps its own, as before.
 */
export function sharedStateFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  onError: (error: Error) => void,
): StateStore | undefined {
  const url = env.REDIS_URL?.trim();
  if (!url) return undefined;
  if (!z.url({ protocol: /^rediss?$/ }).safeParse(url).success)
    throw new ConfigError("REDIS_URL must be a redis:// or rediss:// URL", "REDIS_URL");
  return createRedisStateStore(url, { onError });
}
