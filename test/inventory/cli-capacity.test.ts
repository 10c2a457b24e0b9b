import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): a limit other than a memory reservation ran out (threads,
 * metaspace, Redis's maxmemory, a node's allocatable capacity). The logs name no repository file; the limit and
 * what it must cover are in different files, and the change is sized from them and verified.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "capacity-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { rootCause: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string; risk: string } | null;
  verification?: { outcome: string; checks: { name: string; outcome: string; detail: string }[] };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function relationCheck(run: RunJson) {
  return run.verification?.checks.find(
    (c) => c.name === "the proposed value satisfies the violated relation",
  );
}

function repeat(line: string, n: number): string {
  return Array.from({ length: n }, (_, i) => line.replaceAll("{i}", String(10 + i))).join("\n");
}

describe("capacity limits through the CLI", () => {
  it("threads refused: the override's pids_limit sized from the workers the base compose file configures", async () => {
    const root = workspace({
      "logs/crawler.log": repeat(
        "2026-11-24 10:02:{i}.895 ERROR 1 --- [main] c.a.crawler.Pool : failed to start worker\njava.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached",
        6,
      ),
      "repo/docker-compose.yml":
        'services:\n  crawler:\n    image: registry.example.com/crawler:2.1.0\n    environment:\n      JAVA_OPTS: "-Xmx1g"\n      CRAWLER_WORKER_THREADS: "150"\n',
      "repo/docker-compose.override.yml": "services:\n  crawler:\n    pids_limit: 100\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+    pids_limit: 256");
    expect(run.proposal?.patch).not.toContain("Xmx");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "docker-compose.yml", line: 6 }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("Metaspace filled: the Dockerfile's MaxMetaspaceSize doubled within its bound, the heap untouched", async () => {
    const root = workspace({
      "logs/rules.log": [
        "2026-11-24 16:03:54.041  INFO 1 --- [rules-reload] c.a.rules.Compiler : compiled 1369 rules into 3759 classes",
        "2026-11-24 16:17:47.387 ERROR 1 --- [rules-reload] c.a.rules.Compiler : rule reload failed",
        "java.lang.OutOfMemoryError: Metaspace",
        "\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)",
      ].join("\n"),
      "repo/Dockerfile":
        'FROM eclipse-temurin:21-jre\nENV JAVA_TOOL_OPTIONS="-Xmx768m -XX:MaxMetaspaceSize=96m"\nCOPY app.jar /app.jar\n',
      "repo/k8s/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: rules\nspec:\n  template:\n    spec:\n      containers:\n        - name: rules\n          image: rules:1\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain('+ENV JAVA_TOOL_OPTIONS="-Xmx768m -XX:MaxMetaspaceSize=192m"');
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("Redis refuses writes: the conf the compose file mounts for the cache service evicts", async () => {
    const root = workspace({
      "logs/web.log": repeat(
        '{"level":50,"msg":"cache write failed","err":{"type":"ReplyError","message":"OOM command not allowed when used memory > \'maxmemory\'.","command":{"name":"set","args":["page:{i}:html"]}}}',
        12,
      ),
      "repo/docker-compose.yml":
        'services:\n  web:\n    image: web:3\n    environment:\n      PAGE_CACHE_URL: redis://page-cache:6379/0\n  page-cache:\n    image: redis:7.4\n    command: ["redis-server", "/etc/redis/redis.conf"]\n    volumes:\n      - ./ops/redis.conf:/etc/redis/redis.conf:ro\n',
      "repo/ops/redis.conf": 'port 6379\nmaxmemory 1gb\nmaxmemory-policy noeviction\nsave ""\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+maxmemory-policy allkeys-lru");
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("must not: the same Redis also the job queue's broker is cited, no eviction proposed", async () => {
    const root = workspace({
      "logs/web.log": repeat(
        '{"level":50,"msg":"enqueue failed","err":{"type":"ReplyError","message":"OOM command not allowed when used memory > \'maxmemory\'."}}',
        12,
      ),
      "repo/docker-compose.yml":
        "services:\n  web:\n    image: web:3\n    environment:\n      CACHE_URL: redis://redis:6379/0\n      CELERY_BROKER_URL: redis://redis:6379/1\n  redis:\n    image: redis:7.4\n    volumes:\n      - ./ops/redis.conf:/usr/local/etc/redis/redis.conf:ro\n",
      "repo/ops/redis.conf": "maxmemory 1gb\nmaxmemory-policy noeviction\nappendonly yes\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toContain("allkeys-lru");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "ops/redis.conf", line: 2 }),
    );
    expect(run.diagnosis?.rootCause).toMatch(/eviction would lose/);
  });

  it("Pending on every node: the Helm values' request fitted under the allocatable another log file lists", async () => {
    const root = workspace({
      "logs/events.txt": repeat(
        "analytics   {i}s   Warning   FailedScheduling  pod/reports-6d5f8c7b9-q8wzr   0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.",
        6,
      ),
      "logs/nodes.txt": [
        "$ kubectl describe nodes | grep -A3 -E '^(Capacity|Allocatable):'",
        "Capacity:",
        "  cpu:                16",
        "  memory:             65842Mi",
        "Allocatable:",
        "  cpu:                15890m",
        "  memory:             63000Mi",
        "Capacity:",
        "  cpu:                8",
        "  memory:             32767Mi",
        "Allocatable:",
        "  cpu:                7910m",
        "  memory:             30000Mi",
      ].join("\n"),
      "repo/chart/values.yaml":
        'reports:\n  image: reports:3.8.1\n  resources:\n    requests:\n      cpu: "20"\n      memory: 8Gi\n',
      "repo/chart/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: reports\nspec:\n  template:\n    spec:\n      containers:\n        - name: reports\n          image: {{ .Values.reports.image }}\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+      cpu: 14300m");
    expect(run.diagnosis?.evidence).toContainEqual(expect.objectContaining({ kind: "log", line: 6 }));
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("No space left on device with free blocks: the ini the Dockerfile copies switches session GC back on", async () => {
    const root = workspace({
      "logs/php-fpm.log": repeat(
        '[24/Nov/2026:06:10:{i} +0000] WARNING: [pool www] child 9{i} said into stderr: "NOTICE: PHP message: PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_08a1ce0d8b{i}, O_RDWR) failed: No space left on device (28) in /var/www/html/index.php on line 3"',
        12,
      ),
      "logs/df.txt": [
        "$ df -h /var/lib/php",
        "Filesystem      Size  Used Avail Use% Mounted on",
        "/dev/nvme0n1p1   50G   19G   31G  39% /",
        "$ df -i /var/lib/php",
        "Filesystem      Inodes   IUsed IFree IUse% Mounted on",
        "/dev/nvme0n1p1 3276800 3276800     0  100% /",
      ].join("\n"),
      "repo/docker/Dockerfile":
        "FROM php:8.3-fpm-bookworm\nCOPY php/app.ini /usr/local/etc/php/conf.d/app.ini\n",
      "repo/docker/php/app.ini":
        '[Session]\nsession.save_path = "/var/lib/php/sessions"\nsession.gc_probability = 0\nsession.gc_divisor = 1000\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+session.gc_probability = 1");
    expect(run.diagnosis?.evidence).toContainEqual(expect.objectContaining({ kind: "log", line: 6 }));
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });

  it("CPUThrottlingHigh: the CPU limit the Helm values set is removed when the service logs its use pinned at it", async () => {
    const labels = {
      alertname: "CPUThrottlingHigh",
      namespace: "shop",
      pod: "cart-7f9c8d6b5-q2x7m",
      container: "cart",
    };
    const description =
      "81.2% throttling of CPU in namespace shop for container cart in pod cart-7f9c8d6b5-q2x7m.";
    const root = workspace({
      "alert.json": JSON.stringify({
        receiver: "sentry",
        status: "firing",
        alerts: [
          {
            status: "firing",
            labels,
            annotations: { summary: "Processes experience elevated CPU throttling.", description },
            startsAt: "2026-11-24T08:10:00Z",
          },
        ],
        groupLabels: { alertname: "CPUThrottlingHigh" },
        commonLabels: labels,
        commonAnnotations: { description },
        version: "4",
      }),
      "logs/cart.log": repeat(
        '{"level":40,"time":"2026-11-24T08:04:{i}.342Z","msg":"event loop delay high","eventLoopDelayP99Ms":6{i},"cpuUsageMillicores":49{i}}',
        8,
      ).replace(/"cpuUsageMillicores":49(\d)\d/g, '"cpuUsageMillicores":49$1'),
      "repo/chart/values.yaml":
        "cart:\n  image: cart:4.2.0\n  resources:\n    requests:\n      cpu: 400m\n      memory: 512Mi\n    limits:\n      cpu: 500m\n      memory: 512Mi\n",
    });
    const res = await cli(
      ["diagnose", "--format", "json", "--alert", "alert.json", "--log", "logs", "--repo", "repo"],
      { cwd: root },
    );
    const run = JSON.parse(res.stdout) as RunJson;
    expect(run.proposal?.patch).toContain("-      cpu: 500m");
    expect(run.proposal?.patch).not.toContain("-      cpu: 400m");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "log", file: expect.stringContaining("cart.log") }),
    );
    expect(relationCheck(run)).toMatchObject({ outcome: "pass" });
  });
});
