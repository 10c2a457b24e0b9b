import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CollectorsFile } from "../../src/core/collector-settings.js";
import { type SentryConfig, SentryConfigSchema } from "../../src/core/config.js";
import type { Run } from "../../src/core/run.js";
import { incidentFromAlertBody } from "../../src/engine/incident-from-alert.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { workspaceFromPaths } from "../../src/entrypoints/shared/workspace-from-paths.js";
import { createOfflineProvider } from "../../src/llm/offline/offline-provider.js";
import type { AuditEntry } from "../../src/security/audit/audit-entry.js";
import { NS, POD } from "./fake-kube.js";

/** Alertmanager webhook payloads (version 4) as Alertmanager sends them, with generatorURL carrying g0.expr. */
export function alertmanagerPayload(
  alertname: string,
  labels: Record<string, string>,
  expr: string,
  startsAt: Date,
) {
  const generatorURL = `http://prometheus.example:9090/graph?g0.expr=${encodeURIComponent(expr)}&g0.tab=1`;
  const all = { alertname, severity: "critical", ...labels };
  return {
    version: "4",
    groupKey: `{}:{alertname="${alertname}"}`,
    truncatedAlerts: 0,
    status: "firing",
    receiver: "sentry",
    groupLabels: { alertname },
    commonLabels: all,
    commonAnnotations: {},
    externalURL: "http://alertmanager.example:9093",
    alerts: [
      {
        status: "firing",
        labels: all,
        annotations: {
          summary:
            alertname === "KubePodCrashLooping"
              ? "Pod is crash looping."
              : "Filesystem has less than 5% space left.",
          description:
            alertname === "KubePodCrashLooping"
              ? `Pod ${labels.namespace}/${labels.pod} (${labels.container}) is in waiting state (reason: "CrashLoopBackOff").`
              : `Filesystem on ${labels.device} at ${labels.instance} has only a few percent available space left.`,
          runbook_url: `https://runbooks.prometheus-operator.dev/runbooks/${alertname.toLowerCase()}`,
        },
        startsAt: startsAt.toISOString(),
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL,
        fingerprint: "c0ffee0123456789",
      },
    ],
  };
}

export function crashLoopAlert(startsAt: Date) {
  return alertmanagerPayload(
    "KubePodCrashLooping",
    { namespace: NS, pod: POD, container: "app", job: "kube-state-metrics" },
    `max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", job="kube-state-metrics", namespace="${NS}"}[5m]) >= 1`,
    startsAt,
  );
}

export function filesystemAlert(startsAt: Date) {
  return alertmanagerPayload(
    "NodeFilesystemAlmostOutOfSpace",
    { instance: "node-1:9100", device: "/dev/sdb1", fstype: "ext4", mountpoint: "/var/lib/data" },
    '(node_filesystem_avail_bytes{job="node",fstype!=""} / node_filesystem_size_bytes{job="node",fstype!=""} * 100 < 5 and node_filesystem_readonly{job="node",fstype!=""} == 0)',
    startsAt,
  );
}

export const DEPLOYMENT = [
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata:",
  "  name: checkout",
  `  namespace: ${NS}`,
  "spec:",
  "  replicas: 1",
  "  selector:",
  "    matchLabels: { app: checkout }",
  "  template:",
  "    metadata:",
  "      labels: { app: checkout }",
  "    spec:",
  "      containers:",
  "        - name: app",
  "          image: ghcr.io/acme/checkout:1.4.2",
  "          resources:",
  "            requests:",
  "              memory: 128Mi",
  "            limits:",
  "              memory: 256Mi",
  "              cpu: 500m",
  "",
].join("\n");

export function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "collect-repo-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function configWith(
  collectors: CollectorsFile | undefined,
  repo?: Record<string, unknown>,
): SentryConfig {
  return SentryConfigSchema.parse({ ...(repo ?? {}), ...(collectors ? { collectors } : {}) });
}

export async function diagnoseAlert(
  body: unknown,
  config: SentryConfig,
  repo?: string,
  runtime?: Parameters<typeof runIncident>[0]["collectors"],
): Promise<{ run: Run; audit: readonly AuditEntry[] }> {
  const made = incidentFromAlertBody(body);
  if (!made.ok) throw new Error(made.reason);
  const workspace = workspaceFromPaths({ logs: [], ...(repo ? { repo } : {}), cwd: process.cwd() });
  const { run, audit } = await runIncident({
    incident: made.incident,
    workspace,
    mode: "AUDIT",
    config,
    provider: () => createOfflineProvider(),
    ...(runtime ? { collectors: runtime } : {}),
  });
  return { run, audit };
}
