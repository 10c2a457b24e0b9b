import { describe, expect, it } from "vitest";
import { COLLECTION_DECL, growingFields, growingStructure, structureWords } from "./growing-structure.js";

const readings = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));

describe("the structure a steady memory growth names", () => {
  it("finds size figures rising with memory, not counters that always rise nor flat ones", () => {
    const lines = readings(
      10,
      (i) =>
        `ts=2026-10-02T0${i}:00:00Z level=info msg=stats rss_bytes=0 resident=${200 + i * 40}000000 open_sessions=${90 + i * 300} requests_total=${i * 1000 + 5} worker_queue=${i % 2 ? 3 : 4}`,
    );
    expect(growingFields(lines).map((f) => f.name)).toEqual(["open_sessions"]);
    expect(structureWords("open_sessions")).toEqual(["sessions"]);
    expect(structureWords("quoteCacheEntries")).toEqual(["quote", "cache"]);
  });

  it("cites the one declaration the figure's words name, by name before path", () => {
    const fields = [{ name: "open_sessions", first: 90, last: 2790, readings: 10 }];
    const declarations = [
      { file: "app/routes.py", line: 4, text: "_ROUTES = {}" },
      { file: "app/auth/store.py", line: 7, text: "_SESSIONS = {}" },
      { file: "app/auth/session_cache.py", line: 3, text: "_TOKENS: dict[str, str] = {}" },
    ];
    expect(growingStructure(fields, declarations)).toMatchObject({
      file: "app/auth/store.py",
      line: 7,
      name: "_SESSIONS",
    });
  });

  it("near misses: no name matches (a path alone is not enough), or two declarations tie", () => {
    const fields = [{ name: "subscriberCount", first: 10, last: 900, readings: 8 }];
    expect(
      growingStructure(fields, [{ file: "src/subscribers.ts", line: 1, text: "const cache = new Map();" }]),
    ).toBeUndefined();
    const tie = [
      { file: "src/a.ts", line: 1, text: "export const subscribers = new Set();" },
      { file: "src/b.ts", line: 1, text: "const subscribers = new Set();" },
    ];
    expect(
      growingStructure([{ name: "subscribers", first: 10, last: 900, readings: 8 }], tie),
    ).toBeUndefined();
  });

  it("the declaration search covers the languages' long-lived collections", () => {
    const re = new RegExp(COLLECTION_DECL);
    for (const line of [
      "const quotes = new Map();",
      "export let pending: Record<string, Job> = {}",
      "_SESSIONS = {}",
      "var hits = make(map[string]int)",
      "    private static final Map<String, Quote> QUOTES = new HashMap<>();",
      "  CACHE = Hash.new",
    ])
      expect(re.test(line), line).toBe(true);
    expect(re.test("    const local = new Map();")).toBe(false);
  });
});
