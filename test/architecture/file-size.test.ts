import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/** The style guide's limit (issue #17): past it a file holds more than one idea and should be split. */
const MAX_LINES = 300;

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Lines as `wc -l` counts them: a last line without a newline still counts. */
function lineCount(text: string): number {
  if (text === "") return 0;
  const newlines = text.split("\n").length - 1;
  return text.endsWith("\n") ? newlines : newlines + 1;
}

describe("file size", () => {
  it(`keeps every TypeScript file in src/, tests included, at ${MAX_LINES} lines or fewer`, () => {
    const files = typeScriptFiles(src);
    expect(files.length).toBeGreaterThan(0);
    const tooLong = files
      .map((file) => ({ file: relative(src, file), lines: lineCount(readFileSync(file, "utf8")) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `src/${f.file}: ${f.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
