import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Run } from "../../src/core/run.js";
import { cli } from "../helpers/cli-harness.js";
import { type FakeKube, HOSTILE_LOG_LINE, NS, POD, startFakeKube } from "./fake-kube.js";
import { hasPrometheus, type RunningPrometheus, startPrometheus } from "./prometheus-service.js";
import {
  configWith,
  crashLoopAlert,
  DEPLOYMENT,
  diagnoseAlert,
  filesystemAlert,
  removeDir,
  repoWith,
} from "./scenario.js";

/**
 * Issue 15's done-when, end to end through the engine and the offline playbooks: a real Prometheus scraping a
 * memory ramp and a nearly full filesystem, the Kubernetes API faked at HTTP level with an OOMKilled pod.
 */
const skip = !hasPrometheus();
if (skip) console.warn("skipping collector scenarios: the Debian prometheus package is not installed");

describe.skipIf(skip)("alerts without logs, confirmed by the collectors", () => {
  let prometheus: RunningPrometheus;
  let kube: FakeKube;
  const dirs: string[] = [];

  beforeAll(async () => {
    [prometheus, kube] = await Promise.all([startPrometheus(9), startFakeKube()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([prometheus?.stop(), kube?.stop()]);
    for (const d of dirs) removeDir(d);
  });

  const collectors = () => ({
    prometheus: { url: prometheus.url },
    kubernetes: { source: kube.kubeconfig },
    beforeMinutes: 1,
    afterMinutes: 1,
  });
  const startsAt = () => new Date(Date.now() - 8_000);

  it("KubePodCrashLooping with no logs: out_of_memory from the metric and the pod's last state, limit change proposed", async () => {
    const repo = repoWith({ "deploy/checkout.yaml": DEPLOYMENT });
    dirs.push(repo);
    const { run, audit } = await diagnoseAlert(crashLoopAlert(startsAt()), configWith(collectors()), repo);
    const d = run.diagnosis;
    expect(d?.category).toBe("out_of_memory");
    const metric = d?.evidence.filter((e) => e.kind === "metric") ?? [];
    const k8s = d?.evidence.filter((e) => e.kind === "k8s") ?? [];
    expect(metric.map((e) => e.excerpt).join("\n")).toMatch(
      /\[oom-terminated\] last termination of shop\/checkout-7d9f8-x2x9z\/app: reason OOMKilled/,
    );
    expect(metric.map((e) => e.excerpt).join("\n")).toMatch(
      /\[memory-near-limit\] working set of shop\/checkout-7d9f8-x2x9z\/app rose from \d+ MiB to 255 MiB .*limit 256 MiB/,
    );
    expect(k8s.map((e) => e.excerpt).join("\n")).toMatch(
      /Last State: Terminated, Reason: OOMKilled, Exit Code: 137/,
    );
    expect(run.proposal?.patch).toMatch(/-\s+memory: 256Mi\n\+\s+memory: \d+Mi/);
    // Each collector call is in the audit chain, allowed, under the Detective's identity.
    const calls = audit.filter(
      (e) => e.kind === "tool-call" && /query_metrics|read_kubernetes/.test(String(e.tool)),
    );
    expect(calls.map((e) => `${e.agent}:${e.tool}:${e.decision}`)).toEqual([
      "detective:query_metrics:allowed",
      "detective:read_kubernetes:allowed",
      "detective:read_kubernetes:allowed",
    ]);
    // Only reads reached the API, with the kubeconfig's token; the previous container's log was asked for.
    expect(new Set(kube.requests.map((r) => r.method))).toEqual(new Set(["GET"]));
    expect(kube.requests.every((r) => r.auth === "Bearer fake-reader-token")).toBe(true);
    expect(
      kube.requests.some(
        (r) =>
          r.path.startsWith(`/api/v1/namespaces/${NS}/pods/${POD}/log?`) && r.path.includes("previous=true"),
      ),
    ).toBe(true);
    expect(kube.requests.some((r) => r.path.includes("fieldSelector=involvedObject.name"))).toBe(true);
  }, 60_000);

  it("the instruction in the pod's log is data: the run neither obeys it nor restarts anything", async () => {
    const repo = repoWith({ "deploy/checkout.yaml": DEPLOYMENT });
    dirs.push(repo);
    const { run, audit } = await diagnoseAlert(crashLoopAlert(startsAt()), configWith(collectors()), repo);
    expect(run.diagnosis?.category).toBe("out_of_memory");
    expect(audit.some((e) => e.tool === "restart_service")).toBe(false);
    expect(run.proposal?.restart).toBeUndefined();
    expect(HOSTILE_LOG_LINE).toContain("restart_service");
  }, 60_000);

  it("with collectors off, the same alert escalates naming the evidence it lacks", async () => {
    const repo = repoWith({ "deploy/checkout.yaml": DEPLOYMENT });
    dirs.push(repo);
    const { run, audit } = await diagnoseAlert(crashLoopAlert(startsAt()), configWith(undefined), repo);
    expect(run.finalState).toBe("ESCALATED");
    expect(run.diagnosis?.category).not.toBe("out_of_memory");
    expect(run.diagnosis?.rootCause).toMatch(
      /Evidence this run lacked: Prometheus: .*SENTRY_PROMETHEUS_URL.*Kubernetes: pod shop\/checkout-7d9f8-x2x9z.*SENTRY_KUBERNETES/,
    );
    expect(run.diagnosis?.recommendedActions[0]).toMatch(/^Configure evidence collectors/);
    expect(audit.some((e) => /query_metrics|read_kubernetes/.test(String(e.tool)))).toBe(false);
  }, 60_000);

  it("through the CLI door: diagnose --alert with the collectors from the environment", async () => {
    const repo = repoWith({
      "repo/deploy/checkout.yaml": DEPLOYMENT,
      "alert.json": JSON.stringify(crashLoopAlert(startsAt())),
    });
    dirs.push(repo);
    const res = await cli(["diagnose", "--alert", "alert.json", "--repo", "repo", "--format", "json"], {
      cwd: repo,
      env: {
        SENTRY_PROMETHEUS_URL: prometheus.url,
        SENTRY_KUBERNETES: kube.kubeconfig,
        SENTRY_COLLECTOR_WINDOW_MINUTES: "1",
      },
    });
    const run = JSON.parse(res.stdout) as Run;
    expect(run.diagnosis?.category).toBe("out_of_memory");
    expect(run.diagnosis?.evidence.some((e) => e.kind === "k8s")).toBe(true);
    expect(run.proposal?.patch).toContain("+              memory: 512Mi");
  }, 60_000);

  it("through the CLI door: a bad collector variable is one line and exit 2", async () => {
    const res = await cli(["diagnose", "--alert", "alert.json"], {
      cwd: process.cwd(),
      env: { SENTRY_PROMETHEUS_URL: "ftp://prometheus" },
    });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toMatch(/SENTRY_PROMETHEUS_URL/);
  });

  it("NodeFilesystemAlmostOutOfSpace is diagnosed disk_full from the node filesystem series alone", async () => {
    const { run } = await diagnoseAlert(
      filesystemAlert(startsAt()),
      configWith({ prometheus: { url: prometheus.url }, beforeMinutes: 1, afterMinutes: 1 }),
    );
    expect(run.diagnosis?.category).toBe("disk_full");
    const metric = run.diagnosis?.evidence.filter((e) => e.kind === "metric") ?? [];
    expect(metric.map((e) => e.excerpt).join("\n")).toMatch(
      /\[filesystem-almost-full\] filesystem \/var\/lib\/data \(\/dev\/sdb1\) on node-1:9100: 2\.0% space left \(2\.0 GiB of 100 GiB\)/,
    );
    expect(run.diagnosis?.confidence).toBeGreaterThan(0.5);
  }, 60_000);
});
