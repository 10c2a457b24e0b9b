import { parseAllDocuments } from "yaml";
import type { Resolution } from "./resolution.js";
import type { RepoFile } from "./resolve-build-files.js";

export interface YamlLookup {
  kind: "yaml-unparsable";
  line: number;
  /** The file the parser names (PyYAML, SnakeYAML with a file reader); Go's yaml names none. */
  file?: string;
}

/** A YAML parser's complaint about structure (not a value's type): PyYAML/ruamel, SnakeYAML, go-yaml. */
const STRUCTURE =
  /mapping values are not allowed (?:here|in this context)|did not find expected (?:key|'-' indicator)|could not find expected ':'|expected <block end>, but found|while parsing a block mapping/;
const GO_LINE =
  /yaml: line (\d+): (?:mapping values are not allowed|did not find expected|could not find expected)/;
const MARK = /in ["']([^"']+\.ya?ml)["'], line (\d+), column \d+/g;

export function yamlLookup(evidence: string): YamlLookup | undefined {
  if (!STRUCTURE.test(evidence)) return undefined;
  const go = GO_LINE.exec(evidence);
  if (go?.[1]) return { kind: "yaml-unparsable", line: Number(go[1]) };
  // PyYAML prints the context mark first and the problem mark last: the problem is the line to fix.
  const marks = [...evidence.matchAll(MARK)];
  const problem = marks.at(-1);
  return problem?.[1] && problem[2]
    ? { kind: "yaml-unparsable", line: Number(problem[2]), file: problem[1] }
    : undefined;
}

export function parses(content: string): boolean {
  try {
    return parseAllDocuments(content, { uniqueKeys: true }).every?.((d) => d.errors.length === 0) ?? false;
  } catch {
    return false;
  }
}

const indentOf = (text: string) => /^ */.exec(text)?.[0].length ?? 0;
const significant = (text: string) => text.trim() !== "" && !/^\s*#/.test(text);
/** A `key: value` entry: a sibling after it sits at its indent (an opening `key:` leaves the level open). */
const SCALAR_ENTRY = /^\s*(?:- )?[\w.-]+:\s+\S/;

/** The repository file the parser named: the longest path suffix that matches. */
function namedFile(files: readonly RepoFile[], path: string | undefined): RepoFile[] {
  const yaml = files.filter((f) => /\.ya?ml$/.test(f.path));
  if (!path) return yaml.filter((f) => !parses(f.content));
  const parts = path.split("/");
  for (let n = parts.length - 1; n >= 1; n -= 1) {
    const tail = parts.slice(-n).join("/");
    const hits = yaml.filter((f) => f.path === tail || f.path.endsWith(`/${tail}`));
    if (hits.length > 0) return hits;
  }
  return [];
}

/**
 * An application cannot parse its YAML configuration because a key is indented off its level. The lines near
 * the one the parser names whose indent matches no sibling are tried at the indent of the entry above them;
 * proposed only when the file does not parse as it is and exactly one such re-indentation makes it parse
 * (duplicate keys count as not parsing). The file the parser names ambiguous or absent, a line after an opening
 * `key:` (child or sibling: a person's call), or no single fix: cited, nothing proposed.
 */
export function resolveYamlIndent(lookup: YamlLookup, files: readonly RepoFile[]): Resolution | undefined {
  const named = namedFile(files, lookup.file);
  const file = named[0];
  if (named.length !== 1 || !file || parses(file.content)) return undefined;
  const lines = file.content.split("\n");
  const cause = { file: file.path, line: lookup.line, text: lines[lookup.line - 1] ?? "" };
  const fixes: { line: number; text: string; after: string }[] = [];
  for (let n = Math.max(2, lookup.line - 2); n <= Math.min(lines.length, lookup.line + 1); n += 1) {
    const text = lines[n - 1] ?? "";
    if (!significant(text)) continue;
    let p = n - 2;
    while (p >= 0 && !significant(lines[p] ?? "")) p -= 1;
    const above = lines[p] ?? "";
    if (p < 0 || !SCALAR_ENTRY.test(above) || indentOf(above) === indentOf(text)) continue;
    const after = `${" ".repeat(indentOf(above))}${text.trimStart()}`;
    const trial = [...lines];
    trial[n - 1] = after;
    if (parses(trial.join("\n"))) fixes.push({ line: n, text, after });
  }
  const base = {
    kind: "yaml-parses" as const,
    subject: file.path,
    cause,
    truth: fixes.map((f) => ({ file: file.path, line: f.line })),
    candidates: fixes.map((f) => `line ${f.line} at column ${indentOf(f.after) + 1}`),
  };
  const fix = fixes[0];
  if (fixes.length !== 1 || !fix)
    return {
      ...base,
      reason:
        fixes.length === 0
          ? "no single re-indentation near that line makes the file parse"
          : `${fixes.length} re-indentations make it parse; which level is meant is a person's call`,
    };
  return {
    ...base,
    cause: { file: file.path, line: fix.line, text: fix.text },
    truth: [],
    reason: `line ${fix.line} is indented ${indentOf(fix.text)}, its sibling above ${indentOf(fix.after)}; re-indented, the file parses`,
    change: {
      file: file.path,
      line: fix.line,
      before: fix.text,
      after: fix.after,
      summary: `re-indent ${file.path}:${fix.line} to its sibling level`,
    },
  };
}

/** The patched file parses as YAML. */
export function yamlHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
): { ok: boolean; detail: string } {
  const file = patched.find((f) => f.path === resolution.change?.file);
  return file && parses(file.content)
    ? { ok: true, detail: `${file.path} now parses as YAML` }
    : { ok: false, detail: `${resolution.subject} still does not parse` };
}
