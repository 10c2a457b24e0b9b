/**
 * A compiled JavaScript frame (`dist/x.js:24`) carries the compiled file's line, which says nothing about the
 * TypeScript source the repository holds. The source line is found by what the frame and the error do say:
 * the function the frame names, and the property the TypeError read. When the function is not found once,
 * no line is cited: a line number from another file would point at the wrong statement.
 */
import { escapeRegExp } from "./code-shape.js";

const KEYWORDS = /^(if|for|while|switch|catch|return|function)$/;

function heads(lines: readonly string[], fn: string): number[] {
  if (KEYWORDS.test(fn)) return [];
  const name = escapeRegExp(fn);
  const head = new RegExp(
    [
      // function f(   async function* f(
      `^\\s*(?:export\\s+)?(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*${name}\\s*[<(]`,
      // class method: public async f(a: T): Promise<U> {
      `^\\s*(?:(?:public|private|protected|static|async|override|readonly)\\s+)*\\*?${name}\\s*(?:<[^>]*>)?\\s*\\(`,
      // const f = async (a) =>   f: function (   f = async (a) =>
      `^\\s*(?:(?:export\\s+)?(?:const|let|var)\\s+)?(?:(?:public|private|protected|static|readonly)\\s+)*${name}\\s*(?::[^=]+)?[:=]\\s*(?:async\\s+)?(?:function\\b|\\(|[\\w$]+\\s*=>)`,
    ].join("|"),
  );
  return lines.flatMap((l, i) => (head.test(l) && !/;\s*$/.test(l) ? [i] : []));
}

/** The last line of the body opened at or after `start`, by counting braces outside strings and comments. */
function bodyEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let opened = false;
  for (let i = start; i < lines.length; i += 1) {
    const code = (lines[i] ?? "").replace(/\/\/.*$|(["'`])(?:\\.|(?!\1).)*\1/g, "");
    for (const ch of code) {
      if (ch === "{") {
        depth += 1;
        opened = true;
      } else if (ch === "}") depth -= 1;
    }
    if (opened && depth <= 0) return i;
  }
  return lines.length - 1;
}

/**
 * Parameters of a callback written on the line (`orders.map((o) => o.id)`): a read through them fails in the
 * callback's own frame, which Node names apart from the function that passed it.
 */
function nestedParams(code: string): Set<string> {
  const lists = [
    ...code.matchAll(/(?:\(([^()]*)\)|\b([\w$]+))\s*(?::\s*[^=]+)?=>|\bfunction\s*[\w$]*\s*\(([^)]*)\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return new Set(lists.flatMap((l) => l.split(",").map((p) => /^\s*(?:\.\.\.)?([\w$]+)/.exec(p)?.[1] ?? "")));
}

/**
 * The 1-based source line for a compiled frame: in the one function named `fn`, the one line reading
 * `.property` (not through `?.`); the function's head when the property is read on several lines or on none.
 */
export function sourceLine(content: string, fn: string | undefined, property?: string): number | undefined {
  if (!fn) return undefined;
  const lines = content.split("\n");
  const found = heads(lines, fn);
  const head = found[0];
  if (found.length !== 1 || head === undefined) return undefined;
  if (!property) return head + 1;
  const read = new RegExp(`([\\w$]+)?[\\w$.)\\]]*(?<!\\?)\\.${escapeRegExp(property)}(?![\\w$])`, "g");
  const reads = lines.slice(head, bodyEnd(lines, head) + 1).flatMap((l, i) => {
    const code = l.replace(/\/\/.*$/, "");
    const inner = nestedParams(code);
    const own = [...code.matchAll(read)].some((m) => !m[1] || !inner.has(m[1]));
    return own && i > 0 ? [head + i] : [];
  });
  return (reads.length === 1 ? (reads[0] ?? head) : head) + 1;
}
