import type { RepoFrame } from "./stack-frames.js";

/**
 * Where a parser says a configuration file is broken: the file and line its error names, as PyYAML, js-yaml,
 * Ruby's Psych and nginx print them. PyYAML prints a context mark and then the problem mark; the problem
 * (the last mark) is the line to cite.
 */
const POSITIONS: RegExp[] = [
  // PyYAML: `in "/app/config/app.yaml", line 11, column 4` under its problem line (a mark under a
  // `while parsing …` line is the context: where the enclosing block began, not what is wrong).
  /(?<prev>[^\n]*)\n\s*in "(?<path>[^"]+)", line (?<line>\d+), column \d+/g,
  // js-yaml: `bad indentation of a mapping entry in "config/app.yml" (11:5)`
  /\bin "(?<path>[^"]+)" \((?<line>\d+):\d+\)/g,
  // Psych: `(config/app.yml): did not find expected key while parsing a block mapping at line 3 column 1`
  /\((?<path>[^()\s]+\.ya?ml)\): [^\n]*? at line (?<line>\d+) column \d+/g,
  // nginx: `[emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/api.conf:12`
  /\[emerg\][^\n]* in (?<path>\/\S+?):(?<line>\d+)\s*$/gm,
];

/** The longest repository path the error's path ends with (`/app/config/app.yaml` → config/app.yaml). */
function inRepo(path: string, repoFiles: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const file of repoFiles)
    if ((path === file || path.endsWith(`/${file}`)) && file.length > (best?.length ?? 0)) best = file;
  return best;
}

/** The one position the parser's errors pin in a repository file; none when they name none, or several. */
export function configErrorPosition(trace: string, repoFiles: readonly string[]): RepoFrame | undefined {
  const found: RepoFrame[] = [];
  for (const re of POSITIONS) {
    for (const m of trace.matchAll(re)) {
      if (/^\s*(?:[\w.]+Error: )?while /.test(m.groups?.prev ?? "")) continue;
      const file = m.groups?.path ? inRepo(m.groups.path, repoFiles) : undefined;
      if (file) found.push({ file, line: Number(m.groups?.line) });
    }
  }
  const last = found.at(-1);
  return last && found.every((f) => f.file === last.file && f.line === last.line) ? last : undefined;
}
