import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { vi } from "vitest";

/**
 * A runner's environment for driving the Action's run() in-process: a checkout, an event file, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files @actions/core writes to. Inputs are INPUT_<NAME> variables
 * with hyphens kept, as the runner sets them.
 */
export function actionEnv(options: {
  event: string;
  payload: object;
  inputs?: Record<string, string>;
  files?: Record<string, string>;
}) {
  const root = mkdtempSync(join(tmpdir(), "sentry-action-"));
  const workspace = join(root, "checkout");
  mkdirSync(workspace);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  const eventPath = join(root, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const output = join(root, "output.txt");
  const summary = join(root, "summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: "c".repeat(40),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_RUN_ID: "777",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    "INPUT_GITHUB-TOKEN": "ghs_test",
    INPUT_PROVIDER: "offline",
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
    ),
  };
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.stubEnv("ANTHROPIC_API_KEY", "");
  vi.stubEnv("LLM_PROVIDER", "");
  return {
    env: { ...process.env, ...env },
    workspace,
    outputs(): Record<string, string> {
      // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM \n value \n DELIM
      const text = readFileSync(output, "utf8");
      const out: Record<string, string> = {};
      const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
      for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
      return out;
    },
    summary: () => readFileSync(summary, "utf8"),
  };
}
