import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTemplateMiner, minerAdd, readLogRecords, summarizeLogs } from "../../src/ingest/logs/index.js";

/**
 * The reader's output, record by record, and the summary of the same inputs, pinned by digest. The
 * digests were recorded with the reader that yielded one record per async step (commit 30f03c2),
 * before records were batched (logcat and the summary re-pinned when `name=` values became one variable):
 * a faster reader must give the same ids, times, levels, line numbers
 * and summary, byte for byte.
 */

const dir = mkdtempSync(join(tmpdir(), "sentry-identity-"));

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const pick = <T>(rand: () => number, xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const two = (n: number) => String(n).padStart(2, "0");

/** Many lines in one format, with some variety (levels, traces, users), from a fixed seed. */
const FORMATS: Record<string, (rand: () => number, i: number) => string> = {
  "syslog.log": (rand, i) =>
    `Nov ${1 + (i % 28)} ${two(i % 24)}:${two(i % 60)}:${two((i * 7) % 60)} host${i % 3} sshd[${1000 + i}]: ` +
    pick(rand, [
      `Failed password for ${pick(rand, ["root", "admin", "user"])} from 10.0.${i % 9}.${i % 250} port ${2000 + i} ssh2`,
      `Accepted publickey for deploy from 10.1.0.${i % 250} port ${3000 + i}`,
      "error: PAM: Authentication failure",
    ]),
  "app.log": (rand, i) => {
    const t = `2026-03-0${1 + (i % 5)} ${two(i % 24)}:${two(i % 60)}:${two(i % 60)},${String(i % 1000).padStart(3, "0")}`;
    const head = `${t} ${pick(rand, ["INFO", "WARN", "ERROR", "DEBUG"])} [worker-${i % 4}] org.example.Job:`;
    if (i % 37 === 0) {
      return `${head} job ${i} failed\njava.io.IOException: reset ${i}\n\tat org.example.Job.run(Job.java:${i % 90})\n\tat java.lang.Thread.run(Thread.java:750)`;
    }
    return `${head} ${pick(rand, [`processed ${i} items in ${i % 50} ms`, "cache is true", "cache is false"])}`;
  },
  "json.log": (rand, i) =>
    JSON.stringify({
      ts: new Date(Date.UTC(2026, 2, 1, 0, 0, i)).toISOString(),
      level: pick(rand, ["info", "warn", "error"]),
      msg: pick(rand, [`request ${i} done`, `retrying upstream ${i % 7}`, "pool exhausted"]),
      pod: `api-${i % 3}`,
    }),
  "logfmt.log": (rand, i) =>
    `time=2026-03-01T00:${two(i % 60)}:${two(i % 60)}Z level=${pick(rand, ["info", "error"])} msg="sync ${pick(rand, ["ok", "failed"])}" shard=${i % 5} took=${i % 90}ms`,
  "logcat.log": (rand, i) =>
    `03-17 16:${two(i % 60)}:${two((i * 3) % 60)}.${String(i % 1000).padStart(3, "0")}  ${1700 + (i % 5)}  ${2000 + i} ${pick(rand, ["D", "I", "W", "E"])} PowerManager: acquire lock=${i * 31}, flags=0x1, name=${pick(rand, ["com.android.phone", "android"])}`,
  "hpc.log": (rand, i) =>
    `${2500000 + i} node-${i % 40} ${pick(rand, ["action", "gige", "switch"])} ${pick(rand, ["start", "temperature"])} ${1074119817 + i} 1 ${pick(rand, ["warning", "critical", "Link error", `boot (command ${1900 + (i % 9)})`])}`,
  "cri.log": (rand, i) =>
    `2026-03-01T00:00:${two(i % 60)}.${String(i).padStart(9, "0")}Z ${pick(rand, ["stdout", "stderr"])} F level=${pick(rand, ["info", "warn"])} msg="tick ${i}"`,
  "access.log": (rand, i) =>
    `10.0.0.${i % 250} - - [01/Mar/2026:10:${two(i % 60)}:${two(i % 60)} +0000] "GET /api/items/${i % 97} HTTP/1.1" ${pick(rand, [200, 200, 404, 500])} ${100 + i} "-" "curl/8.0"`,
};

function writeInputs(): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, line] of Object.entries(FORMATS)) {
    const rand = seeded(name.length * 7919);
    const lines = Array.from({ length: 3000 }, (_, i) => line(rand, i));
    paths[name] = join(dir, name);
    writeFileSync(paths[name], `${lines.join("\n")}\n`);
  }
  return paths;
}

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
const FIXED = { now: Date.UTC(2026, 11, 1), year: 2026 };

describe("reader output stays identical", () => {
  const paths = writeInputs();
  const displayNames = Object.fromEntries(Object.entries(paths).map(([name, path]) => [path, name]));

  it("yields the same records and template ids for every format", async () => {
    const got: Record<string, string> = {};
    for (const [name, path] of Object.entries(paths)) {
      const miner = createTemplateMiner();
      const rows: unknown[] = [];
      for await (const r of readLogRecords([path], { ...FIXED, displayNames })) {
        rows.push([r.file, r.line, r.endLine, r.time, r.level, r.text, minerAdd(miner, r)]);
      }
      got[name] = digest([rows, miner.templates(), rows.map((row) => miner.resolve((row as string[])[6]!))]);
    }
    expect(got).toEqual(EXPECTED_RECORDS);
  });

  it("summarizes all formats together the same way", async () => {
    const summary = await summarizeLogs(Object.values(paths), { ...FIXED, displayNames, budgetTokens: 4000 });
    expect(digest(summary)).toBe(EXPECTED_SUMMARY);
  });
});

const EXPECTED_RECORDS: Record<string, string> = {
  "access.log": "350eab1b0950dd96",
  "app.log": "d3931fe6d7f37643",
  "cri.log": "77ec3a24a53b98e6",
  "hpc.log": "2f1ba0fc6650c868",
  "json.log": "fb856cb418ee6a29",
  "logcat.log": "83076170829f4ed8",
  "logfmt.log": "21558065bd9e31f1",
  "syslog.log": "326313c4562c0b9e",
};
const EXPECTED_SUMMARY = "f0e0f4fdd8fc088b";
