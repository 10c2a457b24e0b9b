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
import { guardJava } from "./nil-guard-java.js";

export interface GuardInput {
  file: string;
  content: string;
  line: number;
  /** The method or attribute read on nil (Ruby, Python); Go's panic names none. */
  subject?: string;
}

type Language = "go" | "ruby" | "python" | "java";

function languageOf(file: string): Language | undefined {
  if (file.endsWith(".go")) return "go";
  if (file.endsWith(".rb")) return "ruby";
  if (file.endsWith(".py")) return "python";
  if (file.endsWith(".java")) return "java";
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
  if (lang === "java") return input.subject ? guardJava(lines, index, input.subject) : undefined;
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

/**
 * The arguments in the shape the function already raises its error with: an HTTP exception raised with a
 * status (FastAPI/Starlette `HTTPException(status_code=…, detail=…)`, whose first positional is the status)
 * gets a 404 with the message as its detail; any other class gets the message alone.
 */
function pythonErrorArgs(body: readonly string[], raised: string, message: string): string {
  const at = body.findIndex((l) => l.includes(`raise ${raised}(`));
  // A call may wrap its arguments over the next lines.
  const call = at >= 0 ? body.slice(at, at + 4).join(" ") : "";
  if (/\bstatus_code\s*=/.test(call)) return `status_code=404, detail="${message}"`;
  if (new RegExp(`raise ${raised}\\(\\s*\\d{3}\\b`).test(call)) return `404, "${message}"`;
  return `"${message}"`;
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
        ? `raise ${raised}(${pythonErrorArgs(body, raised, `${receiver} is None`)})`
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
