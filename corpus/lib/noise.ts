/**
 * Noise sources by name, for logs.yaml. The examples' generators are reused as they are; the ones added here
 * cover the runtimes and systems the corpus needs (Python, Go logfmt, Rails, .NET, Redis, Kafka, MySQL,
 * ingress-nginx, kubectl events, CI runners). All deterministic given the seeded rng.
 */
import {
  clf,
  hostSyslog,
  int,
  iso,
  kubelet,
  type Noise,
  nginxAccess,
  nodeJson,
  pick,
  postgres,
  type Rng,
  springApp,
  sqlTime,
  syslog,
} from "../../examples/noise.js";
import type { NoiseSpec } from "./schema.js";

const hex = (rng: Rng, n: number): string =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(rng() * 16)]).join("");
const str = (spec: NoiseSpec, key: string, fallback: string): string =>
  typeof spec[key] === "string" ? (spec[key] as string) : fallback;
const list = (spec: NoiseSpec, key: string, fallback: string[]): string[] =>
  Array.isArray(spec[key]) ? (spec[key] as unknown[]).map(String) : fallback;
const PATHS = ["/api/items/{id}", "/api/items", "/api/users/{id}", "/healthz", "/metrics"];
const path = (rng: Rng, paths: string[]): string =>
  pick(rng, paths).replace("{id}", String(int(rng, 1000, 99999)));

/** Python logging's default-ish format under gunicorn. */
function pythonApp(service: string, paths: string[]): Noise {
  return (rng, t) => {
    const r = rng();
    const ts = sqlTime(t).replace(".", ",");
    if (r < 0.6)
      return `${ts} INFO [${service}.views] ${pick(rng, ["GET", "GET", "POST"])} ${path(rng, paths)} 200 ${int(rng, 2, 120)}ms`;
    if (r < 0.8)
      return `${ts} DEBUG [${service}.db] query ok rows=${int(rng, 0, 50)} elapsed=${(rng() * 9).toFixed(2)}ms`;
    if (r < 0.95)
      return `[${ts.slice(0, 19)} +0000] [${int(rng, 7, 12)}] [INFO] Booting worker with pid: ${int(rng, 100, 999)}`.replace(
        "Booting worker with pid",
        pick(rng, ["Booting worker with pid", "Worker heartbeat ok pid"]),
      );
    return `${ts} WARNING [${service}.cache] cache miss storm avoided for key=${pick(rng, ["prices", "catalog", "menu"])} (served stale)`;
  };
}

/** Go services logging in logfmt (go-kit / slog text handler). */
function logfmt(service: string, paths: string[]): Noise {
  return (rng, t) => {
    const r = rng();
    if (r < 0.7)
      return `time=${iso(t)} level=INFO msg="request" service=${service} method=GET path=${path(rng, paths)} status=200 duration=${int(rng, 1, 90)}ms`;
    if (r < 0.9)
      return `time=${iso(t)} level=DEBUG msg="cache refresh" service=${service} keys=${int(rng, 10, 900)}`;
    if (r < 0.98)
      return `time=${iso(t)} level=INFO msg="flushed metrics" service=${service} series=${int(rng, 100, 4000)}`;
    return `time=${iso(t)} level=WARN msg="slow request" service=${service} path=${path(rng, paths)} duration=${int(rng, 600, 1500)}ms`;
  };
}

function rails(): Noise {
  return (rng, t) => {
    const id = hex(rng, 8);
    const r = rng();
    if (r < 0.5)
      return `I, [${iso(t).replace("Z", "")} #1]  INFO -- : [${id}] Started GET "/accounts/${int(rng, 1, 9999)}" for 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)} at ${sqlTime(t).slice(0, 19)} +0000`;
    if (r < 0.9)
      return `I, [${iso(t).replace("Z", "")} #1]  INFO -- : [${id}] Completed 200 OK in ${int(rng, 4, 140)}ms (Views: ${int(rng, 1, 40)}.0ms | ActiveRecord: ${int(rng, 1, 30)}.${int(rng, 0, 9)}ms | Allocations: ${int(rng, 900, 20000)})`;
    return `D, [${iso(t).replace("Z", "")} #1] DEBUG -- : [${id}]   Account Load (0.${int(rng, 2, 9)}ms)  SELECT "accounts".* FROM "accounts" WHERE "accounts"."id" = $1 LIMIT $2`;
  };
}

/** ASP.NET Core with the JSON console formatter. */
function dotnet(app: string): Noise {
  return (rng, t) => {
    const r = rng();
    if (r < 0.8)
      return `{"Timestamp":"${iso(t)}","EventId":2,"LogLevel":"Information","Category":"Microsoft.AspNetCore.Hosting.Diagnostics","Message":"Request finished HTTP/1.1 GET http://${app}:8080/api/orders/${int(rng, 1, 99999)} - 200 null application/json; charset=utf-8 ${(rng() * 40).toFixed(4)}ms"}`;
    return `{"Timestamp":"${iso(t)}","EventId":0,"LogLevel":"Information","Category":"Acme.Orders.Outbox.Publisher","Message":"Published ${int(rng, 0, 20)} outbox messages"}`;
  };
}

function redis(): Noise {
  return (rng, t) => {
    const ts = `${t.getUTCDate()} ${syslog(t).slice(0, 3)} ${t.getUTCFullYear()} ${iso(t).slice(11, 23)}`;
    const r = rng();
    if (r < 0.5) return `1:M ${ts} * ${int(rng, 1, 100)} changes in 60 seconds. Saving...`;
    if (r < 0.7) return `1:M ${ts} * Background saving started by pid ${int(rng, 100, 9999)}`;
    if (r < 0.9) return `${int(rng, 100, 9999)}:C ${ts} * DB saved on disk`;
    return `1:M ${ts} * Background saving terminated with success`;
  };
}

function kafkaConsumer(group: string): Noise {
  return (rng, t) => {
    const r = rng();
    if (r < 0.8)
      return `${sqlTime(t)}  INFO 1 --- [ntainer#0-0-C-1] c.a.${group}.OrderEventsListener : processed batch of ${int(rng, 1, 500)} records from orders-${int(rng, 0, 11)} in ${int(rng, 20, 900)}ms`;
    return `${sqlTime(t)} DEBUG 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-${group}-1, groupId=${group}] Committed offset ${int(rng, 1000000, 9000000)} for partition orders-${int(rng, 0, 11)}`;
  };
}

function mysql(): Noise {
  return (rng, t) =>
    rng() < 0.9
      ? `${iso(t).replace("Z", "000Z")} 0 [Note] [MY-010914] [Server] Aborted connection ${int(rng, 1000, 9999)} to db: 'shop' user: 'shop' host: '10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}' (Got an error reading communication packets).`
      : `${iso(t).replace("Z", "000Z")} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.40'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`;
}

/** ingress-nginx's default log format: request length and time follow the user agent. */
function ingressNginx(service: string, paths: string[]): Noise {
  return (rng, t) => {
    const ua = pick(rng, [
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
      "okhttp/4.12.0",
      "curl/8.5.0",
    ]);
    const rt = (rng() * 0.3).toFixed(3);
    const status = rng() < 0.01 ? pick(rng, [404, 301]) : 200;
    return `10.0.${int(rng, 0, 3)}.${int(rng, 2, 254)} - - [${clf(t)}] "GET ${path(rng, paths)} HTTP/2.0" ${status} ${int(rng, 100, 9000)} "-" "${ua}" ${int(rng, 30, 900)} ${rt} [default-${service}-80] [] 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}:8080 ${int(rng, 100, 9000)} ${rt} ${status} ${hex(rng, 32)}`;
  };
}

/** `kubectl get events -A` rows of an ordinary busy cluster. */
function k8sEvents(namespace: string): Noise {
  return (rng) => {
    const app = pick(rng, ["web", "cart", "search", "mailer", "worker"]);
    const pod = `${app}-${hex(rng, 9)}-${hex(rng, 5)}`;
    const [reason, object, message] = pick(rng, [
      [
        "Scheduled",
        `pod/${pod}`,
        `Successfully assigned ${namespace}/${pod} to ip-10-0-${int(rng, 1, 9)}-${int(rng, 2, 250)}.ec2.internal`,
      ],
      [
        "Pulled",
        `pod/${pod}`,
        `Container image "registry.example.com/shop/${app}:1.${int(rng, 2, 40)}.0" already present on machine`,
      ],
      ["Created", `pod/${pod}`, `Created container ${app}`],
      ["Started", `pod/${pod}`, `Started container ${app}`],
      ["SuccessfulCreate", `replicaset/${app}-${hex(rng, 9)}`, `Created pod: ${pod}`],
      [
        "ScalingReplicaSet",
        `deployment/${app}`,
        `Scaled up replica set ${app}-${hex(rng, 9)} to ${int(rng, 2, 6)}`,
      ],
    ] as const);
    return `${namespace.padEnd(12)}${`${int(rng, 1, 59)}m`.padEnd(12)}Normal    ${reason.padEnd(18)}${object.padEnd(44)}${message}`;
  };
}

/** CoreDNS with the log plugin: one line per query. */
function coredns(): Noise {
  return (rng) => {
    const name = pick(rng, [
      "kubernetes.default.svc.cluster.local.",
      "redis.shop.svc.cluster.local.",
      "api.github.com.",
      "sts.amazonaws.com.",
    ]);
    return `[INFO] 10.42.${int(rng, 0, 7)}.${int(rng, 2, 254)}:${int(rng, 30000, 60000)} - ${int(rng, 1, 65535)} "${pick(rng, ["A", "AAAA"])} IN ${name} udp ${int(rng, 40, 90)} false 512" NOERROR qr,aa,rd ${int(rng, 90, 200)} 0.000${int(rng, 100, 999)}s`;
  };
}

/** A GitHub Actions job log of a test suite that passes. */
function ciRunner(): Noise {
  return (rng, t) => {
    const suite = pick(rng, ["api/orders", "api/cart", "lib/money", "lib/retry", "workers/mailer"]);
    return `${iso(t).replace("Z", "0000Z")}  ✓ ${suite}.test.ts > ${pick(rng, ["returns 200 for a valid cart", "rounds half to even", "retries idempotent calls", "rejects an expired session", "paginates with a cursor"])} ${int(rng, 1, 40)}ms`;
  };
}

/** systemd and application lines of a VM's journal (message text only; journald framing is a wrap). */
function journal(unit: string): Noise {
  return (rng) =>
    pick(rng, [
      `${unit}: request served status=200 path=/api/v1/${pick(rng, ["ping", "items", "users"])} ms=${int(rng, 1, 60)}`,
      `${unit}: background sync finished items=${int(rng, 0, 400)}`,
      `Started session-${int(rng, 100, 999)}.scope - Session ${int(rng, 100, 999)} of User deploy.`,
      `pam_unix(sshd:session): session opened for user deploy(uid=1000) by deploy(uid=0)`,
    ]);
}

export function noiseFrom(spec: NoiseSpec): Noise {
  const paths = list(spec, "paths", PATHS);
  switch (spec.kind) {
    case "nginxAccess":
      return nginxAccess(paths, typeof spec.bad === "number" ? spec.bad : 0.001);
    case "nodeJson":
      return nodeJson(str(spec, "service", "api"), paths);
    case "springApp":
      return springApp(str(spec, "pkg", "com.acme.app"));
    case "kubelet":
      return kubelet(str(spec, "node", "ip-10-0-3-17"));
    case "hostSyslog":
      return hostSyslog(str(spec, "host", "web-1"));
    case "postgres":
      return postgres();
    case "pythonApp":
      return pythonApp(str(spec, "service", "app"), paths);
    case "logfmt":
      return logfmt(str(spec, "service", "api"), paths);
    case "rails":
      return rails();
    case "dotnet":
      return dotnet(str(spec, "service", "orders"));
    case "redis":
      return redis();
    case "kafkaConsumer":
      return kafkaConsumer(str(spec, "group", "orders"));
    case "mysql":
      return mysql();
    case "ingressNginx":
      return ingressNginx(str(spec, "service", "web"), paths);
    case "k8sEvents":
      return k8sEvents(str(spec, "namespace", "default"));
    case "coredns":
      return coredns();
    case "ciRunner":
      return ciRunner();
    case "journal":
      return journal(str(spec, "unit", "api"));
    default:
      throw new Error(`unknown noise kind "${spec.kind}"`);
  }
}

export const NOISE_KINDS = [
  "nginxAccess",
  "nodeJson",
  "springApp",
  "kubelet",
  "hostSyslog",
  "postgres",
  "pythonApp",
  "logfmt",
  "rails",
  "dotnet",
  "redis",
  "kafkaConsumer",
  "mysql",
  "ingressNginx",
  "k8sEvents",
  "coredns",
  "ciRunner",
  "journal",
] as const;
