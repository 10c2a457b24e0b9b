import { describe, expect, it } from "vitest";
import { LATENCY_SEARCH, latenciesIn, longestLatency } from "../../src/inventory/latency.js";
import { proposeTimeout, timeoutExceeds, timeoutOn } from "../../src/inventory/timeout-fix.js";

describe("latencies the logs measure", () => {
  it.each([
    [
      '10.1.2.3 - - [24/Nov/2026:10:00:01 +0000] "GET /r HTTP/1.1" 200 512 "-" "curl" rt=12.402 urt="12.398"',
      12_402,
    ],
    ["level=info msg=done request_id=9f2 latency_ms=8450", 8_450],
    ['{"msg":"upstream ok","duration":"4.2s"}', 4_200],
    ["billing.export finished, took 95s", 95_000],
    ["2026-11-24 INFO batch of 200 records processed in 183000ms", 183_000],
    ["vendor status page: p99 latency: 7.5 s", 7_500],
    ["INFO [invoices] POST /api/invoices 200 21050ms", 21_050],
    ["worker elapsed_seconds=62 job=reindex", 62_000],
  ])("%s → %d ms", (line, ms) => {
    expect(latenciesIn(line)).toContain(ms);
    expect(new RegExp(LATENCY_SEARCH).test(line)).toBe(true);
  });

  it.each([
    "Started LedgerApplication in 94.2 seconds (process running for 97.1)",
    "pod/ledger-7c9 Warning Unhealthy 58s ago",
    "time=2026-11-24T01:15:04.333Z level=INFO msg=request status=200 bytes=18000",
    "retrying in 5 attempts",
  ])("is not a latency: %s", (line) => {
    expect(latenciesIn(line)).toEqual([]);
  });

  it("names the longest reading and the line that reports it", () => {
    const longest = longestLatency([
      { file: "a.log", line: 3, text: "took 2.5s" },
      { file: "b.log", line: 9, text: "GET /x 200 7100ms" },
      { file: "a.log", line: 4, text: "took 3s" },
    ]);
    expect(longest).toMatchObject({ ms: 7_100, file: "b.log", line: 9 });
  });
});

describe("timeouts a line sets", () => {
  it.each([
    ["    proxy_read_timeout 45;", 45_000],
    ["  proxy_read_timeout 2m;", 120_000],
    ["    timeout server 5000", 5_000],
    ["    timeout server 30s", 30_000],
    ["spring.kafka.consumer.properties.max.poll.interval.ms=300000", 300_000],
    ["        - name: MAX_POLL_INTERVAL_MS\n", undefined],
    ['  MAX_POLL_INTERVAL_MS: "240000"', 240_000],
    ["  readTimeoutMs: 4000", 4_000],
    ["LEDGER_HTTP_TIMEOUT=5s", 5_000],
    ["PAYMENTS_TIMEOUT_SECONDS: 3", 3_000],
    ["API_TIMEOUT = 2.5", 2_500],
    ['CMD ["gunicorn", "--timeout", "30"]', undefined],
    ["exec gunicorn app:app --timeout 30 --workers 4", 30_000],
    ["      activeDeadlineSeconds: 1200", 1_200_000],
    ["    # proxy_read_timeout 600s;", undefined],
    ["    proxy_connect_timeout 5s;", undefined],
  ])("%s → %s ms", (line, ms) => {
    expect(timeoutOn(line)?.ms).toBe(ms);
  });
});

describe("a timeout raised above the latency measured", () => {
  it("nginx keeps its suffix: the longest latency × 1.5, whole seconds", () => {
    const p = proposeTimeout("        proxy_read_timeout 20s;", 41_300);
    expect(p).toMatchObject({ ok: true, line: "        proxy_read_timeout 62s;" });
  });

  it("a decimal stays a decimal; a .properties value keeps its milliseconds", () => {
    expect(proposeTimeout("API_TIMEOUT = 2.5", 4_100)).toMatchObject({ ok: true, line: "API_TIMEOUT = 7.0" });
    expect(proposeTimeout("max.poll.interval.ms=300000", 410_000)).toMatchObject({
      ok: true,
      line: "max.poll.interval.ms=615000",
    });
  });

  it("a Helm value in milliseconds by its name, the rest of the line untouched", () => {
    const p = proposeTimeout("  readTimeoutMs: 4000  # ledger API", 9_000);
    expect(p).toMatchObject({ ok: true, line: "  readTimeoutMs: 14000  # ledger API" });
    expect(p.ok && timeoutExceeds(p.line, 9_000).ok).toBe(true);
  });

  it("must not: raise it when the only readings above it are the requests it cut off", () => {
    const p = proposeTimeout("API_TIMEOUT = 2.0", 2_012);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/cut off/);
  });

  it("must not: raise it more than tenfold at once", () => {
    expect(proposeTimeout("    proxy_read_timeout 5s;", 60_000).ok).toBe(false);
  });

  it("nothing to raise when the timeout already exceeds every latency measured", () => {
    expect(proposeTimeout("      activeDeadlineSeconds: 900", 860_000).ok).toBe(false);
  });

  it("the relation check fails on a timeout still under the latency", () => {
    expect(timeoutExceeds("proxy_read_timeout 30s;", 41_000).ok).toBe(false);
    expect(timeoutExceeds("proxy_read_timeout 62s;", 41_000).ok).toBe(true);
  });
});
