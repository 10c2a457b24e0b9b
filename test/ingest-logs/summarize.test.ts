import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { LogSummarySchema } from "../../src/core/log-summary.js";
import { createTemplateMiner, minerAdd, readLogRecords, summarizeLogs } from "../../src/ingest/logs/index.js";
import { HAS_LOGHUB, LOGHUB_DIR, skipMessage } from "../setup/shared-data.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-summary-"));

/** Template id of every line, by the same reader and miner that summarizeLogs uses. */
async function templateOfLines(path: string): Promise<string[]> {
  const miner = createTemplateMiner();
  const spans: [number, number, string][] = [];
  for await (const r of readLogRecords([path])) spans.push([r.line, r.endLine, minerAdd(miner, r)]);
  const out: string[] = [];
  for (const [from, to, id] of spans) for (let l = from; l <= to; l++) out[l - 1] = miner.resolve(id);
  return out;
}

function structured(system: string): Record<string, string>[] {
  const csv = readFileSync(join(LOGHUB_DIR, system, `${system}_2k.log_structured_corrected.csv`), "utf8");
  return parse(csv, { columns: true }) as Record<string, string>[];
}

describe("summarizeLogs", () => {
  it("keeps errors and rare lines with file:line, counts the rest, and stays within budget", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = new Date(Date.UTC(2026, 10, 24, 2, 0, i)).toISOString();
      lines.push(`${t} INFO http: GET /api/items/${i % 97} 200 in ${i % 40} ms`);
      if (i === 2900) lines.push(`${t} ERROR db: connection to 10.0.0.5:5432 refused`);
      if (i === 1500) lines.push(`${t} WARN cache: evicted ${i} entries`);
    }
    const path = join(dir, "app.log");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const seen: number[] = [];
    const summary = await summarizeLogs([path], {
      budgetTokens: 600,
      displayNames: { [path]: "app.log" },
      onRecord: (r) => seen.push(r.line),
    });
    expect(LogSummarySchema.safeParse(summary).success).toBe(true);
    expect(seen).toHaveLength(3002);
    expect(summary.totalRecords).toBe(3002);
    expect(summary.estimatedTokens).toBeLessThanOrEqual(600);
    const error = summary.kept.find((k) => k.level === "ERROR");
    expect(error?.reasons).toContain("error");
    expect(error?.firstSeen).toMatchObject({ file: "app.log", line: 2903 });
    expect(summary.text).toContain("app.log:2903: ");
    expect(summary.text).toMatch(/\d+ other records in \d+ templates \(INFO \d+/);
    expect(summary.files).toEqual([{ file: "app.log", lines: 3002, bytes: expect.any(Number) }]);
  });

  it("filters by --since/--until and rejects a time it cannot read", async () => {
    const path = join(dir, "window.log");
    writeFileSync(
      path,
      ["2026-11-24T01:00:00Z INFO a", "2026-11-24T02:00:00Z ERROR b", "2026-11-24T03:00:00Z INFO c"].join(
        "\n",
      ),
    );
    const summary = await summarizeLogs([path], {
      since: "2026-11-24T01:30:00Z",
      until: "2026-11-24T02:30:00Z",
    });
    expect(summary.totalRecords).toBe(1);
    expect(summary.timeRange).toEqual({ from: "2026-11-24T02:00:00.000Z", to: "2026-11-24T02:00:00.000Z" });
    await expect(summarizeLogs([path], { since: "yesterday-ish" })).rejects.toThrow(/--since/);
  });

  it("marks templates first seen in the incident window", async () => {
    const path = join(dir, "incident.log");
    const lines = Array.from({ length: 600 }, (_, i) => {
      const t = new Date(Date.UTC(2026, 10, 24, 0, i)).toISOString();
      return i === 590 ? `${t} INFO pool: resized to 3 workers` : `${t} INFO tick ${i}`;
    });
    writeFileSync(path, lines.join("\n"));
    const summary = await summarizeLogs([path], { incidentTime: { from: "2026-11-24T09:45:00Z" } });
    const resized = summary.kept.find((k) => k.template.includes("resized"));
    expect(resized?.reasons).toContain("new-in-window");
  });
});

describe.skipIf(!HAS_LOGHUB)("summarizeLogs on Loghub samples", () => {
  it("shows every BGL alert category at the default budget", async () => {
    const path = join(LOGHUB_DIR, "BGL", "BGL_2k.log");
    const rows = structured("BGL");
    const summary = await summarizeLogs([path]);
    const byLine = await templateOfLines(path);
    const kept = new Set(summary.kept.map((k) => k.id));
    const categories = new Set(rows.map((r) => r.Label!).filter((l) => l !== "-"));
    expect(categories.size).toBeGreaterThan(5);
    for (const category of categories) {
      const lines = rows.filter((r) => r.Label === category).map((r) => Number(r.LineId) - 1);
      // The category's lines belong to a template that the summary text lists with its citation.
      const ids = lines.map((l) => byLine[l]!).filter((id) => kept.has(id));
      expect(ids.length, category).toBeGreaterThan(0);
      expect(
        ids.some((id) => summary.text.includes(`] ${id} ×`)),
        category,
      ).toBe(true);
    }
    expect(summary.estimatedTokens).toBeLessThanOrEqual(6000);
  });

  it.each(["HDFS", "Hadoop", "Spark"])("keeps every ERROR and FATAL template of %s", async (system) => {
    const path = join(LOGHUB_DIR, system, `${system}_2k.log`);
    const rows = structured(system);
    const summary = await summarizeLogs([path]);
    const byLine = await templateOfLines(path);
    const kept = new Set(summary.kept.map((k) => k.id));
    const events = new Set(
      rows.filter((r) => r.Level === "ERROR" || r.Level === "FATAL").map((r) => r.EventId!),
    );
    for (const event of events) {
      const lines = rows.filter((r) => r.EventId === event).map((r) => Number(r.LineId) - 1);
      expect(
        lines.some((l) => kept.has(byLine[l]!)),
        `${system} ${event}`,
      ).toBe(true);
    }
  });
});

if (!HAS_LOGHUB) console.warn(skipMessage("Loghub 2k"));
