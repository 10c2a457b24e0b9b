import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Real services from Debian packages, started on 127.0.0.1 with free ports and temp dirs, stopped after. */

export function hasBinary(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

async function waitFor(check: () => Promise<boolean>, what: string, child: ChildProcess, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess, dir: string) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

async function startRedisOnce(): Promise<RunningService> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sentry-redis-"));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: "ignore" },
  );
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const probe = spawnSync("redis-cli", ["-h", "127.0.0.1", "-p", String(port), "ping"], {
        encoding: "utf8",
      });
      resolve(probe.stdout.trim() === "PONG");
    });
  const stop = stopper(child, dir);
  await waitFor(ping, "redis-server", child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: `redis://127.0.0.1:${port}`, stop };
}

/** Alertmanager with one webhook receiver (bearer token) pointing at `webhookUrl`; config from dependencies.md. */
async function startAlertmanagerOnce(webhookUrl: string, token: string): Promise<RunningService> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sentry-am-"));
  const config = [
    "route:",
    "  receiver: sentry",
    "  group_by: ['alertname', 'service']",
    "  group_wait: 1s",
    "  group_interval: 2s",
    "  repeat_interval: 1h",
    "receivers:",
    "  - name: sentry",
    "    webhook_configs:",
    `      - url: '${webhookUrl}'`,
    "        send_resolved: true",
    "        http_config:",
    "          authorization:",
    "            type: Bearer",
    `            credentials: '${token}'`,
  ].join("\n");
  writeFileSync(join(dir, "am.yml"), config);
  const child = spawn(
    "prometheus-alertmanager",
    [
      `--config.file=${join(dir, "am.yml")}`,
      `--storage.path=${dir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--cluster.listen-address=",
    ],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, dir);
  await waitFor(async () => (await fetch(`${url}/-/ready`)).ok, "alertmanager", child).catch(
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
  return { url, stop };
}

/** A free port can be taken by another process before the service binds it: retry with a new one. */
async function withRetries(start: () => Promise<RunningService>, attempts = 3): Promise<RunningService> {
  let last: unknown;
  for (let i = 0; i < attempts; i += 1) {
    try {
      return await start();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

export function startRedis(): Promise<RunningService> {
  return withRetries(startRedisOnce);
}

export function startAlertmanager(webhookUrl: string, token: string): Promise<RunningService> {
  return withRetries(() => startAlertmanagerOnce(webhookUrl, token));
}

/**
 * Prometheus evaluating one alerting rule every second and pushing its alerts (Alertmanager API v2) to
 * `target` (host:port) with a bearer token, as `alerting.alertmanagers` is documented to.
 */
async function startPrometheusOnce(target: string, token: string, expr: string): Promise<RunningService> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sentry-prom-"));
  writeFileSync(
    join(dir, "rules.yml"),
    [
      "groups:",
      "  - name: sentry-test",
      "    interval: 1s",
      "    rules:",
      "      - alert: SentryTestAlert",
      `        expr: ${expr}`,
      "        labels: { severity: critical, service: checkout-api }",
      "        annotations: { summary: 'always-on test rule' }",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "prometheus.yml"),
    [
      "global: { evaluation_interval: 1s, scrape_interval: 1m }",
      `rule_files: ['${join(dir, "rules.yml")}']`,
      "alerting:",
      "  alertmanagers:",
      "    - api_version: v2",
      `      authorization: { type: Bearer, credentials: '${token}' }`,
      `      static_configs: [{ targets: ['${target}'] }]`,
    ].join("\n"),
  );
  const child = spawn(
    "prometheus",
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--rules.alert.resend-delay=1s",
    ],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, dir);
  await waitFor(async () => (await fetch(`${url}/-/ready`)).ok, "prometheus", child).catch(
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
  return { url, stop };
}

export function startPrometheus(target: string, token: string, expr: string): Promise<RunningService> {
  return withRetries(() => startPrometheusOnce(target, token, expr));
}
