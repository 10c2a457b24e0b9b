import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StateStore } from "../../src/core/state-store.js";
import { createRedisStateStore } from "../../src/ingest/alerts/redis-state-store.js";
import { hasBinary, type RunningService, startRedis } from "../alerts/services.js";
import { cli } from "../helpers/cli-harness.js";

const HAS_REDIS = hasBinary("redis-server");
const why = HAS_REDIS ? "" : "(skipped: redis-server not installed; apt-get install redis-server)";

describe("`diagnose` with REDIS_URL counts against the limits serve and the App share", () => {
  let dir: string;
  let redis: RunningService | undefined;
  let other: StateStore | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-cli-state-"));
    writeFileSync(join(dir, "app.log"), "2026-11-24T02:10:00Z ERROR connection pool exhausted (max 5)\n");
    if (!HAS_REDIS) return;
    redis = await startRedis();
    // Another replica (serve or the App) on the same REDIS_URL, with the default key prefix.
    other = createRedisStateStore(redis.url);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await other?.close();
    await redis?.stop();
  });
  const diagnose = (env: NodeJS.ProcessEnv) =>
    cli(["diagnose", "--log", "app.log", "--format", "json"], {
      cwd: dir,
      env: { LLM_PROVIDER: "offline", ...env },
    });

  it("a REDIS_URL that is not a redis:// URL is one line and exit 2", async () => {
    const result = await diagnose({ REDIS_URL: "http://localhost:6379" });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  describe.skipIf(!HAS_REDIS)(`on a real redis-server ${why}`, () => {
    it("spend another replica holds in flight past the cost limit halts the CLI's run before any model call", async () => {
      if (!redis || !other) throw new Error("redis-server did not start");
      const now = Date.now();
      const hold = { entry: "call:other-replica", amount: 9, expiresAt: now + 60_000 };
      expect((await other.tally("cost-breaker:spend", now, hold)).ok).toBe(true);
      const shared = await diagnose({ REDIS_URL: redis.url });
      const run = JSON.parse(shared.stdout) as { finalState: string; reason: string };
      expect(run.finalState).toBe("HALTED");
      expect(run.reason).toMatch(
        /cost circuit breaker: \$9\.00 spent or held by calls in flight across replicas in the last 10 min passes the \$5 limit/,
      );
      // The same run without REDIS_URL keeps its own state and goes ahead.
      const alone = await diagnose({});
      expect((JSON.parse(alone.stdout) as { finalState: string }).finalState).not.toBe("HALTED");
      // Once the other replica's call settles or gives its hold back, the shared run goes ahead too.
      await other.tally("cost-breaker:spend", Date.now(), { ...hold, amount: 0 });
      const after = await diagnose({ REDIS_URL: redis.url });
      expect((JSON.parse(after.stdout) as { finalState: string }).finalState).not.toBe("HALTED");
    });
  });
});
