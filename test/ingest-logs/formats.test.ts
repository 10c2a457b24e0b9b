import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ParsedRecord, readLogRecords, summarizeLogs } from "../../src/ingest/logs/index.js";

const dir = mkdtempSync(join(tmpdir(), "sentry-formats-"));
const fixtures = join(import.meta.dirname, "../fixtures/log-formats");

async function read(text: string | string[]): Promise<ParsedRecord[]> {
  const path = join(dir, `f-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(path, Array.isArray(text) ? `${text.join("\n")}\n` : text);
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([path], { year: 2026 })) out.push(r);
  return out;
}

async function fixture(name: string): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const r of readLogRecords([join(fixtures, name)], { year: 2026 })) out.push(r);
  return out;
}

describe("JSON lines", () => {
  it("mines an object without a message field as key=value (no recursion), its text the file's line", async () => {
    const line = '{"remote_addr":"10.0.0.1","status":502,"request":"GET / HTTP/1.1"}';
    const [r] = await read([line]);
    expect(r!.text).toBe(line);
    expect(r!.message).toBe('remote_addr=10.0.0.1 status=502 request="GET / HTTP/1.1"');
    expect(r!.kind).toBe("access");
    expect(r!.fields).toMatchObject({ status: 502, method: "GET", path: "/" });
    expect(r!.level).toBe("WARN");
    const path = join(dir, "nginx.json");
    writeFileSync(path, `${line}\n`.repeat(3));
    const summary = await summarizeLogs([path]);
    expect(summary.totalRecords).toBe(3);
  });

  it("survives 5,000 levels of nesting and flattens only a bounded depth", async () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const [r] = await read([deep]);
    expect(r!.message).toBe("a.a.a.a.a.a={…}");
    expect(r!.text).toMatch(/^\{"a":\{"a":.* … \[line cut at 16000 chars\]$/);
    const summary = await summarizeLogs([await write(deep)]);
    expect(summary.totalRecords).toBe(1);
  });

  it("takes the message from msg, err.message, event…, flattens fields and reads the subject", async () => {
    const records = await read([
      '{"level":"error","err":{"message":"write /data: no space left on device"},"kubernetes":{"namespace_name":"shop","pod_name":"api-1","container_name":"api"}}',
      '{"severity":"WARNING","event":"cache miss storm","ts":1795489445}',
    ]);
    expect(records[0]!.message).toBe("write /data: no space left on device");
    expect(records[0]!.fields?.["kubernetes.pod_name"]).toBe("api-1");
    expect(records[0]!.subject).toEqual({ namespace: "shop", pod: "api-1", container: "api" });
    expect(records[1]).toMatchObject({
      message: "cache miss storm",
      level: "WARN",
      time: "2026-11-24T03:04:05.000Z",
    });
  });

  it("turns escaped Java, Python and Go traces into multi-line records", async () => {
    const javaLines = readFileSync(join(fixtures, "java-logstash.json.log"), "utf8").split("\n");
    const java = (await fixture("java-logstash.json.log"))[0]!;
    expect(java.text.split("\n")[0]).toBe(javaLines[0]);
    expect(java.text.split("\n")[1]).toMatch(/^java\.lang\.NullPointerException/);
    expect(java.text).toContain("\n\tat com.example.orders.ReceiptService.build(ReceiptService.java:41)");
    const python = (await fixture("python-json.log"))[0]!;
    expect(python.text.split("\n").at(-1)).toMatch(/^json\.decoder\.JSONDecodeError/);
    const go = (await fixture("go-zap.json.log"))[1]!;
    expect(go.text).toContain("\ngoroutine 41 [running]:\n");
    expect(go.level).toBe("FATAL");
  });
});

describe("envelopes", () => {
  it("joins Docker json-file pieces and keeps a trace whole across entries", async () => {
    const records = await fixture("docker-json-file.log");
    expect(records.map((r) => [r.line, r.endLine])).toEqual([
      [1, 1],
      [2, 3],
      [4, 8],
    ]);
    expect(records[1]!.text).toMatch(/120000 rows, building in memory$/);
    expect(records[2]!.text).toContain("\njava.lang.OutOfMemoryError: Java heap space\n\tat ");
  });

  it("joins CRI partial lines and reads the JSON inside", async () => {
    const records = await fixture("cri-containerd.log");
    expect(records[0]).toMatchObject({
      line: 1,
      endLine: 2,
      text: "starting orders-api version=1.8.2 listening on :8080",
    });
    expect(records[1]!.fields?.error).toBe("dial tcp 10.96.14.3:5432: connect: connection refused");
    expect(records[1]!.level).toBe("ERROR");
  });

  it("reads kubectl --prefix, syslog priorities and logfmt", async () => {
    const prefixed = await fixture("kubectl-logs-prefix.log");
    expect(prefixed[1]!.subject).toEqual({ pod: "api-6f7d8c-abcde", container: "api" });
    expect(prefixed[1]!.level).toBe("ERROR");
    const syslog = await fixture("syslog-rfc5424.log");
    expect(syslog.map((r) => r.level)).toEqual(["INFO", "ERROR"]);
    expect(syslog[1]!.time).toBe("2026-11-24T03:09:02.410Z");
    const logfmt = await fixture("prometheus.logfmt");
    expect(logfmt[1]!.fields).toMatchObject({ component: "scrape manager", msg: "Scrape failed" });
    expect(logfmt[1]!.message).toBe("Scrape failed");
  });

  it("reads access-log columns: status, method, path, bytes, durationMs", async () => {
    const records = await fixture("nginx-combined.log");
    expect(records[3]!.fields).toEqual({
      client: "10.0.0.5",
      method: "POST",
      path: "/checkout",
      status: 504,
      bytes: 167,
      durationMs: 60001,
    });
    expect(records[3]!.kind).toBe("access");
    const json = await fixture("nginx-access.json.log");
    expect(json[10]!.fields).toMatchObject({ status: 502, method: "GET", bytes: 157, durationMs: 2 });
  });

  it("reads Envoy's default access log and Istio's: status, flags, the upstream's failure, bytes, duration", async () => {
    const records = await read([
      '[2026-12-07T02:10:00.000Z] "GET /api/cart HTTP/1.1" 503 UF 0 91 1 - "10.1.2.3" "curl/8.4" "e0a1" "cart.shop.svc:8080" "10.4.1.9:8080"',
      '[2026-12-07T02:10:01.007Z] "GET /api/cart/1 HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure,delayed_connect_error:_111} - "delayed_connect_error:_111" 0 91 1 - "10.1.2.3" "Mozilla/5.0" "e0a1-1" "cart.shop.svc:8080" "10.4.1.9:8080" outbound|8080||cart.shop.svc.cluster.local - 10.4.1.9:8080 10.4.0.5:50422 - default',
      '[2026-12-07T02:10:02.500Z] "GET /healthz HTTP/1.1" 200 - via_upstream - "-" 0 2 1 1 "-" "kube-probe/1.29" "f0" "10.4.0.5:15021" "127.0.0.1:15020" inbound|15021|| 127.0.0.1:40000 10.4.0.5:15021 10.4.0.1:5000 - default',
      // A bracketed timestamp before a quoted text that is no request stays plain text.
      '[2026-12-07T02:10:03.000Z] "payment declined" for order 42',
    ]);
    expect(records.map((r) => r.kind)).toEqual(["access", "access", "access", undefined]);
    expect(records[0]!.fields).toEqual({
      method: "GET",
      path: "/api/cart",
      status: 503,
      bytes: 91,
      durationMs: 1,
      responseFlags: "UF",
    });
    expect(records[1]!.fields).toMatchObject({
      status: 503,
      responseFlags: "UF",
      upstreamTransportFailureReason: "delayed_connect_error:_111",
      bytes: 91,
    });
    expect(records[2]!.fields).toMatchObject({
      status: 200,
      responseCodeDetails: "via_upstream",
      durationMs: 1,
    });
    expect(records[2]!.fields?.responseFlags).toBeUndefined();
    expect(records.map((r) => r.level)).toEqual(["WARN", "WARN", "INFO", expect.any(String)]);
  });

  it("reads AWS load balancer access logs (ALB and Classic ELB); plain lines that open with an ISO time stay text", async () => {
    const records = await read([
      'h2 2026-12-07T03:13:00.123456Z app/shop-alb/50dc6c495c0c9188 10.0.1.7:51234 - -1 -1 -1 503 - 120 306 "GET https://shop.example.com:443/api/cart HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-tg/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "shop.example.com" "-" 0 2026-12-07T03:13:00.120000Z "forward" "-" "-" "-" "-" "-" "-"',
      'https 2026-12-07T03:13:01.000000Z app/shop-alb/50dc6c495c0c9188 10.0.1.8:51235 10.0.2.4:8080 0.000 0.412 0.000 200 200 96 1024 "POST https://shop.example.com:443/api/orders HTTP/1.1" "okhttp/4.12" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-tg/73e2d6bc24d8a067 "Root=1-2" "shop.example.com" "-" 0 2026-12-07T03:13:00.588000Z "forward" "-" "-" "10.0.2.4:8080" "200" "-" "-"',
      '2026-12-07T03:13:02.000000Z my-classic-elb 10.0.1.9:1234 10.0.2.5:80 0.000073 0.001048 0.000057 504 - 0 0 "GET http://shop.example.com:80/slow HTTP/1.1" "curl/8.4" - -',
      "2026-12-07T03:13:03.000Z INFO worker 7 processed 10.0.2.4:8080 in 12ms",
    ]);
    expect(records.map((r) => r.kind)).toEqual(["access", "access", "access", undefined]);
    expect(records[0]!.fields).toMatchObject({
      status: 503,
      method: "GET",
      target: "-",
      client: "10.0.1.7:51234",
    });
    expect(records[0]!.fields?.durationMs).toBeUndefined();
    expect(records[1]!.fields).toMatchObject({
      status: 200,
      targetStatus: 200,
      durationMs: 412,
      bytes: 1024,
    });
    expect(records[2]!.fields).toMatchObject({ status: 504, target: "10.0.2.5:80", durationMs: 1 });
  });

  it("reads journald's export format and journalctl -o json", async () => {
    const exported = await fixture("journald.export");
    expect(exported).toHaveLength(3);
    expect(exported[1]).toMatchObject({ line: 11, level: "FATAL", time: "2026-11-24T03:00:01.000Z" });
    expect(exported[1]!.subject?.unit).toBe("postgresql@15-main.service");
    expect(exported[1]!.text).not.toContain("__CURSOR");
    const json = await fixture("journald.json");
    expect(json[1]!.level).toBe("ERROR");
  });
});

describe("log exports as one JSON document", () => {
  const pretty = (value: unknown) => JSON.stringify(value, null, 2).split("\n");

  it("reads gcloud logging read --format=json: each entry's payload as its log line, cited where it is", async () => {
    const entry = (i: number, payload: Record<string, unknown>) => ({
      insertId: `e${i}`,
      ...payload,
      resource: {
        type: "k8s_container",
        labels: { namespace_name: "shop", pod_name: "orders-7c9f-abcde", container_name: "orders" },
      },
      timestamp: `2026-12-07T03:1${i}:00.000Z`,
      severity: "ERROR",
      logName: "projects/p/logs/stdout",
    });
    const lines = pretty([
      entry(0, {
        textPayload: "charging card for order 42 took 31002 ms",
      }),
      entry(1, { jsonPayload: { message: "payment declined", level: "warn", orderId: 42 } }),
    ]);
    const records = await read(lines);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      level: "ERROR",
      time: "2026-12-07T03:10:00.000Z",
      subject: { namespace: "shop", pod: "orders-7c9f-abcde", container: "orders" },
    });
    expect(records[0]!.text).toBe("charging card for order 42 took 31002 ms");
    expect(lines[records[0]!.line - 1]).toContain('"textPayload": "charging card');
    expect(lines[records[1]!.line - 1]).toContain('"message": "payment declined"');
  });

  it("reads aws logs filter-log-events output and an Elasticsearch search response", async () => {
    const cloudwatch = await read(
      pretty({
        events: [0, 1].map((i) => ({
          logStreamName: "orders/orders/abc",
          timestamp: 1796612400000 + i * 1000,
          message: `2026-12-07T03:00:0${i}Z ERROR Error: connect ECONNREFUSED 10.0.4.17:5432`,
          ingestionTime: 1796612401000,
          eventId: `3${i}`,
        })),
        searchedLogStreams: [],
      }),
    );
    // The message's own timestamp and level word, as the line reader reads them.
    expect(cloudwatch.map((r) => [r.level, Date.parse(r.time ?? "")])).toEqual([
      ["ERROR", Date.parse("2026-12-07T03:00:00Z")],
      ["ERROR", Date.parse("2026-12-07T03:00:01Z")],
    ]);
    const search = await read(
      pretty({
        took: 3,
        hits: {
          total: { value: 1, relation: "eq" },
          hits: [
            {
              _index: "logs-2026.12.07",
              _id: "a1",
              _source: {
                "@timestamp": "2026-12-07T03:00:00.000Z",
                log: "panic: runtime error: invalid memory address or nil pointer dereference",
                kubernetes: { pod_name: "api-6f7c9-abcde", namespace_name: "shop" },
              },
            },
          ],
        },
      }),
    );
    expect(search).toHaveLength(1);
    expect(search[0]).toMatchObject({
      time: "2026-12-07T03:00:00.000Z",
      subject: { pod: "api-6f7c9-abcde" },
    });
    expect(search[0]!.text).toContain("panic: runtime error");
  });

  it("still reads a JSON array that is no log export (docker inspect) as before", async () => {
    const records = await read(pretty([{ Id: "abc", Name: "/web", State: { Status: "running" } }]));
    expect(records.every((r) => r.kind !== undefined)).toBe(true);
  });
});

describe("kubectl output", () => {
  it("reads describe pod: container state, last state, exit code, restarts, limits; events and conditions", async () => {
    const records = await fixture("kubectl-describe-pod.txt");
    const [state, last] = records.filter((r) => r.kind === "k8s-container");
    expect(state!.fields).toMatchObject({
      container: "checkout",
      state: "Waiting",
      stateReason: "CrashLoopBackOff",
    });
    expect(last!.fields).toMatchObject({
      container: "checkout",
      lastState: "Terminated",
      lastStateReason: "OOMKilled",
      exitCode: 137,
      restartCount: 7,
      "limits.memory": "256Mi",
      "requests.cpu": "100m",
    });
    // Each cites and quotes the file's own lines; the summary is the message.
    expect(last).toMatchObject({ line: 24, endLine: 26 });
    expect(last!.text).toBe("Last State:     Terminated\n  Reason:       OOMKilled\n  Exit Code:    137");
    expect(last!.message).toMatch(/^Container checkout: last state Terminated \(OOMKilled, exit code 137\)/);
    expect(state).toMatchObject({ line: 22, endLine: 23 });
    expect(last!.subject).toEqual({
      namespace: "shop",
      pod: "checkout-7d9f8b6c4-x2kqp",
      node: "worker-2",
      container: "checkout",
    });
    expect([state!.level, last!.level]).toEqual(["ERROR", "ERROR"]);
    const backoff = records.find((r) => r.kind === "k8s-event" && r.fields?.reason === "BackOff")!;
    expect(backoff.fields).toMatchObject({
      type: "Warning",
      count: 31,
      object: "pod/checkout-7d9f8b6c4-x2kqp",
    });
    expect(backoff.text).toContain("Back-off restarting failed container");
    const ready = records.find((r) => r.kind === "k8s-condition" && r.fields?.type === "Ready")!;
    expect(ready.fields?.status).toBe("False");
  });

  it("reads a node's pressure conditions that are False as health", async () => {
    const records = await fixture("kubectl-describe-node.txt");
    const disk = records.find((r) => r.fields?.type === "DiskPressure")!;
    expect(disk.fields).toMatchObject({
      type: "DiskPressure",
      status: "False",
      reason: "KubeletHasNoDiskPressure",
    });
    expect(disk.level).toBe("INFO");
    expect(disk.subject).toEqual({ node: "worker-3" });
    expect(records.filter((r) => r.kind === "k8s-condition").every((r) => r.level === "INFO")).toBe(true);
  });

  it("reads get events and get pods -o wide tables by their columns", async () => {
    const events = await fixture("kubectl-get-events.txt");
    expect(events).toHaveLength(4);
    expect(events[2]!.fields).toMatchObject({ type: "Warning", reason: "BackOff", count: 42 });
    expect(events[2]!.subject).toEqual({ pod: "payments-5c9d7f8b9-qq7wm" });
    const pods = await fixture("kubectl-get-pods-wide.txt");
    expect(pods[0]!.fields).toMatchObject({ status: "CrashLoopBackOff", restartCount: 7, node: "worker-2" });
    expect(pods[0]!.subject).toEqual({
      pod: "checkout-7d9f8b6c4-x2kqp",
      namespace: "shop",
      node: "worker-2",
    });
    expect(pods.map((p) => p.level)).toEqual(["ERROR", "INFO", "INFO"]);
  });

  it("reads -o yaml: container statuses with the spec's limits, and conditions", async () => {
    const records = await fixture("kubectl-get-pod.yaml");
    const container = records.find((r) => r.kind === "k8s-container" && r.fields?.lastState)!;
    expect(container.fields).toMatchObject({
      lastStateReason: "OOMKilled",
      exitCode: 137,
      restartCount: 4,
      "limits.memory": "512Mi",
    });
    expect(container).toMatchObject({ line: 32, endLine: 35 });
    expect(container.text.split("\n").at(-1)).toBe("    reason: OOMKilled");
    expect(container.subject).toMatchObject({
      pod: "report-worker-6b7c9d-p8k2n",
      namespace: "batch",
      node: "worker-1",
    });
    const json = await read(
      JSON.stringify(
        {
          kind: "List",
          items: [
            {
              kind: "Event",
              type: "Warning",
              reason: "FailedScheduling",
              message: "0/3 nodes are available: 3 Insufficient memory.",
              involvedObject: { kind: "Pod", name: "p" },
            },
          ],
        },
        null,
        2,
      ),
    );
    expect(json[0]).toMatchObject({ kind: "k8s-event", fields: { reason: "FailedScheduling" } });
  });
});

async function write(text: string): Promise<string> {
  const path = join(dir, `w-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(path, `${text}\n`);
  return path;
}
