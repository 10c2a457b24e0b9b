import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): a timeout the repository sets is below the latency the logs
 * measure in ANOTHER log than the one that fails; the proposal raises it above that latency (× 1.5, whole
 * seconds, the line's unit) and the Validator checks the relation. The near miss: readings that are only the
 * requests the timeout cut off measure nothing, and nothing is proposed.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "measured-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface Check {
  name: string;
  outcome: string;
  detail: string;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number; note?: string }[] };
  proposal?: { patch: string };
  agentOutputs: { agent: string; output?: { checks?: Check[] } }[];
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function checks(run: RunJson): Check[] {
  return run.agentOutputs.find((a) => a.agent === "validator")?.output?.checks ?? [];
}

const timedOut = (i: number, elapsed: number) =>
  `{"level":50,"time":"2026-11-30T09:1${i}:00.000Z","msg":"ledger call failed","err":"Error: connect ETIMEDOUT 10.4.0.7:8443","elapsed_ms":${elapsed}}`;

function helmChart(): Record<string, string> {
  return {
    "repo/charts/invoicing/values.yaml": [
      "replicaCount: 2",
      "image:",
      "  repository: ghcr.io/acme/invoicing",
      "  tag: 3.4.1",
      "env:",
      '  LEDGER_URL: "https://ledger.internal:8443"',
      '  LEDGER_TIMEOUT_MS: "4000"',
      "",
    ].join("\n"),
    "repo/charts/invoicing/templates/deployment.yaml": [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: invoicing",
      "spec:",
      "  replicas: {{ .Values.replicaCount }}",
      "",
    ].join("\n"),
  };
}

describe("a timeout raised above the latency the logs measure, through the CLI", () => {
  it("a Helm value in milliseconds, the latency measured in the upstream's own access log", async () => {
    const root = workspace({
      "logs/invoicing.log": [1, 2, 3, 4, 5].map((i) => timedOut(i, 4_001 + i)).join("\n"),
      "logs/ledger-access.log": [
        "2026-11-30 09:10:58 INFO [ledger.http] POST /v1/entries 200 6120ms",
        "2026-11-30 09:11:58 INFO [ledger.http] POST /v1/entries 200 9800ms",
        "2026-11-30 09:12:31 INFO [ledger.http] GET /v1/health 200 2ms",
        "2026-11-30 09:12:58 INFO [ledger.http] POST /v1/entries 200 7730ms",
      ].join("\n"),
      ...helmChart(),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain('-  LEDGER_TIMEOUT_MS: "4000"');
    expect(run.proposal?.patch).toContain('+  LEDGER_TIMEOUT_MS: "15000"');
    const measured = run.diagnosis?.evidence.find((e) => e.note?.startsWith("measured latency"));
    expect(measured).toMatchObject({ file: "logs/ledger-access.log", line: 2 });
    expect(checks(run)).toContainEqual(
      expect.objectContaining({
        name: "the value now satisfies the latency the logs measured",
        outcome: "pass",
      }),
    );
  });

  it("a Kafka consumer's .properties, the batch time measured in the worker's log", async () => {
    const expired =
      "2026-11-30 11:0{i}:00.100  WARN 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-settle-1, groupId=settlement] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages.";
    const root = workspace({
      "logs/settlement.log": [1, 2, 3]
        .flatMap((i) => [
          `2026-11-30 11:0${i}:00.000  INFO 1 --- [ntainer#0-0-C-1] c.a.s.SettlementListener : settled 250 payouts, took ${200 + i * 20}s`,
          expired.replace("{i}", String(i)),
        ])
        .join("\n"),
      "repo/src/main/resources/application.properties": [
        "spring.application.name=settlement",
        "spring.kafka.bootstrap-servers=kafka:9092",
        "spring.kafka.consumer.group-id=settlement",
        "spring.kafka.consumer.max-poll-records=250",
        "spring.kafka.consumer.properties.max.poll.interval.ms=180000",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+spring.kafka.consumer.properties.max.poll.interval.ms=390000");
    expect(checks(run)).toContainEqual(
      expect.objectContaining({
        name: "the value now satisfies the latency the logs measured",
        outcome: "pass",
      }),
    );
  });

  it("a liveness probe that kills a slow start: its delay sized from the start-up the app logs", async () => {
    const unhealthy = (i: number) =>
      `search      ${i}s    Warning   Unhealthy   pod/search-0   Liveness probe failed: dial tcp 10.42.0.31:9200: connect: connection timed out`;
    const root = workspace({
      "logs/events.txt": [
        "NAMESPACE   LAST SEEN   TYPE      REASON      OBJECT         MESSAGE",
        ...[5, 11, 17, 23].map(unhealthy),
        "search      2s     Normal    Killing     pod/search-0   Container search failed liveness probe, will be restarted",
      ].join("\n"),
      "logs/search.log": [
        "2026-11-30 08:00:01 INFO  ledger-search 1.0 on JVM (powered by Quarkus 3.8.1) started in 64.212s. Listening on: http://0.0.0.0:9200",
        "2026-11-30 08:00:02 INFO  index warm-up finished",
      ].join("\n"),
      "repo/k8s/search.yaml": [
        "apiVersion: apps/v1",
        "kind: StatefulSet",
        "metadata:",
        "  name: search",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: search",
        "          livenessProbe:",
        "            tcpSocket:",
        "              port: 9200",
        "            initialDelaySeconds: 20",
        "            periodSeconds: 6",
        "            failureThreshold: 5",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+            initialDelaySeconds: 70");
    expect(checks(run)).toContainEqual(
      expect.objectContaining({
        name: "the value now satisfies the start-up the logs measured",
        outcome: "pass",
      }),
    );
  });

  it("a CronJob killed at its deadline: sized from the run time its progress lines imply", async () => {
    const root = workspace({
      "logs/describe-job.txt": [
        "Name:                     ledger-backfill-29411000",
        "Active Deadline Seconds:  1800s",
        "Events:",
        "  Type     Reason            Age   From            Message",
        "  ----     ------            ----  ----            -------",
        "  Normal   SuccessfulCreate  31m   job-controller  Created pod: ledger-backfill-29411000-9qkzd",
        "  Warning  DeadlineExceeded  1m    job-controller  Job was active longer than specified deadline",
      ].join("\n"),
      "logs/backfill.log": [600, 1200, 1790]
        .map(
          (s, i) =>
            `{"level":"info","msg":"backfill progress","processed":${(i + 1) * 1500},"total":6000,"elapsed_seconds":${s}}`,
        )
        .join("\n"),
      "repo/deploy/backfill-cronjob.yaml": [
        "apiVersion: batch/v1",
        "kind: CronJob",
        "metadata:",
        "  name: ledger-backfill",
        "spec:",
        '  schedule: "0 2 * * *"',
        "  jobTemplate:",
        "    spec:",
        "      activeDeadlineSeconds: 1800",
        "      template:",
        "        spec:",
        "          restartPolicy: Never",
        "          containers:",
        "            - name: backfill",
        "              image: ghcr.io/acme/ledger-backfill:1.2.0",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+      activeDeadlineSeconds: 3600");
    expect(checks(run)).toContainEqual(
      expect.objectContaining({
        name: "the value now satisfies the run time the logs measured",
        outcome: "pass",
      }),
    );
  });

  it("near miss: the only long readings are the requests the timeout cut off; cited, nothing proposed", async () => {
    const root = workspace({
      "logs/invoicing.log": [1, 2, 3, 4, 5].map((i) => timedOut(i, 4_001 + i)).join("\n"),
      ...helmChart(),
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "charts/invoicing/values.yaml", line: 7 }),
    );
  });
});
