import type { SubjectKind } from "../knowledge/failure-pattern.js";
import { type BuildLookup, buildLookup } from "./resolve-build.js";
import { type CaBundleLookup, caBundleLookup } from "./resolve-ca-bundle.js";
import { type UnknownAuthorityLookup, unknownAuthorityLookup } from "./resolve-ca-image.js";
import { type CleanupLookup, cleanupLookup } from "./resolve-cleanup.js";
import { type CpuThrottleLookup, cpuThrottleLookup } from "./resolve-cpu-throttle.js";
import { type ModuleLookup, moduleLookup } from "./resolve-dependency.js";
import { type ConfigFileLookup, configFileLookup } from "./resolve-dotnet-config.js";
import { type DiLookup, diLookup } from "./resolve-dotnet-di.js";
import { type ImagePathLookup, imagePathLookup } from "./resolve-image-path.js";
import { type AttachLookup, attachLookup } from "./resolve-k8s-attach.js";
import { type PermissionLookup, permissionLookup } from "./resolve-k8s-fsgroup.js";
import { type ObjectLookup, objectLookup } from "./resolve-k8s-objects.js";
import { type SelectorLookup, selectorLookup } from "./resolve-k8s-selector.js";
import { type TaintLookup, taintLookup } from "./resolve-k8s-taint.js";
import { type LogRotationLookup, logRotationLookup } from "./resolve-log-rotation.js";
import { type MetaspaceLookup, metaspaceLookup } from "./resolve-metaspace.js";
import { type NodeFitLookup, nodeFitLookup } from "./resolve-node-fit.js";
import { type RedisPolicyLookup, redisPolicyLookup } from "./resolve-redis-policy.js";
import { type ThreadsLookup, threadsLookup } from "./resolve-runtime-limits.js";
import { type TlsHostLookup, tlsHostLookup } from "./resolve-tls-host.js";
import { type UsageLookup, usageLookup } from "./usage-rules.js";

/** The kubelet could not resolve a probe's named port (no containerPort has the name) and tried it as a number. */
const NAMED_PROBE_PORT =
  /(Readiness|Liveness|Startup) probe errored[^\n]*?strconv\.Atoi: parsing \\?"([A-Za-z][\w-]*)\\?": invalid syntax/;

const probeKind = (word: string) => word.toLowerCase() as "readiness" | "liveness" | "startup";

/** What the inventory can look up, read from the evidence: the pattern's own subject when it names one. */
export type Lookup =
  | { kind: "unknown-host"; host: string }
  | { kind: "refused"; host: string; port?: number }
  | { kind: "missing-env"; name: string }
  | { kind: "port-taken"; port: number }
  | { kind: "missing-env-file" }
  | { kind: "probe-path"; probe: "readiness" | "liveness" | "startup" }
  | { kind: "probe-port-name"; probe: "readiness" | "liveness" | "startup"; name: string }
  | { kind: "keepalive-race" }
  | { kind: "upstream-refused"; host: string; port: number }
  | { kind: "proxied-internal"; host: string }
  | ObjectLookup
  | AttachLookup
  | TaintLookup
  | { kind: "server-connections" }
  | UsageLookup
  | LogRotationLookup
  | SelectorLookup
  | PermissionLookup
  | CaBundleLookup
  | UnknownAuthorityLookup
  | ModuleLookup
  | TlsHostLookup
  | ConfigFileLookup
  | DiLookup
  | ThreadsLookup
  | MetaspaceLookup
  | RedisPolicyLookup
  | NodeFitLookup
  | CleanupLookup
  | CpuThrottleLookup
  | ImagePathLookup
  | BuildLookup;

const UNKNOWN_HOST = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([\w.-]+)/,
  /lookup ([\w.-]+)(?: on [\d.:]+)?: no such host/,
  /Failed to resolve '([\w.-]+)'/,
  /UnknownHostException: ([\w.-]+)/,
  /[Cc]ould not (?:resolve|translate) host(?: name)?:? "?([\w.-]+)"?/,
  /Name or service not known[^\n]*?host='([\w.-]+)'/,
  /host='([\w.-]+)'[^\n]*?(?:Name or service not known|Temporary failure in name resolution)/,
];

/** Connection refused as clients print it, with the host and port they dialled. */
const REFUSED = [
  /ECONNREFUSED (\[?[\w.:-]+?\]?):(\d+)/,
  /dial tcp (\[?[\w.:-]+?\]?):(\d+): connect: connection refused/,
  /connection to server at "([\w.-]+)"[^\n]*?port (\d+) failed: Connection refused/,
  // libpq before 14: `could not connect to server: Connection refused / Is the server running on host "db" ...`
  /Connection refused[^\n]*?Is the server running on host "([\w.-]+)"[^\n]*?port (\d+)/,
  // redis-py: `Error 111 connecting to localhost:6379. Connection refused.`
  /Error 111 connecting to ([\w.-]+):(\d+)/,
  // PgJDBC: `Connection to localhost:5432 refused. Check that the hostname and port are correct`
  /Connection to ([\w.-]+):(\d+) refused/,
  // urllib3/requests: `HTTPConnectionPool(host='localhost', port=8080): ... [Errno 111] Connection refused`
  /HTTPS?ConnectionPool\(host='([\w.-]+)', port=(\d+)\)[^\n]*?(?:Errno 111|[Cc]onnection refused)/,
  // curl: `Failed to connect to localhost port 8080 after 0 ms: Connection refused`
  /Failed to connect to ([\w.-]+) port (\d+)[^\n]*?Connection refused/,
  // Ruby Net::HTTP and redis-rb: `Failed to open TCP connection to localhost:6379 (Connection refused`
  /(?:Failed to open TCP connection to|Error connecting to Redis on) ([\w.-]+):(\d+) \((?:Connection refused|Errno::ECONNREFUSED)/,
  // MySQL clients: `Can't connect to MySQL server on 'localhost:3306' (111)`
  /Can't connect to MySQL server on '([\w.-]+)(?::(\d+))?' \(111/,
  // Celery/kombu and AMQP clients: `Cannot connect to amqp://guest:**@localhost:5672//: [Errno 111] Connection refused`
  /Cannot connect to \w+:\/\/(?:[^@\s]*@)?([\w.-]+):(\d+)[^\n]*?(?:Errno 111|[Cc]onnection refused)/,
  // .NET: `No connection could be made because the target machine actively refused it. (localhost:5432)`
  /(?:actively refused it|Connection refused)\.? \(([\w.-]+):(\d+)\)/,
  // Npgsql: `NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432` then, on the inner exception's
  // line, `SocketException (111): Connection refused` (10061 on Windows: `...actively refused it`).
  /Failed to connect to \[?([\w.:-]+?)\]?:(\d+)[^\n]*\n?[^\n]*?(?:Connection refused|actively refused)/,
  // Kafka's NetworkClient prints Java's InetSocketAddress, `host/ip:port` (`host/<unresolved>:port` when
  // DNS failed): `Connection to node -1 (localhost/127.0.0.1:9092) could not be established.` Only a negative
  // node id is a bootstrap address from the client's config; a broker id's address is the broker's advertised
  // listener, which the client's setting does not decide.
  /Connection to node -\d+ \(([\w.-]+)(?:\/[^:)\s]*)?:(\d+)\) could not be established/,
  /[Cc]onnection refused[^\n]*?\(?(?:host=)?'?(localhost|127\.0\.0\.1)'?,? ?(?:port=)?(\d+)/,
];

const MISSING_ENV = [
  /KeyError: '([A-Z][A-Z0-9_]+)'/,
  // Ruby's ENV.fetch and Elixir's System.fetch_env!.
  /key not found: "([A-Z][A-Z0-9_]+)" \(KeyError\)/,
  /could not fetch environment variable "([A-Z][A-Z0-9_]+)"/,
  /[Ee]nvironment variable "?([A-Z][A-Z0-9_]+)"? (?:is )?(?:not set|missing|required|undefined|must be set)/,
  /[Mm]issing (?:required )?env(?:ironment)?(?: var(?:iable)?)?s?:? "?([A-Z][A-Z0-9_]+)/,
  /\b([A-Z][A-Z0-9_]{2,}) (?:environment variable )?(?:is )?(?:not set|must be set|is required)/,
];

const PORT_TAKEN = [
  /Bind for [\d.:[\]]+:(\d+) failed: port is already allocated/,
  // Node's net.Server: "listen EADDRINUSE: address already in use :::3000" (or 0.0.0.0:3000).
  /EADDRINUSE: address already in use [\w.:[\]]*?:(\d+)\b/,
  // uvicorn: "[Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use".
  /attempting to bind on address \('[^']*', (\d+)[,)][^\n]*address already in use/,
  /bind[^\n]*?:(\d+)[^\n]*?address already in use/i,
];

/** nginx's words for a reused upstream connection the upstream had already closed. */
const KEEPALIVE_RACE =
  /upstream prematurely closed connection while reading response header|recv\(\) failed \(104: Connection reset by peer\) while reading response header/;

/**
 * nginx refused by its upstream: the address it dialled (an IP once resolved, so the port is what tells; the
 * IP may reach here redacted as `[REDACTED:ipv4]`).
 */
const UPSTREAM_REFUSED =
  /connect\(\) failed \(111: Connection refused\) while connecting to upstream[^\n]*?upstream: \\?"\w+:\/\/([\w.-]+|\[[\w:.-]+\]):(\d+)/;

/** urllib3 refused by the egress proxy for a host: the host went through the proxy. */
const PROXIED =
  /HTTPS?ConnectionPool\(host='([\w.-]+)'[^\n]*?ProxyError\('(?:Unable to connect to proxy|Cannot connect to proxy)[^\n]*?Tunnel connection failed: 40[37]/;

/** The database refused a client because its own connection limit is reached (Postgres, MySQL). */
const SERVER_FULL =
  /sorry, too many clients already|remaining connection slots are reserved|Too many connections|ER_CON_COUNT_ERROR/;

/** The port dialled: as printed, or the client's default where its message leaves it out (MySQL). */
function portOf(m: RegExpExecArray): { port?: number } {
  if (m[2]) return { port: Number(m[2]) };
  return /MySQL server/.test(m[0]) ? { port: 3306 } : {};
}

function first(res: RegExp[], text: string): RegExpExecArray | undefined {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return undefined;
}

/**
 * The lookup a finding asks for. The pattern's `subjectKind` says what its capture names; the evidence text is
 * read with the messages the software really prints for the kinds the inventory resolves, so a pattern that
 * captures nothing (or an older table) still gets its subject looked up.
 */
export function lookupOf(
  subject: string | undefined,
  kind: SubjectKind | undefined,
  evidence: string,
): Lookup | undefined {
  // A Kubernetes object or key the API says is missing is a more exact subject than the name captured.
  const object =
    objectLookup(evidence) ??
    attachLookup(evidence) ??
    taintLookup(evidence) ??
    usageLookup(evidence) ??
    selectorLookup(evidence);
  if (object) return object;
  // A limit other than memory ran out: threads, metaspace, Redis's maxmemory, a node's allocatable capacity.
  const capacity =
    metaspaceLookup(evidence) ??
    threadsLookup(evidence) ??
    redisPolicyLookup(evidence) ??
    nodeFitLookup(evidence) ??
    cpuThrottleLookup(evidence);
  if (capacity) return capacity;
  if (kind === "env-var" && subject) return { kind: "missing-env", name: subject };
  if (/Failed to load environment files?: No such file/.test(evidence)) return { kind: "missing-env-file" };
  if (KEEPALIVE_RACE.test(evidence)) return { kind: "keepalive-race" };
  const proxied = PROXIED.exec(evidence);
  if (proxied?.[1]) return { kind: "proxied-internal", host: proxied[1] };
  const upstream = UPSTREAM_REFUSED.exec(evidence);
  if (upstream?.[1]) return { kind: "upstream-refused", host: upstream[1], port: Number(upstream[2]) };
  const named = NAMED_PROBE_PORT.exec(evidence);
  if (named?.[1] && named[2]) return { kind: "probe-port-name", probe: probeKind(named[1]), name: named[2] };
  const probe = /(Readiness|Liveness|Startup) probe failed: HTTP probe failed with statuscode: 404/.exec(
    evidence,
  );
  if (probe?.[1])
    return { kind: "probe-path", probe: probe[1].toLowerCase() as "readiness" | "liveness" | "startup" };
  const taken = first(PORT_TAKEN, evidence);
  if (taken?.[1]) return { kind: "port-taken", port: Number(taken[1]) };
  const refused = first(REFUSED, evidence);
  if (refused?.[1]) return { kind: "refused", host: refused[1], ...portOf(refused) };
  const trust =
    tlsHostLookup(evidence) ?? configFileLookup(evidence) ?? diLookup(evidence) ?? imagePathLookup(evidence);
  if (trust) return trust;
  const build = buildLookup(evidence);
  if (build) return build;
  if (kind === "host" && subject) return { kind: "unknown-host", host: subject };
  const host = first(UNKNOWN_HOST, evidence);
  if (host?.[1]) return { kind: "unknown-host", host: host[1] };
  if (SERVER_FULL.test(evidence)) return { kind: "server-connections" };
  const logs = logRotationLookup(evidence);
  if (logs) return logs;
  const files = cleanupLookup(evidence);
  if (files) return files;
  const trustOrModule =
    caBundleLookup(evidence) ?? unknownAuthorityLookup(evidence) ?? moduleLookup(evidence);
  if (trustOrModule) return trustOrModule;
  const env = first(MISSING_ENV, evidence);
  if (env?.[1]) return { kind: "missing-env", name: env[1] };
  return permissionLookup(evidence);
}
