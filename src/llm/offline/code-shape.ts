/** Where code statements start and how a file indents: enough to insert a guard line safely. */

/** A file rewritten with a guard, and the change in words for the rationale. */
export interface GuardResult {
  content: string;
  change: string;
}

/**
 * The first line of the statement holding `line` (0-based): the last line at or above it that starts outside
 * any open bracket, counted from the enclosing function's first body line. With `goBlocks`, a `{` after a
 * space or `)` opens a block (if, for, func), not an expression, so a line inside an `if` is its own start.
 */
export function statementStart(
  lines: readonly string[],
  from: number,
  line: number,
  goBlocks = false,
): number {
  const open: boolean[] = [];
  let start = from;
  for (let i = from; i < line; i += 1) {
    if (!open.includes(true)) start = i;
    const code = (lines[i] ?? "").replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
    for (let c = 0; c < code.length; c += 1) {
      const ch = code[c] ?? "";
      if (ch === "{") open.push(!(goBlocks && /[\s)]/.test(code[c - 1] ?? " ")));
      else if ("([".includes(ch)) open.push(true);
      else if (")]}".includes(ch)) open.pop();
    }
  }
  return open.includes(true) ? start : line;
}

export function indentOf(text: string): string {
  return /^\s*/.exec(text)?.[0] ?? "";
}

/** One indent step as the file writes it: a tab, or the smallest run of leading spaces. */
export function indentStep(lines: readonly string[]): string {
  if (lines.some((l) => l.startsWith("\t"))) return "\t";
  const widths = lines.map((l) => /^ +(?=\S)/.exec(l)?.[0].length ?? 0).filter((w) => w > 0);
  return " ".repeat(widths.length > 0 ? Math.min(...widths) : 4);
}

/** The nearest line at or above `line` (0-based) matching `re`, and its match. */
export function enclosing(lines: readonly string[], line: number, re: RegExp) {
  for (let i = line; i >= 0; i -= 1) {
    const m = re.exec(lines[i] ?? "");
    if (m) return { index: i, match: m };
  }
  return undefined;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function insert(lines: readonly string[], at: number, guard: readonly string[]): string {
  return [...lines.slice(0, at), ...guard, ...lines.slice(at)].join("\n");
}
