import { type CitedLine, nearName, type Resolution } from "./resolution.js";
import { patchedLine, type RepoFile } from "./resolve-build-files.js";

export interface FlagLookup {
  kind: "undefined-flag";
  flag: string;
}

/**
 * The words a Go command line parser prints for a flag it does not define: the standard library's flag
 * package, spf13/pflag (cobra), and kingpin.
 */
const UNDEFINED_FLAG = [
  /flag provided but not defined: -{1,2}([\w.-]+)/,
  /unknown (?:shorthand )?flag:? '?-{1,2}([\w.-]+)/,
  /unknown long flag '--([\w.-]+)'/,
];

export function flagLookup(evidence: string): FlagLookup | undefined {
  for (const re of UNDEFINED_FLAG) {
    const m = re.exec(evidence);
    if (m?.[1]) return { kind: "undefined-flag", flag: m[1] };
  }
  return undefined;
}

/** A flag defined in Go: flag/pflag `String("name", …)`, `StringVar(&v, "name", …)`, `StringP(…)`, kingpin `Flag("name", …)`. */
const DEFINITION =
  /\.(?:(?:String|Int|Int64|Uint|Uint64|Bool|Duration|Float64|Text|Func|BoolFunc|StringSlice|StringArray|IntSlice)(?:Var)?P?|Var(?:P)?|Flag)\(\s*(?:&?[\w.[\]]+\s*,\s*)?"([\w.-]+)"/g;

export function flagDefinitions(files: readonly RepoFile[]): (CitedLine & { name: string })[] {
  return files
    .filter((f) => f.path.endsWith(".go"))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) =>
          [...text.matchAll(DEFINITION)].flatMap((m) =>
            m[1] && !/^\s*\/\//.test(text) ? [{ name: m[1], file: f.path, line: i + 1, text }] : [],
          ),
        ),
    );
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The flag passed on a deploy line: `- -name=value`, `"--name"`, `--name value`. */
function passes(flag: string): RegExp {
  return new RegExp(`(^|[\\s"'\\[,])(-{1,2})${literal(flag)}(?=[=\\s"',\\]]|$)`);
}

/**
 * A Go binary refuses a flag its code does not define (an upgrade renamed it), and a deploy file still passes
 * the old name. Proposed only when one deploy line passes it and exactly one flag the code defines is a near
 * name of it (web.listen-address ↔ listen-address, a typo): that line passes the defined name, dashes and value
 * kept. The flag defined in the code already (the image is older than the repository), several lines or
 * several near definitions: cited, nothing proposed.
 */
export function resolveUndefinedFlag(
  lookup: FlagLookup,
  files: readonly RepoFile[],
  deploy: ReadonlySet<string>,
): Resolution | undefined {
  const defs = flagDefinitions(files);
  if (defs.length === 0 || defs.some((d) => d.name === lookup.flag)) return undefined;
  const re = passes(lookup.flag);
  const uses = files
    .filter((f) => deploy.has(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
    );
  const use = uses[0];
  if (!use) return undefined;
  const near = [
    ...new Map(defs.filter((d) => nearName(d.name, lookup.flag)).map((d) => [d.name, d])).values(),
  ];
  const base = {
    kind: "flag-defined" as const,
    subject: `-${lookup.flag}`,
    cause: use,
    truth: [...near, ...uses.slice(1)].map(({ file, line }) => ({ file, line })),
    candidates: near.map((d) => d.name),
  };
  const def = near[0];
  if (uses.length > 1)
    return {
      ...base,
      reason: `${uses.length} deploy lines pass -${lookup.flag}; one change would not cover them`,
    };
  if (near.length !== 1 || !def)
    return {
      ...base,
      reason:
        near.length === 0
          ? `no flag the code defines is a near name of -${lookup.flag}; read the release notes for its replacement`
          : `${near.map((d) => d.name).join(", ")} are all near -${lookup.flag}; which one is meant is a person's call`,
    };
  const after = use.text.replace(re, (_m, lead: string, dashes: string) => `${lead}${dashes}${def.name}`);
  return {
    ...base,
    reason: `the binary no longer defines -${lookup.flag}; ${def.file}:${def.line} defines -${def.name}, its only near name`,
    change: { ...use, before: use.text, after, summary: `-${lookup.flag} → -${def.name}` },
  };
}

/** Every flag the patched deploy line passes is one the code defines. */
export function flagHolds(
  resolution: Resolution,
  patched: readonly RepoFile[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const defined = new Set(flagDefinitions(patched).map((d) => d.name));
  const passed = [...text.matchAll(/(?:^|[\s"'[,])-{1,2}([A-Za-z][\w.-]*)/g)].map((m) => m[1] ?? "");
  const unknown = passed.filter((p) => !defined.has(p));
  return passed.length > 0 && unknown.length === 0
    ? {
        ok: true,
        detail: `${change?.file}:${change?.line} passes only flags the code defines (${passed.join(", ")})`,
      }
    : {
        ok: false,
        detail: `${change?.file}:${change?.line} still passes ${unknown.join(", ") || "no flag"}`,
      };
}
