/**
 * The regex search runs in a worker thread so a catastrophic pattern can be stopped: V8 has no regex timeout,
 * but terminating the worker interrupts a backtracking match. The worker is plain JavaScript evaluated from
 * this string, so it runs the same under tsx, vitest and the esbuild bundle. It gets the credential rules
 * (not the personal-data ones, as for every tool output) as sources and redacts each file before searching it.
 */
export const GREP_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { pattern, flags, files, maxMatches, maxLineChars, secretRules } = workerData;
const regex = new RegExp(pattern, flags);
const rules = secretRules.map((r) => ({ id: r.id, group: r.group, pattern: new RegExp(r.source, r.flags) }));
// The same replacement as redactSecrets (secret-patterns.ts), line breaks kept so line numbers hold.
function redaction(id, secret) { return secret.split("\n").map(() => "[REDACTED:" + id + "]").join("\n"); }
function redact(text) {
  let out = text;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args) => {
      const match = args[0];
      if (match.includes("[REDACTED:")) return match;
      if (rule.group === undefined) return redaction(rule.id, match);
      const groups = args.slice(1, -2);
      return groups.map((g, i) => (i + 1 === rule.group ? redaction(rule.id, g ?? "") : (g ?? ""))).join("");
    });
  }
  return out;
}
let total = 0;
for (const file of files) {
  let text;
  try { text = readFileSync(file.abs, "utf8"); } catch (error) { parentPort.postMessage({ type: "skip", display: file.display, reason: String(error) }); continue; }
  // Redacted whole before lines are matched or cut: the pattern then cannot probe a secret bit by bit, and a
  // cut line cannot leave a fragment of one.
  text = redact(text);
  const lines = text.split("\n");
  const matches = [];
  for (let i = 0; i < lines.length && total < maxMatches; i++) {
    const line = lines[i];
    regex.lastIndex = 0;
    if (regex.test(line)) {
      matches.push({ line: i + 1, text: line.length > maxLineChars ? line.slice(0, maxLineChars) + " …" : line });
      total++;
    }
  }
  if (matches.length) parentPort.postMessage({ type: "matches", display: file.display, matches });
  parentPort.postMessage({ type: "file-done" });
  if (total >= maxMatches) break;
}
parentPort.postMessage({ type: "done", total, capped: total >= maxMatches });
`;
