import type { Diagnosis, Evidence } from "../../core/diagnosis.js";
import { ZERO_USAGE } from "../../core/usage.js";
import type { ChatMessage, ContentBlock, TurnRequest, TurnResponse } from "../provider.js";
import { SUBMIT_TOOL } from "../provider.js";
import { collectorEvidence, mergeHints } from "./collector-evidence.js";
import { COLLECTOR_TOOL_NAMES, collectorPlan, missingEvidence } from "./collector-plan.js";
import { pastCalls } from "./conversation.js";

/**
 * The Detective's collector step, around its playbook: on its first turn it runs the planned collector calls
 * (through the tool runner like every call); after that the playbook runs as if the logs had held what came
 * back: collector hints joined to the scanner's, the collector turns hidden from its conversation, and the
 * facts read cited in the diagnosis it submits. Without collectors, a diagnosis that rests on the alert alone
 * names the evidence it lacked and how to configure it.
 */
const ID_PREFIX = "toolu_offline_collect_";
const MAX_CITED = 12;

export function withCollectors(
  request: TurnRequest,
  playbook: (request: TurnRequest) => TurnResponse,
): TurnResponse {
  const past = pastCalls(request.messages);
  const collected = past.some((c) => COLLECTOR_TOOL_NAMES.has(c.name));
  if (!collected) {
    const plan = collectorPlan(request);
    if (plan.length > 0) return collectorTurn(plan, request);
  }
  const evidence = collectorEvidence(past);
  const context = { ...request.context, hints: mergeHints(request.context.hints, evidence.hints) };
  const response = playbook({ ...request, context, messages: withoutCollectorTurns(request.messages) });
  const offered = request.tools.some((t) => COLLECTOR_TOOL_NAMES.has(t.name));
  return amendSubmission(response, (diagnosis) =>
    collected ? withCited(diagnosis, evidence.cited) : offered ? diagnosis : withMissing(request, diagnosis),
  );
}

function collectorTurn(plan: { name: string; input: unknown }[], request: TurnRequest): TurnResponse {
  const subject = request.context.incident.title.slice(0, 200);
  const content: ContentBlock[] = [
    {
      type: "text",
      text: `Collecting the evidence that confirms or rules out the alert's hypothesis for "${subject}": metrics around its start, the pod's state and its previous log.`,
    },
    ...plan.map((call, index) => ({
      type: "tool_use" as const,
      id: `${ID_PREFIX}${index}`,
      name: call.name,
      input: call.input,
    })),
  ];
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}

function isCollectorBlock(block: ContentBlock): boolean {
  if (block.type === "tool_use") return block.id.startsWith(ID_PREFIX);
  if (block.type === "tool_result") return block.toolUseId.startsWith(ID_PREFIX);
  return false;
}

/** The playbooks count their own turns; the collector turn is not one of them. */
function withoutCollectorTurns(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.filter((m) => !m.content.some(isCollectorBlock));
}

function amendSubmission(response: TurnResponse, amend: (d: Diagnosis) => Diagnosis): TurnResponse {
  const content = response.content.map((block) =>
    block.type === "tool_use" && block.name === SUBMIT_TOOL && isDiagnosis(block.input)
      ? { ...block, input: amend(block.input) }
      : block,
  );
  return { ...response, content };
}

function isDiagnosis(value: unknown): value is Diagnosis {
  return typeof value === "object" && value !== null && "category" in value && "evidence" in value;
}

/** The facts read, cited after the playbook's own evidence (the ones it already cites are not repeated). */
function withCited(diagnosis: Diagnosis, cited: Evidence[]): Diagnosis {
  const seen = new Set(diagnosis.evidence.map((e) => `${e.file}:${e.line}`));
  const extra = cited.filter((e) => !seen.has(`${e.file}:${e.line}`)).slice(0, MAX_CITED);
  const evidence = [...diagnosis.evidence.map((e) => ({ ...e, kind: evidenceKind(e) })), ...extra].slice(
    0,
    50,
  );
  return { ...diagnosis, evidence };
}

/** Hints carry only a file: a collector's file names say which kind of evidence it is. */
function evidenceKind(e: Evidence): Evidence["kind"] {
  if (e.file.startsWith("metric:")) return "metric";
  if (e.file.startsWith("k8s:")) return "k8s";
  if (e.file.startsWith("logs:")) return "log";
  return e.kind;
}

/** A diagnosis read from the alert alone says what it could not read and how to let it read that. */
function withMissing(request: TurnRequest, diagnosis: Diagnosis): Diagnosis {
  const { context } = request;
  const fromAlertOnly =
    (context.logSummary?.totalRecords ?? 0) === 0 && diagnosis.evidence.every((e) => e.kind === "alert");
  if (!fromAlertOnly || diagnosis.category === "none") return diagnosis;
  const missing = missingEvidence(context.incident);
  if (!missing) return diagnosis;
  return {
    ...diagnosis,
    summary: `${diagnosis.summary} Not confirmed: no logs, metrics or cluster state were read.`.slice(
      0,
      2_000,
    ),
    rootCause: `${diagnosis.rootCause} ${missing}`.trim().slice(0, 4_000),
    recommendedActions: [
      `Configure evidence collectors so alerts without logs can be confirmed. ${missing}`.slice(0, 1_000),
      ...diagnosis.recommendedActions,
    ].slice(0, 20),
  };
}
