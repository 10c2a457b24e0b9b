import { describe, expect, it } from "vitest";
import { createPatternScanner } from "./pattern-scanner.js";

const at = (s: number) => new Date(Date.UTC(2026, 11, 5, 10, 0, s)).toISOString();
const healthy = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `${at(from + i)} INFO processed job ${1000 + i} in ${20 + (i % 13)}ms`);
const refused = (s: number, n: number) =>
  `${at(s)} WARN redis: connect ECONNREFUSED 10.0.0.5:6379, retrying in ${n}s (attempt ${n}/10)`;

function patternsOf(lines: string[]): string[] {
  const scanner = createPatternScanner();
  scanner.scanText("worker.log", lines.join("\n"));
  return scanner.findings().map((f) => f.patternId);
}

describe("a dependency that answered after the caller retried", () => {
  it("is not the incident: refused three times at start-up, then connected to the same host", () => {
    const lines = [
      refused(1, 1),
      refused(2, 2),
      refused(4, 3),
      `${at(8)} INFO redis: connected to 10.0.0.5:6379`,
    ];
    expect(patternsOf([...lines, ...healthy(9, 200)])).not.toContain("connection-refused");
    // Other recovery wordings: a reconnect, a pool that says the server is reachable again.
    const reconnected = [...lines.slice(0, 3), `${at(8)} INFO Reconnected to 10.0.0.5:6379 after 3 attempts`];
    expect(patternsOf([...reconnected, ...healthy(9, 50)])).not.toContain("connection-refused");
  });

  it("still is when the failures go on after the recovery line", () => {
    const lines = [
      refused(1, 1),
      `${at(2)} INFO redis: connected to 10.0.0.5:6379`,
      refused(30, 1),
      refused(31, 2),
    ];
    expect(patternsOf([...lines, refused(32, 3), ...healthy(40, 20)])).toContain("connection-refused");
  });

  it("still is when another host connected, or the line says it did not", () => {
    const base = [refused(1, 1), refused(2, 2), refused(4, 3)];
    expect(
      patternsOf([...base, `${at(8)} INFO postgres: connected to 10.0.0.9:5432`, ...healthy(9, 50)]),
    ).toContain("connection-refused");
    expect(
      patternsOf([
        ...base,
        `${at(8)} ERROR redis: not connected to 10.0.0.5:6379, giving up`,
        ...healthy(9, 50),
      ]),
    ).toContain("connection-refused");
  });

  it("never clears a crash: the process died of the refusal", () => {
    const crash = [
      "Traceback (most recent call last):",
      '  File "/app/worker.py", line 12, in <module>',
      "redis.exceptions.ConnectionError: Error 111 connecting to 10.0.0.5:6379. Connection refused.",
    ].join("\n");
    const scanner = createPatternScanner();
    scanner.onRecord({ file: "w.log", line: 1, endLine: 3, text: crash, level: "ERROR" });
    scanner.onRecord({
      file: "w.log",
      line: 4,
      endLine: 4,
      text: "supervisor: connected to 10.0.0.5:6379",
      level: "INFO",
    });
    expect(scanner.findings().map((f) => f.patternId)).toContain("connection-refused");
  });

  describe("a call that failed, was retried, and succeeded", () => {
    const timedOut = (s: number) =>
      `${at(s)} WARN c.a.o.PricingClient : pricing call failed, retrying (attempt 1/3)\njava.net.SocketTimeoutException: Read timed out\n\tat com.acme.orders.PricingClient.quote(PricingClient.java:41)`;
    const records = (texts: string[]) => {
      const scanner = createPatternScanner();
      texts.forEach((text, i) => {
        scanner.onRecord({ file: "orders.log", line: i + 1, endLine: i + 1, text, level: "WARN" });
      });
      return scanner.findings().map((f) => f.patternId);
    };
    const succeeded = (s: number) =>
      `${at(s)} INFO c.a.o.PricingClient : pricing call succeeded on attempt 2`;

    it("is not the incident when each retry of the same operation succeeded", () => {
      const texts = [10, 20, 30, 40].flatMap((s) => [timedOut(s), succeeded(s + 1), ...healthy(s + 2, 5)]);
      expect(records(texts)).not.toContain("dependency-timeout");
    });

    it("still is when the last failure was not followed by a success, or another operation succeeded", () => {
      const unanswered = [
        timedOut(10),
        succeeded(11),
        timedOut(20),
        timedOut(30),
        timedOut(40),
        ...healthy(41, 5),
      ];
      expect(records(unanswered)).toContain("dependency-timeout");
      const other = [
        timedOut(10),
        timedOut(20),
        timedOut(30),
        `${at(31)} INFO inventory call succeeded on attempt 2`,
      ];
      expect(records(other)).toContain("dependency-timeout");
      const gaveUp = [
        timedOut(10),
        timedOut(20),
        timedOut(30),
        `${at(31)} ERROR pricing call failed after 3 attempts, giving up`,
      ];
      expect(records(gaveUp)).toContain("dependency-timeout");
    });
  });
});
