import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createJsonlAuditStore } from "../../src/security/audit/jsonl-store.js";

const dir = mkdtempSync(join(tmpdir(), "audit-since-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const START = Date.parse("2026-11-24T00:00:00Z");

/**
 * About 3 MiB of entries, one a second, so the 1 MiB blocks the tail reader uses split lines, and split
 * them inside multi-byte characters; with one line longer than a block and one line that is not JSON.
 */
function writeLog(file: string): void {
  const lines: string[] = [];
  for (let i = 0; i < 12_000; i++) {
    const reason = i === 6_000 ? "x".repeat(1_500_000) : `read é中文 ${"ü".repeat(i % 97)} ${i}`;
    lines.push(
      JSON.stringify({ seq: i, kind: "event", time: new Date(START + i * 1000).toISOString(), reason }),
    );
    if (i === 9_000) lines.push("{not json");
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}

describe("reading an audit file's recent entries from its end", () => {
  const file = join(dir, "audit.jsonl");
  writeLog(file);
  const store = createJsonlAuditStore(file);

  it("gives exactly the entries after `since` that reading the whole file gives, in order", async () => {
    const all = (await store.read()) as { seq?: number; time?: string }[];
    for (const seconds of [11_999, 11_000, 9_000, 6_000, 5_999, 100, -1]) {
      const since = START + seconds * 1000;
      const expected = all.filter((e) => typeof e.time === "string" && Date.parse(e.time) > since);
      const got = (await store.readSince?.(since)) as { seq: number }[];
      expect(got.map((e) => e.seq)).toEqual(expected.map((e) => e.seq));
    }
  });

  it("an absent file is an empty chain", async () => {
    expect(await createJsonlAuditStore(join(dir, "none.jsonl")).readSince?.(0)).toEqual([]);
  });
});
