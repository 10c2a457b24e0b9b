/**
 * Standard-library imports a code fix needs, added the way the file already imports: into Go's first
 * (standard library) import group in sorted order, and into Python's first block of plain `import` lines.
 */

const GO_IMPORT = /^\s*(?:[\w.]+\s+)?"([^"]+)"\s*(?:\/\/.*)?$/;

/** The Go file with `names` imported (those it already imports are left alone), or undefined when unreadable. */
export function withGoImports(lines: readonly string[], names: readonly string[]): string[] | undefined {
  const out = [...lines];
  const open = out.findIndex((l) => /^import\s*\(\s*$/.test(l));
  const single = out.findIndex((l) => /^import\s+"[^"]+"\s*$/.test(l));
  if (open < 0 && single >= 0) {
    const name = /"([^"]+)"/.exec(out[single] ?? "")?.[1] ?? "";
    out.splice(single, 1, "import (", `\t"${name}"`, ")");
    return withGoImports(out, names);
  }
  if (open < 0) {
    const pkg = out.findIndex((l) => /^package\s+\w+/.test(l));
    if (pkg < 0) return undefined;
    out.splice(pkg + 1, 0, "", "import (", ")");
    return withGoImports(out, names);
  }
  const close = out.findIndex((l, i) => i > open && /^\)\s*$/.test(l));
  if (close < 0) return undefined;
  const have = new Set(
    out.slice(open + 1, close).flatMap((l) => {
      const name = GO_IMPORT.exec(l)?.[1];
      return name ? [name] : [];
    }),
  );
  for (const name of [...names].sort()) {
    if (have.has(name)) continue;
    const end = out.findIndex((l, i) => i > open && (/^\)\s*$/.test(l) || l.trim() === ""));
    let at = open + 1;
    while (at < end && (GO_IMPORT.exec(out[at] ?? "")?.[1] ?? "") < name) at += 1;
    out.splice(at, 0, `\t"${name}"`);
  }
  return out;
}

function pythonImports(lines: readonly string[], name: string): boolean {
  return lines.some((l) => new RegExp(`^import\\s+(?:[\\w.]+\\s*,\\s*)*${name}\\s*(?:,|$|#)`).test(l));
}

/** The Python file with `import name` for each of `names` it does not import yet. */
export function withPythonImports(lines: readonly string[], names: readonly string[]): string[] {
  const out = [...lines];
  for (const name of [...names].sort()) {
    if (pythonImports(out, name)) continue;
    const first = out.findIndex((l) => /^import\s+\w/.test(l));
    if (first < 0) {
      let at = 0;
      while (at < out.length && /^#/.test(out[at] ?? "")) at += 1;
      out.splice(at, 0, `import ${name}`, ...(out[at]?.trim() ? [""] : []));
      continue;
    }
    let at = first;
    while (/^import\s+\w/.test(out[at] ?? "") && (/^import\s+([\w.]+)/.exec(out[at] ?? "")?.[1] ?? "") < name)
      at += 1;
    out.splice(at, 0, `import ${name}`);
  }
  return out;
}
