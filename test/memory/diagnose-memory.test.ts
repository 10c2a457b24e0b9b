import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli-harness.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("diagnose --memory", () => {
  it("stores each run and shows the earlier one as a similar past incident the next time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diag-memory-"));
    dirs.push(dir);
    const memory = join(dir, "memory.jsonl");
    const args = [
      "diagnose",
      "--log",
      "examples/incidents/search-dns/logs/search-api.log",
      "--repo",
      "examples/incidents/search-dns/repo",
      "--memory",
      memory,
    ];
    const first = await cli(args);
    expect(first.stdout).toContain("Similar past incidents: none in memory.");
    const second = await cli(args);
    expect(second.stdout).toMatch(/Similar past incidents:\n {2}- run-\S+ \(fingerprint, 100%\)/);
    expect(second.stdout).toContain("[dns]");
    expect(readFileSync(memory, "utf8").trim().split("\n")).toHaveLength(2);
  }, 60_000);
});
