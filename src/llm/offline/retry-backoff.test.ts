import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../inventory/fix-rules.js";
import { addedLines } from "./repo-fixes.js";
import { addBackoff, backoffHolds } from "./retry-backoff.js";

const GO = [
  "package billing",
  "",
  'import "net/http"',
  "",
  "func (c *Client) charge(req *http.Request) (*http.Response, error) {",
  "\tfor try := 0; try < c.maxTries; try++ {",
  "\t\tresp, err := c.http.Do(req)",
  "\t\tif err != nil {",
  "\t\t\treturn nil, err",
  "\t\t}",
  "\t\tif resp.StatusCode == http.StatusTooManyRequests {",
  "\t\t\tresp.Body.Close()",
  "\t\t\tcontinue",
  "\t\t}",
  "\t\treturn resp, nil",
  "\t}",
  "\treturn nil, errTooManyTries",
  "}",
  "",
].join("\n");

const TS = [
  "export async function sendEvents(batch: Event[]): Promise<void> {",
  "  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {",
  '    const res = await fetch(INGEST + "/events", { method: "POST", body: JSON.stringify(batch) });',
  "    if (res.ok) return;",
  "    logger.warn({ status: res.status, attempt }, 'ingest retry');",
  "  }",
  '  throw new Error("ingest refused the batch");',
  "}",
  "",
].join("\n");

const PY_FIXED_PAUSE = [
  '"""Pushes invoices to the ledger."""',
  "import requests",
  "",
  "",
  "def push(session, invoice):",
  "    for retries in range(5):",
  '        r = session.put(LEDGER + "/invoices", json=invoice)',
  "        if r.status_code != 429:",
  "            return r",
  "        time.sleep(2)",
  '    raise LedgerBusy("ledger kept answering 429")',
].join("\n");

describe("backoff in a retry loop", () => {
  it("Go: waits retryDelay before `continue`, imports what the helper needs, keeps the loop", () => {
    const out = addBackoff({ file: "internal/billing/client.go", content: GO, line: 6 });
    expect(out).toBeDefined();
    const lines = out?.content.split("\n") ?? [];
    const wait = lines.findIndex((l) => l === "\t\t\ttime.Sleep(retryDelay(try, resp))");
    expect(wait).toBeGreaterThan(0);
    expect(lines[wait + 1]).toBe("\t\t\tcontinue");
    expect(out?.content).toContain('resp.Header.Get("Retry-After")');
    expect(out?.content).toMatch(
      /import \(\n\t"math"\n\t"math\/rand"\n\t"net\/http"\n\t"strconv"\n\t"time"\n\)/,
    );
    // Nothing removed: the retry and its bound stay.
    const before = new Set(GO.split("\n"));
    expect([...before].every((l) => l === 'import "net/http"' || lines.includes(l))).toBe(true);
    const header = lines.indexOf("\tfor try := 0; try < c.maxTries; try++ {") + 1;
    expect(backoffHolds("c.go", out?.content ?? "", header).ok).toBe(true);
    expect(backoffHolds("c.go", GO, 6).ok).toBe(false);
  });

  it("TypeScript fetch loop without `continue`: the wait closes the loop body, typed helper", () => {
    const out = addBackoff({ file: "src/ingest.ts", content: TS, line: 2 });
    const lines = out?.content.split("\n") ?? [];
    expect(lines[5]).toBe(
      '    await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, res.headers.get("retry-after"))));',
    );
    expect(lines[6]).toBe("  }");
    expect(out?.content).toContain(
      "function retryDelayMs(attempt: number, retryAfter: string | null): number {",
    );
    expect(backoffHolds("src/ingest.ts", out?.content ?? "", 2).ok).toBe(true);
  });

  it("Python: a fixed pause is replaced, not added to; random/time imported", () => {
    const out = addBackoff({ file: "ledger/push.py", content: PY_FIXED_PAUSE, line: 6 });
    const text = out?.content ?? "";
    expect(text).not.toContain("time.sleep(2)");
    expect(text).toContain('        time.sleep(_retry_delay(retries, r.headers.get("Retry-After")))');
    expect(text.split("\n").slice(0, 4)).toEqual([
      '"""Pushes invoices to the ledger."""',
      "import random",
      "import requests",
      "import time",
    ]);
    expect(out?.change).toMatch(/fixed pause becomes/);
  });

  it("adds no line a must-not forbids (no swallowed error, no TLS change)", () => {
    for (const [file, content, line] of [
      ["c.go", GO, 6],
      ["src/ingest.ts", TS, 2],
      ["p.py", PY_FIXED_PAUSE, 6],
    ] as const) {
      const out = addBackoff({ file, content, line });
      const added = addedLines(content, out?.content);
      expect(added.length).toBeGreaterThan(0);
      expect(
        forbiddenBy("backoff-retry", added, { patternIds: ["rate-limited"], text: "429" }),
      ).toBeUndefined();
    }
  });

  it("near misses: a computed backoff, no HTTP call, no counter, two `continue`s, a language it cannot write", () => {
    const computed = GO.replace("\t\t\tcontinue", "\t\t\ttime.Sleep(backoff.Next(try))\n\t\t\tcontinue");
    expect(addBackoff({ file: "c.go", content: computed, line: 6 })).toBeUndefined();
    const noCall = GO.replace("c.http.Do(req)", "c.cache.Lookup(req)");
    expect(addBackoff({ file: "c.go", content: noCall, line: 6 })).toBeUndefined();
    const forever = TS.replace(
      "for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {",
      "while (true) {",
    );
    expect(addBackoff({ file: "src/ingest.ts", content: forever, line: 2 })).toBeUndefined();
    const twice = GO.replace(
      "\t\t\tresp.Body.Close()",
      "\t\t\tif resp.Body == nil {\n\t\t\t\tcontinue\n\t\t\t}",
    );
    expect(addBackoff({ file: "c.go", content: twice, line: 6 })).toBeUndefined();
    expect(
      addBackoff({ file: "Retry.java", content: "for (int i = 0; i < 3; i++) {\n  x();\n}", line: 1 }),
    ).toBeUndefined();
    // Go without net/http: the helper's *http.Response would not compile.
    expect(
      addBackoff({
        file: "c.go",
        content: GO.replace('import "net/http"', 'import "example.com/rpc"'),
        line: 6,
      }),
    ).toBeUndefined();
  });

  it("the line cited must open the loop: another line of it changes nothing", () => {
    expect(addBackoff({ file: "c.go", content: GO, line: 7 })).toBeUndefined();
  });
});
