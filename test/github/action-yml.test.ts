import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTION_INPUTS, ACTION_OUTPUTS } from "../../src/entrypoints/action-inputs.js";

const manifest = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const sources = [
  "src/entrypoints/action.ts",
  "src/entrypoints/action-inputs.ts",
  "src/entrypoints/action-events.ts",
  "src/entrypoints/action-report.ts",
]
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");
const used = (pattern: RegExp) => [...new Set([...sources.matchAll(pattern)].map((m) => m[1]!))].sort();

describe("action.yml", () => {
  it("runs dist/index.js on node24", () => {
    expect(manifest.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs the code reads", () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    // Every literal read in the source is a declared input (getInput("x"), optional("x"), list("x")).
    const read = used(/(?:getInput|getMultilineInput|optional|list)\("([\w-]+)"\)/g);
    expect(read).toEqual([...ACTION_INPUTS].sort());
  });

  it("declares exactly the outputs the code writes", () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
    expect(used(/setOutput\("([\w-]+)"/g)).toEqual([...ACTION_OUTPUTS].sort());
  });
});

describe("dist/index.js", () => {
  it("is the bundled Action and fails with a clear message, never silently", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["dist/index.js"], {
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::Claude Sentry: input github-token");
  });
});
