import { randomBytes } from "node:crypto";
import type { AgentDefinition } from "../agents/agent-definition.js";
import { type AgentResult, runAgent } from "../agents/agent-loop.js";
import { AGENTS } from "../agents/agents.js";
import type { AgentContext } from "../core/agent-context.js";
import { canonicalUnit } from "../core/config.js";
import type { Diagnosis } from "../core/diagnosis.js";
import { heartbeatAlertName } from "../core/heartbeat-alert.js";
import type { Proposal, SurgeonResult } from "../core/proposal.js";
import {
  type AgentOutput,
  fromAlert,
  isTerminal,
  type PipelineState,
  type Reach,
  type Run,
  type StateVisit,
  type ToolCallRecord,
} from "../core/run.js";
import { addUsage, type Usage, ZERO_USAGE } from "../core/usage.js";
import type { AcceptedWrites } from "../tools/contracts.js";
import type { PipelineDeps, PipelineInput } from "./contracts.js";
import { collectEvidenceFiles } from "./evidence-files.js";
import { type AgentVerdict, type FixFacts, type Route, route } from "./supervisor.js";

/** What the pipeline accumulates while it runs; turned into the Run at the end. */
interface RunDraft {
  id: string;
  states: StateVisit[];
  agentOutputs: AgentOutput[];
  toolCalls: ToolCallRecord[];
  usage: Usage;
  context: AgentContext;
  reach?: Reach;
}

/** `run-<UTC yyyymmddhhmmss>-<6 hex>`: sortable by time, unique for two runs started in the same second. */
export function newRunId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, "")
    .slice(0, 14);
  return `run-${stamp}-${randomBytes(3).toString("hex")}`;
}

function verdict<T>(result: AgentResult<T>): AgentVerdict<T> {
  return result.status === "ok"
    ? { status: "ok", output: result.output }
    : { status: result.status, reason: result.reason };
}

/**
 * RECEIVED → TRIAGE → DIAGNOSIS → REMEDIATION → VERIFICATION → NOTHING_WRONG | PROPOSED | FIXED |
 * ESCALATED | HALTED.
 * The Supervisor (`route`) decides every transition; this function only runs the agent each state names
 * and records what happened. It does no I/O of its own: everything goes through the tools it is given.
 */
export async function runPipeline(input: PipelineInput, deps: PipelineDeps): Promise<Run> {
  const clock = deps.clock ?? (() => new Date());
  const startedAt = clock();
  const draft: RunDraft = {
    id: input.runId ?? newRunId(startedAt),
    states: [],
    agentOutputs: [],
    toolCalls: [],
    usage: ZERO_USAGE,
    context: { ...input.context },
  };
  let state: PipelineState = "RECEIVED";

  const enter = async (next: PipelineState, note?: string) => {
    const previous = draft.states.at(-1);
    const now = clock();
    if (previous) previous.durationMs = Math.max(0, now.getTime() - Date.parse(previous.enteredAt));
    draft.states.push({
      state: next,
      enteredAt: now.toISOString(),
      durationMs: 0,
      ...(note ? { note } : {}),
    });
    state = next;
    await deps.onState?.({ state: next, id: draft.id, incident: input.incident });
  };

  const runStage = async <T>(
    definition: AgentDefinition<T>,
    proposeOnly = false,
  ): Promise<AgentResult<T>> => {
    const result = await runAgent(
      definition,
      { runId: draft.id, context: draft.context, proposeOnly },
      {
        provider: deps.provider,
        tools: deps.tools,
        breaker: deps.breaker,
        gateway: deps.gateway,
        ...signalOf(deps),
      },
    );
    draft.toolCalls.push(...result.toolCalls);
    draft.usage = addUsage(draft.usage, result.usage);
    draft.agentOutputs.push({
      agent: definition.role,
      status: result.status === "ok" ? "ok" : result.status === "inconclusive" ? "inconclusive" : "failed",
      output: result.status === "ok" ? result.output : undefined,
      steps: result.steps,
      usage: result.usage,
      ...(result.status === "ok" ? {} : { reason: result.reason }),
    });
    return result;
  };

  await enter("RECEIVED");
  const halt = input.mode === "DISABLED" ? undefined : deps.tools.haltReason();
  let lastRoute: Route = route({ stage: "RECEIVED", ...(halt ? { halt } : {}) });

  while (!isTerminal(lastRoute.next)) {
    await enter(lastRoute.next, lastRoute.reason);
    const haltNow = input.mode === "DISABLED" ? undefined : deps.tools.haltReason();
    if (haltNow) {
      lastRoute = { next: "HALTED", reason: haltNow };
      break;
    }
    lastRoute = await step(state, input, draft, runStage, () => deps.tools.accepted(draft.id));
    if (lastRoute.reach) draft.reach = lastRoute.reach;
  }
  await enter(lastRoute.next, lastRoute.reason);
  return finish(input, deps, draft, lastRoute, startedAt, clock());
}

type StageRunner = <T>(definition: AgentDefinition<T>, proposeOnly?: boolean) => Promise<AgentResult<T>>;

async function step(
  state: PipelineState,
  input: PipelineInput,
  draft: RunDraft,
  runStage: StageRunner,
  accepted: () => AcceptedWrites,
): Promise<Route> {
  switch (state) {
    case "TRIAGE": {
      const result = await runStage(AGENTS.triage);
      if (result.status === "ok") draft.context.triage = result.output;
      return route({
        stage: "TRIAGE",
        result: verdict(result),
        // A heartbeat alert fires to show the pipeline works: its firing is not a problem left open.
        alertFiring:
          fromAlert(input.incident) &&
          input.incident.status === "firing" &&
          heartbeatAlertName(input.incident) === undefined,
      });
    }
    case "DIAGNOSIS": {
      const result = await runStage(AGENTS.detective);
      if (result.status === "ok") {
        draft.context.diagnosis = result.output;
        draft.context.evidenceFiles = collectEvidenceFiles(result.output, result.filesRead);
      }
      return route({ stage: "DIAGNOSIS", result: verdict(result), mode: input.mode });
    }
    case "REMEDIATION": {
      const proposeOnly = draft.reach !== "patch";
      const result = await runStage(AGENTS.surgeon, proposeOnly);
      const held = holdToAccepted(verdict(result), accepted());
      const output = held.result.status === "ok" ? held.result.output : undefined;
      // A patch no policy saw is never kept on the Run, so no door can deliver it.
      if (output && !("noFix" in output) && (output.patch === undefined || held.patchValidated)) {
        const applied = !proposeOnly && held.patchValidated && input.mode === "ACTIVE";
        draft.context.proposal = { ...output, applied } satisfies Proposal;
      }
      return route({ stage: "REMEDIATION", ...held });
    }
    case "VERIFICATION": {
      const result = await runStage(AGENTS.validator);
      const proposal = draft.context.proposal;
      const fix: FixFacts = {
        applied: proposal?.applied === true,
        mode: input.mode,
        reach: draft.reach,
        fixability: draft.context.diagnosis?.fixability,
        restartOnly: proposal !== undefined && proposal.patch === undefined,
      };
      return route({ stage: "VERIFICATION", result: verdict(result), fix });
    }
    default:
      return { next: "ESCALATED", reason: `no stage runs in state ${state}` };
  }
}

/**
 * What is delivered is what was validated: the Surgeon's patch must be byte-identical to a diff apply_patch
 * accepted in this run (a different one is "never accepted"), and a restart must name a unit
 * restart_service accepted; a restart nothing accepted is an agent breaking the rule, and the run escalates.
 */
function holdToAccepted(
  result: AgentVerdict<SurgeonResult>,
  writes: AcceptedWrites,
): { result: AgentVerdict<SurgeonResult>; patchValidated: boolean } {
  if (result.status !== "ok" || "noFix" in result.output) return { result, patchValidated: false };
  const { patch, restart } = result.output;
  const patchValidated = patch !== undefined && writes.patches.includes(patch);
  if (restart && !writes.restarts.includes(canonicalUnit(restart.service))) {
    return {
      result: {
        status: "failed",
        reason: `the Surgeon handed in a restart of ${JSON.stringify(restart.service.slice(0, 64))} that restart_service never accepted`,
      },
      patchValidated,
    };
  }
  return { result, patchValidated };
}

function signalOf(deps: PipelineDeps): { signal?: AbortSignal } {
  return deps.signal ? { signal: deps.signal } : {};
}

function finish(
  input: PipelineInput,
  deps: PipelineDeps,
  draft: RunDraft,
  last: Route,
  startedAt: Date,
  finishedAt: Date,
): Run {
  const verification = draft.agentOutputs.find((o) => o.agent === "validator" && o.status === "ok")?.output;
  const diagnosis: Diagnosis | undefined = draft.context.diagnosis;
  return {
    id: draft.id,
    incident: input.incident,
    mode: input.mode,
    provider: deps.provider.name,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    states: draft.states,
    finalState: last.next as Run["finalState"],
    reason: deps.gateway.redactOutput(last.reason),
    ...(draft.reach ? { reach: draft.reach } : {}),
    ...(draft.context.triage ? { triage: draft.context.triage } : {}),
    ...(diagnosis ? { diagnosis } : {}),
    ...(draft.context.proposal ? { proposal: draft.context.proposal } : {}),
    ...(verification ? { verification: verification as Run["verification"] } : {}),
    agentOutputs: draft.agentOutputs,
    toolCalls: draft.toolCalls,
    usage: draft.usage,
  };
}
