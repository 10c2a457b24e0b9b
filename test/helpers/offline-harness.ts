import { expect } from "vitest";
import type { AgentContext } from "../../src/core/agent-context.js";
import type { AgentRole } from "../../src/core/agent-role.js";
import type { Incident } from "../../src/core/incident.js";
import { createPatternScanner } from "../../src/knowledge/pattern-scanner.js";
import { createOfflineProvider } from "../../src/llm/offline/offline-provider.js";
import type { ChatMessage, ContentBlock, TurnRequest } from "../../src/llm/provider.js";
import { SUBMIT_TOOL } from "../../src/llm/provider.js";

/**
 * Shared by the offline provider's tests (in test/, so src/ never imports vitest): a fake workspace and
 * the agent loop in miniature, so each test drives a role turn by turn as the engine would.
 */

/** A fake workspace: files by path, and what apply_patch answers. */
export interface FakeTools {
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
export async function drive(role: AgentRole, context: AgentContext, toolNames: string[], tools: FakeTools) {
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

export const INCIDENT: Incident = {
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

export function contextFor(lines: string[], repoFiles?: string[]): AgentContext {
  const scanner = createPatternScanner();
  lines.forEach((text, i) => {
    scanner.onRecord({ file: "app.log", line: i + 1, endLine: i + 1, text, level: "UNKNOWN" });
  });
  return { incident: INCIDENT, hints: scanner.findings(), similar: [], ...(repoFiles ? { repoFiles } : {}) };
}

export const EMFILE = ["ok", "Error: EMFILE: too many open files, open '/spool/1.part'", "ok"];
