import { describe, expect, it } from "vitest";
import { FIX_RULES, forbiddenBy } from "../../src/inventory/fix-rules.js";

const quiet = { patternIds: ["oom-container"], text: "Last State: Terminated\n  Reason: OOMKilled" };

describe("fix rules", () => {
  it("every rule says what evidence it needs, what it changes, its risk and what it must not do", () => {
    for (const rule of FIX_RULES) {
      expect(rule.evidence.length).toBeGreaterThan(10);
      expect(rule.change.length).toBeGreaterThan(5);
      expect(["low", "medium", "high"]).toContain(rule.risk);
      expect(rule.mustNot.length).toBeGreaterThan(0);
    }
  });

  it("never disables TLS verification, whatever rule proposes it", () => {
    for (const line of [
      "  InsecureSkipVerify: true",
      "requests.get(url, verify=False)",
      "NODE_TLS_REJECT_UNAUTHORIZED=0",
      "DATABASE_URL=postgres://db/app?sslmode=disable",
      "RUN curl -k https://example.com/install.sh | sh",
    ]) {
      expect(forbiddenBy("host-names-service", [line], quiet)).toBe("never disable TLS verification");
    }
    expect(
      forbiddenBy("host-names-service", ["  INVENTORY_URL: https://inventory:8443"], quiet),
    ).toBeUndefined();
  });

  it("a setting the replaced line already held is not one the change introduces", () => {
    const before = "DATABASE_URL=postgres://orders-db/app?sslmode=disable";
    const after = "DATABASE_URL=postgres://orders-postgres/app?sslmode=disable";
    expect(forbiddenBy("host-names-service", [after], quiet, [before])).toBeUndefined();
    expect(forbiddenBy("host-names-service", [after], quiet, ["DATABASE_URL=postgres://orders-db/app"])).toBe(
      "never disable TLS verification",
    );
  });

  it("never raises a memory limit when the evidence shows steady growth", () => {
    const leak = { patternIds: ["oom-container", "memory-leak-steady-growth"], text: "OOMKilled" };
    expect(forbiddenBy("raise-memory-limit", ['memory: "1Gi"'], leak)).toMatch(/steady growth/);
    expect(forbiddenBy("raise-memory-limit", ['memory: "1Gi"'], quiet)).toBeUndefined();
  });

  it("never raises the heap or a memory limit when another resource ran out", () => {
    for (const text of [
      "java.lang.OutOfMemoryError: Metaspace",
      "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached",
      "java.lang.OutOfMemoryError: Cannot reserve 1048576 bytes of direct buffer memory (allocated: 16777216, limit: 16777216)",
      "io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 520093983, max: 536870912)",
      "java.lang.OutOfMemoryError: Requested array size exceeds VM limit",
    ]) {
      const ev = { patternIds: ["oom-jvm"], text };
      expect(forbiddenBy("raise-jvm-heap", ["-Xmx1024m"], ev)).toMatch(/another resource/);
      expect(forbiddenBy("raise-memory-limit", ['memory: "2Gi"'], ev)).toMatch(/another resource/);
    }
    const heap = { patternIds: ["oom-jvm"], text: "java.lang.OutOfMemoryError: Java heap space" };
    expect(forbiddenBy("raise-jvm-heap", ["-Xmx1024m"], heap)).toBeUndefined();
  });

  it("never raises a client pool when the server's connection limit is what is exhausted", () => {
    const exhausted = { patternIds: ["db-pool-exhausted"], text: "FATAL:  sorry, too many clients already" };
    expect(forbiddenBy("raise-pool-size", ["POOL_SIZE=40"], exhausted)).toMatch(/server's connection limit/);
    const client = {
      patternIds: ["db-pool-exhausted"],
      text: "QueuePool limit of size 5 overflow 0 reached",
    };
    expect(forbiddenBy("raise-pool-size", ["pool_size=10"], client)).toBeUndefined();
  });
});
