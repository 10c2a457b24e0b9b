/**
 * JavaScript/TypeScript: `Cannot read properties of undefined (reading 'x')` at a line inside a function that
 * already has a way to fail a request or a call: an Express-style handler (`next` → `return next(err)`, `res`
 * → a 404 answer) or a function that already throws its own error class. The missing value is checked just
 * before the statement that reads it and the function fails early and loudly, rather than `?.` carrying an
 * `undefined` into arithmetic or a response (a NaN total is worse than a 404). Without such an error nothing
 * is returned here and the caller falls back to optional chaining with its rationale.
 */
import { enclosing, escapeRegExp, type GuardResult, indentOf, insert } from "./code-shape.js";

/** A function head: declaration, method, or arrow assigned to a name, with its parameter list. */
const FUNCTION_HEAD = new RegExp(
  [
    // function f(a, b) {   async function* g(a) {
    /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*[\w$]*\s*\(([^)]*)\)/.source,
    // const f = async (a, b) => {   f: function (a) {
    /^\s*(?:(?:export\s+)?(?:const|let|var)\s+)?[\w$]+\s*[:=]\s*(?:async\s+)?(?:function\s*\(([^)]*)\)|\(([^)]*)\)\s*(?::[^=]+)?=>)/
      .source,
    // router.post("/orders", async (req, res) => {
    /^.*?[(,]\s*(?:async\s+)?\(([^)]*)\)\s*=>\s*\{\s*$/.source,
    // class methods: async createOrder(req, res) {
    /^\s*(?:(?:public|private|protected|static|async)\s+)*(?!if\b|for\b|while\b|switch\b|catch\b|return\b)[\w$]+\s*\(([^)]*)\)\s*(?::[^{]+)?\{\s*$/
      .source,
  ].join("|"),
);

/** The one receiver a line reads `.name` on (`customer.tier` in `customer.tier.discount`). */
function receiverOf(text: string, name: string): string | undefined {
  const re = new RegExp(
    `((?:this\\.)?[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\.${escapeRegExp(name)}(?![\\w$])`,
    "g",
  );
  const found = [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ""))];
  return found.length === 1 && found[0] ? found[0] : undefined;
}

const paramNames = (list: string) =>
  list
    .split(",")
    .map((p) => /^\s*(?:\.\.\.)?([\w$]+)/.exec(p)?.[1] ?? "")
    .filter(Boolean);

export function guardJs(
  file: string,
  content: string,
  line: number,
  property: string,
): GuardResult | undefined {
  if (!/\.(m|c)?[jt]sx?$/.test(file)) return undefined;
  const lines = content.split("\n");
  const index = line - 1;
  const receiver = receiverOf(lines[index] ?? "", property);
  const head = enclosing(lines, index, FUNCTION_HEAD);
  if (!receiver || !head) return undefined;
  const params = paramNames(head.match.slice(1).find((g) => g !== undefined) ?? "");
  const body = lines.slice(head.index + 1, index);
  const thrown = [
    ...new Set(body.flatMap((l) => [...l.matchAll(/\bthrow\s+new\s+([A-Z][\w$]*)\(/g)].map((m) => m[1]))),
  ];
  const what = `${receiver} is missing`;
  const action = params.includes("next")
    ? `return next(new Error("${what}"));`
    : params.includes("res")
      ? `return res.status(404).json({ error: "${what}" });`
      : thrown.length === 1
        ? `throw new ${thrown[0]}("${what}");`
        : undefined;
  if (!action) return undefined;
  // Only where the line starts its own statement (the one before it ended with `;`, `{` or `}`): a guard
  // hoisted out of a block or an expression could read a name before it is declared.
  const before = lines
    .slice(head.index, index)
    .map((l) => l.replace(/\/\/.*$/, "").trim())
    .filter(Boolean)
    .at(-1);
  if (
    !before ||
    !/[;{}]$/.test(before) ||
    !/^\s*(const|let|var|return|await|[\w$.]+\s*[=(])/.test(lines[index] ?? "")
  )
    return undefined;
  const at = index;
  const guard = `${indentOf(lines[at] ?? "")}if (${receiver} == null) ${action}`;
  return {
    content: insert(lines, at, [guard]),
    change: `${action.replace(/;$/, "")} when ${receiver} is null or undefined, before it is read (line ${at + 1})`,
  };
}
