import type { FixKind } from "../knowledge/failure-pattern.js";
import type { FixRule } from "./fix-rule.js";
import { BUILD_RULES } from "./fix-rules-build.js";
import { CAPACITY_RULES } from "./fix-rules-capacity.js";
import { CODE_FIX_RULES } from "./fix-rules-code.js";
import { HOST_AND_IMAGE_RULES } from "./fix-rules-host.js";
import { K8S_AGREEMENT_RULES } from "./fix-rules-k8s.js";
import { K8S_FACT_RULES } from "./fix-rules-k8s-facts.js";
import { TRUST_AND_DEPENDENCY_RULES } from "./fix-rules-trust.js";
import { USAGE_RULES } from "./fix-rules-usage.js";
import { k8sRuleRefusal } from "./k8s-rules.js";
import type { ResolutionKind } from "./resolution.js";
import { privilegeRefusal } from "./resolve-k8s-fsgroup.js";

export type { FixRule } from "./fix-rule.js";

export const FIX_RULES: readonly FixRule[] = [
  {
    id: "host-names-service",
    evidence:
      "a name that does not resolve (or loopback refused inside compose) and one service near it in the repository",
    change: "the host on the setting's line becomes that service's name, port and suffix kept",
    risk: "low",
    mustNot: ["touch files other than the one setting the host", "guess between several near services"],
  },
  {
    id: "env-var-defined",
    evidence:
      "a variable read in code, a near name defined by a deploy file, and evidence of which side was renamed on purpose: a comment at the definition, or the one commit in the two files' git history that renamed one side",
    change:
      "the side left behind follows the renamed one: the code reads the deploy file's name, or the deploy file defines the code's name",
    risk: "medium",
    mustNot: [
      "rename either side without evidence of which side moved",
      "rename the definition while other code still reads it",
    ],
  },
  {
    id: "host-port-unique",
    evidence:
      "bind failed on a host port two compose services publish, the failing container named in the log",
    change: "the failing service's host port becomes the next one nobody publishes",
    risk: "low",
    mustNot: ["move the service that holds the port", "change container ports"],
  },
  {
    id: "env-file-exists",
    evidence:
      "EnvironmentFile= names a path no deploy file writes, and exactly one env file is written beside it",
    change: "EnvironmentFile= names the file that is written",
    risk: "low",
    mustNot: ["mark the file optional (`-`), which starts the service without its configuration"],
  },
  {
    id: "probe-path-served",
    evidence:
      "an HTTP probe answered 404 and the code declares exactly one health route for that probe's purpose",
    change: "the probe's path becomes that route",
    risk: "low",
    mustNot: [
      "point a readiness probe at a liveness route when a readiness route exists",
      "remove the probe",
    ],
  },
  {
    id: "raise-memory-limit",
    evidence: "an OOM kill of the container at its limit, with no sign of steady growth",
    change: "the limit doubled",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (a leak)",
      "raise a memory limit or heap when metaspace, threads or direct buffers are what ran out",
    ],
  },
  {
    id: "raise-pool-size",
    evidence: "the client pool exhausted while the server still has connections to spare",
    change: "the pool doubled, within what the server allows across replicas",
    risk: "low",
    mustNot: [
      "raise a client pool when the server's connection limit is what is exhausted",
      "exceed the server's limit across replicas",
    ],
  },
  {
    id: "guard-property-access",
    evidence:
      "a nil/None/undefined read (Go nil pointer dereference, Ruby NoMethodError for nil, Python 'NoneType' has no attribute, Node Cannot read properties of undefined, Java helpful NPE) at a repository line the trace names (a compiled dist/*.js frame: the source line by function and property)",
    change:
      "a guard before the statement that returns the function's own error (Go error result, Rails 404, Flask abort, an exception the function raises in the shape it raises it; Java: the variable a helpful NPE names); Node reads with ?. when the function has no failure path",
    risk: "medium",
    mustNot: [
      "swallow the error (`recover()`, `rescue NoMethodError`, bare `except:`, an empty catch)",
      "invent an error the function has no way to return",
      "guard a panic that is not a nil dereference (index out of range)",
    ],
  },
  {
    id: "keepalive-outlasts-proxy",
    evidence:
      "nginx resets on reused upstream connections, the upstream's keep-alive no longer than the proxy's upstream keepalive_timeout",
    change: "the upstream's keep-alive becomes the proxy's plus five seconds, in its own units",
    risk: "low",
    mustNot: ["lower the proxy's timeout or turn keep-alive off", "choose between several upstream settings"],
  },
  {
    id: "upstream-port-listens",
    evidence:
      "nginx refused at its upstream's port, and the compose service it names listens on exactly one other port",
    change: "the proxy's upstream port becomes the one the service listens on",
    risk: "low",
    mustNot: [
      "change the service's own port",
      "guess when the service listens on several ports or none is known",
    ],
  },
  {
    id: "no-proxy-covers-host",
    evidence:
      "the egress proxy refused a tunnel to an internal host, and one NO_PROXY setting does not list it",
    change: "the host (a cluster name: .svc.cluster.local) is appended to that NO_PROXY",
    risk: "low",
    mustNot: ["remove the proxy settings", "edit one of several NO_PROXY settings"],
  },
  ...K8S_AGREEMENT_RULES,
  {
    id: "raise-timeout",
    evidence:
      "a timeout (proxy, client, poll interval, deadline) the logs measure a longer latency than, uncapped search",
    change: "the timeout becomes the longest latency measured × 1.5, whole seconds, in the line's own unit",
    risk: "low",
    mustNot: [
      "raise a timeout when the only latencies above it are the requests it cut off",
      "raise a timeout more than tenfold at once (a sizing decision)",
      "size from a search stopped at its match cap (a lower bound)",
    ],
  },
  {
    id: "raise-job-deadline",
    evidence:
      "a Job killed at its activeDeadlineSeconds whose progress lines (elapsed and share done, at least a quarter) imply a longer run",
    change: "activeDeadlineSeconds becomes the implied run time × 1.5, whole seconds",
    risk: "low",
    mustNot: [
      "project from less than a quarter of the work done",
      "raise it more than tenfold at once (a sizing decision)",
    ],
  },
  {
    id: "raise-probe-delay",
    evidence:
      "a liveness probe kills the container and the logs measure a start-up longer than the probe's delay + failureThreshold × periodSeconds",
    change:
      "the liveness probe's initialDelaySeconds so its budget covers the start-up × 1.5 (multiple of 10 s)",
    risk: "low",
    mustNot: [
      "remove or loosen the probe's check itself",
      "touch a readiness probe (it holds traffic back; it does not kill)",
      "stack a delay on a container a startupProbe already guards",
    ],
  },
  {
    id: "pool-within-server-limit",
    evidence:
      "the database refused clients (too many connections); one client pool, its replicas (or autoscaler ceiling) and the server's max_connections read from the repository",
    change: "the pool lowered to (max_connections − reserved) ÷ replicas, rounded down",
    risk: "low",
    mustNot: [
      "raise the client pool",
      "choose between several pools sharing the server",
      "lower a pool below 2 (raise the server's limit or add a pooler: a person's call)",
    ],
  },
  ...USAGE_RULES,
  ...CAPACITY_RULES,
  ...K8S_FACT_RULES,
  ...TRUST_AND_DEPENDENCY_RULES,
  ...CODE_FIX_RULES,
  ...HOST_AND_IMAGE_RULES,
  ...BUILD_RULES,
];

/**
 * Lines a patch must never add, whatever rule proposes it: the failure swallowed instead of handled, or the
 * stack raised to let runaway recursion run longer.
 */
const HIDES_FAILURE: readonly { re: RegExp; why: string }[] = [
  {
    re: /\brecover\(\)|rescue\s+(NoMethodError|NameError|StandardError|Exception)\b|^\s*rescue\s*$|\brescue\s+nil\b/,
    why: "never swallow the error (recover, rescue)",
  },
  {
    re: /^\s*except\s*(Exception\s*)?:|^\s*except\s+AttributeError\b|catch\s*(\([^)]*\))?\s*\{\s*\}/,
    why: "never swallow the error (bare except, empty catch)",
  },
  {
    re: /-Xss\d|sys\.setrecursionlimit|--stack-size=|ulimit -s\b/,
    why: "never raise the stack size to hide runaway recursion",
  },
];

/** Lines a patch must never add, whatever rule proposes it: TLS verification turned off. */
const DISABLES_TLS =
  /InsecureSkipVerify:\s*true|verify\s*=\s*False|rejectUnauthorized:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*=\s*["']?0|sslmode=disable|\bcurl\b[^\n]*\s(-k|--insecure)\b|PYTHONHTTPSVERIFY\s*=\s*["']?0|GIT_SSL_NO_VERIFY/;

/** What the evidence says, for the must-nots: the finding's and its companions' pattern ids and log lines. */
export interface RuleEvidence {
  patternIds: string[];
  text: string;
  /** Memory readings in the logs rise steadily (src/inventory/growth.ts). */
  steadyGrowth?: boolean;
}

/** The JVM or the kernel ran out of something other than the heap a memory limit or -Xmx governs. */
const NOT_THE_HEAP =
  /OutOfMemoryError: (Metaspace|Compressed class space|Direct buffer memory|Cannot reserve \d+ bytes of direct|Requested array size)|OutOfDirectMemoryError|unable to create (a )?(new )?native thread|pthread_create failed/i;
const LIMIT_KINDS: ReadonlySet<string> = new Set(["raise-memory-limit", "raise-node-heap", "raise-jvm-heap"]);
/** Sizes set from a reading: a steady rise in it is a leak the larger value would only hide. */
const GROWTH_SIZED: ReadonlySet<string> = new Set([
  "resources-cover-usage",
  "pids-cover-threads",
  "metaspace-covers-use",
  "cpu-limit-uncapped",
]);
const STEADY_GROWTH = /leak|steady|growth|growing/i;
const SERVER_EXHAUSTED =
  /too many (clients|connections)|remaining connection slots|max_connections|connection limit exceeded/i;

/** Why a change must not be proposed, or undefined when no must-not applies. */
export function forbiddenBy(
  kind: ResolutionKind | FixKind,
  addedLines: readonly string[],
  evidence: RuleEvidence,
  replacedLines: readonly string[] = [],
): string | undefined {
  // A setting the line already had (a DSN's `sslmode=disable` kept while its host is renamed) is not one the
  // change introduces: only a new one disables verification.
  const disables = (l: string) => {
    const m = DISABLES_TLS.exec(l);
    return m !== null && !replacedLines.some((r) => r.includes(m[0]));
  };
  if (addedLines.some(disables)) return "never disable TLS verification";
  const hides = HIDES_FAILURE.find((h) => addedLines.some((l) => h.re.test(l)));
  if (hides) return hides.why;
  const privilege = privilegeRefusal(addedLines);
  if (privilege) return privilege;
  const k8s = k8sRuleRefusal(kind, addedLines);
  if (k8s) return k8s;
  const ids = evidence.patternIds.join(" ");
  if (
    (LIMIT_KINDS.has(kind) || GROWTH_SIZED.has(kind)) &&
    (evidence.steadyGrowth ||
      STEADY_GROWTH.test(ids) ||
      /memory leak|steadily|heap (keeps )?grow/i.test(evidence.text))
  )
    return "never raise a limit to hide steady growth";
  if (LIMIT_KINDS.has(kind) && NOT_THE_HEAP.test(evidence.text))
    return "never raise a memory limit when another resource is exhausted (metaspace, threads, direct buffers)";
  if (kind === "log-rotation-set" && addedLines.some((l) => /driver:\s*["']?none\b/.test(l)))
    return "never turn container logs off to save disk";
  if (
    kind === "raise-pool-size" &&
    (SERVER_EXHAUSTED.test(evidence.text) || /too-many-(clients|connections)|connection-limit/.test(ids))
  )
    return "never raise a client pool when the server's connection limit is what is exhausted";
  return undefined;
}
