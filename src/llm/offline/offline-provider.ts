import type { AgentRole } from "../../core/agent-role.js";
import { ZERO_USAGE } from "../../core/usage.js";
import type { LlmProvider, TurnRequest, TurnResponse } from "../provider.js";
import { detectiveTurn } from "./detective.js";
import { surgeonTurn } from "./surgeon.js";
import { triageTurn } from "./triage.js";
import { validatorTurn } from "./validator.js";

const PLAYBOOKS: Partial<Record<AgentRole, (request: TurnRequest) => TurnResponse>> = {
  triage: triageTurn,
  detective: detectiveTurn,
  surgeon: surgeonTurn,
  validator: validatorTurn,
};

/**
 * The rule-based provider used when no model is configured: each agent's turn is a playbook over the pattern
 * table, the context and the tool results so far. No network, no usage, same answer every time.
 */
export function createOfflineProvider(): LlmProvider {
  return {
    name: "offline",
    async complete(request) {
      const playbook = PLAYBOOKS[request.agent];
      if (!playbook) {
        return {
          content: [
            { type: "text", text: `The offline provider has no playbook for the ${request.agent} role.` },
          ],
          stopReason: "end_turn",
          model: "offline",
          usage: ZERO_USAGE,
        };
      }
      return playbook(request);
    },
  };
}
