import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords } from "../../src/ingest/logs/index.js";
import { encodingOf, headIsReadable, looksBinary } from "../../src/ingest/logs/text-sniff.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-text-sniff-"));

async function recordsOf(name: string, bytes: Buffer): Promise<ParsedRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

const LINE =
  "Dec 07 10:00:02 db-2 kernel: [1.1] EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2\n";

describe("telling a log from a binary file", () => {
  it("reads a log a crash left NUL padding in: the lines before and after it, without the NULs", async () => {
    const bytes = Buffer.concat([
      Buffer.from("Dec 07 10:00:01 db-2 postgres[1]: LOG:  checkpoint starting\n"),
      Buffer.from(LINE),
      Buffer.alloc(6000),
      Buffer.from("Dec 07 10:09:00 db-2 kernel: [0.000000] Linux version 5.15.0\n"),
    ]);
    expect(headIsReadable(bytes)).toBe(true);
    const records = await recordsOf("crash.log", bytes);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[1]?.text).toContain("EXT4-fs error");
    expect(records[2]?.text).toBe("Dec 07 10:09:00 db-2 kernel: [0.000000] Linux version 5.15.0");
  });

  it("refuses random bytes and text strewn with NULs", () => {
    expect(looksBinary(randomBytes(4096))).toBe(true);
    const strewn = Buffer.from("a\u0000b\u0000c\u0000d\u0000e\u0000f\u0000g\u0000h\u0000".repeat(40));
    expect(headIsReadable(strewn)).toBe(false);
    expect(looksBinary(Buffer.from(LINE.repeat(50)))).toBe(false);
    // Colour codes (ESC) are a terminal's, not a binary format's.
    expect(looksBinary("\u001b[31mERROR\u001b[0m disk full\n".repeat(50))).toBe(false);
  });

  it("reads UTF-16 with its byte-order mark (PowerShell's redirection), little- and big-endian", async () => {
    const text =
      "2026-12-07T10:00:00Z ERROR java.lang.OutOfMemoryError: Java heap space\n2026-12-07T10:00:01Z INFO café restarted\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect(encodingOf(le)).toBe("utf-16le");
    expect(encodingOf(be)).toBe("utf-16be");
    for (const [name, bytes] of [
      ["le.log", le],
      ["be.log", be],
    ] as const) {
      expect(headIsReadable(bytes)).toBe(true);
      const records = await recordsOf(name, bytes);
      expect(records.map((r) => r.text)).toEqual([
        "2026-12-07T10:00:00Z ERROR java.lang.OutOfMemoryError: Java heap space",
        "2026-12-07T10:00:01Z INFO café restarted",
      ]);
    }
  });
});
