import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSecretFiles } from "../../src/entrypoints/shared/dotenv.js";
import { planOperatorCommand, resolveUser } from "../../src/security/exec/operator-command.js";
import { isSecretName, parseEnviron, secretVariables } from "../../src/security/exec/parent-secrets.js";
import { checkCommand, execFileExecutor } from "../../src/security/policy/command-policy.js";

/**
 * Issue 16, class 1 at its root: a command the operator configured (restart.command) runs as a program
 * no policy constrains. Run as Sentry's own user it could `cat /proc/$PPID/environ`, and deleting a
 * variable from process.env does not change that file. So it runs only as another user, or when Sentry's
 * start-up environment holds no secret (they were given as NAME_FILE files and read into memory).
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const MODEL_KEY = "sk-ant-api03-parent-secret-0123456789abcdefghijklmnop";
const HOOK_SECRET = "webhook-secret-must-stay-in-the-parent";
const isRoot = process.getuid?.() === 0;

describe("which variables carry secrets", () => {
  it("known names, *_TOKEN/_SECRET/_KEY/_PASSWORD and PRIVATE_KEY*, never a *_FILE or *_PATH", () => {
    for (const name of [
      "ANTHROPIC_API_KEY",
      "WEBHOOK_SECRET",
      "PRIVATE_KEY",
      "PRIVATE_KEY_PEM",
      "SENTRY_API_TOKEN",
      "SENTRY_AUDIT_KEY",
      "SENTRY_ALERT_TOKENS_GRAFANA",
      "SENTRY_ALERT_HMAC_GENERIC",
      "REDIS_URL",
      "DB_PASSWORD",
      "NPM_TOKEN",
      "INPUT_ANTHROPIC-API-KEY",
      "GITHUB_TOKEN",
      "aws_secret_access_key",
    ])
      expect(isSecretName(name), name).toBe(true);
    for (const name of [
      "PATH",
      "HOME",
      "PRIVATE_KEY_PATH",
      "ANTHROPIC_API_KEY_FILE",
      "SSH_AUTH_SOCK",
      "ANTHROPIC_MODEL",
      "KEYBOARD",
      "APP_ID",
    ])
      expect(isSecretName(name), name).toBe(false);
  });

  it("values that are secrets whatever the name; empty values don't count", () => {
    expect(
      secretVariables({
        QUEUE: "amqp://user:hunter2@mq:5672/",
        CERT: "-----BEGIN RSA PRIVATE KEY-----\nMIIE",
        PUBLIC: "https://example.com/x@y",
        ANTHROPIC_API_KEY: "",
        LANG: "C",
      }),
    ).toEqual(["CERT", "QUEUE"]);
    expect(parseEnviron("A=1\0B=x=y\0\0")).toEqual({ A: "1", B: "x=y" });
  });
});

describe("planOperatorCommand", () => {
  const env = (vars: Record<string, string>) => ({ source: "/proc/self/environ", env: vars });

  it("refuses, naming the variables and the fix, when Sentry's own user would run it next to secrets", () => {
    const plan = planOperatorCommand({
      label: "restart.command",
      environment: env({ PATH: "/bin", ANTHROPIC_API_KEY: "k", WEBHOOK_SECRET: "s" }),
      currentUid: 1000,
    });
    expect(plan).toEqual({
      ok: false,
      reason:
        "restart.command refused: it would run as Sentry's own user, which can read /proc/self/environ holding " +
        "ANTHROPIC_API_KEY, WEBHOOK_SECRET; give them as files (ANTHROPIC_API_KEY_FILE, WEBHOOK_SECRET_FILE) " +
        "or set restart.user to run commands as another user",
    });
    expect(
      planOperatorCommand({
        label: "restart.command",
        environment: env({ PATH: "/bin", ANTHROPIC_API_KEY_FILE: "/run/key" }),
        currentUid: 1000,
      }),
    ).toEqual({ ok: true, prefix: [] });
  });

  it("another user: root switches ids, anyone else goes through sudo -n; never root, never oneself", () => {
    const secrets = env({ WEBHOOK_SECRET: "s" });
    const passwd = join(mkdtempSync(join(tmpdir(), "passwd-")), "passwd");
    writeFileSync(passwd, "root:x:0:0::/root:/bin/sh\nrestarter:x:1500:1600::/:/usr/sbin/nologin\n");
    const base = { label: "restart.command", environment: secrets, passwdFile: passwd };
    expect(planOperatorCommand({ ...base, user: "restarter", currentUid: 0 })).toEqual({
      ok: true,
      ids: { uid: 1500, gid: 1600 },
      prefix: [],
    });
    expect(planOperatorCommand({ ...base, user: "restarter", currentUid: 1000 })).toEqual({
      ok: true,
      prefix: ["sudo", "-n", "-u", "#1500", "--"],
    });
    expect(planOperatorCommand({ ...base, user: "root", currentUid: 1000 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("must not be root"),
    });
    // Naming one's own user is no separation: the /proc check applies.
    expect(planOperatorCommand({ ...base, user: "1500:1600", currentUid: 1500 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("WEBHOOK_SECRET"),
    });
    expect(planOperatorCommand({ ...base, user: "nosuchuser", currentUid: 0 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("no such user"),
    });
    expect(resolveUser("$(id)")).toEqual({ error: 'restart.user "$(id)" is not a user name' });
  });

  it("the real executor refuses before anything starts, and children get only the fixed environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "operator-exec-"));
    const marker = join(dir, "ran");
    const refused = await execFileExecutor("/usr/bin/touch", [marker], {
      timeoutMs: 5000,
      maxBytes: 1024,
      operator: { label: "restart.command", environment: env({ SENTRY_API_TOKEN: "t" }), currentUid: 1000 },
    });
    expect(refused.refused).toMatch(/SENTRY_API_TOKEN/);
    expect(existsSync(marker)).toBe(false);
    process.env.SENTRY_TEST_INHERITED_SECRET = "inherited";
    try {
      const printed = await execFileExecutor("/usr/bin/env", [], {
        timeoutMs: 5000,
        maxBytes: 4096,
        operator: { label: "restart.command", environment: env({}), currentUid: 1000 },
      });
      expect(printed.stdout.trim().split("\n").sort()).toEqual([
        "LANG=C",
        "LC_ALL=C",
        "PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "SYSTEMD_PAGER=",
      ]);
    } finally {
      delete process.env.SENTRY_TEST_INHERITED_SECRET;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("diagnostics cannot print another process's environment", () => {
  it.each([
    ["ps e"],
    ["ps auxe"],
    ["ps eww"],
    ["ps -e e"],
    ["ps -E"],
    ["ps -eo pid,environ"],
    ["ps -o env"],
    ["ps -p 1 -o environ"],
    ["ps --env"],
  ])("%s is refused", async (command) => {
    const checked = await checkCommand(command, { hosts: [] });
    expect(checked).toMatchObject({ ok: false, reason: expect.stringMatching(/environment/) });
  });

  it("the ordinary forms still pass", async () => {
    for (const command of ["ps aux", "ps -ef", "ps -eo pid,args --sort -pcpu", "ps -e", "ps -p 1"])
      expect((await checkCommand(command, { hosts: [] })).ok, command).toBe(true);
  });
});

describe("secrets given as NAME_FILE", () => {
  it("are read once into memory; a missing file or a conflicting value is one clear error", () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-files-"));
    writeFileSync(join(dir, "key"), `${MODEL_KEY}\n`);
    const env = readSecretFiles({ ANTHROPIC_API_KEY_FILE: "key", SOME_FILE: "nope", PATH: "/bin" }, dir);
    expect(env.ANTHROPIC_API_KEY).toBe(MODEL_KEY);
    // SOME is not a secret name: its _FILE is not ours to read.
    expect(env.SOME).toBeUndefined();
    // Read twice (the CLI, then serve's .env) is the same thing.
    expect(readSecretFiles(env, dir).ANTHROPIC_API_KEY).toBe(MODEL_KEY);
    expect(() => readSecretFiles({ WEBHOOK_SECRET_FILE: "missing" }, dir)).toThrow(
      "WEBHOOK_SECRET_FILE: cannot read missing (ENOENT)",
    );
    expect(() => readSecretFiles({ ANTHROPIC_API_KEY_FILE: "key", ANTHROPIC_API_KEY: "other" }, dir)).toThrow(
      /ANTHROPIC_API_KEY and ANTHROPIC_API_KEY_FILE are both set/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});

// End to end: the CLI as its own process, started the way an operator starts it, with a restart command
// that reads its parent's start-up environment.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sentry-parent-secrets-"));
  mkdirSync(join(dir, "repo"));
  writeFileSync(join(dir, "app.log"), "2026-11-24T02:10:00Z ERROR postgres: too many connections\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const triage = { severity: "P2", suspectedCategory: "connection_pool", summary: "db", needsDiagnosis: true };
const diagnosis = {
  severity: "P2",
  category: "connection_pool",
  summary: "postgres is out of connections",
  rootCause: "postgres stopped accepting connections",
  evidence: [{ kind: "log", file: "app.log", line: 1, excerpt: "too many connections" }],
  confidence: 0.8,
  fixability: 0.8,
  recommendedActions: ["Restart postgres"],
};
const steps = [
  { agent: "triage", output: triage },
  { agent: "detective", output: diagnosis },
  { agent: "surgeon", tool: "restart_service", input: { service: "postgres" } },
  { agent: "surgeon", output: { restart: { service: "postgres" }, rationale: "restart", risk: "low" } },
  {
    agent: "validator",
    output: { checks: [{ name: "up", outcome: "pass", detail: "ok" }], outcome: "passed", summary: "ok" },
  },
];

/** The operator's command: what it read from /proc/$PPID/environ and who it ran as, into OUT-{service}. */
function operatorConfig(extra: string[] = []): string {
  const file = join(dir, "operator.yml");
  writeFileSync(
    file,
    [
      "restart:",
      `  command: ["/bin/sh", "-c", "id -u > \\"$0.uid\\"; cat /proc/$PPID/environ > \\"$0\\"; echo read", "${join(dir, "out")}/environ-{service}"]`,
      "  services: [postgres]",
      ...extra,
      "",
    ].join("\n"),
  );
  // Writable by whichever user the command runs as (restart.user: nobody).
  chmodSync(dir, 0o711);
  mkdirSync(join(dir, "out"));
  chmodSync(join(dir, "out"), 0o777);
  return file;
}

function runCliProcess(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = join(dir, "script.json");
  writeFileSync(script, JSON.stringify({ steps }));
  const argv = [
    "diagnose",
    "--provider",
    "scripted",
    "--script",
    script,
    "--repo",
    "repo",
    "--log",
    "app.log",
  ];
  argv.push("--config", join(dir, "operator.yml"), "--mode", "active", "--format", "json");
  argv.push("--audit-log", join(dir, "audit.jsonl"));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/entrypoints/cli.ts"), ...argv], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function restartDecisions(): [string, string][] {
  return readFileSync(join(dir, "audit.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { tool?: string; decision?: string; reason?: string })
    .filter((entry) => entry.tool === "restart_service")
    .map((entry) => [String(entry.decision), String(entry.reason)]);
}

describe("an operator's restart command and the CLI's secrets (CLI process, end to end)", () => {
  it("with the model key and webhook secret in the CLI's environment: refused before it starts, and audited", async () => {
    operatorConfig();
    const result = await runCliProcess({ ANTHROPIC_API_KEY: MODEL_KEY, WEBHOOK_SECRET: HOOK_SECRET });
    expect(result.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(restartDecisions()).toEqual([
      ["allowed", "write-ahead: checks passed, about to run"],
      [
        "blocked",
        expect.stringMatching(
          /restart\.command refused: it would run as Sentry's own user, which can read \/proc\/self\/environ holding ANTHROPIC_API_KEY, WEBHOOK_SECRET; give them as files \(ANTHROPIC_API_KEY_FILE, WEBHOOK_SECRET_FILE\)/,
        ),
      ],
    ]);
    expect(existsSync(join(dir, "out/environ-postgres"))).toBe(false);
    expect(result.stdout).not.toContain(MODEL_KEY);
    expect(readFileSync(join(dir, "audit.jsonl"), "utf8")).not.toContain(MODEL_KEY);
  }, 60_000);

  it("with the secrets given as files: the command runs, and what it can read holds no secret", async () => {
    operatorConfig();
    writeFileSync(join(dir, "model.key"), `${MODEL_KEY}\n`, { mode: 0o600 });
    writeFileSync(join(dir, "hook.secret"), HOOK_SECRET, { mode: 0o600 });
    const result = await runCliProcess({
      ANTHROPIC_API_KEY_FILE: join(dir, "model.key"),
      WEBHOOK_SECRET_FILE: join(dir, "hook.secret"),
    });
    expect(restartDecisions()).toEqual([
      ["allowed", "write-ahead: checks passed, about to run"],
      ["allowed", expect.stringContaining("restart performed")],
    ]);
    const seen = readFileSync(join(dir, "out/environ-postgres"), "latin1");
    // It did read its parent's start-up environment: the file names are there, the secrets are not.
    expect(seen).toContain(`ANTHROPIC_API_KEY_FILE=${join(dir, "model.key")}`);
    expect(seen).not.toContain(MODEL_KEY);
    expect(seen).not.toContain(HOOK_SECRET);
    expect(result.stdout).not.toContain(MODEL_KEY);
  }, 60_000);

  it.skipIf(!isRoot)(
    "with restart.user: the command runs as that user, and the parent's environ is closed to it (needs root)",
    async () => {
      operatorConfig(["  user: nobody"]);
      await runCliProcess({ ANTHROPIC_API_KEY: MODEL_KEY });
      expect(restartDecisions()).toEqual([
        ["allowed", "write-ahead: checks passed, about to run"],
        ["allowed", expect.stringContaining("restart performed")],
      ]);
      expect(readFileSync(join(dir, "out/environ-postgres.uid"), "utf8").trim()).toBe(
        String(resolveUserId("nobody")),
      );
      // The shell's redirect made the file; cat was refused reading another user's environ.
      expect(readFileSync(join(dir, "out/environ-postgres"), "latin1")).toBe("");
    },
    60_000,
  );
});

function resolveUserId(name: string): number {
  const user = resolveUser(name);
  if ("error" in user) throw new Error(user.error);
  return user.uid;
}
