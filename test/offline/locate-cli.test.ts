import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): a single setting in a deploy file is the cause, and the
 * diagnosis cites that file:line (not the same key elsewhere) without proposing a value the logs cannot justify.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "locate-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { rootCause: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function repoCites(run: RunJson): string[] {
  return (run.diagnosis?.evidence ?? []).filter((e) => e.kind === "repo").map((e) => `${e.file}:${e.line}`);
}

describe("single-setting causes are cited through the CLI", () => {
  it("FailedScheduling Insufficient cpu: the app container's cpu request, not its limit nor the sidecar's", async () => {
    const root = workspace({
      "logs/events.txt": [
        "LAST SEEN   TYPE      REASON             OBJECT                      MESSAGE",
        "2m          Warning   FailedScheduling   pod/reports-7f9c4d-x2x9k    0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
        "30s         Warning   FailedScheduling   pod/reports-7f9c4d-x2x9k    0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
      ].join("\n"),
      "repo/k8s/reports.yaml": [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: reports",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: envoy",
        "          image: envoyproxy/envoy:v1.31.0",
        "          resources:",
        "            limits:",
        "              cpu: 500m",
        "        - name: reports",
        "          image: ghcr.io/acme/reports:5.1.0",
        "          resources:",
        "            limits:",
        '              cpu: "8"',
        "            requests:",
        "              # cpu: 500m",
        '              cpu: "6"',
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("k8s/reports.yaml:21");
    expect(repoCites(run)).not.toContain("k8s/reports.yaml:18");
    expect(run.proposal).toBeUndefined();
  });

  it("nginx upstream timed out: the proxy_read_timeout of the location the requests hit", async () => {
    const line = (i: number) =>
      `2026/11/24 16:0${i}:00 [error] 29#29: *8337${i} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.2${i}, server: reports.internal, request: "GET /api/exports/q${i}.csv HTTP/1.1", upstream: "http://10.20.3.4:8000/api/exports/q${i}.csv"`;
    const root = workspace({
      "logs/nginx-error.log": [1, 2, 3, 4, 5].map(line).join("\n"),
      "repo/deploy/nginx/reports.conf": [
        "server {",
        "    listen 80;",
        "    location /health {",
        "        proxy_read_timeout 5s;",
        "        proxy_pass http://reports:8000;",
        "    }",
        "    location /api/exports/ {",
        "        proxy_read_timeout 30s;",
        "        proxy_pass http://reports:8000;",
        "    }",
        "}",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("deploy/nginx/reports.conf:8");
    expect(repoCites(run)).not.toContain("deploy/nginx/reports.conf:4");
  });

  it("image tag not found: the Kustomize newTag, not the other image's", async () => {
    const root = workspace({
      "logs/describe.txt": [
        "Events:",
        '  Warning  Failed     12s   kubelet  Failed to pull image "registry.example.com/shop/checkout:v2.14.0": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/checkout:v2.14.0": failed to resolve reference "registry.example.com/shop/checkout:v2.14.0": registry.example.com/shop/checkout:v2.14.0: not found',
        "  Warning  Failed     12s   kubelet  Error: ErrImagePull",
        '  Normal   BackOff    1s    kubelet  Back-off pulling image "registry.example.com/shop/checkout:v2.14.0"',
      ].join("\n"),
      "repo/k8s/kustomization.yaml": [
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "resources:",
        "  - deployment.yaml",
        "images:",
        "  - name: registry.example.com/shop/cart",
        "    newTag: v1.8.2",
        "  - name: registry.example.com/shop/checkout",
        "    newTag: v2.14.0",
        "",
      ].join("\n"),
      "repo/k8s/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: registry.example.com/shop/checkout\n",
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("k8s/kustomization.yaml:9");
    expect(run.proposal).toBeUndefined();
  });

  it("threads refused in compose: the pids_limit of the service whose log it is", async () => {
    const root = workspace({
      "logs/compose.log": Array.from(
        { length: 4 },
        (_, i) =>
          `indexer-1  | [2026-11-24T10:0${i}:00Z] Exception in thread "pool-3-thread-${i}" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
      ).join("\n"),
      "repo/docker-compose.yml": [
        "services:",
        "  api:",
        "    image: ghcr.io/acme/api:2.3.0",
        "    pids_limit: 512",
        "  indexer:",
        "    image: ghcr.io/acme/indexer:1.0.4",
        "    environment:",
        '      INDEXER_WORKER_THREADS: "200"',
        "    pids_limit: 128",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(repoCites(run)).toContain("docker-compose.yml:9");
    expect(repoCites(run)).not.toContain("docker-compose.yml:4");
  });
});
