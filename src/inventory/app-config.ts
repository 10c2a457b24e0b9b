import { parse as parseIni } from "ini";
import { parse as parseToml } from "smol-toml";
import { addLeaves, yamlDocs } from "./parse-yaml.js";
import type { Inventory } from "./types.js";

/**
 * Application config files: the settings a service reads at start (JSON, TOML, INI, Java properties; YAML
 * ones are read as values by the manifest reader). Parsed with the formats' own parsers; a file that does not
 * parse contributes nothing. Each leaf is a setting keyed by its own name, with its dotted path beside it
 * (`redis.url`), so resolvers can match either.
 */
const EXT = /\.(json|toml|ini|cfg|properties)$/i;
const CONFIG_NAME =
  /(^|\/)(appsettings|application|settings|config|app|default|production|development|staging|local|prod|dev|database|db|redis|cache|service)([.-][\w-]+)*\.(json|toml|ini|cfg|properties)$/i;
const CONFIG_DIR =
  /(^|\/)(config|configs|conf|settings|etc)\/(?:[\w.-]+\/)*[\w.-]+\.(json|toml|ini|cfg|properties)$/i;
/** Tooling and package files share these formats but configure no running service. */
const TOOLING =
  /(^|\/)(package(-lock)?|tsconfig[\w.-]*|jsconfig|composer|deno|bun|biome|renovate|lerna|nx|turbo|vercel|tslint|\.eslintrc|\.prettierrc|launchSettings)\.json$|(^|\/)(pyproject|Cargo|Pipfile|poetry|rustfmt|ruff|\.?black)\.toml$|(^|\/)(setup|tox|pytest|mypy|\.flake8|\.coveragerc)\.(cfg|ini)$|(^|\/)(gradle|gradle-wrapper|local)\.properties$|(^|\/)(node_modules|vendor|\.venv|dist|build|target)\//i;

export function isAppConfig(path: string): boolean {
  return EXT.test(path) && (CONFIG_NAME.test(path) || CONFIG_DIR.test(path)) && !TOOLING.test(path);
}

type Leaf = { path: string[]; value: string; line: number };

export function addAppConfig(inv: Inventory, file: string, content: string): void {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === "json") {
    // JSON is YAML's flow subset: the YAML parser gives every node its line.
    for (const doc of yamlDocs(content)) addLeaves(inv, file, doc, doc.root, 0, "app-config");
    return;
  }
  const leaves =
    ext === "toml"
      ? tomlLeaves(content)
      : ext === "properties"
        ? propertiesLeaves(content)
        : iniLeaves(content);
  for (const leaf of leaves) {
    const key = leaf.path.at(-1);
    if (key === undefined) continue;
    inv.settings.push({
      key,
      path: leaf.path.join("."),
      value: leaf.value,
      source: "app-config",
      file,
      line: leaf.line,
    });
  }
}

/** A value the parser produced at a dotted path, when it is a scalar. */
function scalarAt(root: unknown, path: string[]): string | undefined {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || Array.isArray(node) || typeof node !== "object" || !Object.hasOwn(node, part))
      return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (Array.isArray(node)) return undefined;
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  return undefined;
}

const unquoteKey = (key: string) => key.trim().replace(/^(["'])(.*)\1$/, "$2");

/**
 * The parser gives the values; the lines come from the `[table]` headers and `key = value` lines (TOML and
 * INI keep one key per line), and a line counts only where the parser agrees on its value.
 */
function sectionedLeaves(content: string, parsed: unknown, splitKey: (key: string) => string[]): Leaf[] {
  const out: Leaf[] = [];
  let table: string[] | undefined = [];
  content.split("\n").forEach((text, i) => {
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/.exec(text);
    if (header?.[2]) {
      // An array of tables repeats its keys: which entry a line belongs to is not worth guessing.
      table = header[1] === "[[" ? undefined : splitKey(header[2]);
      return;
    }
    if (!table) return;
    const pair = /^\s*("[^"]*"|'[^']*'|[\w.-]+)\s*[=:]/.exec(text);
    if (!pair?.[1]) return;
    const path = [...table, ...splitKey(pair[1])];
    const value = scalarAt(parsed, path);
    if (value !== undefined) out.push({ path, value, line: i + 1 });
  });
  return out;
}

function tomlLeaves(content: string): Leaf[] {
  let parsed: unknown;
  try {
    parsed = parseToml(content);
  } catch {
    return [];
  }
  return sectionedLeaves(content, parsed, (key) => key.split(".").map(unquoteKey));
}

function iniLeaves(content: string): Leaf[] {
  let parsed: unknown;
  try {
    parsed = parseIni(content);
  } catch {
    return [];
  }
  // The ini parser nests `[a.b]` sections by their dots; keys inside a section are taken whole.
  return sectionedLeaves(content, parsed, (key) => key.split(".").map(unquoteKey));
}

/** Java properties: `key=value`, `key: value` or `key value`; `#` and `!` comments; `\` continues a line. */
function propertiesLeaves(content: string): Leaf[] {
  const out: Leaf[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const start = i;
    let text = (lines[i] ?? "").replace(/\r$/, "");
    while (/(^|[^\\])(\\\\)*\\$/.test(text) && i + 1 < lines.length) {
      i += 1;
      text = text.slice(0, -1) + (lines[i] ?? "").replace(/\r$/, "").trimStart();
    }
    if (/^\s*([#!]|$)/.test(text)) continue;
    const m = /^\s*((?:\\.|[^\s:=\\])+)\s*[:=\s]\s*(.*)$/.exec(text);
    if (!m?.[1]) continue;
    const key = m[1].replace(/\\(.)/g, "$1");
    out.push({ path: key.split("."), value: (m[2] ?? "").trim(), line: start + 1 });
  }
  return out;
}
