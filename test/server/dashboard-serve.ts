import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const API_TOKEN = "test-token-0123456789abcdef";
export const ALERT_TOKEN = "alert-token-0123456789abcdef";
const CLI = resolve("src/entrypoints/cli.ts");
const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;

export interface ServeProcess {
  base: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * `claude-sentry serve` as a user runs it: its own process, the data directory as working directory (so
 * relative file settings land there and no stray .env is read), an ephemeral loopback port.
 */
export async function startServeProcess(dataDir: string, env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ["--import", TSX, CLI, "serve", "--port", "0", "--host", "127.0.0.1"],
    {
      cwd: dataDir,
      env: {
        PATH: process.env.PATH ?? "",
        SENTRY_API_TOKEN: API_TOKEN,
        SENTRY_ALERT_TOKENS_ALERTMANAGER: ALERT_TOKEN,
        LLM_PROVIDER: "offline",
        SENTRY_AUDIT_LOG: "audit.jsonl",
        SENTRY_MEMORY_FILE: "memory.jsonl",
        SENTRY_INCIDENTS_FILE: "incidents.jsonl",
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let err = "";
  child.stderr?.setEncoding("utf8");
  const base = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start within 30 s:\n${err}`)), 30_000);
    child.stderr?.on("data", (chunk: string) => {
      err += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited with ${code}:\n${err}`));
    });
  });
  return {
    base,
    child,
    stderr: () => err,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

export async function postAlert(base: string, body: unknown): Promise<string[]> {
  const res = await fetch(`${base}/api/alerts/alertmanager`, {
    method: "POST",
    headers: { authorization: `Bearer ${ALERT_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { incidents?: string[] };
  if (res.status !== 202 && res.status !== 200) throw new Error(`alert refused: ${res.status}`);
  return json.incidents ?? [];
}

/** Waits (bounded) until the incident's run is over, and returns its summary from the API. */
export async function waitForRun(base: string, id: string, timeoutMs = 60_000, log = () => "") {
  const started = Date.now();
  const deadline = started + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/incidents/${id}`, {
      headers: { authorization: `Bearer ${API_TOKEN}` },
    });
    // Dedupe may fold an alert into another incident (same service within the group window): say so.
    if (res.status === 404 && Date.now() - started > 5_000)
      throw new Error(`${id} was never opened (folded into another incident?)`);
    if (res.ok) {
      const body = (await res.json()) as { status: string; outcome: { label: string } };
      if (body.status === "done" || body.status === "failed") return body;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`run of ${id} not over within ${timeoutMs} ms\n${log().slice(-2_000)}`);
}
