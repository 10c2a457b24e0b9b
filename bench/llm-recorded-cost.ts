/**
 * Tokens and dollars of the recorded test incident (test/llm/helpers/recorded-incident.ts), computed from its
 * usage fields by the project's price table (src/core/pricing.ts). test/llm/full-run.test.ts asserts that a
 * full run reports exactly these sums on the Run. Run: npx tsx bench/llm-recorded-cost.ts
 */
import { costOf, priceFor } from "../src/core/pricing.js";
import { DEFAULT_ANTHROPIC_MODEL } from "../src/llm/anthropic/anthropic-provider.js";
import { recordedScript, recordedTotals } from "../test/llm/helpers/recorded-incident.js";

const script = recordedScript();
const totals = recordedTotals(script);
console.log(`recorded incident: ${totals.calls} model calls`);
for (const [agent, turns] of Object.entries(script)) {
  const sum = (key: "input" | "output" | "cacheRead" | "cacheWrite") =>
    turns.reduce((n, t) => n + t.usage[key], 0);
  console.log(
    `  ${agent.padEnd(9)} calls ${turns.length}  input ${sum("input")}  output ${sum("output")}  cache read ${sum("cacheRead")}  cache write ${sum("cacheWrite")}`,
  );
}
console.log(
  `  total     input ${totals.inputTokens}  output ${totals.outputTokens}  cache read ${totals.cacheReadTokens}  cache write ${totals.cacheWriteTokens}`,
);
for (const model of [DEFAULT_ANTHROPIC_MODEL, "claude-opus-4-5", "claude-haiku-4-5"]) {
  const p = priceFor(model);
  const withCache = costOf(model, totals);
  // The same tokens had nothing been cached: every cached token billed as plain input.
  const uncached = costOf(model, {
    inputTokens: totals.inputTokens + totals.cacheReadTokens + totals.cacheWriteTokens,
    outputTokens: totals.outputTokens,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  });
  console.log(
    `${model.padEnd(17)} ($${p.input}/$${p.output}/$${p.cacheRead}/$${p.cacheWrite} per MTok in/out/read/write): $${withCache.toFixed(4)} with caching, $${uncached.toFixed(4)} without`,
  );
}
