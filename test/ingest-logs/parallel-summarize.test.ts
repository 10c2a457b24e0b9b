import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLines, seededRandom } from "../../bench/logs-generate.js";
import { type SummarizeOptions, summarizeLogs } from "../../src/ingest/logs/summarize.js";
import { LOGHUB_DIR } from "../setup/shared-data.js";
import { LOGHUB_SYSTEMS } from "./loghub.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-parallel-summary-"));
const NOW = Date.UTC(2026, 0, 5);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** One thread against two split at each point: the whole summary identical, and how each split ended. */
async function compareSplits(
  path: string,
  splits: number[],
  extra: SummarizeOptions = {},
): Promise<string[]> {
  const options: SummarizeOptions = { now: NOW, budgetTokens: 4000, ...extra };
  const one = await summarizeLogs([path], { ...options, oneThread: true });
  expect(one.totalRecords).toBeGreaterThan(0);
  const outcomes: string[] = [];
  for (const split of splits) {
    let outcome = "";
    const two = await summarizeLogs([path], {
      ...options,
      split,
      onSplitEnd: (o) => {
        outcome = o;
      },
    });
    expect(two, `split at byte ${split}`).toEqual(one);
    outcomes.push(outcome);
  }
  return outcomes;
}

const fractions = (size: number, parts: number[]) => parts.map((p) => Math.floor(size * p));

/** Timestamped lines with Java traces, bursts within a minute, blank lines and untimed lines. */
function tracedLog(): string {
  const rand = seededRandom(5);
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) {
    // Seconds advance slowly, so one group's same-minute runs cross the split.
    const s = Math.floor(i / 7);
    const time = `2026-01-04 10:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")},${i % 1000}`;
    lines.push(`${time} INFO [worker-${i % 7}] Job ${Math.floor(rand() * 1e6)} finished in ${i % 300} ms`);
    if (i % 41 === 0) {
      lines.push(`${time} ERROR [db] Pool: connection refused to 10.0.0.${i % 250}`);
      lines.push(`java.net.ConnectException: Connection refused (case ${i % 9})`);
      for (let f = 0; f < 3 + (i % 4); f++)
        lines.push(`\tat db.Pool.open${f + (i % 6)}(Pool.java:${10 + f})`);
    }
    if (i % 97 === 0) lines.push("", "untimed banner line from a script", "");
  }
  return `${lines.join("\n")}\n`;
}

describe("summarizeLogs on two threads gives what one thread gives", () => {
  it("on HDFS-like and BGL-like lines, joining the worker's part", async () => {
    for (const kind of ["hdfs", "bgl"] as const) {
      const text = `${generateLines(kind, 30_000, 11).join("\n")}\n`;
      const path = write(`${kind}.log`, text);
      expect(await compareSplits(path, fractions(text.length, [0.3, 0.5, 0.77]))).toEqual([
        "joined",
        "joined",
        "joined",
      ]);
    }
  }, 120_000);

  it("with stack traces, bursts and untimed lines across the split, CRLF, --since/--until and an excerpt's line shift", async () => {
    const text = tracedLog();
    const crlf = text.replaceAll("\n", "\r\n");
    const outcomes: string[] = [];
    for (const [name, body] of [
      ["traced.log", text],
      ["traced-crlf.log", crlf],
    ] as const) {
      const path = write(name, body);
      const trace = body.indexOf("java.net.ConnectException", body.length / 2);
      const splits = fractions(body.length, [0.2, 0.5, 0.8]);
      for (let at = trace - 100; at < trace + 200; at += 41) splits.push(at);
      outcomes.push(...(await compareSplits(path, splits)));
      outcomes.push(
        ...(await compareSplits(path, fractions(body.length, [0.4, 0.6]), {
          since: "2026-01-04T10:01:00Z",
          until: "2026-01-04T10:07:30Z",
          firstLines: { [path]: 1000 },
        })),
      );
    }
    expect(outcomes).toContain("joined");
    expect(outcomes).toContain("alone");
  }, 300_000);

  it("when a burst within one minute straddles the split (its busiest minute is counted across it)", async () => {
    const lines: string[] = [];
    const at = (second: number) =>
      `2026-01-04 ${String(8 + Math.floor(second / 3600)).padStart(2, "0")}:${String(Math.floor(second / 60) % 60).padStart(2, "0")}:${String(second % 60).padStart(2, "0")},000`;
    for (let s = 0; s < 12_000; s++) {
      lines.push(`${at(s)} INFO [worker-${s % 5}] Job ${s * 7} finished in ${s % 300} ms`);
      if (s >= 6000 && s < 6007) lines.push(`${at(s)} INFO [cache] flush storm on node ${s % 3}`);
    }
    const text = `${lines.join("\n")}\n`;
    const path = write("burst.log", text);
    const splits: number[] = [];
    for (let i = text.indexOf("flush storm"); i >= 0; i = text.indexOf("flush storm", i + 1))
      splits.push(text.lastIndexOf("\n", i) + 1);
    const one = await summarizeLogs([path], { now: NOW, oneThread: true });
    expect(one.text).toContain("burst");
    expect(await compareSplits(path, splits)).toEqual(splits.map(() => "joined"));
  }, 120_000);

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
            time: `2026-01-04T10:${String(Math.floor(i / 70) % 60).padStart(2, "0")}:00Z`,
            level: i % 11 === 0 ? "error" : "info",
            msg: i % 11 === 0 ? `failed job ${i}\n\tat x.y(Z.java:${i % 4})` : `served request ${i}`,
          }),
        );
      else
        lines.push(
          `ts=2026-01-04T10:00:${String(i % 60).padStart(2, "0")}Z level=warn msg="tick ${i}" n=${i}`,
        );
    }
    const text = `${lines.join("\n")}\n`;
    const path = write("mixed.log", text);
    expect(await compareSplits(path, fractions(text.length, [0.3, 0.5, 0.9]))).toContain("joined");
  }, 120_000);

  const loghub = existsSync(LOGHUB_DIR)
    ? LOGHUB_SYSTEMS.filter((s) => existsSync(join(LOGHUB_DIR, s, `${s}_2k.log`)))
    : [];
  it.skipIf(loghub.length === 0)(
    loghub.length === 0
      ? `on the Loghub-2k sets concatenated (skipped: no Loghub data in ${LOGHUB_DIR})`
      : "on the Loghub-2k sets concatenated",
    async () => {
      const text = loghub.map((s) => readFileSync(join(LOGHUB_DIR, s, `${s}_2k.log`), "utf8")).join("");
      const path = write("loghub.log", text);
      expect(await compareSplits(path, fractions(text.length, [0.15, 0.5, 0.85]))).toContain("joined");
    },
    240_000,
  );
});
