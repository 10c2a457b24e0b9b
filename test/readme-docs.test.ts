import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The README's CLI and configuration sections are checked against the code, both ways, so they cannot
 * drift: a documented flag or variable the code does not read is a lie, and one the code reads that the
 * README never names is a secret.
 */
const ROOT = join(import.meta.dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const CLI_DIR = join(ROOT, "src/entrypoints/cli");

/** Each command's flags, read from the option objects its parseFlags calls are given. */
function parsedFlags(): Map<string, Set<string>> {
  const byCommand = new Map<string, Set<string>>();
  for (const file of readdirSync(CLI_DIR).filter((f) => f.endsWith("-command.ts"))) {
    const source = readFileSync(join(CLI_DIR, file), "utf8");
    const name = /\bname:\s*"([a-z-]+)"/.exec(source)?.[1];
    if (!name) continue;
    const flags = new Set<string>();
    for (const m of source.matchAll(
      /(?:"([a-z][a-z0-9-]*)"|\b([a-z][a-zA-Z0-9]*)):\s*\{\s*type:\s*"(?:string|boolean)"/g,
    ))
      flags.add(`--${m[1] ?? m[2]}`);
    byCommand.set(name, flags);
  }
  return byCommand;
}

/** The README's CLI synopsis: `claude-sentry COMMAND … --flag …` lines in the CLI section's code block. */
function documentedFlags(): Map<string, Set<string>> {
  const section = README.slice(README.indexOf("### CLI"), README.indexOf("### GitHub Action"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const byCommand = new Map<string, Set<string>>();
  let current = "";
  for (const line of block.split("\n")) {
    const head = /^claude-sentry ([a-z-]+)/.exec(line.trim());
    if (head?.[1]) current = head[1];
    // A second command on the same line (`audit verify … claude-sentry audit keygen`) starts a new one.
    for (const part of line.split(/(?=claude-sentry )/)) {
      const name = /^claude-sentry ([a-z-]+)/.exec(part.trim())?.[1] ?? current;
      const code = part.replace(/#.*$/, "");
      for (const m of code.matchAll(/--[a-z][a-z0-9-]*/g)) {
        if (!byCommand.has(name)) byCommand.set(name, new Set());
        byCommand.get(name)?.add(m[0]);
      }
    }
  }
  return byCommand;
}

describe("README ↔ CLI flags", () => {
  const parsed = parsedFlags();
  const documented = documentedFlags();

  it("finds the commands on both sides", () => {
    for (const name of ["diagnose", "logs", "alerts", "audit", "serve", "watch", "mcp", "patterns"])
      expect(parsed.has(name), name).toBe(true);
    expect(documented.get("diagnose")?.size).toBeGreaterThan(5);
  });

  it("every flag the README's CLI synopsis shows is parsed by that command", () => {
    for (const [name, flags] of documented) {
      for (const flag of flags) expect(parsed.get(name)?.has(flag), `${name} ${flag}`).toBe(true);
    }
  });

  it("every flag a command parses is in that command's README synopsis", () => {
    for (const [name, flags] of parsed) {
      for (const flag of flags) expect(documented.get(name)?.has(flag), `${name} ${flag}`).toBe(true);
    }
  });
});

const SOURCE_DIRS = ["src", "test", "bench", "scripts"];
function sourceText(dirs: string[]): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|js)$/.test(entry.name)) out.push(readFileSync(path, "utf8"));
    }
  };
  for (const dir of dirs) walk(join(ROOT, dir));
  return out.join("\n");
}

/** Variables the README's configuration table names, `<SOURCE>` patterns as their prefix. */
function documentedVariables(): { name: string; row: string }[] {
  const start = README.indexOf("| variable | used by | meaning |");
  const table = README.slice(start, README.indexOf("\n\n", start));
  return table
    .split("\n")
    .slice(2)
    .flatMap((row) => {
      const first = row.split("|")[1] ?? "";
      return [...first.matchAll(/`([A-Z][A-Z0-9_]*)(<[A-Z]+>)?`/g)].map((m) => ({ name: m[1] ?? "", row }));
    });
}

describe("README ↔ environment variables", () => {
  const variables = documentedVariables();
  const src = sourceText(["src"]);

  it("reads the configuration table", () => {
    expect(variables.length).toBeGreaterThan(30);
  });

  it("every documented variable is read by the code (Probot's own by Probot, test data by tests)", () => {
    const probot = sourceText(["node_modules/probot/lib"]);
    const everywhere = sourceText(SOURCE_DIRS);
    for (const { name, row } of variables) {
      const where = row.includes("Probot's own") ? probot : row.includes("tests") ? everywhere : src;
      expect(where.includes(name), name).toBe(true);
    }
  });

  it("every variable the code reads from the environment is documented", () => {
    const read = new Set<string>();
    for (const m of src.matchAll(
      /\benv(?:\.([A-Z][A-Z0-9_]+)|\["([A-Z][A-Z0-9_]+)"\]|\[`([A-Z][A-Z0-9_]+)\$\{)/g,
    ))
      read.add(m[1] ?? m[2] ?? m[3] ?? "");
    // Set by the Actions runner for every job, not by the person configuring Sentry.
    const runner = (name: string) =>
      name.startsWith("GITHUB_") || name.startsWith("RUNNER_") || name === "CI";
    for (const name of read) {
      if (runner(name)) continue;
      expect(README.includes(name), name).toBe(true);
    }
  });
});

describe("README figures that the code decides", () => {
  it("names the knowledge base's size as it is", async () => {
    const { FAILURE_PATTERNS } = await import("../src/knowledge/patterns/index.js");
    const named = [...README.matchAll(/knowledge base of (\d+)/g)].map((m) => Number(m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(n).toBe(FAILURE_PATTERNS.length);
  });
});
