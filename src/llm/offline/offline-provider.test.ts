import { describe, expect, it } from "vitest";
import type { AgentContext } from "../../core/agent-context.js";
import type { AgentRole } from "../../core/agent-role.js";
import { type Diagnosis, DiagnosisSchema } from "../../core/diagnosis.js";
import type { Incident } from "../../core/incident.js";
import { SurgeonResultSchema } from "../../core/proposal.js";
import { TriageSchema } from "../../core/triage.js";
import { VerificationSchema } from "../../core/verification.js";
import { createPatternScanner } from "../../knowledge/pattern-scanner.js";
import type { ChatMessage, ContentBlock, TurnRequest } from "../provider.js";
import { SUBMIT_TOOL } from "../provider.js";
import { createOfflineProvider } from "./offline-provider.js";

/** A fake workspace: files by path, and what apply_patch answers. */
interface FakeTools {
  files: Record<string, string>;
  patchAnswer?: { ok: boolean; text: string };
}

function grep(files: Record<string, string>, pattern: string, path?: string): string {
  const re = new RegExp(pattern);
  const rows: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (path && file !== path && !file.startsWith(`${path}/`)) continue;
    text.split("\n").forEach((line, i) => {
      if (re.test(line)) rows.push(`${file}:${i + 1}: ${line}`);
    });
  }
  return rows.join("\n");
}

function runTool(tools: FakeTools, name: string, input: unknown): { content: string; isError: boolean } {
  const args = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  if (name === "read_file") {
    const whole = tools.files[String(args.path)];
    const [from, to] = [args.startLine, args.endLine].map((n) => (typeof n === "number" ? n : undefined));
    const text =
      from === undefined
        ? whole
        : whole
            ?.split("\n")
            .slice(from - 1, to ?? from)
            .join("\n");
    return text === undefined
      ? { content: `no such file: ${String(args.path)}`, isError: true }
      : { content: text, isError: false };
  }
  if (name === "grep_search") {
    return {
      content: grep(tools.files, String(args.pattern), typeof args.path === "string" ? args.path : undefined),
      isError: false,
    };
  }
  if (name === "apply_patch") {
    const answer = tools.patchAnswer ?? { ok: true, text: "proposed, not written (AUDIT mode)" };
    return { content: answer.text, isError: !answer.ok };
  }
  return { content: `unknown tool ${name}`, isError: true };
}

/** The agent loop in miniature: turns until the submit tool is called, tool results fed back. */
async function drive(role: AgentRole, context: AgentContext, toolNames: string[], tools: FakeTools) {
  const provider = createOfflineProvider();
  const messages: ChatMessage[] = [{ role: "user", content: [{ type: "text", text: "go" }] }];
  const calls: { name: string; input: unknown }[] = [];
  for (let turn = 0; turn < 8; turn += 1) {
    const request: TurnRequest = {
      agent: role,
      effort: "low",
      system: "",
      context,
      messages,
      tools: [...toolNames, SUBMIT_TOOL].map((name) => ({ name, description: name, inputSchema: {} })),
    };
    const response = await provider.complete(request);
    expect(response.usage.costUsd).toBe(0);
    messages.push({ role: "assistant", content: response.content });
    const uses = response.content.filter(
      (b): b is Extract<ContentBlock, { type: "tool_use" }> => b.type === "tool_use",
    );
    const submit = uses.find((u) => u.name === SUBMIT_TOOL);
    if (submit) return { output: submit.input, calls };
    for (const u of uses) expect(toolNames).toContain(u.name);
    calls.push(...uses.map((u) => ({ name: u.name, input: u.input })));
    messages.push({
      role: "user",
      content: uses.map((u) => ({
        type: "tool_result",
        toolUseId: u.id,
        ...runTool(tools, u.name, u.input),
      })),
    });
  }
  throw new Error(`${role} never submitted`);
}

const INCIDENT: Incident = {
  id: "inc-test",
  fingerprint: "f",
  source: "logs",
  severity: "P3",
  title: "logs uploaded",
  labels: {},
  startedAt: "2026-11-24T02:00:00Z",
  status: "firing",
  raw: {},
};

function contextFor(lines: string[], repoFiles?: string[]): AgentContext {
  const scanner = createPatternScanner();
  lines.forEach((text, i) => {
    scanner.onRecord({ file: "app.log", line: i + 1, endLine: i + 1, text, level: "UNKNOWN" });
  });
  return { incident: INCIDENT, hints: scanner.findings(), similar: [], ...(repoFiles ? { repoFiles } : {}) };
}

const UNIT =
  "[Service]\nExecStart=/usr/bin/node server.js\nRestart=on-failure\nLimitNOFILE=1024\n\n[Install]\nWantedBy=multi-user.target\n";
const EMFILE = ["ok", "Error: EMFILE: too many open files, open '/spool/1.part'", "ok"];

describe("the offline provider's playbooks", () => {
  it("Detective without a repository diagnoses from the logs alone, with a low fixability", async () => {
    const { output, calls } = await drive("detective", contextFor(EMFILE), ["read_file", "grep_search"], {
      files: {},
    });
    const diagnosis = DiagnosisSchema.parse(output);
    expect(calls).toEqual([]);
    expect(diagnosis.category).toBe("resource_limits");
    expect(diagnosis.evidence).toEqual([expect.objectContaining({ kind: "log", file: "app.log", line: 2 })]);
    expect(diagnosis.fixability).toBeLessThan(0.4);
  });

  it("Detective greps, reads and cites the repository line; Surgeon patches it; Validator checks it", async () => {
    const tools: FakeTools = {
      files: {
        "deploy/ingest.service": UNIT,
        "README.md": "LimitNOFILE=1024 in docs",
        "app.log": EMFILE.join("\n"),
      },
    };
    const context = contextFor(EMFILE, ["deploy/ingest.service", "README.md"]);
    const detective = await drive("detective", context, ["read_file", "grep_search"], tools);
    const diagnosis: Diagnosis = DiagnosisSchema.parse(detective.output);
    // One candidate file: read whole rather than searched.
    expect(detective.calls).toEqual([{ name: "read_file", input: { path: "deploy/ingest.service" } }]);
    expect(diagnosis.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/ingest.service", line: 4 }),
    );
    expect(diagnosis.fixability).toBeGreaterThanOrEqual(0.7);

    const surgeonContext = {
      ...context,
      diagnosis,
      evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }],
    };
    const surgeon = await drive("surgeon", surgeonContext, ["apply_patch", "restart_service"], tools);
    const proposal = SurgeonResultSchema.parse(surgeon.output);
    expect(proposal).toMatchObject({ risk: "low", applied: false });
    expect("patch" in proposal && proposal.patch).toContain("+LimitNOFILE=65536");

    const validatorContext = { ...surgeonContext, ...("patch" in proposal ? { proposal } : {}) };
    const validator = await drive("validator", validatorContext, ["read_file", "grep_search"], tools);
    const verification = VerificationSchema.parse(validator.output);
    expect(verification.checks.filter((c) => c.outcome !== "pass")).toEqual([]);
    expect(verification.outcome).toBe("passed");
  });

  it("Validator checks a patch written in ACTIVE mode is really in the file", async () => {
    const tools: FakeTools = { files: { "deploy/ingest.service": UNIT, "app.log": EMFILE.join("\n") } };
    const context = contextFor(EMFILE, ["deploy/ingest.service"]);
    const diagnosis = DiagnosisSchema.parse(
      (await drive("detective", context, ["read_file", "grep_search"], tools)).output,
    );
    const withFile = {
      ...context,
      diagnosis,
      evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }],
    };
    const surgeon = await drive("surgeon", withFile, ["apply_patch"], tools);
    const proposal = SurgeonResultSchema.parse(surgeon.output);
    if (!("patch" in proposal)) throw new Error("expected a proposal");
    const applied = { ...withFile, proposal: { ...proposal, applied: true } };
    const written: FakeTools = {
      files: { ...tools.files, "deploy/ingest.service": UNIT.replace("=1024", "=65536") },
    };
    const pass = VerificationSchema.parse(
      (await drive("validator", applied, ["read_file", "grep_search"], written)).output,
    );
    expect(pass.outcome).toBe("passed");
    const fail = VerificationSchema.parse(
      (await drive("validator", applied, ["read_file", "grep_search"], tools)).output,
    );
    expect(fail.outcome).toBe("failed");
    expect(fail.checks).toContainEqual(
      expect.objectContaining({ name: "the patch is in the file", outcome: "fail" }),
    );
  });

  it("Surgeon says plainly why there is no fix when apply_patch refuses, or the file was not handed on", async () => {
    const tools: FakeTools = {
      files: { "deploy/ingest.service": UNIT },
      patchAnswer: { ok: false, text: "Refused: STOP_SENTRY" },
    };
    const context = contextFor(EMFILE, ["deploy/ingest.service"]);
    const diagnosis = DiagnosisSchema.parse(
      (await drive("detective", context, ["read_file", "grep_search"], tools)).output,
    );
    const refused = await drive(
      "surgeon",
      { ...context, diagnosis, evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }] },
      ["apply_patch"],
      tools,
    );
    expect(refused.output).toEqual({ noFix: expect.stringContaining("STOP_SENTRY") });
    const missing = await drive("surgeon", { ...context, diagnosis }, ["apply_patch"], tools);
    expect(missing.output).toEqual({ noFix: expect.stringContaining("not handed on") });
  });

  it("Detective uses only the tools the request offers", async () => {
    const tools: FakeTools = { files: { "deploy/ingest.service": UNIT } };
    const { output, calls } = await drive(
      "detective",
      contextFor(EMFILE, ["deploy/ingest.service"]),
      ["grep_search"],
      tools,
    );
    // It can find the line but may not read the file, so it cites the logs only.
    expect(calls.map((c) => c.name)).toEqual(["grep_search"]);
    expect(DiagnosisSchema.parse(output).evidence.every((e) => e.kind === "log")).toBe(true);
  });

  it("Detective greps first when many files could hold the cause, then reads only the files hit", async () => {
    const files: Record<string, string> = { "deploy/units/ingest.service": UNIT };
    for (let i = 0; i < 6; i += 1)
      files[`deploy/units/other-${i}.service`] = "[Service]\nExecStart=/bin/true\n";
    const { output, calls } = await drive(
      "detective",
      contextFor(EMFILE, Object.keys(files)),
      ["read_file", "grep_search"],
      { files },
    );
    expect(calls).toEqual([
      {
        name: "grep_search",
        input: { pattern: expect.stringContaining("LimitNOFILE"), path: "deploy/units" },
      },
      { name: "read_file", input: { path: "deploy/units/ingest.service" } },
    ]);
    expect(DiagnosisSchema.parse(output).evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/units/ingest.service", line: 4 }),
    );
  });

  it("says 'none' for healthy logs and 'unknown' for a firing alert it cannot explain, naming no cause", async () => {
    // The all-clear needs logs that were read: a summary with records and no error-level template.
    const read = {
      files: [{ file: "app.log", lines: 2, bytes: 30 }],
      totalRecords: 2,
      totalTemplates: 1,
      timeRange: {},
      budgetTokens: 1000,
      estimatedTokens: 10,
      kept: [],
      omitted: { records: 2, templates: 1 },
      text: "",
    };
    const healthy = await drive(
      "detective",
      { ...contextFor(["GET / 200", "GET /healthz 200"]), logSummary: read },
      [],
      { files: {} },
    );
    expect(DiagnosisSchema.parse(healthy.output)).toMatchObject({
      category: "none",
      rootCause: "",
      evidence: [],
    });
    const alert: AgentContext = {
      incident: { ...INCIDENT, source: "alertmanager", title: "QueueDepthHigh" },
      hints: [],
      similar: [],
    };
    const unknown = DiagnosisSchema.parse((await drive("detective", alert, [], { files: {} })).output);
    expect(unknown).toMatchObject({ category: "unknown", signatures: [] });
    expect(unknown.confidence).toBeLessThan(0.3);
    const triage = TriageSchema.parse((await drive("triage", alert, [], { files: {} })).output);
    expect(triage).toMatchObject({ suspectedCategory: "unknown", needsDiagnosis: true });
  });

  it("falls back to the alert's own words when no hints were passed", async () => {
    const alert: AgentContext = {
      incident: {
        ...INCIDENT,
        source: "alertmanager",
        title: "Payments down",
        description: "upstream: certificate has expired",
      },
      hints: [],
      similar: [],
    };
    const diagnosis = DiagnosisSchema.parse((await drive("detective", alert, [], { files: {} })).output);
    expect(diagnosis).toMatchObject({ category: "tls", signatures: ["tls-cert-expired"] });
    expect(diagnosis.evidence[0]).toMatchObject({ kind: "alert", file: "alert", line: 2 });
  });
});
