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
  tools: ["core", "security", "collectors"],
  // Read-only evidence collectors (Prometheus, Kubernetes, log stores) the collector tools call.
  collectors: ["core", "security", "ingest/logs"],
  knowledge: ["core", "ingest/logs"],
  inventory: ["core", "knowledge"],
  llm: ["core", "security", "knowledge", "inventory"],
  agents: ["core", "llm", "tools", "security"],
  pipeline: ["core", "agents"],
  "ingest/alerts": ["core"],
  "ingest/logs": ["core"],
  memory: ["core"],
  // The Markdown report escapes untrusted text with the security gateway's posting neutraliser.
  report: ["core", "security"],
  // Assembling one run for every door: logs, security layer, memory, pipeline, seal.
  engine: [
    "core",
    "knowledge",
    "security",
    "tools",
    "collectors",
    "llm",
    "agents",
    "pipeline",
    "ingest/alerts",
    "ingest/logs",
    "memory",
  ],
  // The App's GitHub flows (alert delivery, installation lookup, repository config) and issue incidents,
  // whose ids come from the one incident-id helper.
  github: ["core", "engine", "pipeline", "memory", "security", "report", "ingest/alerts"],
  watcher: ["core", "ingest/logs"],
  // The MCP session is armed by the engine, like every run.
  mcp: ["core", "security", "tools", "engine"],
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
/** `import("./x.js")`: loaded on demand, still a dependency. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.[^"']+)["']\s*\)/g;

interface Edge {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, "utf8");
  const statics = [...text.matchAll(IMPORT)].map((m) => ({
    target: resolve(dirname(file), m[2] ?? ""),
    typeOnly: Boolean(m[1]),
  }));
  const dynamics = [...text.matchAll(DYNAMIC_IMPORT)].map((m) => ({
    target: resolve(dirname(file), m[1] ?? ""),
    typeOnly: false,
  }));
  return [...statics, ...dynamics];
}

/**
 * The doors in src/entrypoints: the CLI, the Action, the App. Each may use the shared door code
 * (entrypoints/shared) but never another door's modules.
 */
function doorOf(file: string): string | undefined {
  const rel = relative(join(src, "entrypoints"), file);
  if (rel.startsWith("..")) return undefined;
  if (rel === "cli.ts" || rel.startsWith("cli/")) return "cli";
  if (rel.startsWith("action")) return "action";
  if (rel.startsWith("app")) return "app";
  return undefined; // shared
}

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
      for (const edge of importsOf(file)) {
        const to = layerOf(edge.target);
        const seam = SEAMS.some((name) => edge.target.endsWith(name)) && edge.typeOnly;
        if (to === from || allowed.includes("*") || allowed.includes(to) || seam) continue;
        violations.push(`${relative(src, file)} imports ${relative(src, edge.target)} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("sees dynamic import() like any other import", () => {
    // The provider's SDK loads on demand; the layer rule above checks that edge like a static one.
    const edges = importsOf(join(src, "entrypoints/shared/provider-settings.ts"));
    expect(edges.map((edge) => relative(src, edge.target))).toEqual(
      expect.arrayContaining(["llm/offline/index.js", "llm/create-provider.js"]),
    );
  });

  it("no door imports another door's modules", () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = doorOf(file);
      if (!from) continue;
      for (const edge of importsOf(file)) {
        const to = doorOf(edge.target);
        if (to && to !== from)
          violations.push(`${relative(src, file)} (${from}) imports ${relative(src, edge.target)} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("every door runs through the one engine entry (runEngine), and only MCP arms the security layer itself", () => {
    // Value imports only: a door may name the composition's type (its test seam), never call it.
    const inner = ["engine/run-incident.js", "engine/arm-security.js"];
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = layerOf(file);
      if (from === "engine") continue;
      for (const edge of importsOf(file)) {
        const to = relative(src, edge.target);
        if (edge.typeOnly || !inner.includes(to)) continue;
        if (from === "mcp" && to === "engine/arm-security.js") continue;
        violations.push(`${relative(src, file)} assembles a run itself (imports ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("github/ never reads process.env: each door passes in the environment it read", () => {
    // The App loads `.env` into its own settings and the Action has its inputs: a read of process.env
    // below the doors would use another environment than the one the door says it runs with.
    const readers = sourceFiles(join(src, "github"))
      .filter((file) => /\bprocess\.env\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(src, file));
    expect(readers).toEqual([]);
  });

  it("no module imports itself back through others (no cycles, type-only imports included)", () => {
    const files = sourceFiles(src);
    const graph = new Map(
      files.map((file) => [
        file,
        importsOf(file)
          .map((edge) => edge.target.replace(/\.js$/, ".ts"))
          .filter((target) => target !== file && files.includes(target)),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") {
          cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(src, f)).join(" → "));
        } else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
