import { ProviderUnavailableError } from "./errors.js";
import { type ContentBlock, type LlmProvider, SUBMIT_TOOL, type TurnResponse } from "./provider.js";

const MAX_SUMMARY = 2_000;
const MAX_ACTIONS = 20;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Says on the diagnosis itself that it is the offline diagnoser's: its summary and its first recommended
 * action, so every report (text, Markdown, the issue, JSON) carries it.
 */
function marked(content: ContentBlock[], note: string): ContentBlock[] {
  return content.map((block) => {
    if (block.type !== "tool_use" || block.name !== SUBMIT_TOOL) return block;
    const input = block.input;
    if (typeof input !== "object" || input === null || !("summary" in input)) return block;
    const result: Record<string, unknown> = { ...input };
    if (typeof result.summary === "string") result.summary = clip(`${note} ${result.summary}`, MAX_SUMMARY);
    if (Array.isArray(result.recommendedActions))
      result.recommendedActions = [note, ...result.recommendedActions].slice(0, MAX_ACTIONS);
    return { ...block, input: result };
  });
}

/**
 * A model provider that, once the model service is down (an outage after retries, not a refused key), hands
 * every remaining turn of the run to the offline diagnoser, whose findings would otherwise be thrown away and
 * the run end "unknown". The switch is for the rest of the run: each later agent would only wait out the
 * same retries. An agent cut off mid-conversation starts afresh offline, without the model's turns, since the
 * offline playbooks plan from their own past calls. The provider's name then records what happened.
 */
export function withOfflineFallback(primary: LlmProvider, fallback: LlmProvider): LlmProvider {
  let outage: string | undefined;
  // Per agent conversation: the index of its first message the fallback answers.
  const offlineFrom = new Map<string, number>();

  async function complete(request: Parameters<LlmProvider["complete"]>[0]): Promise<TurnResponse> {
    if (outage === undefined) {
      try {
        return await primary.complete(request);
      } catch (error) {
        if (!(error instanceof ProviderUnavailableError) || !error.outage || request.signal?.aborted)
          throw error;
        outage = error.message;
      }
    }
    const started = offlineFrom.get(request.agent);
    const from = request.messages.length === 1 || started === undefined ? request.messages.length : started;
    offlineFrom.set(request.agent, from);
    const [kickoff, ...rest] = request.messages;
    const messages = kickoff ? [kickoff, ...rest.slice(Math.max(0, from - 1))] : [];
    const response = await fallback.complete({ ...request, messages });
    if (request.agent !== "detective") return response;
    // The diagnosis is what every report leads with: it says whose findings these are, once.
    const note = `The model (${primary.name}) was unreachable (${outage}); these are the offline diagnoser's findings.`;
    return { ...response, content: marked(response.content, note) };
  }

  return {
    get name() {
      return outage === undefined ? primary.name : `offline (${primary.name} unreachable)`;
    },
    complete,
  };
}
