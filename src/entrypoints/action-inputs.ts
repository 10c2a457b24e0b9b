import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import type { CollectorsFile } from "../core/collector-settings.js";
import { ModeInputSchema } from "../core/mode.js";
import { ProviderNameSchema } from "../llm/provider-name.js";

/**
 * The Action's inputs and outputs. action.yml declares exactly these (test/github/action-yml.test.ts
 * compares them), and they are read in one place so every other function gets typed settings.
 */
export const ACTION_INPUTS = [
  "mode",
  "provider",
  "model",
  "anthropic-api-key",
  "api-key",
  "base-url",
  "github-token",
  "log-paths",
  "alert",
  "trigger-phrase",
  "max-cost",
  "config-path",
  "operator-config",
  "audit-signing-key",
  "health-urls",
  "prometheus-url",
  "prometheus-token-env",
  "kubernetes",
  "loki-url",
  "elasticsearch-url",
] as const;

export const ACTION_OUTPUTS = [
  "incident-id",
  "severity",
  "category",
  "issue-number",
  "pr-number",
  "run-json",
  "outcome",
  "alert-state",
  "needs-human",
] as const;
export type ActionOutput = (typeof ACTION_OUTPUTS)[number];

const InputsSchema = z.object({
  mode: ModeInputSchema.optional(),
  provider: ProviderNameSchema.exclude(["scripted"]).optional(),
  model: z.string().min(1).max(200).optional(),
  anthropicApiKey: z.string().optional(),
  apiKey: z.string().optional(),
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  githubToken: z.string().min(1, "github-token is required (the workflow's github.token works)"),
  logPaths: z.array(z.string().min(1)).max(50),
  alert: z.string().optional(),
  triggerPhrase: z.string().regex(/^\/[\w-]{1,30}$/, "trigger-phrase must look like /sentry"),
  maxCost: z.coerce.number().positive().max(1_000).optional(),
  configPath: z.string().min(1),
  /** The workflow author's grant (YAML, sentry.yml keys): hosts, restart workflow and services, limits. */
  operatorConfig: z.string().optional(),
  auditSigningKey: z.string().optional(),
  healthUrls: z.array(z.url({ protocol: /^https?$/ })).max(20),
  /** Evidence collectors (read-only): endpoints, and credentials by the name of the variable holding them. */
  prometheusUrl: z.url({ protocol: /^https?$/ }).optional(),
  prometheusTokenEnv: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")
    .optional(),
  kubernetes: z.string().min(1).optional(),
  lokiUrl: z.url({ protocol: /^https?$/ }).optional(),
  elasticsearchUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type ActionInputs = z.infer<typeof InputsSchema>;

const optional = (name: (typeof ACTION_INPUTS)[number]) => core.getInput(name) || undefined;
const list = (name: (typeof ACTION_INPUTS)[number]) =>
  core
    .getMultilineInput(name)
    .flatMap((line) => line.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

export type InputsResult = { ok: true; inputs: ActionInputs } | { ok: false; message: string };

export function getInputs(): InputsResult {
  const parsed = InputsSchema.safeParse({
    mode: optional("mode"),
    provider: optional("provider"),
    model: optional("model"),
    anthropicApiKey: optional("anthropic-api-key"),
    apiKey: optional("api-key"),
    baseUrl: optional("base-url"),
    githubToken: core.getInput("github-token"),
    logPaths: list("log-paths"),
    alert: optional("alert"),
    triggerPhrase: core.getInput("trigger-phrase") || "/sentry",
    maxCost: optional("max-cost"),
    configPath: core.getInput("config-path") || ".github/sentry.yml",
    operatorConfig: optional("operator-config"),
    auditSigningKey: optional("audit-signing-key"),
    healthUrls: list("health-urls"),
    prometheusUrl: optional("prometheus-url"),
    prometheusTokenEnv: optional("prometheus-token-env"),
    kubernetes: optional("kubernetes"),
    lokiUrl: optional("loki-url"),
    elasticsearchUrl: optional("elasticsearch-url"),
  });
  if (parsed.success) {
    if (parsed.data.anthropicApiKey) core.setSecret(parsed.data.anthropicApiKey);
    if (parsed.data.apiKey) core.setSecret(parsed.data.apiKey);
    if (parsed.data.auditSigningKey) core.setSecret(parsed.data.auditSigningKey);
    return { ok: true, inputs: parsed.data };
  }
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return { ok: false, message: `input ${key}: ${issue?.message}` };
}

/**
 * The model inputs as the variables each provider reads (provider-settings.ts): `model`, `api-key` and
 * `base-url` go to the chosen provider's ANTHROPIC_* / BEDROCK_GATEWAY_* / OPENAI_* names.
 */
export function providerEnv(inputs: ActionInputs): Record<string, string> {
  const provider = inputs.provider ?? (inputs.anthropicApiKey ? "anthropic" : undefined);
  const prefix =
    provider === "bedrock_gateway"
      ? "BEDROCK_GATEWAY"
      : provider === "openai_compatible"
        ? "OPENAI"
        : "ANTHROPIC";
  const env: Record<string, string> = {};
  if (inputs.anthropicApiKey) env.ANTHROPIC_API_KEY = inputs.anthropicApiKey;
  if (inputs.apiKey) env[`${prefix}_API_KEY`] = inputs.apiKey;
  if (inputs.model) env[`${prefix}_MODEL`] = inputs.model;
  if (inputs.baseUrl) env[`${prefix}_BASE_URL`] = inputs.baseUrl;
  return env;
}

/** The collector inputs as a `collectors:` block of the operator's settings (empty when none is given). */
export function collectorInputs(inputs: ActionInputs): CollectorsFile {
  return {
    ...(inputs.prometheusUrl
      ? {
          prometheus: {
            url: inputs.prometheusUrl,
            ...(inputs.prometheusTokenEnv ? { tokenEnv: inputs.prometheusTokenEnv } : {}),
          },
        }
      : {}),
    ...(inputs.kubernetes ? { kubernetes: { source: inputs.kubernetes } } : {}),
    ...(inputs.lokiUrl ? { loki: { url: inputs.lokiUrl } } : {}),
    ...(inputs.elasticsearchUrl ? { elasticsearch: { url: inputs.elasticsearchUrl } } : {}),
  };
}

export function setOutput(name: ActionOutput, value: string | number | undefined): void {
  if (value !== undefined) core.setOutput(name, String(value));
}

/** The config file from the checkout, undefined when absent. */
export function readConfigFile(workspaceDir: string, configPath: string): string | undefined {
  const file = isAbsolute(configPath) ? configPath : resolve(workspaceDir, configPath);
  if (!file.startsWith(resolve(workspaceDir))) return undefined;
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
