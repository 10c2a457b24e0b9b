import { describe, expect, it } from "vitest";
import type { LogRecord } from "../core/log-summary.js";
import { createPatternScanner } from "./pattern-scanner.js";

function scanAll(records: LogRecord[]) {
  const scanner = createPatternScanner();
  for (const r of records) scanner.onRecord(r);
  return scanner.findings();
}

function line(n: number, text: string, extra: Partial<LogRecord> = {}): LogRecord {
  return { file: "app.log", line: n, endLine: n, text, level: "UNKNOWN", ...extra };
}

/** ingress-nginx's format: the request length (429) follows the user agent; the status is 200. */
const INGRESS_200 = (n: number) =>
  `10.0.0.${n % 250} - - [24/Nov/2026:02:30:01 +0000] "GET /api/items/${n} HTTP/1.1" 200 5120 "-" "Mozilla/5.0" 429 0.012 [shop-api-80] [] 10.244.1.5:8080 5120 0.012 200 ${n}`;

describe("structured matching", () => {
  it("does not count a 429 in the request-length column of a healthy ingress-nginx log, as text", () => {
    const records = Array.from({ length: 200 }, (_, i) => line(i + 1, INGRESS_200(i)));
    expect(scanAll(records)).toEqual([]);
  });

  it("judges access records by their parsed status, never by a number elsewhere in the line", () => {
    const healthy = Array.from({ length: 200 }, (_, i) =>
      line(i + 1, INGRESS_200(i), { kind: "access", fields: { status: 200, durationMs: 12, bytes: 429 } }),
    );
    expect(scanAll(healthy)).toEqual([]);
    const limited = Array.from({ length: 12 }, (_, i) =>
      line(i + 1, INGRESS_200(i), { kind: "access", fields: { status: 429, durationMs: 3 } }),
    );
    expect(scanAll(limited).map((f) => f.patternId)).toEqual(["rate-limited"]);
  });

  it("reads an Envoy 503 whose upstream refused the connect as the refusal, the 503 storm as its consequence", () => {
    const envoy = (i: number, fields: Record<string, string | number>) =>
      line(i + 1, `[2026-12-07T02:10:00.000Z] "GET /api/cart/${i} HTTP/1.1" 503 UF`, {
        kind: "access",
        fields,
      });
    const refused = Array.from({ length: 30 }, (_, i) =>
      envoy(i, {
        status: 503,
        responseFlags: "UF",
        upstreamTransportFailureReason: "delayed_connect_error:_111",
      }),
    );
    const ids = scanAll(refused).map((f) => f.patternId);
    expect(ids).toContain("connection-refused");
    expect(ids.indexOf("connection-refused")).toBeLessThan(ids.indexOf("upstream-5xx-storm"));
    // No healthy upstream: no refusal to blame; the empty cluster is the cause, the storm its consequence.
    const noHealthy = Array.from({ length: 30 }, (_, i) => envoy(i, { status: 503, responseFlags: "UH" }));
    expect(scanAll(noHealthy).map((f) => f.patternId)).toEqual([
      "service-no-endpoints",
      "upstream-5xx-storm",
    ]);
  });

  it("counts slow requests from the duration field only when they are a real share of the traffic", () => {
    const access = (i: number, durationMs: number) =>
      line(i + 1, `GET /api/${i}`, { kind: "access", fields: { status: 200, durationMs } });
    const tail = Array.from({ length: 1000 }, (_, i) => access(i, i % 50 === 0 ? 2500 : 40));
    expect(scanAll(tail).map((f) => f.patternId)).not.toContain("slow-requests");
    const breach = Array.from({ length: 100 }, (_, i) => access(i, i % 2 === 0 ? 2500 : 40));
    expect(scanAll(breach).map((f) => f.patternId)).toContain("slow-requests");
  });

  it("reads kubectl event reasons and condition statuses from fields", () => {
    const found = scanAll([
      line(1, "Warning ProvisioningFailed persistentvolumeclaim/data", {
        kind: "k8s-event",
        fields: { type: "Warning", reason: "ProvisioningFailed", object: "persistentvolumeclaim/data" },
      }),
      line(2, "Ready False", { kind: "k8s-condition", fields: { type: "Ready", status: "False" } }),
      line(3, "DiskPressure False", {
        kind: "k8s-condition",
        fields: { type: "DiskPressure", status: "False" },
      }),
    ]).map((f) => f.patternId);
    expect(found).toContain("pvc-provisioning-failed");
    expect(found).toContain("node-not-ready");
    expect(found).not.toContain("disk-full");
  });

  it("reads the kubelet's sandbox, hook and image-GC event reasons together with their message", () => {
    const event = (n: number, reason: string, message: string) =>
      line(n, `Warning ${reason} ${message}`.slice(0, 12), {
        kind: "k8s-event",
        fields: { type: "Warning", reason, object: "pod/api-7c9d", message },
      });
    const ids = (r: LogRecord) => scanAll([r]).map((f) => f.patternId);
    expect(
      ids(
        event(
          1,
          "FailedCreatePodSandBox",
          'failed to setup network for sandbox "603e": plugin type="calico" failed (add)',
        ),
      ),
    ).toContain("pod-sandbox-network");
    expect(
      ids(event(2, "NetworkNotReady", "network is not ready: container runtime network not ready")),
    ).toContain("pod-sandbox-network");
    // A sandbox that fails for a runtime reason (the pause image) is not a network failure.
    expect(
      ids(
        event(
          3,
          "FailedCreatePodSandBox",
          'failed to get sandbox image "registry.k8s.io/pause:3.9": failed to pull',
        ),
      ),
    ).not.toContain("pod-sandbox-network");
    expect(ids(event(4, "FailedPostStartHook", "Exec lifecycle hook ([/app/warmup.sh]) … failed"))).toContain(
      "lifecycle-hook-failed",
    );
    expect(
      ids(
        event(
          5,
          "FreeDiskSpaceFailed",
          "Failed to garbage collect required amount of images. Attempted to free 1 bytes",
        ),
      ),
    ).toContain("disk-full");
    // ImageGCFailed for a stats error is not a full disk.
    expect(ids(event(6, "ImageGCFailed", "invalid capacity 0 on image filesystem"))).not.toContain(
      "disk-full",
    );
  });

  it("treats negated conditions as health: no disk pressure, DiskPressure False", () => {
    const found = scanAll([
      line(1, "  DiskPressure   False   KubeletHasNoDiskPressure   kubelet has no disk pressure"),
      line(2, "node-1 Normal NodeHasNoDiskPressure: Node node-1 status is now: NodeHasNoDiskPressure"),
      line(3, "MemoryPressure False KubeletHasSufficientMemory kubelet has sufficient memory available"),
      line(4, "eviction manager: no disk pressure observed"),
    ]);
    expect(found).toEqual([]);
  });

  it("does not diagnose OOM from a CI log whose test names say oom killer and exit code 137", () => {
    const ci = [
      " ✓ src/worker.test.ts > supervisor > handles oom killer gracefully (14 ms)",
      "tests/test_runner.py::test_exit_code_137_is_reported PASSED                 [ 50%]",
      "tests/test_runner.py::test_oom_killed_container_is_restarted PASSED         [ 75%]",
      "--- PASS: TestOOMKilledExitCode137 (0.00s)",
      "ok 4 - reports Exit Code: 137 as OOMKilled",
    ].map((text, i) => line(i + 1, text));
    expect(scanAll(ci)).toEqual([]);
  });

  it("reads CI result lines behind a runner's timestamp as reports too", () => {
    const ci = [
      "2026-11-24T09:00:21.788Z  ✓ src/exit-codes.test.ts > maps exit code 137 to OOMKilled 2ms",
      '2026-11-24T09:00:36.385Z  ✓ src/restarts.test.ts > surfaces "java.lang.OutOfMemoryError: Java heap space" 4ms',
    ].map((text, i) => line(i + 1, text));
    expect(scanAll(ci)).toEqual([]);
  });

  it("reads lines joined below an access record (a panic after the last request) as plain text", () => {
    const [finding] = scanAll([
      line(
        1681,
        'time=2026-11-24T21:11:11.161Z level=INFO msg="request" path=/healthz status=200 duration=44ms\npanic: runtime error: invalid memory address or nil pointer dereference\n\ngoroutine 4127 [running]:',
        { kind: "access", fields: { status: 200, path: "/healthz" }, subject: { service: "billing" } },
      ),
    ]);
    expect(finding).toMatchObject({ patternId: "go-panic", evidence: [{ line: 1682 }] });
  });

  it("records which pods the matching records were about", () => {
    const [finding] = scanAll([
      line(1, "checkout-6f7d8b9c4-x2x9q   0/1     CrashLoopBackOff   7 (2m ago)   14m"),
      line(2, "Back-off restarting failed container app in pod checkout-6f7d8b9c4-x2x9q_shop(1f0c)"),
      line(3, "payments-5c4b-k2k2p 0/1 CrashLoopBackOff 3 10m", {
        kind: "k8s-object",
        subject: { pod: "payments-5c4b-k2k2p", namespace: "shop" },
      }),
    ]);
    expect(finding?.patternId).toBe("crash-loop");
    expect(finding?.subjects).toEqual([
      { subject: { pod: "checkout-6f7d8b9c4-x2x9q" }, count: 1 },
      { subject: { pod: "checkout-6f7d8b9c4-x2x9q", namespace: "shop" }, count: 1 },
      { subject: { pod: "payments-5c4b-k2k2p", namespace: "shop" }, count: 1 },
    ]);
  });
});

describe("conditions that read healthy", () => {
  const condition = (
    n: number,
    type: string,
    status: string,
    text = `Node n-1 condition ${type}=${status}`,
  ) => line(n, text, { kind: "k8s-condition", fields: { type, status }, subject: { node: "n-1" } });

  it("are health whatever words they carry: pressure types False, node-problem-detector problems False, Ready True", () => {
    const healthy = [
      ["MemoryPressure", "False"],
      ["DiskPressure", "False"],
      ["PIDPressure", "False"],
      ["NetworkUnavailable", "False"],
      ["KernelDeadlock", "False"],
      ["ReadonlyFilesystem", "False"],
      ["FrequentKubeletRestart", "False"],
      ["CorruptDockerOverlay2", "False"],
      ["Ready", "True"],
      ["ContainersReady", "True"],
      ["PodScheduled", "True"],
      ["Available", "True"],
    ] as const;
    // No reason or message: the record's text is all that names the type (the reader's `type: DiskPressure`).
    expect(scanAll(healthy.map(([type, status], i) => condition(i + 1, type, status)))).toEqual([]);
  });

  it("are health as describe rows and the reader's text, and a fault when the status turns", () => {
    const rows = [
      "  DiskPressure     False   Tue, 24 Nov 2026 11:40:12 +0000   Thu, 19 Nov 2026 08:02:55 +0000",
      "Node n-1 condition DiskPressure=False",
      "gke-pool-2-k2lx\tKernelDeadlock=False ReadonlyFilesystem=False KubeletUnhealthy=False DiskPressure=False Ready=True ",
      "  Ready            True    Tue, 24 Nov 2026 11:40:12 +0000   Thu, 19 Nov 2026 08:03:21 +0000   KubeletReady",
    ];
    expect(scanAll(rows.map((t, i) => line(i + 1, t)))).toEqual([]);
    expect(scanAll([condition(1, "DiskPressure", "True")]).map((f) => f.patternId)).toContain("disk-full");
    expect(
      scanAll([line(1, "Node n-1 condition DiskPressure=True KubeletHasDiskPressure")]).map(
        (f) => f.patternId,
      ),
    ).toContain("disk-full");
    expect(scanAll([condition(1, "Ready", "False")]).map((f) => f.patternId)).toContain("node-not-ready");
    const listing = "gke-pool-2-k2lx\tKernelDeadlock=False DiskPressure=True PIDPressure=False Ready=True ";
    expect(scanAll([line(1, listing)]).map((f) => f.patternId)).toContain("disk-full");
  });
});
