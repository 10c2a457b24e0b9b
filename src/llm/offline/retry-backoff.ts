/**
 * A retry loop that goes round again at once after a 429 (or with a fixed pause): every client retries in
 * step and the provider keeps refusing. The loop is kept, its attempt count is kept, and the wait before the
 * next attempt becomes exponential backoff with full jitter that yields to the server's Retry-After. Only a
 * loop whose shape is read whole (a counter, the HTTP call, the status checked, one place it goes round) is
 * changed; any other is cited and left alone.
 */
import { bodyOf, codeOf, type Loop, type LoopLanguage, loopAt, loopLanguage } from "./code-loop.js";
import { indentOf, indentStep } from "./code-shape.js";
import { RETRY_IDIOMS, type RetryIdiom } from "./retry-idioms.js";

export interface BackoffInput {
  file: string;
  content: string;
  /** 1-based line of the loop's header. */
  line: number;
}

export interface BackoffResult {
  content: string;
  change: string;
}

/** The loop inspects the response's status (a retry on 429/5xx), not only an exception. */
const STATUS_CHECK = /\b429\b|TooManyRequests|status_code|\.status\b|StatusCode|\.ok\b/;
const ENDS_BODY = /^\s*(return|raise|throw|break)\b/;

interface Shape {
  lang: LoopLanguage;
  idiom: RetryIdiom;
  loop: Loop & { counter: string };
  response: string;
  call: string;
  awaited: boolean;
  /** Where the wait goes, and whether it replaces the line there (a fixed pause) or is inserted before it. */
  at: number;
  replaces: boolean;
  indent: string;
}

function shapeOf(input: BackoffInput): Shape | undefined {
  const lang = loopLanguage(input.file);
  const idiom = lang ? RETRY_IDIOMS[lang] : undefined;
  const lines = input.content.split("\n");
  const loop = lang ? loopAt(lines, input.line - 1, lang) : undefined;
  if (!lang || !idiom || !loop?.counter) return undefined;
  const body = bodyOf(lines, loop);
  const bodyIndent = indentOf(body.find((l) => l.text.trim() !== "")?.text ?? "");
  const call = body.find((l) => idiom.call.test(l.text) && indentOf(l.text) === bodyIndent);
  const response = call ? idiom.call.exec(call.text)?.[1] : undefined;
  if (!call || !response || !body.some((l) => STATUS_CHECK.test(codeOf(l.text, lang)))) return undefined;
  const shape = { lang, idiom, loop: { ...loop, counter: loop.counter }, response, call: call.text };
  const awaited = /\bawait\b/.test(call.text);
  const fixed = body.filter((l) => idiom.constantWait.test(l.text));
  const waits = body.filter((l) => idiom.anyWait.test(codeOf(l.text, lang)));
  if (fixed.length === 1 && waits.length === 1 && fixed[0] && fixed[0].index > call.index)
    return { ...shape, awaited, at: fixed[0].index, replaces: true, indent: indentOf(fixed[0].text) };
  if (waits.length > 0) return undefined;
  const again = body.filter((l) => /^\s*continue\s*;?\s*$/.test(codeOf(l.text, lang)));
  if (again.length > 1) return undefined;
  const next = again[0];
  if (next)
    return next.index > call.index
      ? { ...shape, awaited, at: next.index, replaces: false, indent: indentOf(next.text) }
      : undefined;
  // No `continue`: the loop goes round after its last statement, unless that statement leaves it.
  const last = [...body].reverse().find((l) => l.text.trim() !== "" && indentOf(l.text) === bodyIndent);
  if (!last || ENDS_BODY.test(last.text)) return undefined;
  return { ...shape, awaited, at: loop.last + 1, replaces: false, indent: bodyIndent };
}

export function addBackoff(input: BackoffInput): BackoffResult | undefined {
  const shape = shapeOf(input);
  if (!shape || input.content.includes(shape.idiom.helper)) return undefined;
  const { idiom, loop, response, awaited } = shape;
  const lines = input.content.split("\n");
  const wait = `${shape.indent}${idiom.wait(loop.counter, response, awaited, shape.call)}`;
  const edited = [...lines];
  edited.splice(shape.at, shape.replaces ? 1 : 0, wait);
  const trailing = edited.at(-1) === "" ? edited.pop() : undefined;
  edited.push(...idiom.helperLines(indentStep(lines)), ...(trailing === undefined ? [] : [""]));
  const imported = idiom.imports(edited, awaited);
  if (!imported) return undefined;
  return {
    content: imported.join("\n"),
    change: `${shape.replaces ? "the fixed pause becomes" : "wait before retrying:"} exponential backoff with full jitter honouring Retry-After (${idiom.helper}) in the retry loop at line ${input.line}; the attempts stay as they are`,
  };
}

/**
 * The relation the change must restore, checked on the file as it is now: the loop at `line` still makes its
 * call and still retries (the retry was not removed), and it now waits through the jittered, Retry-After-aware
 * helper before going round, which the file defines.
 */
export function backoffHolds(file: string, content: string, line: number): { ok: boolean; detail: string } {
  const lang = loopLanguage(file);
  const idiom = lang ? RETRY_IDIOMS[lang] : undefined;
  const lines = content.split("\n");
  const loop = lang ? loopAt(lines, line - 1, lang) : undefined;
  if (!lang || !idiom || !loop) return { ok: false, detail: `${file}:${line} no longer opens a retry loop` };
  const body = bodyOf(lines, loop);
  if (!body.some((l) => idiom.call.test(l.text)))
    return { ok: false, detail: `the loop at ${file}:${line} no longer makes its call` };
  const waits = body.some((l) => l.text.includes(`${idiom.helper}(`));
  const defined = lines.some((l) => new RegExp(`\\b(def|func|function)\\s+${idiom.helper}\\(`).test(l));
  const honours = /retry-after/i.test(content) && /\brand(om)?\b|Math\.random/.test(content);
  const ok = waits && defined && honours;
  return {
    ok,
    detail: ok
      ? `the loop at ${file}:${line} waits ${idiom.helper}() (jittered, honouring Retry-After) before retrying`
      : `the loop at ${file}:${line} still retries without a jittered backoff honouring Retry-After`,
  };
}
