import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Run, RunSchema } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-knowledge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function diagnose(argv: string[]): Promise<{ code: number; run: Run }> {
  const result = await cli(["diagnose", ...argv, "--format", "json"], { cwd: dir });
  expect(result.stderr).toBe("");
  return { code: result.code, run: RunSchema.parse(JSON.parse(result.stdout)) };
}

function alertmanager(name: string, labels: Record<string, string>, summary: string): string {
  const alert = {
    status: "firing",
    labels: { alertname: name, severity: "warning", ...labels },
    annotations: { summary },
    startsAt: "2026-11-24T02:30:00Z",
    endsAt: "0001-01-01T00:00:00Z",
    fingerprint: "0a1b2c3d4e5f6a7b",
  };
  const payload = {
    version: "4",
    groupKey: `{}:{alertname="${name}"}`,
    status: "firing",
    receiver: "sentry",
    groupLabels: { alertname: name },
    commonLabels: alert.labels,
    commonAnnotations: alert.annotations,
    externalURL: "http://alertmanager:9093",
    alerts: [alert],
  };
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe("the knowledge base through the CLI", () => {
  it("finds nothing wrong in a healthy ingress-nginx log whose request lengths are 429", async () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) =>
        `10.0.0.${i % 200} - - [24/Nov/2026:02:${String(10 + (i % 40)).padStart(2, "0")}:01 +0000] "GET /api/items/${i} HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64)" 429 0.0${10 + (i % 80)} [shop-api-80] [] 10.244.1.5:8080 5120 0.012 200 ${i.toString(16)}`,
    );
    const { code, run } = await diagnose(["--log", file("ingress.log", lines)]);
    expect(run.diagnosis?.category).toBe("none");
    expect(run.diagnosis?.patterns).toEqual([]);
    expect(code).toBe(0);
  });

  it("does not diagnose OOM from a CI log whose test names say oom killer and exit code 137", async () => {
    const ci = file("ci.log", [
      "> vitest run",
      " ✓ src/supervisor.test.ts > supervisor > handles oom killer gracefully (14 ms)",
      " ✓ src/supervisor.test.ts > supervisor > reports exit code 137 as OOMKilled (3 ms)",
      "============================= test session starts ==============================",
      "tests/test_runner.py::test_exit_code_137_is_reported PASSED                 [ 50%]",
      "tests/test_runner.py::test_oom_killed_container_is_restarted PASSED         [100%]",
      "============================== 2 passed in 0.41s ===============================",
    ]);
    const { run } = await diagnose(["--log", ci]);
    expect(run.diagnosis?.category).not.toBe("out_of_memory");
    expect(run.proposal).toBeUndefined();
  });

  it("does not blame another pod of a namespace-wide listing for the alert's pod", async () => {
    const pods = file("pods.txt", [
      "NAME                          READY   STATUS             RESTARTS       AGE",
      "checkout-6f7d8b9c4-x2x9q      0/1     Running            0              3d",
      "payments-5c4b7d9f8-k2k2p      0/1     CrashLoopBackOff   14 (2m ago)    3d",
      "search-7b8c9d6f5-q8w7e        1/1     Running            0              3d",
    ]);
    const alert = alertmanager(
      "KubePodNotReady",
      { namespace: "shop", pod: "checkout-6f7d8b9c4-x2x9q" },
      "Pod shop/checkout-6f7d8b9c4-x2x9q has been in a non-ready state for longer than 15 minutes.",
    );
    const { run } = await diagnose(["--alert", alert, "--log", pods]);
    expect(run.diagnosis?.category).toBe("health_check");
    expect(run.diagnosis?.patterns).not.toContain("crash-loop");
    expect(run.diagnosis?.rootCause).toContain("pod shop/checkout-6f7d8b9c4-x2x9q");
  });

  it("does not let three EAI_AGAIN lines win over a real latency problem", async () => {
    const lines = [
      ...Array.from({ length: 3 }, () => "Error: getaddrinfo EAI_AGAIN orders-db.shop.svc.cluster.local"),
      ...Array.from(
        { length: 60 },
        (_, i) => `Completed 200 OK in ${2400 + i}ms (Views: 3.1ms | ActiveRecord: ${2380 + i}.2ms)`,
      ),
    ];
    const { run } = await diagnose(["--log", file("orders.log", lines)]);
    expect(run.diagnosis?.category).toBe("latency");
  });

  it("names the hypothesis and the evidence to look at for a standard alert with no logs", async () => {
    const alert = alertmanager(
      "KubePodCrashLooping",
      { namespace: "shop", pod: "payments-5c4b7d9f8-k2k2p", container: "api" },
      'Pod shop/payments-5c4b7d9f8-k2k2p (api) is in waiting state (reason: "CrashLoopBackOff").',
    );
    const { run } = await diagnose(["--alert", alert]);
    expect(run.diagnosis?.category).toBe("crash");
    expect(run.diagnosis?.rootCause).toContain(
      "the last state of container api of pod shop/payments-5c4b7d9f8-k2k2p",
    );
  });
});
