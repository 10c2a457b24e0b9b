import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lineIdPieces, mineLines } from "../../src/ingest/logs/index.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-line-ids-"));
const log = join(dir, "app.log");
writeFileSync(
  log,
  [
    "",
    "2026-11-24 03:00:00,001 INFO [main] App: started 1",
    "2026-11-24 03:00:01,001 ERROR [db] Pool: connection refused",
    "java.net.ConnectException: refused",
    "\tat db.Pool.open(Pool.java:12)",
    "",
    "",
    "2026-11-24 03:00:02,001 INFO [main] App: started 2",
    "2026-11-24 03:00:03,001 ERROR [db] Pool: connection refused",
  ].join("\n"),
);

describe("mineLines and lineIdPieces", () => {
  it("give one id per input line, blanks between records as '-', whatever the piece size", async () => {
    const mined = await mineLines([log]);
    expect(mined.records).toBe(4);
    // Records: first line, last line, group: the trace's lines belong to the record that opens it.
    expect([...mined.spans].filter((_, i) => i % 3 !== 2)).toEqual([2, 2, 3, 5, 8, 8, 9, 9]);
    const whole = [...lineIdPieces(mined)];
    expect(whole).toHaveLength(1);
    expect(whole[0]!.split("\n")).toEqual(["-", "T1", "T2", "T2", "T2", "-", "-", "T1", "T2"]);
    for (const size of [1, 2, 3, 4]) {
      const pieces = [...lineIdPieces(mined, size)];
      expect(pieces.every((p) => p.split("\n").length <= size)).toBe(true);
      expect(pieces.join("\n")).toBe(whole[0]);
    }
  });

  it("resolves a group index as resolve resolves its G id", async () => {
    const mined = await mineLines([log]);
    for (let g = 0; g < mined.miner.groupCount; g++)
      expect(mined.miner.resolveIndex(g)).toBe(mined.miner.resolve(`G${g}`));
  });
});
