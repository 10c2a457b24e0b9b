/**
 * How each language waits before a retry: the call whose response is checked, the sleep that does not block
 * the rest of the program, and a helper computing exponential backoff with full jitter that yields to the
 * server's Retry-After. Read by retry-backoff.ts; a language missing here is cited, never changed.
 */

import { withGoImports, withPythonImports } from "./code-imports.js";
import type { LoopLanguage } from "./code-loop.js";

export interface RetryIdiom {
  /** An HTTP call assigning its response; group 1 is the response's name. */
  call: RegExp;
  /** Any wait already there (a computed backoff is left alone: the loop is not this rule's case). */
  anyWait: RegExp;
  /** A fixed wait, replaced by the backoff. */
  constantWait: RegExp;
  helper: string;
  /** The wait before the next attempt. */
  /** `call` is the line making the request: a client's headers are read the way that client exposes them. */
  wait: (counter: string, response: string, awaited: boolean, call: string) => string;
  /** The helper's lines, appended to the file (indent step given). */
  helperLines: (step: string) => string[];
  /** The file with what the helper and the wait need imported, or undefined when that cannot be done. */
  imports: (lines: readonly string[], awaited: boolean) => string[] | undefined;
}

const CAP_S = 30;
const BASE_S = 0.5;

const PYTHON: RetryIdiom = {
  call: /^\s*(\w+)\s*=\s*(?:await\s+)?[\w.]+\.(?:get|post|put|patch|delete|head|request|send)\(/,
  anyWait: /\bsleep\(|\bbackoff|\bBackoff|\btenacity\b|\bretry_delay\b/,
  constantWait: /^\s*(?:await\s+)?(?:time|asyncio)\.sleep\(\s*\d+(?:\.\d+)?\s*\)\s*(?:#.*)?$/,
  helper: "_retry_delay",
  wait: (n, r, awaited) =>
    `${awaited ? "await asyncio.sleep" : "time.sleep"}(_retry_delay(${n}, ${r}.headers.get("Retry-After")))`,
  helperLines: (s) => [
    "",
    "",
    "def _retry_delay(attempt, retry_after):",
    `${s}"""Seconds before the next attempt: the server's Retry-After (in seconds) when it sends one, else`,
    `${s}exponential backoff with full jitter (${BASE_S} s doubling, capped at ${CAP_S} s) so clients do not retry in step."""`,
    `${s}if retry_after and retry_after.strip().isdigit():`,
    `${s}${s}return float(retry_after.strip())`,
    `${s}return random.uniform(0, min(${CAP_S}.0, ${BASE_S} * 2**attempt))`,
  ],
  imports: (lines, awaited) => withPythonImports(lines, ["random", awaited ? "asyncio" : "time"]),
};

const GO: RetryIdiom = {
  call: /^\s*(\w+)\s*,\s*\w+\s*:?=\s*[\w.]+\.(?:Do|Get|Post|PostForm|Head)\(/,
  anyWait: /\btime\.Sleep\(|\btime\.After\(|\bbackoff|\bBackoff|\bretryDelay\b/,
  constantWait: /^\s*time\.Sleep\(\s*(?:\d+\s*\*\s*)?time\.(?:Second|Millisecond)\s*\)\s*(?:\/\/.*)?$/,
  helper: "retryDelay",
  wait: (n, r) => `time.Sleep(retryDelay(${n}, ${r}))`,
  helperLines: (s) => [
    "",
    "// retryDelay is the wait before the next attempt: the server's Retry-After (in seconds) when it sends one,",
    `// else exponential backoff with full jitter (${BASE_S}s doubling, capped at ${CAP_S}s) so clients do not retry in step.`,
    "func retryDelay(attempt int, resp *http.Response) time.Duration {",
    `${s}if resp != nil {`,
    `${s}${s}if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {`,
    `${s}${s}${s}return time.Duration(s) * time.Second`,
    `${s}${s}}`,
    `${s}}`,
    `${s}ceiling := math.Min(${CAP_S}, ${BASE_S}*math.Pow(2, float64(attempt)))`,
    `${s}return time.Duration(rand.Float64() * ceiling * float64(time.Second))`,
    "}",
  ],
  // The helper takes *http.Response: a file that does not import net/http calls something else.
  imports: (lines) =>
    lines.some((l) => /^\s*(?:import\s+)?"net\/http"/.test(l))
      ? withGoImports(lines, ["math", "math/rand", "strconv", "time"])
      : undefined,
};

function jsIdiom(typed: boolean): RetryIdiom {
  return {
    // fetch, or a client object's verb (axios, got, ky, a created instance): `const res = await api.post(`.
    call: /^\s*(?:const|let|var)\s+(\w+)\s*(?::\s*[\w<>.]+\s*)?=\s*await\s+(?:fetch|[\w.]+\.(?:get|post|put|patch|delete|head|request))\(/,
    anyWait: /setTimeout|\bsleep\(|\bdelay\(|\bbackoff|\bBackoff|\bretryDelayMs\b/,
    constantWait:
      /^\s*await\s+(?:new Promise\(\s*\(?\w*\)?\s*=>\s*setTimeout\(\s*\w+\s*,\s*[\d_]+\s*\)\s*\)|sleep\(\s*[\d_]+\s*\)|setTimeout\(\s*[\d_]+\s*\));?\s*$/,
    helper: "retryDelayMs",
    // fetch's Headers has get(); axios and got hand back lower-cased plain keys.
    wait: (n, r, _awaited, call) =>
      `await new Promise((resolve) => setTimeout(resolve, retryDelayMs(${n}, ${
        /\bfetch\(/.test(call)
          ? `${r}.headers.get("retry-after")`
          : `String(${r}.headers["retry-after"] ?? "")`
      })));`,
    helperLines: (s) => [
      "",
      "/**",
      " * Milliseconds before the next attempt: the server's Retry-After (in seconds) when it sends one, else",
      ` * exponential backoff with full jitter (${BASE_S * 1000} ms doubling, capped at ${CAP_S} s) so clients do not retry in step.`,
      " */",
      typed
        ? "function retryDelayMs(attempt: number, retryAfter: string | null): number {"
        : "function retryDelayMs(attempt, retryAfter) {",
      `${s}const seconds = Number.parseInt(retryAfter ?? "", 10);`,
      `${s}if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;`,
      `${s}return Math.random() * Math.min(${CAP_S * 1000}, ${BASE_S * 1000} * 2 ** attempt);`,
      "}",
    ],
    imports: (lines) => [...lines],
  };
}

export const RETRY_IDIOMS: Partial<Record<LoopLanguage, RetryIdiom>> = {
  python: PYTHON,
  go: GO,
  js: jsIdiom(false),
  ts: jsIdiom(true),
};
