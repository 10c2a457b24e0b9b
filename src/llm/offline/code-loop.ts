/**
 * The loop a cited line opens, in the languages whose blocks are read here: Python by indentation, Go,
 * JavaScript/TypeScript and Java by braces. Enough to see what a retry loop does before it goes round again.
 */

export type LoopLanguage = "python" | "go" | "js" | "ts" | "java";

export function loopLanguage(file: string): LoopLanguage | undefined {
  if (file.endsWith(".py")) return "python";
  if (file.endsWith(".go")) return "go";
  if (/\.(ts|mts|cts)$/.test(file)) return "ts";
  if (/\.(js|mjs|cjs)$/.test(file)) return "js";
  if (file.endsWith(".java")) return "java";
  return undefined;
}

export interface Loop {
  /** 0-based line of the `for`/`while`. */
  header: number;
  /** 0-based first and last body lines (inclusive). */
  first: number;
  last: number;
  /** The attempt counter the header declares, when it declares one. */
  counter?: string;
}

const COUNTER: Record<LoopLanguage, RegExp> = {
  python: /^\s*for\s+(\w+)\s+in\s+range\(/,
  go: /^\s*for\s+(\w+)\s*:=\s*(?:0\s*;|range\s)/,
  js: /^\s*for\s*\(\s*(?:let|var)\s+(\w+)\s*=\s*0\s*;/,
  ts: /^\s*for\s*\(\s*let\s+(\w+)(?:\s*:\s*number)?\s*=\s*0\s*;/,
  java: /^\s*for\s*\(\s*(?:int|long)\s+(\w+)\s*=\s*0\s*;/,
};

const HEADER = /^\s*(for|while)\b/;

/** Code without its string literals and trailing comment, so brackets inside them are not counted. */
export function codeOf(text: string, lang: LoopLanguage): string {
  const bare = text.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
  return lang === "python" ? bare.replace(/#.*$/, "") : bare.replace(/\/\/.*$/, "");
}

function indentWidth(text: string): number {
  return (/^\s*/.exec(text)?.[0] ?? "").replace(/\t/g, "    ").length;
}

function loopBounds(lines: readonly string[], index: number, lang: LoopLanguage): Loop | undefined {
  const head = lines[index] ?? "";
  if (!HEADER.test(head)) return undefined;
  const counter = COUNTER[lang].exec(head)?.[1];
  const withCounter = counter ? { counter } : {};
  if (lang === "python") {
    if (!/:\s*$/.test(codeOf(head, lang))) return undefined;
    const own = indentWidth(head);
    let last = index;
    for (let i = index + 1; i < lines.length; i += 1) {
      const text = lines[i] ?? "";
      if (text.trim() === "") continue;
      if (indentWidth(text) <= own) break;
      last = i;
    }
    return last > index ? { header: index, first: index + 1, last, ...withCounter } : undefined;
  }
  if (!/\{\s*$/.test(codeOf(head, lang))) return undefined;
  let depth = 0;
  for (let i = index; i < lines.length; i += 1) {
    for (const ch of codeOf(lines[i] ?? "", lang)) {
      if (ch === "{") depth += 1;
      else if (ch === "}") depth -= 1;
    }
    if (depth === 0)
      return i > index + 1 ? { header: index, first: index + 1, last: i - 1, ...withCounter } : undefined;
  }
  return undefined;
}

/**
 * A `while` loop bounded by a counter the body increments (`while (attempt < 8) { attempt++; … }`,
 * `while tries < 5:` … `tries += 1`, Go's `for n < max {` … `n++`): that counter, the attempt number.
 */
const WHILE_BOUND: Record<LoopLanguage, RegExp> = {
  python: /^\s*while\s+(\w+)\s*<=?\s*[\w.]+\s*:/,
  go: /^\s*for\s+(\w+)\s*<=?\s*[\w.]+\s*\{/,
  js: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/,
  ts: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/,
  java: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/,
};

function incrementedCounter(lines: readonly string[], loop: Loop, lang: LoopLanguage): string | undefined {
  const name = WHILE_BOUND[lang].exec(lines[loop.header] ?? "")?.[1];
  if (!name) return undefined;
  const step = new RegExp(
    `(?:^|[^\\w.])(?:${name}\\s*(?:\\+\\+|\\+=\\s*1\\b)|\\+\\+${name}\\b|${name}\\s*=\\s*${name}\\s*\\+\\s*1\\b)`,
  );
  const steps = bodyOf(lines, loop).filter((l) => step.test(codeOf(l.text, lang)));
  return steps.length === 1 ? name : undefined;
}

/** The loop whose header is at `index` (0-based), or undefined when that line opens none this reads. */
export function loopAt(lines: readonly string[], index: number, lang: LoopLanguage): Loop | undefined {
  const loop = loopBounds(lines, index, lang);
  if (!loop || loop.counter) return loop;
  const counter = incrementedCounter(lines, loop, lang);
  return counter ? { ...loop, counter } : loop;
}

/** The body's own lines (0-based indices), for searching. */
export function bodyOf(lines: readonly string[], loop: Loop): { index: number; text: string }[] {
  return lines.slice(loop.first, loop.last + 1).map((text, i) => ({ index: loop.first + i, text }));
}
