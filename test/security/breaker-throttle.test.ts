import { describe, expect, it } from "vitest";
import { ZERO_USAGE } from "../../src/core/usage.js";
import { createCostBreaker, spendFromAudit } from "../../src/security/breaker/cost-breaker.js";
import { createThrottle } from "../../src/security/throttle/token-bucket.js";

describe("cost circuit breaker", () => {
  it("trips past the limit in the sliding window, reports its state, and resets once spend ages out", () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const breaker = createCostBreaker({ usd: 5, windowMinutes: 10, clock: () => now });
    const million = { ...ZERO_USAGE, inputTokens: 1_000_000 };
    breaker.charge("claude-sonnet-4-5", million); // $3
    expect(breaker.check()).toEqual({ ok: true });
    now = new Date(now.getTime() + 5 * 60_000);
    breaker.charge("claude-sonnet-4-5", million); // $6 within the window
    const state = breaker.check();
    expect(state.ok).toBe(false);
    expect(!state.ok && state.reason).toMatch(/\$6\.00 spent in the last 10 min passes the \$5 limit/);
    expect(breaker.report()).toMatchObject({
      tripped: true,
      spentUsd: 6,
      byModel: { "claude-sonnet-4-5": 6 },
    });
    now = new Date(now.getTime() + 5 * 60_000 + 1);
    expect(breaker.check()).toEqual({ ok: true });
    expect(breaker.report().spentUsd).toBe(3);
  });

  it("prices unknown models at the most expensive row and never below what the provider reported", () => {
    const breaker = createCostBreaker({ usd: 1, windowMinutes: 10 });
    breaker.charge("some-new-model", { ...ZERO_USAGE, outputTokens: 20_000 }); // 20k x $75/M = $1.50
    expect(breaker.check().ok).toBe(false);
    const other = createCostBreaker({ usd: 1, windowMinutes: 10 });
    other.charge("offline", { ...ZERO_USAGE, costUsd: 2 });
    expect(other.check().ok).toBe(false);
  });
});

describe("spend from the audit chain", () => {
  const finished = (time: string, costUsd: unknown) => ({
    kind: "event",
    tool: "pipeline",
    agent: "supervisor",
    time,
    input: { incident: "inc-1", costUsd },
  });

  it("reads the finished runs inside the window, skips everything else, and seeds the breaker with them", () => {
    const since = Date.parse("2026-01-01T00:00:00Z");
    const entries = [
      finished("2025-12-31T23:59:00Z", 4), // before the window
      finished("2026-01-01T00:01:00Z", 2),
      { kind: "tool-call", tool: "read_file", time: "2026-01-01T00:02:00Z", input: { costUsd: 9 } },
      finished("2026-01-01T00:03:00Z", "lots"),
      finished("not a time", 9),
      null,
      finished("2026-01-01T00:04:00Z", 1.5),
    ];
    const history = spendFromAudit(entries, since);
    expect(history).toEqual([
      { at: Date.parse("2026-01-01T00:01:00Z"), model: "earlier run", usd: 2 },
      { at: Date.parse("2026-01-01T00:04:00Z"), model: "earlier run", usd: 1.5 },
    ]);
    let now = new Date("2026-01-01T00:05:00Z");
    const breaker = createCostBreaker({ usd: 3, windowMinutes: 10, history, clock: () => now });
    expect(breaker.check()).toMatchObject({ ok: false });
    // The $2 ages out at 00:11; $1.50 is under the limit.
    now = new Date("2026-01-01T00:11:30Z");
    expect(breaker.check()).toEqual({ ok: true });
  });
});

describe("token bucket throttle", () => {
  it("refills evenly and keeps identities independent", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const throttle = createThrottle({ actions: 2, windowSeconds: 10, clock: () => now });
    expect((await throttle.take("a")).ok).toBe(true);
    expect((await throttle.take("a")).ok).toBe(true);
    const refused = await throttle.take("a");
    expect(refused).toMatchObject({ ok: false, retryAfterMs: 5000 });
    expect((await throttle.take("b")).ok).toBe(true);
    now = new Date(now.getTime() + 5000);
    expect((await throttle.take("a")).ok).toBe(true);
    expect((await throttle.take("a")).ok).toBe(false);
  });
});
