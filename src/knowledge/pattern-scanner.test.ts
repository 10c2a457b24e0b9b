import { describe, expect, it } from "vitest";
import type { LogRecord } from "../core/log-summary.js";
import { buildPrefilter } from "./pattern-match.js";
import { createPatternScanner } from "./pattern-scanner.js";
import { FAILURE_PATTERNS } from "./patterns/index.js";

function record(line: number, text: string, file = "app.log"): LogRecord {
  return { file, line, endLine: line, text, level: "UNKNOWN" };
}

describe("createPatternScanner", () => {
  it("keeps the first five evidence lines but counts them all", () => {
    const scanner = createPatternScanner();
    for (let i = 1; i <= 12; i += 1) scanner.onRecord(record(i * 10, "ERROR:  deadlock detected"));
    const [finding] = scanner.findings();
    expect(finding).toMatchObject({ patternId: "deadlock", count: 12, category: "concurrency" });
    expect(finding?.evidence.map((e) => e.line)).toEqual([10, 20, 30, 40, 50]);
  });

  it("orders findings most causal first: the OOM kill before the crash loop it causes", () => {
    const scanner = createPatternScanner();
    scanner.onRecord(record(1, "Back-off restarting failed container app in pod checkout-1"));
    scanner.onRecord(record(2, "Memory cgroup out of memory: Killed process 812 (node)"));
    expect(scanner.findings().map((f) => f.patternId)).toEqual(["oom-kernel", "crash-loop"]);
  });

  it("folds stack frames logged as separate records into the exception's evidence", () => {
    const scanner = createPatternScanner();
    scanner.onRecord(record(7, "TypeError: Cannot read properties of undefined (reading 'email')"));
    scanner.onRecord(record(8, "    at buildReceipt (/app/src/routes/orders.js:41:32)"));
    scanner.onRecord(record(9, "    at /app/src/routes/orders.js:53:19"));
    scanner.onRecord(record(200, "    at unrelated (/app/src/other.js:1:1)"));
    const excerpt = scanner.findings()[0]?.evidence[0]?.excerpt ?? "";
    expect(excerpt).toContain("orders.js:41:32");
    expect(excerpt).toContain("orders.js:53:19");
    expect(excerpt).not.toContain("other.js");
  });

  it("folds Go frames too, so a panic's repository line can be found", () => {
    const scanner = createPatternScanner();
    scanner.onRecord(record(3, "panic: runtime error: invalid memory address or nil pointer dereference"));
    scanner.onRecord(record(4, "goroutine 1 [running]:"));
    scanner.onRecord(record(5, "main.handler(0x0)"));
    scanner.onRecord(record(6, "\t/build/internal/store/store.go:88 +0x1d"));
    expect(scanner.findings()[0]?.evidence[0]?.excerpt).toContain("store.go:88");
  });

  it("scans alert text line by line under the name it is given", () => {
    const scanner = createPatternScanner();
    scanner.scanText("alert", "PaymentsDown\nupstream said: certificate has expired");
    expect(scanner.findings()[0]).toMatchObject({
      patternId: "tls-cert-expired",
      evidence: [{ file: "alert", line: 2, excerpt: "upstream said: certificate has expired" }],
    });
  });

  it("reports nothing for ordinary lines", () => {
    const scanner = createPatternScanner();
    const lines = [
      '{"level":30,"msg":"request completed","res":{"statusCode":200},"responseTime":12.5}',
      '10.42.0.7 - - [24/Nov/2026:02:14:07 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"',
      "2026-11-24 02:14:07.123 UTC [4242] LOG:  checkpoint complete: wrote 120 buffers",
    ];
    for (const [i, text] of lines.entries()) scanner.onRecord(record(i + 1, text));
    expect(scanner.findings()).toEqual([]);
  });
});

describe("buildPrefilter", () => {
  it("passes every pattern's own samples' keywords and rejects keyword-free text", () => {
    const prefilter = buildPrefilter(FAILURE_PATTERNS);
    for (const s of FAILURE_PATTERNS)
      for (const k of s.keywords) expect(prefilter.test(k.toUpperCase())).toBe(true);
    expect(prefilter.test("GET /api/cart/42 200 12ms")).toBe(false);
  });
});

describe("a pattern's count in a short excerpt", () => {
  const refused =
    "2026-11-24T03:10:04Z ERROR failed to connect to redis at 10.96.2.4:6379: connect ECONNREFUSED 10.96.2.4:6379";
  const ordinary = (i: number) =>
    `2026-11-24T03:10:${String(i % 60).padStart(2, "0")}Z INFO request served in 12ms`;
  function findingsOf(lines: string[]) {
    const scanner = createPatternScanner();
    lines.forEach((text, i) => {
      scanner.onRecord({ file: "pod.log", line: i + 1, endLine: i + 1, text, level: "INFO" });
    });
    return scanner.findings().map((f) => f.patternId);
  }

  it("counts two matches that are most of what was read, below the pattern's minCount", () => {
    expect(findingsOf([ordinary(0), refused, refused])).toContain("connection-refused");
  });

  it("does not count the same two matches among many ordinary lines, or one match among a few", () => {
    expect(
      findingsOf([...Array.from({ length: 40 }, (_, i) => ordinary(i)), refused, refused]),
    ).not.toContain("connection-refused");
    expect(findingsOf([ordinary(0), ordinary(1), refused])).not.toContain("connection-refused");
  });

  it("counts one match that is half or more of what was read: the line a short excerpt was cut for", () => {
    expect(findingsOf([refused])).toContain("connection-refused");
    expect(findingsOf([ordinary(0), refused])).toContain("connection-refused");
  });

  it("does not count one phrase in an alert's text below the pattern's count", () => {
    const scanner = createPatternScanner();
    scanner.scanText("alert", "ServiceDown\nconnect ECONNREFUSED 10.0.0.7:5432");
    expect(scanner.findings().map((f) => f.patternId)).not.toContain("connection-refused");
  });
});
