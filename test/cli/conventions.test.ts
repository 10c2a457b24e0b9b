import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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

  it("`help` of an unknown command names the commands there are", async () => {
    const result = await cli(["help", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'nope' \(commands: diagnose, /);
  });
});
