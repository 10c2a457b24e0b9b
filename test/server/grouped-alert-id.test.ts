import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_CLI, hasBuiltCli, REPO_ROOT } from "../cli/built-cli.js";

const API_TOKEN = "api-token-0123456789abcdef";
const ALERT_TOKEN = "generic-alert-token-0123456789";

function startServe(): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, "serve", "--port", "0"], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        SENTRY_API_TOKEN: API_TOKEN,
        SENTRY_ALERT_TOKENS_GENERIC: ALERT_TOKEN,
        SENTRY_ALERT_GROUP_BY_SERVICE: "1",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, base: match[1] });
      }
    });
    child.on("error", reject);
  });
}

describe.skipIf(!hasBuiltCli)("same-service grouping (opt-in): the id the alert route answers opens", () => {
  let server: { child: ChildProcess; base: string };
  beforeAll(async () => {
    server = await startServe();
  }, 30_000);
  afterAll(() => {
    server?.child.kill("SIGTERM");
  });

  const postAlert = async (body: object) => {
    const res = await fetch(`${server.base}/api/alerts/generic`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { incidents: string[] }).incidents[0]!;
  };
  const incident = async (id: string) => {
    const res = await fetch(`${server.base}/api/incidents/${id}`, {
      headers: { authorization: `Bearer ${API_TOKEN}` },
    });
    return { status: res.status, body: (await res.json()) as { id: string; activity: { text: string }[] } };
  };

  it("an alert grouped into its service's open incident is found by its own id", async () => {
    const first = await postAlert({ title: "Checkout 5xx", service: "checkout", fingerprint: "five-xx" });
    const second = await postAlert({
      title: "Checkout latency",
      service: "checkout",
      fingerprint: "latency",
    });
    expect(second).not.toBe(first);
    let found = await incident(second);
    // The queue decides grouping after the 202: poll briefly, bounded.
    for (let i = 0; i < 100 && found.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      found = await incident(second);
    }
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(first);
    expect(found.body.activity.map((a) => a.text)).toContain(`alert ${second} grouped here`);
  });
});
