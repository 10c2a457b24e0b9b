import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { relationHolds } from "../../src/inventory/relation.js";
import type { Resolution } from "../../src/inventory/resolution.js";
import { cleanupLookup, resolveCleanup } from "../../src/inventory/resolve-cleanup.js";
import { cpuThrottleLookup, resolveCpuThrottle } from "../../src/inventory/resolve-cpu-throttle.js";
import { metaspaceLookup, resolveMetaspace } from "../../src/inventory/resolve-metaspace.js";
import { allocatableIn, nodeFitLookup, resolveNodeFit } from "../../src/inventory/resolve-node-fit.js";
import { redisPolicyLookup, resolveRedisPolicy } from "../../src/inventory/resolve-redis-policy.js";
import { resolvePidsLimit, threadsLookup } from "../../src/inventory/resolve-runtime-limits.js";
import { lookupOf } from "../../src/inventory/subjects.js";

/** The files with the resolution's change applied, as the Validator sees them. */
function patched(files: { path: string; content: string }[], r: Resolution | undefined) {
  const c = r?.change;
  if (!c) throw new Error("no change");
  return files.map((f) => {
    if (f.path !== c.file) return f;
    const lines = f.content.split("\n");
    lines.splice(c.line - 1, c.span ?? 1, c.after);
    return { ...f, content: lines.join("\n") };
  });
}

const THREAD_OOM =
  "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached";

describe("pids limit below the threads a service starts", () => {
  const files = [
    {
      path: "docker-compose.yml",
      content:
        "services:\n  crawler:\n    image: crawler:1\n    environment:\n      - CRAWLER_WORKERS=150\n  db:\n    image: postgres:16\n",
    },
    { path: "docker-compose.override.yml", content: "services:\n  crawler:\n    pids_limit: 100\n" },
  ];

  it("sizes the override's limit from the workers the base file configures, and the relation holds", () => {
    const lookup = threadsLookup(`${THREAD_OOM}\n`);
    expect(lookup).toBeDefined();
    const r = lookup && resolvePidsLimit(lookup, files, "");
    expect(r?.change).toMatchObject({
      file: "docker-compose.override.yml",
      line: 3,
      after: "    pids_limit: 256",
    });
    expect(r?.truth).toContainEqual({ file: "docker-compose.yml", line: 5 });
    expect(r && relationHolds(r, patched(files, r)).ok).toBe(true);
    expect(r && relationHolds(r, files).ok).toBe(false);
  });

  it("must not: thread counts rising steadily (a leak) are cited, no limit is raised", () => {
    const leak = [THREAD_OOM, ...[60, 75, 88, 97, 120, 140, 160].map((n) => `jvm threads=${n}`)].join("\n");
    const lookup = threadsLookup(leak);
    const r = lookup && resolvePidsLimit(lookup, files, leak);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/rise steadily/);
    expect(
      forbiddenBy("pids-cover-threads", ["pids_limit: 256"], {
        patternIds: [],
        text: leak,
        steadyGrowth: true,
      }),
    ).toMatch(/steady growth/);
  });

  it("must not: a limit the configured threads fit is left alone (something else starts threads)", () => {
    const roomy = [
      files[0] as { path: string; content: string },
      { path: "docker-compose.override.yml", content: "services:\n  crawler:\n    pids_limit: 400\n" },
    ];
    const r = resolvePidsLimit({ kind: "threads-over-pids", readings: [] }, roomy, "");
    expect(r?.change).toBeUndefined();
  });

  it("Go and glibc phrasings are threads too; a socket's EAGAIN is not", () => {
    expect(
      threadsLookup("runtime/cgo: pthread_create failed: Resource temporarily unavailable"),
    ).toBeDefined();
    expect(threadsLookup("bash: fork: retry: Resource temporarily unavailable")).toBeDefined();
    expect(threadsLookup("read tcp 10.0.0.1:5432: Resource temporarily unavailable")).toBeUndefined();
  });
});

describe("metaspace filled at MaxMetaspaceSize", () => {
  const files = [
    {
      path: "Dockerfile",
      content: 'FROM eclipse-temurin:21\nENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:MaxMetaspaceSize=96m"\n',
    },
  ];

  it("raises the cap one bounded step, never the heap, and the relation holds", () => {
    const lookup = metaspaceLookup("java.lang.OutOfMemoryError: Metaspace");
    const r = lookup && resolveMetaspace(lookup, files);
    expect(r?.change?.after).toBe('ENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:MaxMetaspaceSize=192m"');
    expect(r && relationHolds(r, patched(files, r)).ok).toBe(true);
    expect(
      forbiddenBy("raise-jvm-heap", ["-Xmx1g"], { patternIds: [], text: "OutOfMemoryError: Metaspace" }),
    ).toMatch(/another resource/);
  });

  it("must not: loaded classes rising steadily (a class-loader leak) are cited, nothing raised", () => {
    const text = [
      "java.lang.OutOfMemoryError: Metaspace",
      ...[9000, 12000, 15500, 19000, 23000, 27000, 31000].map((n) => `Loaded classes: ${n}`),
    ].join("\n");
    const lookup = metaspaceLookup(text);
    const r = lookup && resolveMetaspace(lookup, files);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/rise steadily/);
  });

  it("must not: a cap that would pass 1g is cited, not raised", () => {
    const big = [
      {
        path: "k8s/app.yaml",
        content: 'env:\n  - name: JAVA_OPTS\n    value: "-XX:MaxMetaspaceSize=768m"\n',
      },
    ];
    const r = resolveMetaspace({ kind: "metaspace-exhausted", readings: [[], []] }, big);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/bound/);
  });
});

describe("Redis noeviction", () => {
  const OOM = "ReplyError: OOM command not allowed when used memory > 'maxmemory'.";
  const conf = { path: "ops/redis.conf", content: "maxmemory 1gb\nmaxmemory-policy noeviction\n" };

  it("a cache (the service and variable say so) gets allkeys-lru, and the relation holds", () => {
    const files = [
      conf,
      {
        path: "docker-compose.yml",
        content: "services:\n  app:\n    environment:\n      CACHE_URL: redis://render-cache:6379\n",
      },
    ];
    expect(redisPolicyLookup(OOM)).toBeDefined();
    const r = resolveRedisPolicy(files);
    expect(r?.change?.after).toBe("maxmemory-policy allkeys-lru");
    expect(r && relationHolds(r, patched(files, r)).ok).toBe(true);
  });

  it("must not: an instance that also holds a queue is cited, no eviction proposed", () => {
    const files = [
      conf,
      {
        path: "docker-compose.yml",
        content:
          "services:\n  app:\n    environment:\n      CACHE_URL: redis://redis:6379/0\n      CELERY_BROKER_URL: redis://redis:6379/1\n",
      },
    ];
    const r = resolveRedisPolicy(files);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/lose/);
  });

  it("must not: nothing saying cache means no eviction (it may be the primary store)", () => {
    const r = resolveRedisPolicy([
      conf,
      { path: "docker-compose.yml", content: "services:\n  redis:\n    image: redis:7\n" },
    ]);
    expect(r?.change).toBeUndefined();
  });
});

describe("request larger than every node's allocatable", () => {
  const events =
    "Warning FailedScheduling pod/etl-7c9d-x2 0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available";
  const deployment = {
    path: "k8s/etl.yaml",
    content:
      "spec:\n  template:\n    spec:\n      containers:\n        - name: etl\n          resources:\n            requests:\n              memory: 40Gi\n",
  };
  const describe3 = [
    "Name:               node-a",
    "Capacity:",
    "  cpu:                8",
    "  memory:             32767Mi",
    "Allocatable:",
    "  cpu:                7910m",
    "  memory:             30000Mi",
  ].map((text, i) => ({ file: "logs/nodes.txt", line: i + 1, text }));

  it("reads describe's Allocatable block (not Capacity) and fits the request under it", () => {
    expect(allocatableIn(describe3, "memory").map((n) => n.amount)).toEqual([30000 * 1024 ** 2]);
    const lookup = nodeFitLookup(events);
    expect(lookup).toMatchObject({ resource: "memory", pod: "etl-7c9d-x2" });
    const r = lookup && resolveNodeFit(lookup, [deployment], describe3);
    expect(r?.change?.after).toBe("              memory: 26880Mi");
    expect(r && relationHolds(r, patched([deployment], r)).ok).toBe(true);
  });

  it("must not: a request that fits a node (the nodes are full) is not shrunk", () => {
    const small = { ...deployment, content: deployment.content.replace("40Gi", "8Gi") };
    const r = resolveNodeFit(
      { kind: "request-exceeds-nodes", resource: "memory", pod: "etl-7c9d-x2" },
      [small],
      describe3,
    );
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/full/);
  });

  it("only when every node lacks the resource, and before the usage lookups", () => {
    expect(
      nodeFitLookup("0/6 nodes are available: 2 Insufficient cpu, 4 node(s) had untolerated taint"),
    ).toBeUndefined();
    expect(lookupOf(undefined, undefined, events)?.kind).toBe("request-exceeds-nodes");
  });
});

describe("inodes exhausted by files whose cleanup is off", () => {
  const ENOSPC =
    'WARNING: [pool www] child 972 said into stderr: "PHP Warning:  session_start(): open(/srv/sessions/sess_08a1ce0d, O_RDWR) failed: No space left on device (28)"';
  const ini = {
    path: "php/conf.d/sessions.ini",
    content: 'session.save_path = "2;/srv/sessions"\nsession.gc_probability = 0\nsession.gc_divisor = 1000\n',
  };
  const df = (blocks: number, inodes: number) =>
    [
      "Filesystem      Size  Used Avail Use% Mounted on",
      `/dev/sdb1        20G   8G   12G  ${blocks}% /srv`,
      "Filesystem      Inodes   IUsed IFree IUse% Mounted on",
      `/dev/sdb1       1310720 1310720 0  ${inodes}% /srv`,
    ].map((text, i) => ({ file: "logs/df.txt", line: i + 1, text }));

  it("switches PHP's session GC back on when the save path's filesystem is out of inodes", () => {
    const lookup = cleanupLookup(ENOSPC);
    expect(lookup?.path).toBe("/srv/sessions/sess_08a1ce0d");
    const r = lookup && resolveCleanup(lookup, [ini], df(40, 100));
    expect(r?.change?.after).toBe("session.gc_probability = 1");
    expect(r?.truth).toContainEqual({ file: "logs/df.txt", line: 4 });
    expect(r && relationHolds(r, patched([ini], r)).ok).toBe(true);
  });

  it("must not: blocks, not inodes, ran out (or no df -i shown): cited, nothing proposed", () => {
    const lookup = cleanupLookup(ENOSPC);
    expect(lookup && resolveCleanup(lookup, [ini], df(100, 12))?.change).toBeUndefined();
    expect(lookup && resolveCleanup(lookup, [ini], df(40, 100).slice(0, 2))?.change).toBeUndefined();
  });

  it("must not: a failing path outside the session save path is not blamed on session GC", () => {
    const other = cleanupLookup(ENOSPC.replace("/srv/sessions/", "/srv/uploads/"));
    expect(other && resolveCleanup(other, [ini], df(40, 100))).toBeUndefined();
  });
});

describe("CPU throttled at its limit", () => {
  const alert = "78.4% throttling of CPU in namespace shop for container api in pod api-7f9c8d6b5-q2x7m.";
  const manifest = {
    path: "deploy/api.yaml",
    content:
      "spec:\n  template:\n    spec:\n      containers:\n        - name: api\n          resources:\n            requests:\n              cpu: 300m\n            limits:\n              cpu: 500m\n              memory: 1Gi\n",
  };
  const readings = (ms: number[]) =>
    ms.map((m, i) => ({
      file: "logs/api.log",
      line: 10 + i,
      text: `{"msg":"event loop delay high","cpuUsageMillicores":${m}}`,
    }));

  it("use pinned at the limit: the limit is removed, the request kept, and the relation holds", () => {
    const lookup = cpuThrottleLookup(alert);
    expect(lookup).toEqual({ kind: "cpu-throttled", container: "api" });
    const r = lookup && resolveCpuThrottle(lookup, [manifest], readings([488, 497, 500, 493]));
    expect(r?.change).toMatchObject({ line: 10, after: "              memory: 1Gi", span: 2 });
    expect(r?.truth).toContainEqual({ file: "logs/api.log", line: 12 });
    const after = r && patched([manifest], r);
    expect(after?.[0]?.content).toContain("cpu: 300m");
    expect(after?.[0]?.content).not.toContain("cpu: 500m");
    expect(r && after && relationHolds(r, after).ok).toBe(true);
  });

  it("must not: CPU readings rising steadily, or use well below the limit: cited, nothing removed", () => {
    const lookup = cpuThrottleLookup(alert);
    const rising =
      lookup && resolveCpuThrottle(lookup, [manifest], readings([120, 180, 240, 300, 380, 450, 499]));
    expect(rising?.change).toBeUndefined();
    expect(rising?.reason).toMatch(/rising steadily/);
    expect(
      forbiddenBy("cpu-limit-uncapped", ["limits:"], { patternIds: [], text: alert, steadyGrowth: true }),
    ).toMatch(/steady growth/);
    const idle = lookup && resolveCpuThrottle(lookup, [manifest], readings([210, 260, 240, 230]));
    expect(idle?.change).toBeUndefined();
  });
});
