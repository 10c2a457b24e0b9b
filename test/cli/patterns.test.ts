import { describe, expect, it } from "vitest";
import { FAILURE_PATTERNS } from "../../src/knowledge/patterns/index.js";
import { cli } from "../helpers/cli-harness.js";

describe("claude-sentry patterns list", () => {
  it("prints every entry's id, category, severity and title", async () => {
    const result = await cli(["patterns", "list"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(FAILURE_PATTERNS.length + 1);
    expect(result.stdout).toMatch(/^sched-taints\s+scheduling\s+P2\s+Pod unschedulable/m);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${FAILURE_PATTERNS.length} patterns, \\d+ standard alert names$`),
    );
  });

  it("prints the whole knowledge base as one JSON object", async () => {
    const result = await cli(["patterns", "list", "--format", "json"]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { count: number; patterns: Record<string, unknown>[] };
    expect(body.count).toBe(FAILURE_PATTERNS.length);
    expect(body.patterns.find((s) => s.id === "disk-full")).toMatchObject({
      category: "disk_full",
      alerts: expect.arrayContaining(["NodeFilesystemAlmostOutOfSpace"]),
      confirm: expect.any(Array),
      ruleOut: expect.any(Array),
    });
  });

  it("refuses an unknown subcommand or format with one line and exit 2", async () => {
    for (const argv of [
      ["patterns", "show"],
      ["patterns", "list", "--format", "yaml"],
    ]) {
      const result = await cli(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("still answers to its older name, signatures, with the same output; --help names patterns", async () => {
    const [now, old] = [await cli(["patterns", "list"]), await cli(["signatures", "list"])];
    expect(old.code).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    const help = await cli(["--help"]);
    expect(help.stdout).toMatch(/^\s+patterns\s+list the failure knowledge base/m);
    expect(help.stdout).not.toMatch(/^\s+signatures\s/m);
  });
});
