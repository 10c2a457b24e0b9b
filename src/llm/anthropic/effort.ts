import type { Effort } from "../../core/agent-role.js";

/** The request fields that carry how hard the model thinks. */
export interface EffortParams {
  max_tokens: number;
  thinking: { type: "disabled" } | { type: "adaptive" } | { type: "enabled"; budget_tokens: number };
  output_config?: { effort: "low" | "medium" | "high" };
}

/**
 * Models before adaptive thinking (Opus/Sonnet/Haiku 4.5 and older) take a fixed thinking budget; Opus 4.5 also
 * takes `output_config.effort`. Everything newer (Opus 4.6 onwards, Sonnet 4.6, the 5 family) takes adaptive
 * thinking plus effort, which the SDK recommends over fixed budgets for them.
 */
const FIXED_BUDGET_FAMILIES = [
  /claude-3/,
  /claude-(?:opus|sonnet|haiku)-4-[015](?!\d)/,
  // Claude 4.0 ids: `claude-opus-4`, `claude-sonnet-4-20250514`, Bedrock `anthropic.claude-opus-4-20250514-v1:0`.
  /claude-(?:opus|sonnet)-4(?=$|@|-\d{8})/,
];
const EFFORT_WITH_BUDGET = [/opus-4-5(?!\d)/];

const BUDGETS: Record<Exclude<Effort, "off">, number> = { low: 2_048, medium: 6_144, high: 12_288 };

/** Room for the answer on top of the thinking budget; kept under the SDK's 10-minute non-streaming estimate. */
const ANSWER_TOKENS = 8_192;

export function effortParams(model: string, effort: Effort): EffortParams {
  if (effort === "off") return { max_tokens: ANSWER_TOKENS, thinking: { type: "disabled" } };
  if (FIXED_BUDGET_FAMILIES.some((pattern) => pattern.test(model))) {
    const budget = BUDGETS[effort];
    return {
      max_tokens: budget + ANSWER_TOKENS,
      thinking: { type: "enabled", budget_tokens: budget },
      ...(EFFORT_WITH_BUDGET.some((pattern) => pattern.test(model)) ? { output_config: { effort } } : {}),
    };
  }
  return {
    max_tokens: BUDGETS.high + ANSWER_TOKENS,
    thinking: { type: "adaptive" },
    output_config: { effort },
  };
}
