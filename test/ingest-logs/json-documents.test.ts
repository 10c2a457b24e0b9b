import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-json-documents-"));

async function read(name: string, lines: string[]): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

describe("JSON documents written compactly across lines", () => {
  it("reads kubectl's -o json List with one object per line as objects: events by their fields", async () => {
    const records = await read("events.json", [
      '{"apiVersion":"v1","kind":"List","items":[',
      '{"apiVersion":"v1","kind":"Event","metadata":{"name":"a.1","namespace":"prod"},"involvedObject":{"kind":"Pod","name":"pay-1","namespace":"prod"},"reason":"Unhealthy","message":"Readiness probe failed: HTTP probe failed with statuscode: 503","type":"Warning","count":42,"lastTimestamp":"2026-12-07T09:20:00Z"},',
      '{"apiVersion":"v1","kind":"Event","metadata":{"name":"a.2","namespace":"prod"},"involvedObject":{"kind":"Pod","name":"pay-1","namespace":"prod"},"reason":"Pulled","message":"Container image already present on machine","type":"Normal","count":1}',
      "]}",
    ]);
    const unhealthy = records.find((r) => r.kind === "k8s-event" && /Readiness probe failed/.test(r.text));
    expect(unhealthy?.line).toBe(2);
    expect(unhealthy?.fields?.reason).toBe("Unhealthy");
  });

  it("reads JSON log lines whose first line was cut short as log lines, none dropped", async () => {
    const records = await read("cut.log", [
      '{"level":"error","msg":"connect ECONNREFUSED 10.0.0.1:5432",',
      '{"level":"error","msg":"connect ECONNREFUSED 10.0.0.1:5432"}',
      '{"level":"error","msg":"connect ECONNREFUSED 10.0.0.1:5432"}',
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2]?.level).toBe("ERROR");
  });

  it("keeps reading a JSON log line that parses on its own as a log line", async () => {
    const records = await read("lines.log", [
      '{"level":"info","msg":"ready","items":[1,2]}',
      '{"level":"error","msg":"connect ECONNREFUSED 10.0.0.1:5432"}',
    ]);
    expect(records.map((r) => r.kind ?? "line")).not.toContain("k8s-object");
    expect(records).toHaveLength(2);
  });
});
