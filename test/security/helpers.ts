import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEFAULT_CONFIG, type SentryConfig } from "../../src/core/config.js";
import type { Mode } from "../../src/core/mode.js";
import type { Workspace } from "../../src/core/workspace.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { type AuditLog, createAuditLog } from "../../src/security/audit/audit-log.js";
import { readStartupEnvironment, secretVariables } from "../../src/security/exec/parent-secrets.js";
import { createToolRunner, type ToolRunnerOptions } from "../../src/tools/tool-runner.js";

/** A scratch repository with a few files and one uploaded log; removed by the returned cleanup. */
export function makeRepo(files: Record<string, string> = {}): {
  root: string;
  log: string;
  workspace: Workspace;
  cleanup: () => void;
} {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "sentry-sec-")));
  const root = join(base, "repo");
  const defaults: Record<string, string> = {
    "nginx.conf": "worker_processes 1;\nupstream app { server 127.0.0.1:8080; }\nclient_max_body_size 1m;\n",
    "src/app.js": "const port = 8080;\nconsole.log('listening');\n",
    ".github/workflows/ci.yml": "on: push\n",
    ".env": "DB_PASSWORD=hunter2hunter2\n",
    ...files,
  };
  for (const [rel, content] of Object.entries(defaults)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  const log = join(base, "app.log");
  writeFileSync(log, "2026-01-01 ERROR upstream timed out (110: Connection timed out)\n2026-01-01 INFO ok\n");
  const workspace: Workspace = {
    repoRoot: root,
    logFiles: [log],
    logDisplayNames: { [log]: "logs/app.log" },
  };
  return { root, log, workspace, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

export function makeRunner(
  workspace: Workspace,
  mode: Mode,
  extra: Omit<Partial<ToolRunnerOptions>, "config"> & { config?: Partial<SentryConfig> } = {},
): { runner: ReturnType<typeof createToolRunner>; audit: AuditLog } {
  const audit = extra.audit ?? createAuditLog(undefined, generateAuditKeys().privateKey);
  const { config, ...rest } = extra;
  const runner = createToolRunner({
    workspace,
    mode,
    config: { ...DEFAULT_CONFIG, ...config },
    audit,
    ...rest,
  });
  return { runner, audit };
}

/**
 * The secret-bearing variables this test process was started with. A test that runs an operator's
 * restart command for real in this process expects it to run; with a secret in the runner's own start-up
 * environment it is (rightly) refused, so such tests skip, saying why (parent-secrets.test.ts covers it).
 */
export const runnerSecrets = secretVariables(readStartupEnvironment().env);
if (runnerSecrets.length > 0)
  console.warn(
    `skipping tests that run restart commands in-process: started with ${runnerSecrets.join(", ")}`,
  );
