import { describe, expect, it } from "vitest";
import { createPatternScanner } from "./pattern-scanner.js";
import { FAILURE_PATTERNS } from "./patterns/index.js";

/**
 * Every pattern against one real-shaped line that must match and one that must not: either a line that
 * shares its keywords but means something else, or the real line fewer times than the pattern needs.
 */
interface Sample {
  match: string;
  nearMiss: string;
  /** The near miss is the matching line repeated fewer times than minCount. */
  belowCount?: boolean;
  subject?: string;
}

const NGINX_502 = `10.42.1.9 - - [24/Nov/2026:02:30:01 +0000] "GET /api/products/12 HTTP/1.1" 502 157 "-" "okhttp/4.12.0"`;

const SAMPLES: Record<string, Sample> = {
  "oom-node-heap": {
    match: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    nearMiss: "javascript heap snapshot written to /tmp/Heap.20261124.heapsnapshot",
  },
  "oom-jvm": {
    match: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
    nearMiss: "JVM flags: -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps",
  },
  "oom-kernel": {
    match: "kernel: Out of memory: Killed process 3120 (java) total-vm:8123456kB, anon-rss:4012345kB",
    nearMiss: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
  },
  "oom-container": {
    match: "    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137",
    nearMiss: "worker 3 exited with code 0 after finishing its batch",
  },
  "disk-full": {
    match: "write /var/lib/docker/overlay2/x/diff/app.log: no space left on device",
    nearMiss: "Error: ENOSPC: System limit for number of file watchers reached, watch '/app/src'",
  },
  "too-many-open-files": {
    match: "2026/11/24 02:31:07 [crit] 31#31: accept4() failed (24: Too many open files)",
    nearMiss: "LimitNOFILE=65536 applied; 812 files open (emfile guard disabled)",
  },
  "nginx-worker-connections": {
    match: "[alert] 21#21: 512 worker_connections are not enough while connecting to upstream",
    nearMiss: '[notice] 1#1: using the "epoll" event method; worker_connections 4096',
  },
  "request-body-too-large": {
    match:
      '2026/11/24 02:31:07 [error] 29#29: *81 client intended to send too large body: 10485760 bytes, client: 10.42.1.9, server: api, request: "POST /api/uploads HTTP/1.1"',
    nearMiss: "upload accepted: body 10485760 bytes is not too large for the 16m limit",
    subject: "10485760",
  },
  "connection-pool-exhausted": {
    match: "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    nearMiss: "Unable to acquire lock on /var/run/app/cron.lock, another run is active",
  },
  "port-in-use": {
    match: "Error: listen EADDRINUSE: address already in use :::8080",
    nearMiss: "port 8080 was already allocated to service web in the previous release (expected)",
    subject: "8080",
  },
  "dns-failure": {
    match: "Error: getaddrinfo ENOTFOUND orders-db.default.svc.cluster.local",
    nearMiss: "Error: getaddrinfo ENOTFOUND orders-db.default.svc.cluster.local",
    belowCount: true,
    subject: "orders-db.default.svc.cluster.local",
  },
  "tls-cert-expired": {
    match: "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1676:34)",
    nearMiss: "JWT access token expired for user 4211, refreshing",
  },
  "tls-untrusted": {
    match: "Error: self-signed certificate in certificate chain",
    nearMiss: "loaded 142 CA certificates from /etc/ssl/certs/ca-certificates.crt",
  },
  "connection-refused": {
    match: "Error: connect ECONNREFUSED 10.42.3.9:5432",
    nearMiss: "Error: connect ECONNREFUSED 10.42.3.9:5432",
    belowCount: true,
  },
  "dependency-timeout": {
    match: "upstream timed out (110: Connection timed out) while reading response header from upstream",
    nearMiss: "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
  },
  "upstream-5xx-storm": { match: NGINX_502, nearMiss: NGINX_502, belowCount: true },
  "rate-limited": {
    match: "POST https://api.partner.example/v1/sync -> HTTP 429 Too Many Requests (retry-after: 30)",
    nearMiss: "rate limiter configured: 100 req/s per tenant",
  },
  "permission-denied": {
    match: "Error: EACCES: permission denied, open '/var/log/app/app.log'",
    nearMiss:
      "sshd[4122]: Connection closed by invalid user admin 203.0.113.7 port 52144: Permission denied (publickey) [preauth]",
    subject: "/var/log/app/app.log",
  },
  "missing-config": {
    match: "Error: Missing required environment variable: STRIPE_WEBHOOK_SECRET",
    nearMiss: "environment variable LOG_LEVEL defaulted to info",
    subject: "STRIPE_WEBHOOK_SECRET",
  },
  "module-not-found": {
    match: "Error: Cannot find module 'pino-pretty'\nRequire stack:\n- /app/src/logger.js",
    nearMiss: "cannot find package.json in /tmp/build, using defaults",
    subject: "pino-pretty",
  },
  segfault: {
    match: "kernel: node[2231]: segfault at 0 ip 00007f3a1c2b4e10 sp 00007ffd6f1e8a40 error 4 in libc.so.6",
    nearMiss: "segfault handler installed (faulthandler enabled)",
  },
  deadlock: {
    match: "ERROR:  deadlock detected",
    nearMiss: 'LOG:  parameter "deadlock_timeout" changed to "1s"',
  },
  "unhandled-exception": {
    match:
      "TypeError: Cannot read properties of undefined (reading 'email')\n    at buildReceipt (/app/src/routes/orders.js:41:32)",
    nearMiss: "validation retried after a TypeError in the client payload (handled, 400 returned)",
  },
  "crash-loop": {
    match: "Back-off restarting failed container app in pod checkout-6f7d8b9c4-x2x9q_default",
    nearMiss: "systemd[1]: app.service: Main process exited, code=exited, status=0/SUCCESS",
  },
  "health-check-failed": {
    match: "Readiness probe failed: HTTP probe failed with statuscode: 503",
    nearMiss: "health check passed: db ok, redis ok",
  },
};

function scan(text: string, times: number) {
  const scanner = createPatternScanner();
  for (let i = 0; i < times; i += 1) {
    scanner.onRecord({ file: "app.log", line: i + 1, endLine: i + 1, text, level: "UNKNOWN" });
  }
  return scanner.findings();
}

describe("the pattern table", () => {
  it("has at least 15 patterns, unique ids, and a sample pair for each", () => {
    expect(FAILURE_PATTERNS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(FAILURE_PATTERNS.map((s) => s.id)).size).toBe(FAILURE_PATTERNS.length);
    expect(Object.keys(SAMPLES).sort()).toEqual(FAILURE_PATTERNS.map((s) => s.id).sort());
  });

  it("keeps keywords lower-case, since the scanner compares them with the lower-cased record", () => {
    for (const s of FAILURE_PATTERNS) for (const k of s.keywords) expect(k).toBe(k.toLowerCase());
  });

  for (const pattern of FAILURE_PATTERNS) {
    const sample = SAMPLES[pattern.id];
    const need = pattern.minCount ?? 1;
    describe(pattern.id, () => {
      it("matches its sample, citing the line, with the subject when the log names one", () => {
        expect(sample).toBeDefined();
        const found = scan(sample!.match, need).find((f) => f.patternId === pattern.id);
        expect(found).toBeDefined();
        expect(found?.category).toBe(pattern.category);
        expect(found?.count).toBe(need);
        expect(found?.evidence[0]).toMatchObject({ file: "app.log", line: 1 });
        if (sample!.subject) expect(found?.subject).toBe(sample!.subject);
      });

      it("does not match its near miss", () => {
        const times = sample!.belowCount ? need - 1 : need;
        const ids = scan(sample!.nearMiss, times).map((f) => f.patternId);
        expect(ids).not.toContain(pattern.id);
      });
    });
  }
});
