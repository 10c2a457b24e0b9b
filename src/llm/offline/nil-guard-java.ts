/**
 * Java (and Kotlin calling Java): a helpful NullPointerException names the null expression — `Cannot invoke
 * "Customer.getTier()" because "customer" is null`, `because "this.repo" is null` — and the trace names the
 * line. The guard checks that expression just before the statement and throws the exception the method
 * already throws, in the shape it already throws it (Spring's `ResponseStatusException(HttpStatus.X, …)` gets
 * NOT_FOUND). A method that throws nothing of its own, a name the JVM could not give (`"<local4>"`, a method's
 * return value), or a statement that does not start on that line gets nothing.
 */
import { enclosing, escapeRegExp, type GuardResult, indentOf, insert } from "./code-shape.js";

const METHOD_HEAD =
  /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract)\s+)*(?:<[^>]+>\s+)?(?!(?:return|new|else|throw)\b)[A-Za-z_$][\w$.<>[\], ?]*\s+(?!(?:if|for|while|switch|catch|synchronized)\b)([\w$]+)\s*\([^;]*$|^\s*(?:public|protected|private)\s+([A-Z][\w$]*)\s*\([^;]*$/;

export function guardJava(lines: string[], index: number, expr: string): GuardResult | undefined {
  const text = (lines[index] ?? "").replace(/\/\/.*$/, "");
  const bare = expr.replace(/^this\./, "");
  // The line must read the named expression itself (`customer.getTier()`, `customer.tier`, `items[0]`).
  if (!new RegExp(`(?<![\\w$.])(?:this\\.)?${escapeRegExp(bare)}\\s*[.[]`).test(text)) return undefined;
  const head = enclosing(lines, index, METHOD_HEAD);
  if (!head) return undefined;
  const before = lines
    .slice(head.index, index)
    .map((l) => l.replace(/\/\/.*$/, "").trim())
    .filter(Boolean)
    .at(-1);
  if (!before || !/[;{}]$/.test(before)) return undefined;
  const body = lines.slice(head.index, index).join("\n");
  const thrown = [
    ...new Set([...body.matchAll(/\bthrow\s+new\s+([A-Z][\w$.]*)\s*\(([^;]*)/g)].map((m) => m[1])),
  ];
  if (thrown.length !== 1 || !thrown[0]) return undefined;
  const klass = thrown[0];
  const sample = new RegExp(
    `throw\\s+new\\s+${escapeRegExp(klass)}\\s*\\(\\s*([\\w$.]+\\.)?([A-Z_]+)\\s*,`,
  ).exec(body);
  const message = `"${bare} is null"`;
  // `new ResponseStatusException(HttpStatus.BAD_REQUEST, "…")`: the same status enum, NOT_FOUND.
  const args = sample?.[1] && /Status\.$/.test(sample[1]) ? `${sample[1]}NOT_FOUND, ${message}` : message;
  const action = `throw new ${klass}(${args});`;
  const indent = indentOf(lines[index] ?? "");
  return {
    content: insert(lines, index, [
      `${indent}if (${expr} == null) {`,
      `${indent}    ${action}`,
      `${indent}}`,
    ]),
    change: `${action.replace(/;$/, "")} when ${expr} is null, before it is read (line ${index + 1})`,
  };
}
