import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLines, seededRandom } from "../../bench/logs-generate.js";
import { lineIdPieces, mineLines } from "../../src/ingest/logs/index.js";
import { LOGHUB_DIR } from "../setup/shared-data.js";
import { LOGHUB_SYSTEMS } from "./loghub.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-parallel-"));
const NOW = Date.UTC(2026, 0, 5);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Everything `logs templates` prints from a mined file, in all three formats, and the spans behind them. */
async function mined(path: string, split?: number) {
  const outcomes: string[] = [];
  const m = await mineLines(
    [path],
    split === undefined
      ? { oneThread: true, now: NOW }
      : { split, now: NOW, onSplitEnd: (o) => outcomes.push(o) },
  );
  return {
    ids: [...lineIdPieces(m)].join("\n"),
    templates: m.miner.templates(),
    spans: [...m.spans],
    records: m.records,
    outcome: outcomes.join(","),
  };
}

/** One thread against two split at each point: identical output, and how each split ended. */
async function compareSplits(path: string, splits: number[]): Promise<string[]> {
  const one = await mined(path);
  expect(one.records).toBeGreaterThan(0);
  const outcomes: string[] = [];
  for (const split of splits) {
    const { outcome, ...two } = await mined(path, split);
    const { outcome: _none, ...reference } = one;
    expect(two, `split at byte ${split}`).toEqual(reference);
    outcomes.push(outcome);
  }
  return outcomes;
}

const fractions = (size: number, parts: number[]) => parts.map((p) => Math.floor(size * p));

describe("mineLines on two threads gives what one thread gives", () => {
  it("on HDFS-like and BGL-like lines, joining the worker's part", async () => {
    for (const kind of ["hdfs", "bgl"] as const) {
      const text = `${generateLines(kind, 30_000, 7).join("\n")}\n`;
      const path = write(`${kind}.log`, text);
      const outcomes = await compareSplits(path, fractions(text.length, [0.2, 0.5, 0.83]));
      expect(outcomes).toEqual(["joined", "joined", "joined"]);
    }
  }, 120_000);

  it("when the split falls inside stack traces, between blank lines, and on CRLF lines", async () => {
    const rand = seededRandom(3);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const time = `2026-01-04 10:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")},${i % 1000}`;
      lines.push(`${time} INFO [worker-${i % 7}] Job ${Math.floor(rand() * 1e6)} finished in ${i % 300} ms`);
      if (i % 37 === 0) {
        lines.push(`${time} ERROR [db] Pool: connection refused to 10.0.0.${i % 250}`);
        lines.push("java.net.ConnectException: Connection refused");
        for (let f = 0; f < 4 + (i % 5); f++) lines.push(`\tat db.Pool.open${f}(Pool.java:${10 + f})`);
        lines.push("", "Caused by: java.io.IOException: reset", "\t... 4 more");
      }
      if (i % 53 === 0) lines.push("", "", "");
    }
    const lf = `${lines.join("\n")}\n`;
    const crlf = lf.replaceAll("\n", "\r\n");
    for (const [name, text] of [
      ["traces.log", lf],
      ["traces-crlf.log", crlf],
    ] as const) {
      const path = write(name, text);
      // Every 40,011th byte and the bytes around one trace: line starts, mid-line, mid-record.
      const trace = text.indexOf("java.net.ConnectException", text.length / 2);
      const splits = [...fractions(text.length, [0.25, 0.5, 0.75])];
      for (let at = trace - 120; at < trace + 300; at += 37) splits.push(at);
      const outcomes = await compareSplits(path, splits);
      expect(outcomes).toContain("joined");
      expect(outcomes).toContain("alone");
    }
  }, 240_000);

  it("on JSON lines, logfmt and yearless syslog dates that roll over the new year", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const day = i < 2000 ? "Dec 31" : "Jan  1";
      const clock = `${String(Math.floor(i / 100) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00`;
      if (i % 3 === 0)
        lines.push(`${day} ${clock} host sshd[${1000 + i}]: Accepted publickey for user${i % 9}`);
      else if (i % 3 === 1)
        lines.push(
          JSON.stringify({
            time: "2026-01-04T10:00:00Z",
            level: i % 11 === 0 ? "error" : "info",
            msg: i % 11 === 0 ? `failed job ${i}\n\tat x.y(Z.java:1)` : `served request ${i}`,
          }),
        );
      else
        lines.push(
          `ts=2026-01-04T10:00:${String(i % 60).padStart(2, "0")}Z level=info msg="tick ${i}" n=${i}`,
        );
    }
    const text = `${lines.join("\n")}\n`;
    const path = write("mixed.log", text);
    const outcomes = await compareSplits(path, fractions(text.length, [0.3, 0.5, 0.51, 0.9]));
    expect(outcomes).toContain("joined");
  }, 120_000);

  it("leaves a document (kubectl describe), gzip and stdin-like inputs on one thread", async () => {
    const describe = write(
      "describe.txt",
      `Name:         api\nNamespace:    prod\n${"Events:\n".repeat(50)}`,
    );
    const outcomes: string[] = [];
    await mineLines([describe], { split: 40, onSplitEnd: (o) => outcomes.push(o) });
    expect(outcomes).toEqual([]);
  });

  const loghub = existsSync(LOGHUB_DIR)
    ? LOGHUB_SYSTEMS.filter((s) => existsSync(join(LOGHUB_DIR, s, `${s}_2k.log`)))
    : [];
  it.skipIf(loghub.length === 0)(
    loghub.length === 0
      ? `on the Loghub-2k sets concatenated (skipped: no Loghub data in ${LOGHUB_DIR})`
      : "on the Loghub-2k sets concatenated",
    async () => {
      const { readFileSync } = await import("node:fs");
      const text = loghub.map((s) => readFileSync(join(LOGHUB_DIR, s, `${s}_2k.log`), "utf8")).join("");
      const path = write("loghub.log", text);
      const outcomes = await compareSplits(path, fractions(text.length, [0.1, 0.35, 0.5, 0.65, 0.9]));
      expect(outcomes).toContain("joined");
    },
    240_000,
  );
});
