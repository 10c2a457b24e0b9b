import type { Usage } from "../core/usage.js";

/**
 * The parts of the security layer that sit in the model loop. Implemented in src/security; the agent loop
 * and the providers depend only on these shapes.
 */
export interface Gateway {
  /** Neutralises injection attempts in untrusted text and says what it found. */
  screenInput(text: string, source: string): { text: string; flags: string[] };
  /** Redacts secrets and personal data from anything leaving a model or being posted/stored. */
  redactOutput(text: string): string;
}

export type BreakerState = { ok: true } | { ok: false; reason: string };

export interface CostBreaker {
  /** Records spend; called after every model call, before the next one. */
  charge(model: string, usage: Usage): void;
  check(): BreakerState;
  /**
   * Before a model call: `check`, and hold the call's likely spend where every replica sharing the
   * StateStore sees it while the call is in flight. The caller settles the hold with the call's usage, or
   * releases it when the call failed. Without it, callers `check` before and `charge` after.
   */
  reserve?(): Promise<SpendHold>;
}

export type SpendHold =
  | { ok: true; settle(model: string, usage: Usage): Promise<void>; release(): Promise<void> }
  | { ok: false; reason: string };
