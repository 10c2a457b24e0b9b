import { enclosing, escapeRegExp, type GuardResult, indentOf, insert, statementStart } from "./code-shape.js";

/** Pointer-typed struct fields the file declares: `Address *Address`. */
function pointerFields(lines: readonly string[]): Set<string> {
  return new Set(
    lines.flatMap((l) => /^\s*([A-Za-z_]\w*)\s+\*[\w.]+\s*(?:`[^`]*`)?\s*(?:\/\/.*)?$/.exec(l)?.[1] ?? []),
  );
}

/** Every `x.F` on the line dereferenced further (`x.F.G`) where F is a pointer field: the nil candidates. */
function derefs(text: string, fields: ReadonlySet<string>): string[] {
  const code = text.replace(/"(?:\\.|[^"\\])*"|`[^`]*`/g, '""');
  const found = [...fields].flatMap((f) =>
    [
      ...code.matchAll(
        new RegExp(`(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\.${escapeRegExp(f)}\\.\\w`, "g"),
      ),
    ].map((m) => `${m[1]}.${f}`),
  );
  return [...new Set(found)];
}

/** The function's name and result types from a one-line signature, or undefined when it is not one. */
function signature(text: string): { name: string; results: string[] } | undefined {
  const head = /^func\s*(?:\([^)]*\)\s*)?(\w+)\s*(?:\[[^\]]*\])?\(/.exec(text);
  if (!head?.[1] || !text.trimEnd().endsWith("{")) return undefined;
  let depth = 1;
  let i = head[0].length;
  for (; i < text.length && depth > 0; i += 1) {
    if (text[i] === "(") depth += 1;
    if (text[i] === ")") depth -= 1;
  }
  const rest = text.slice(i, text.trimEnd().length - 1).trim();
  if (depth !== 0 || /\bfunc\b/.test(rest)) return undefined;
  const list = rest.startsWith("(") ? rest.slice(1, -1) : rest;
  const results = list
    .split(",")
    .map((r) => r.trim().split(/\s+/).pop() ?? "")
    .filter((r) => r.length > 0);
  return { name: head[1], results };
}

const NUMBER = /^(u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128)|byte|rune|time\.Duration)$/;

function zeroOf(type: string): string {
  if (/^(\*|\[\]|map\[|chan\b|<-chan|func\b|interface\b|any$|error$)/.test(type)) return "nil";
  if (type === "string") return '""';
  if (type === "bool") return "false";
  if (NUMBER.test(type)) return "0";
  return `${type}{}`;
}

/**
 * Go: `if x.F == nil { return <zero values>, <error> }` before the statement that reads x.F.G, where F is a
 * pointer field this file declares and the function returns an error. A function without an error result
 * (a handler, a goroutine) gets nothing: the guard would have to invent a behaviour.
 */
export function guardGo(lines: string[], index: number): GuardResult | undefined {
  const candidates = derefs(lines[index] ?? "", pointerFields(lines));
  const expr = candidates[0];
  const func = enclosing(lines, index, /^func\s/);
  const sig = func ? signature(lines[func.index] ?? "") : undefined;
  if (candidates.length !== 1 || !expr || !func || !sig || sig.results.at(-1) !== "error") return undefined;
  const imports = lines.join("\n");
  const message = `"${sig.name.charAt(0).toLowerCase()}${sig.name.slice(1)}: ${expr} is nil"`;
  const err = /^\s*(import\s+)?"errors"/m.test(imports)
    ? `errors.New(${message})`
    : /^\s*(import\s+)?"fmt"/m.test(imports)
      ? `fmt.Errorf(${message})`
      : undefined;
  if (!err) return undefined;
  const at = statementStart(lines, func.index + 1, index, true);
  const indent = indentOf(lines[at] ?? "");
  const values = [...sig.results.slice(0, -1).map(zeroOf), err].join(", ");
  const guard = [`${indent}if ${expr} == nil {`, `${indent}\treturn ${values}`, `${indent}}`];
  return {
    content: insert(lines, at, guard),
    change: `return ${err} when ${expr} is nil, before it is read (line ${at + 1})`,
  };
}
