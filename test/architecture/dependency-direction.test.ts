import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/**
 * The layers of ../shared/design/architecture.md: dependencies point one way, from the entry points inward to
 * core. A module may import its own folder and the folders listed for it; the seams (`contracts.ts`, the
 * LlmProvider interface) may be imported, types only, by any layer that implements or calls them.
 */
const ALLOWED: Record<string, string[]> = {
  core: [],
  security: ["core"],
  tools: ["core", "security"],
  knowledge: ["core", "ingest/logs"],
  llm: ["core", "security", "knowledge"],
  agents: ["core", "llm", "tools", "security"],
  pipeline: ["core", "agents"],
  "ingest/alerts": ["core"],
  "ingest/logs": ["core"],
  memory: ["core"],
  report: ["core"],
  // Assembling one run for every door: logs, security layer, memory, pipeline, seal.
  engine: [
    "core",
    "knowledge",
    "security",
    "tools",
    "llm",
    "agents",
    "pipeline",
    "ingest/alerts",
    "ingest/logs",
    "memory",
  ],
  github: ["core", "engine", "pipeline", "memory", "security", "report"],
  watcher: ["core", "ingest/logs"],
  mcp: ["core", "security", "tools"],
  server: [
    "core",
    "knowledge",
    "security",
    "tools",
    "llm",
    "agents",
    "pipeline",
    "ingest/alerts",
    "ingest/logs",
    "memory",
    "report",
    "engine",
    "github",
    "watcher",
  ],
  entrypoints: ["*"],
};

function layerOf(file: string): string {
  const rel = relative(src, file);
  const [top, second] = rel.split("/");
  return top === "ingest" ? `ingest/${second}` : (top ?? "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

/** The seams of architecture.md: interfaces an inner layer may name (type-only) without depending on the layer. */
const SEAMS = ["/contracts.js", "/llm/provider.js"];

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+["'](\.[^"']+)["']/gm;

describe("dependency direction", () => {
  it("every import in src/ points inward, as the architecture says", () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) {
        violations.push(`${relative(src, file)}: folder '${from}' is not in the architecture's table`);
        continue;
      }
      for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
        const target = resolve(dirname(file), match[2] ?? "");
        const to = layerOf(target);
        const seam = SEAMS.some((name) => target.endsWith(name)) && Boolean(match[1]);
        if (to === from || allowed.includes("*") || allowed.includes(to) || seam) continue;
        violations.push(`${relative(src, file)} imports ${relative(src, target)} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
