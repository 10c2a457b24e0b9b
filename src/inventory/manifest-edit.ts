import { normalise } from "./python-distributions.js";

/** One line of a manifest and the text that replaces it (the line itself, then the new entry). */
export interface Insertion {
  line: number;
  before: string;
  after: string;
}

export type ManifestKind = "requirements" | "pyproject" | "pipfile" | "package-json";

export function manifestKind(path: string): ManifestKind | undefined {
  const name = path.split("/").pop() ?? "";
  if (/^requirements[\w.-]*\.(txt|in)$/.test(name) || /^(base|prod|production|main)\.(txt|in)$/.test(name))
    // Dev/test lists are not installed in the image; lock and constraints lists pin, they do not declare.
    return /(^|[-_.])(dev|test|tests|lint|docs|ci|lock|constraints|pinned|frozen)([-_.]|$)/.test(name)
      ? undefined
      : "requirements";
  if (name === "pyproject.toml") return "pyproject";
  if (name === "Pipfile") return "pipfile";
  if (name === "package.json") return "package-json";
  return undefined;
}

/** A TOML section's `[header]` line index and the index after its last line. */
function section(lines: readonly string[], header: RegExp): { start: number; end: number } | undefined {
  const start = lines.findIndex((l) => header.test(l.trim()));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end] ?? "")) end += 1;
  return { start, end };
}

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?/;

/** The distributions a manifest declares as runtime dependencies (normalised names). */
export function declared(kind: ManifestKind, content: string): Set<string> {
  const lines = content.split("\n");
  const names: string[] = [];
  if (kind === "requirements")
    for (const l of lines) if (!/^\s*(#|-)/.test(l)) names.push(REQUIREMENT.exec(l)?.[1] ?? "");
  if (kind === "pyproject") {
    const deps = /^\s*dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(content)?.[1] ?? "";
    for (const m of deps.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(m[1] ?? "");
  }
  const table =
    kind === "pipfile"
      ? section(lines, /^\[packages\]$/)
      : kind === "pyproject"
        ? section(lines, /^\[tool\.poetry\.dependencies\]$/)
        : undefined;
  if (table)
    for (const l of lines.slice(table.start + 1, table.end))
      names.push(/^\s*"?([\w.-]+)"?\s*=/.exec(l)?.[1] ?? "");
  if (kind === "package-json") {
    try {
      const deps = (JSON.parse(content) as { dependencies?: Record<string, unknown> }).dependencies ?? {};
      names.push(...Object.keys(deps));
    } catch {
      // A manifest that does not parse declares nothing we can trust.
    }
  }
  return new Set(names.filter(Boolean).map((n) => (kind === "package-json" ? n : normalise(n))));
}

function lastEntry(lines: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i > from; i -= 1)
    if (/\S/.test(lines[i] ?? "") && !/^\s*#/.test(lines[i] ?? "")) return i;
  return from;
}

function pyprojectArray(lines: readonly string[], entry: string): Insertion | undefined {
  const open = lines.findIndex((l) => /^\s*dependencies\s*=\s*\[/.test(l));
  const text = lines[open];
  if (open < 0 || text === undefined) return undefined;
  const oneLine = /^(\s*dependencies\s*=\s*\[)(.*)\](\s*(?:#.*)?)$/.exec(text);
  if (oneLine) {
    const inner = (oneLine[2] ?? "").replace(/,\s*$/, "");
    const items = inner.trim() ? `${inner}, "${entry}"` : `"${entry}"`;
    return { line: open + 1, before: text, after: `${oneLine[1]}${items}]${oneLine[3] ?? ""}` };
  }
  const close = lines.findIndex((l, i) => i > open && /^\s*\]/.test(l));
  if (close < 0) return undefined;
  const at = lastEntry(lines, open, close);
  const last = lines[at] ?? "";
  const indent = at === open ? "    " : (/^(\s*)/.exec(last)?.[1] ?? "    ");
  const head = at === open || /,\s*(#.*)?$/.test(last) ? last : last.replace(/(\s*(#.*)?)$/, ",$1");
  return { line: at + 1, before: last, after: `${head}\n${indent}"${entry}",` };
}

function tomlTable(
  lines: readonly string[],
  header: RegExp,
  name: string,
  spec: string,
): Insertion | undefined {
  const table = section(lines, header);
  if (!table) return undefined;
  const at = lastEntry(lines, table.start, table.end);
  const last = lines[at] ?? "";
  return { line: at + 1, before: last, after: `${last}\n${name} = "${spec}"` };
}

function packageJson(lines: readonly string[], name: string, version: string): Insertion | undefined {
  const open = lines.findIndex((l) => /^\s{0,4}"dependencies"\s*:\s*\{\s*$/.test(l));
  if (open < 0) return undefined;
  const indent = /^(\s*)/.exec(lines[open] ?? "")?.[1] ?? "";
  const close = lines.findIndex((l, i) => i > open && new RegExp(`^${indent}\\}`).test(l));
  if (close < 0 || close === open + 1) return undefined;
  const last = lines[close - 1] ?? "";
  const inner = /^(\s*)/.exec(last)?.[1] ?? `${indent}  `;
  return {
    line: close,
    before: last,
    after: `${last.replace(/,?\s*$/, ",")}\n${inner}"${name}": "^${version}"`,
  };
}

/**
 * The manifest line that gets the new dependency appended after it (requirements.txt's last requirement, the
 * last item of pyproject's `dependencies`, the last key of a Poetry/Pipfile table, package.json's last
 * dependency). A Node dependency needs a version: none known, no insertion.
 */
export function insertion(
  kind: ManifestKind,
  content: string,
  name: string,
  version: string | undefined,
): Insertion | undefined {
  const lines = content.split("\n");
  if (kind === "requirements") {
    const at = lastEntry(lines, -1, lines.length);
    const last = lines[at];
    if (at < 0 || last === undefined) return undefined;
    return { line: at + 1, before: last, after: `${last}\n${name}${version ? `==${version}` : ""}` };
  }
  if (kind === "pipfile") return tomlTable(lines, /^\[packages\]$/, name, version ? `==${version}` : "*");
  if (kind === "pyproject")
    return section(lines, /^\[tool\.poetry\.dependencies\]$/)
      ? tomlTable(lines, /^\[tool\.poetry\.dependencies\]$/, name, version ? `==${version}` : "*")
      : pyprojectArray(lines, `${name}${version ? `==${version}` : ""}`);
  return version ? packageJson(lines, name, version) : undefined;
}
