import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";
import { READ_CHUNK_BYTES } from "../../src/ingest/logs/reader.js";

// `docker compose logs`, winston's colorize, pino-pretty and Spring Boot's console write colour codes into
// the files users upload: `ESC[31merror ESC[39m`. The level must still be read and no escape kept.

const dir = mkdtempSync(join(tmpdir(), "sentry-ansi-"));

async function recordsOf(name: string, text: string): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
const green = (s: string) => `\u001b[32m${s}\u001b[39m`;

describe("coloured logs", () => {
  it("reads the level under the colour and keeps no escape in the text", async () => {
    const lines = [
      `api-1  | 2026-12-05T10:00:00.000Z ${green("info")}: GET /orders 200 12ms`,
      `api-1  | 2026-12-05T10:00:01.000Z ${red("error")}: connect ECONNREFUSED 10.0.3.7:5432`,
      `\u001b[1m\u001b[33m2026-12-05 10:00:02.123\u001b[0m  WARN 1 --- [main] o.h.e.j.s.SqlExceptionHelper : pool low`,
      "\u001b]8;;https://example.test\u0007a hyperlinked word\u001b]8;;\u0007 at 2026-12-05T10:00:03Z",
    ];
    const records = await recordsOf("compose.log", `${lines.join("\n")}\n`);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(records.map((r) => r.level).slice(0, 3)).toEqual(["INFO", "ERROR", "WARN"]);
    expect(records.every((r) => !r.text.includes("\u001b"))).toBe(true);
    expect(records[1]!.text).toBe(
      "api-1  | 2026-12-05T10:00:01.000Z error: connect ECONNREFUSED 10.0.3.7:5432",
    );
    expect(records[3]!.text).toBe("a hyperlinked word at 2026-12-05T10:00:03Z");
  });

  it("strips a sequence cut in two by the reader's chunk boundary", async () => {
    // The reader takes READ_CHUNK_BYTES at a time: put `ESC[31m` across the first boundary.
    const filler = `${"x".repeat(99)}\n`;
    const head = filler.repeat(Math.floor((READ_CHUNK_BYTES - 3) / filler.length));
    const pad = "y".repeat(READ_CHUNK_BYTES - 3 - head.length);
    // Nothing else in the second chunk has an escape: only the carried tail does.
    const text = `${head}${pad}\u001b[31merror boom\nlast line\n`;
    const records = await recordsOf("cut.log", text);
    const cut = records.find((r) => r.text.includes("boom"))!;
    expect(cut.text).toBe(`${pad}error boom`);
    expect(records.at(-1)!.text).toBe("last line");
  });
});
