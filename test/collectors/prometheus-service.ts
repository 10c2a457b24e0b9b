import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, hasBinary } from "../alerts/services.js";

/**
 * A real Prometheus (Debian `prometheus`) scraping, every second, a tiny exporter served here on 127.0.0.1: a
 * container's working set rising by a known step per scrape towards its 256 MiB limit, kube-state-metrics'
 * restarts and last-termination reason, and node exporter filesystem series with one nearly full mount.
 */
export const MiB = 1024 * 1024;
export const RAMP = { fromMiB: 180, stepMiB: 10, toMiB: 255, limitMiB: 256 };
export const FS = {
  size: 100 * 1024 * MiB,
  availFrom: 9 * 1024 * MiB,
  availStep: 1024 * MiB,
  availTo: 2 * 1024 * MiB,
};

export function hasPrometheus(): boolean {
  return hasBinary("prometheus");
}

function exposition(scrape: number): string {
  const working = Math.min(RAMP.toMiB, RAMP.fromMiB + RAMP.stepMiB * scrape) * MiB;
  const avail = Math.max(FS.availTo, FS.availFrom - FS.availStep * scrape);
  const pod = 'namespace="shop",pod="checkout-7d9f8-x2x9z",container="app"';
  const node = 'instance="node-1:9100",device="/dev/sdb1",fstype="ext4",mountpoint="/var/lib/data"';
  const root = 'instance="node-1:9100",device="/dev/sda1",fstype="ext4",mountpoint="/"';
  return [
    "# TYPE container_memory_working_set_bytes gauge",
    `container_memory_working_set_bytes{${pod}} ${working}`,
    "# TYPE kube_pod_container_resource_limits gauge",
    `kube_pod_container_resource_limits{${pod},resource="memory",unit="byte"} ${RAMP.limitMiB * MiB}`,
    "# TYPE kube_pod_container_status_restarts_total counter",
    `kube_pod_container_status_restarts_total{${pod}} ${3 + Math.min(1, Math.floor(scrape / 6))}`,
    "# TYPE kube_pod_container_status_last_terminated_reason gauge",
    `kube_pod_container_status_last_terminated_reason{${pod},reason="OOMKilled"} 1`,
    "# TYPE node_filesystem_avail_bytes gauge",
    `node_filesystem_avail_bytes{${node}} ${avail}`,
    `node_filesystem_avail_bytes{${root}} ${60 * 1024 * MiB}`,
    "# TYPE node_filesystem_size_bytes gauge",
    `node_filesystem_size_bytes{${node}} ${FS.size}`,
    `node_filesystem_size_bytes{${root}} ${FS.size}`,
    "# TYPE node_filesystem_files_free gauge",
    `node_filesystem_files_free{${node}} 5000000`,
    "# TYPE node_filesystem_files gauge",
    `node_filesystem_files{${node}} 6553600`,
    "",
  ].join("\n");
}

export interface RunningPrometheus {
  url: string;
  scrapes(): number;
  stop(): Promise<void>;
}

export async function startPrometheus(minScrapes: number): Promise<RunningPrometheus> {
  let scrapes = 0;
  const exporter: Server = createServer((req, res) => {
    if (req.url !== "/metrics") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(exposition(scrapes));
    scrapes += 1;
  });
  await new Promise<void>((resolve) => exporter.listen(0, "127.0.0.1", resolve));
  const address = exporter.address();
  const exporterPort = typeof address === "object" && address ? address.port : 0;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sentry-prom-"));
  writeFileSync(
    join(dir, "prometheus.yml"),
    [
      "global:",
      "  scrape_interval: 1s",
      "  evaluation_interval: 1s",
      "scrape_configs:",
      "  - job_name: fixture",
      "    honor_labels: true",
      "    static_configs:",
      `      - targets: ['127.0.0.1:${exporterPort}']`,
    ].join("\n"),
  );
  const child = spawn(
    "prometheus",
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await new Promise((r) => exporter.close(r));
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 40_000;
  // Ready, then enough scrapes stored that the ramp is a ramp (and the last scrape is queryable).
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${child.exitCode}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("prometheus did not store the exporter's samples in time");
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready && scrapes >= minScrapes) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 1_500));
  return { url, scrapes: () => scrapes, stop };
}
