/**
 * A nil/None dereference at a line a stack trace names, guarded in the language's idiom: the missing value is
 * checked just before the statement that reads it, and the function returns the error it already knows how to
 * return (Go's `error` result, a Rails action's HTTP status, a Flask `abort`, an exception the function already
 * raises). Where the function has no such error, nothing is proposed: inventing one would be a guess, and
 * swallowing the failure (`recover()`, `rescue NoMethodError`, `except:`) hides it.
 */
import {
  enclosing,
  escapeRegExp,
  type GuardResult,
  indentOf,
  indentStep,
  insert,
  statementStart,
} from "./code-shape.js";
import { guardGo } from "./nil-guard-go.js";

export interface GuardInput {
  file: string;
  content: string;
  line: number;
  /** The method or attribute read on nil (Ruby, Python); Go's panic names none. */
  subject?: string;
}

type Language = "go" | "ruby" | "python";

function languageOf(file: string): Language | undefined {
  if (file.endsWith(".go")) return "go";
  if (file.endsWith(".rb")) return "ruby";
  if (file.endsWith(".py")) return "python";
  return undefined;
}

/** The single receiver expression a line reads `.name` on, or undefined when none or several. */
function receiverOf(text: string, name: string): string | undefined {
  const re = new RegExp(`(@?[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\.${escapeRegExp(name)}(?![\\w?!])`, "g");
  const found = [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ""))];
  return found.length === 1 && found[0] ? found[0] : undefined;
}

/** The exception class the function already raises: its own error, reused. */
function raisedIn(body: readonly string[], re: RegExp): string | undefined {
  const found = [...new Set(body.flatMap((l) => [...l.matchAll(re)].map((m) => m[1] ?? "")))];
  return found.length === 1 ? found[0] : undefined;
}

export function guardNil(input: GuardInput): GuardResult | undefined {
  const lang = languageOf(input.file);
  const lines = input.content.split("\n");
  const index = input.line - 1;
  if (!lang || lines[index] === undefined) return undefined;
  // "*" is Go's nil pointer dereference (stack-frames.ts nilSubject); another panic gets no nil guard.
  if (lang === "go") return input.subject === "*" ? guardGo(lines, index) : undefined;
  if (!input.subject || !/^\w+[?!]?$/.test(input.subject)) return undefined;
  return lang === "ruby"
    ? guardRuby(input.file, lines, index, input.subject)
    : guardPython(lines, index, input.subject);
}

/** Ruby: a Rails action answers 404; another method raises the error it already raises. */
function guardRuby(file: string, lines: string[], index: number, method: string): GuardResult | undefined {
  const receiver = receiverOf(lines[index] ?? "", method);
  const def = enclosing(lines, index, /^\s*def\s+([\w?!.]+)/);
  if (!receiver || !def) return undefined;
  const body = lines.slice(def.index + 1, index);
  const at = statementStart(lines, def.index + 1, index);
  const controller =
    /(^|\/)controllers\/[\w/]+_controller\.rb$/.test(file) ||
    lines.some((l) => /^\s*class\s+\w+\s*<\s*[\w:]*Controller\b/.test(l));
  const raised = raisedIn(body, /\braise\s+([A-Z][\w:]*)/g);
  const action = controller
    ? "return head(:not_found)"
    : raised
      ? `raise ${raised}, "${receiver} is nil"`
      : undefined;
  if (!action) return undefined;
  const guard = `${indentOf(lines[at] ?? "")}${action} if ${receiver}.nil?`;
  return {
    content: insert(lines, at, [guard]),
    change: `${action} when ${receiver} is nil, before it is read (line ${at + 1})`,
  };
}

/** Python: a Flask view aborts 404, a Django view raises Http404, else the exception the function raises. */
function guardPython(lines: string[], index: number, attr: string): GuardResult | undefined {
  const receiver = receiverOf(lines[index] ?? "", attr);
  const def = enclosing(lines, index, /^\s*(?:async\s+)?def\s+(\w+)/);
  if (!receiver || !def) return undefined;
  const body = lines.slice(def.index + 1, index);
  const imports = lines.filter((l) => /^\s*(from|import)\s/.test(l)).join("\n");
  const raised = raisedIn(body, /\braise\s+([A-Z]\w*)\(/g);
  const action = /from\s+flask\s+import[^\n]*\babort\b/.test(imports)
    ? "abort(404)"
    : /\bHttp404\b/.test(imports)
      ? `raise Http404("${receiver} is None")`
      : raised
        ? `raise ${raised}("${receiver} is None")`
        : undefined;
  if (!action) return undefined;
  const at = statementStart(lines, def.index + 1, index);
  const indent = indentOf(lines[at] ?? "");
  const guard = [`${indent}if ${receiver} is None:`, `${indent}${indentStep(lines)}${action}`];
  return {
    content: insert(lines, at, guard),
    change: `${action} when ${receiver} is None, before it is read (line ${at + 1})`,
  };
}
