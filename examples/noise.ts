/**
 * Deterministic log noise for the example incidents: the ordinary lines a service writes all day, so that each
 * incident's signal has to be found among thousands of unremarkable ones. Seeded, so regeneration is stable.
 */
export type Rng = () => number;

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const hex = (rng: Rng, n: number): string =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(rng() * 16)]).join("");

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export const iso = (t: Date): string => t.toISOString();
export const clf = (t: Date): string =>
  `${pad(t.getUTCDate())}/${MONTHS[t.getUTCMonth()]}/${t.getUTCFullYear()}:${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} +0000`;
export const syslog = (t: Date): string =>
  `${MONTHS[t.getUTCMonth()]} ${String(t.getUTCDate()).padStart(2, " ")} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
export const sqlTime = (t: Date): string => iso(t).replace("T", " ").replace("Z", "");
export const klog = (t: Date, level = "I"): string =>
  `${level}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(t.getUTCMilliseconds(), 3)}${pad(Math.floor(t.getUTCMilliseconds() * 0.997), 3)}`;

export type Noise = (rng: Rng, t: Date) => string;

const UAS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "okhttp/4.12.0",
  "kube-probe/1.31",
  "Go-http-client/1.1",
  "python-requests/2.32.3",
];

/** nginx combined format with request time; `bad` is the share of 5xx (kept tiny for background noise). */
export function nginxAccess(paths: readonly string[], bad = 0.001): Noise {
  return (rng, t) => {
    const r = rng();
    const status = r < bad ? pick(rng, [500, 502]) : r < 0.02 ? pick(rng, [404, 401, 304]) : pick(rng, [200, 200, 200, 201, 204]);
    const method = rng() < 0.8 ? "GET" : pick(rng, ["POST", "PUT", "DELETE"]);
    const path = pick(rng, paths).replace("{id}", String(int(rng, 1000, 99999)));
    return `10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)} - - [${clf(t)}] "${method} ${path} HTTP/1.1" ${status} ${int(rng, 0, 48000)} "-" "${pick(rng, UAS)}" rt=${(rng() * 0.2).toFixed(3)} uct="0.000" urt="${(rng() * 0.19).toFixed(3)}"`;
  };
}

/** pino-style JSON lines of a Node service. */
export function nodeJson(service: string, paths: readonly string[]): Noise {
  return (rng, t) => {
    const r = rng();
    const base = `"time":"${iso(t)}","pid":1,"hostname":"${service}-7d9c${hex(rng, 5)}"`;
    if (r < 0.7) {
      const path = pick(rng, paths).replace("{id}", String(int(rng, 1000, 99999)));
      return `{"level":30,${base},"reqId":"req-${hex(rng, 8)}","req":{"method":"GET","url":"${path}"},"res":{"statusCode":200},"responseTime":${(rng() * 80).toFixed(1)},"msg":"request completed"}`;
    }
    if (r < 0.85) return `{"level":20,${base},"msg":"cache ${pick(rng, ["hit", "hit", "miss"])}","key":"${pick(rng, ["user", "cart", "price", "session"])}:${int(rng, 1, 99999)}"}`;
    if (r < 0.97) return `{"level":30,${base},"msg":"${pick(rng, ["job processed", "metrics flushed", "config reloaded from env", "webhook delivered"])}","durationMs":${int(rng, 1, 900)}}`;
    return `{"level":40,${base},"msg":"slow request","url":"${pick(rng, paths).replace("{id}", "42")}","responseTime":${int(rng, 1000, 2400)}}`;
  };
}

/** Spring Boot / logback lines. */
export function springApp(pkg: string): Noise {
  return (rng, t) => {
    const thread = `http-nio-8080-exec-${int(rng, 1, 20)}`;
    const r = rng();
    if (r < 0.6) return `${sqlTime(t)}  INFO 1 --- [${thread}] ${pkg}.web.OrderController     : GET /api/orders/${int(rng, 1000, 99999)} -> 200 in ${int(rng, 3, 90)}ms`;
    if (r < 0.8) return `${sqlTime(t)} DEBUG 1 --- [${thread}] ${pkg}.repo.OrderRepository     : loaded ${int(rng, 1, 40)} rows in ${int(rng, 1, 30)}ms`;
    if (r < 0.95) return `${sqlTime(t)}  INFO 1 --- [   scheduling-1] ${pkg}.jobs.OutboxPublisher       : published ${int(rng, 0, 25)} outbox events`;
    return `${sqlTime(t)}  WARN 1 --- [${thread}] ${pkg}.web.OrderController     : slow request GET /api/orders/search took ${int(rng, 800, 2000)}ms`;
  };
}

/** kubelet lines on a node (klog format, via journald). */
export function kubelet(node: string): Noise {
  return (rng, t) => {
    const pod = pick(rng, ["checkout-6f7d8b9c4-x2x9q", "cart-5c6b7d8e9-qq2lm", "coredns-7db6d8ff4d-2kp7j", "node-exporter-8fr2w"]);
    const msg = pick(rng, [
      `"SyncLoop (PLEG): event for pod" pod="default/${pod}" event={"ID":"${hex(rng, 8)}","Type":"ContainerStarted"}`,
      `"Probe succeeded" probeType="Readiness" pod="default/${pod}" containerName="app"`,
      `"Probe succeeded" probeType="Liveness" pod="default/${pod}" containerName="app"`,
      `"Volume mount succeeded" volume="kube-api-access-${hex(rng, 5)}" pod="default/${pod}"`,
      `"Image garbage collection succeeded"`,
    ]);
    return `${syslog(t)} ${node} kubelet[1187]: ${klog(t)}    1187 ${pick(rng, ["kubelet.go:2455", "prober.go:107", "reconciler.go:357", "image_gc_manager.go:391"])}] ${msg}`;
  };
}

/** A Linux host's ordinary syslog, internet SSH scans included (a near miss for "permission denied"). */
export function hostSyslog(host: string): Noise {
  return (rng, t) => {
    const r = rng();
    if (r < 0.3) return `${syslog(t)} ${host} CRON[${int(rng, 10000, 60000)}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)`;
    if (r < 0.5) return `${syslog(t)} ${host} systemd[1]: Started session-${int(rng, 100, 9999)}.scope - Session ${int(rng, 100, 9999)} of User deploy.`;
    if (r < 0.6) return `${syslog(t)} ${host} sshd[${int(rng, 10000, 60000)}]: Connection closed by authenticating user root 203.0.113.${int(rng, 1, 254)} port ${int(rng, 30000, 65000)} [preauth]`;
    if (r < 0.62) return `${syslog(t)} ${host} sshd[${int(rng, 10000, 60000)}]: error: maximum authentication attempts exceeded for root from 198.51.100.${int(rng, 1, 254)} port ${int(rng, 30000, 65000)} ssh2 [preauth]`;
    if (r < 0.8) return `${syslog(t)} ${host} kernel: [${int(rng, 100000, 999999)}.${int(rng, 100000, 999999)}] IPv4: martian source 10.42.0.${int(rng, 1, 254)} from 10.42.1.1, on dev cni0`;
    return `${syslog(t)} ${host} containerd[${int(rng, 600, 900)}]: time="${iso(t)}" level=info msg="ImageUpdate event name:\\"registry.internal/app:${hex(rng, 7)}\\""`;
  };
}

/** PostgreSQL server log. */
export function postgres(): Noise {
  return (rng, t) => {
    const r = rng();
    const pid = int(rng, 1000, 9999);
    if (r < 0.6) return `${sqlTime(t)} UTC [${pid}] app@orders LOG:  duration: ${(rng() * 20).toFixed(3)} ms  statement: SELECT id, status, total FROM orders WHERE customer_id = ${int(rng, 1, 99999)}`;
    if (r < 0.75) return `${sqlTime(t)} UTC [${pid}] LOG:  checkpoint complete: wrote ${int(rng, 10, 900)} buffers (${(rng() * 5).toFixed(1)}%); 0 WAL file(s) added, 0 removed, 1 recycled`;
    if (r < 0.9) return `${sqlTime(t)} UTC [${pid}] app@orders LOG:  connection authorized: user=app database=orders application_name=orders-api`;
    return `${sqlTime(t)} UTC [${pid}] LOG:  automatic vacuum of table "orders.public.order_items": index scans: 1`;
  };
}

/** Mix several noise sources with weights. */
export function mix(...sources: [number, Noise][]): Noise {
  const total = sources.reduce((s, [w]) => s + w, 0);
  return (rng, t) => {
    let r = rng() * total;
    for (const [w, source] of sources) {
      r -= w;
      if (r <= 0) return source(rng, t);
    }
    return sources[0]![1](rng, t);
  };
}
