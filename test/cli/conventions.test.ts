import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProviderNameSchema } from "../../src/llm/provider-name.js";
import { cli } from "../helpers/cli-harness.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

describe("CLI conventions", () => {
  it("prints the version for --version and -V, from source and from the built CLI", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await cli([flag]);
      expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
    }
    // The bundle carries its version: it is run from places where package.json is not beside it.
    const built = spawnSync(process.execPath, [`${process.cwd()}/dist/cli.js`, "-V"], {
      encoding: "utf8",
      cwd: "/",
    });
    expect(built.stdout).toBe(`${version}\n`);
  });

  it("`help <command>` prints that command's usage, as `<command> --help` does", async () => {
    const viaHelp = await cli(["help", "diagnose"]);
    const viaFlag = await cli(["diagnose", "--help"]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toMatch(/^Usage: claude-sentry diagnose/);
  });

  it("every command that takes --provider lists every provider it can run", async () => {
    // scripted needs --script, which only diagnose has.
    const wanted: Record<string, readonly string[]> = {
      diagnose: ProviderNameSchema.options,
      watch: ProviderNameSchema.options.filter((name) => name !== "scripted"),
    };
    for (const [command, names] of Object.entries(wanted)) {
      const help = (await cli([command, "--help"])).stdout;
      const providerLines = help.slice(
        help.indexOf("--provider NAME"),
        help.indexOf("\n  --", help.indexOf("--provider NAME") + 1),
      );
      for (const name of names) expect(providerLines, `${command} --help`).toContain(name);
    }
  });

  it("`help` of an unknown command names the commands there are", async () => {
    const result = await cli(["help", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'nope' \(commands: diagnose, /);
  });
});

describe("CLI conventions on bad input", () => {
  it("says a subcommand is missing, in one line, exit 2", async () => {
    for (const [argv, message] of [
      [["alerts"], /^claude-sentry alerts: missing subcommand: alerts normalize/],
      [["audit"], /^claude-sentry audit: missing subcommand: audit verify FILE, or audit keygen/],
    ] as const) {
      const result = await cli([...argv]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it("`audit verify DIR` is bad input, not an internal error", async () => {
    const result = await cli(["audit", "verify", "test"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("claude-sentry audit: test is not a file: give the audit log's JSONL file\n");
  });
});
