import type { Usage } from "./usage.js";

/**
 * The one price table (US dollars per million tokens). Cache writes are priced at the 5-minute TTL rate.
 * Unknown models are priced at the most expensive row so a typo can never make spend look smaller.
 */
export interface ModelPrice {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

export const PRICES: Record<string, ModelPrice> = {
  "claude-opus-4-5": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-1": { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  "claude-sonnet-4-5": { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  "claude-haiku-4-5": { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  offline: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  scripted: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
};

const MOST_EXPENSIVE: ModelPrice = { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 };

/** Bedrock and dated ids (`anthropic.claude-opus-4-5-20251101-v1:0`) resolve to their family row. */
export function priceFor(model: string): ModelPrice {
  const exact = PRICES[model];
  if (exact) return exact;
  const family = Object.keys(PRICES)
    .filter((key) => model.includes(key))
    .sort((a, b) => b.length - a.length)[0];
  return family ? PRICES[family]! : MOST_EXPENSIVE;
}

export function costOf(model: string, usage: Omit<Usage, "costUsd">): number {
  const p = priceFor(model);
  return (
    (usage.inputTokens * p.input +
      usage.outputTokens * p.output +
      usage.cacheReadTokens * p.cacheRead +
      usage.cacheWriteTokens * p.cacheWrite) /
    1_000_000
  );
}
