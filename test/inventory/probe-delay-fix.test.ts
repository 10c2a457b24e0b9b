import { describe, expect, it } from "vitest";
import { probeDelayHolds, proposeProbeDelay } from "../../src/inventory/probe-delay-fix.js";
import { longestStartup, STARTUP_SEARCH, startupIn } from "../../src/inventory/startup.js";

const statefulSet = (extra = "") =>
  [
    "apiVersion: apps/v1",
    "kind: StatefulSet",
    "metadata:",
    "  name: search",
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    "        - name: search",
    "          readinessProbe:",
    "            tcpSocket:",
    "              port: 9200",
    "            initialDelaySeconds: 5",
    "          livenessProbe:",
    "            tcpSocket:",
    "              port: 9200",
    "            periodSeconds: 6",
    "            initialDelaySeconds: 20  # seconds",
    "            failureThreshold: 5",
    extra,
    "",
  ].join("\n");

describe("start-up times the logs measure", () => {
  it.each([
    [
      "2026-11-30 INFO ledger 1.0 on JVM (powered by Quarkus 3.8.1) started in 48.512s. Listening on: http://0.0.0.0:8080",
      48_512,
    ],
    [
      "12:00:01.220 [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in 61234ms. Server Running",
      61_234,
    ],
    ["INFO  Started SearchApplication in 94.2 seconds (process running for 97.1)", 94_200],
    ['{"msg":"startup took 75.5s","level":"info"}', 75_500],
  ])("%s → %d ms", (line, ms) => {
    expect(startupIn(line)).toBe(ms);
    expect(new RegExp(STARTUP_SEARCH).test(line)).toBe(true);
  });

  it("is not a start-up: a container the kubelet started, a request that took long", () => {
    expect(startupIn("Normal  Started  pod/search-0  Started container search")).toBeUndefined();
    expect(startupIn("GET /q 200 took 12s")).toBeUndefined();
    expect(longestStartup([{ file: "a", line: 1, text: "started in 3.2s" }])?.ms).toBe(3_200);
  });
});

describe("a liveness probe's delay raised to outlast the start-up", () => {
  it("its own period and threshold count: 64.2 s × 1.5 − 5 × 6, up to a multiple of 10", () => {
    const p = proposeProbeDelay(statefulSet(), 18, 64_200);
    expect(p).toMatchObject({ ok: true, line: "            initialDelaySeconds: 70  # seconds" });
    const patched = statefulSet().replace("initialDelaySeconds: 20", "initialDelaySeconds: 70");
    expect(probeDelayHolds(patched, 18, 64_200).ok).toBe(true);
    expect(probeDelayHolds(statefulSet(), 18, 64_200).ok).toBe(false);
  });

  it("near miss: a readiness probe's delay is not what kills the container", () => {
    expect(proposeProbeDelay(statefulSet(), 13, 48_512).ok).toBe(false);
  });

  it("near miss: the budget already outlasts the start-up (the kill has another cause)", () => {
    expect(proposeProbeDelay(statefulSet(), 18, 40_000).ok).toBe(false);
  });

  it("must not: stack a delay on a container a startupProbe already guards", () => {
    const guarded = statefulSet("          startupProbe:\n            tcpSocket:\n              port: 9200");
    const p = proposeProbeDelay(guarded, 18, 90_000);
    expect(p.ok).toBe(false);
  });
});
