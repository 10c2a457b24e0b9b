import type { FixKind } from "../knowledge/failure-pattern.js";
import type { ResolutionKind } from "./resolution.js";

/** A kind of change the offline Surgeon may make, with what it needs and what it must never do. */
export interface FixRule {
  id: ResolutionKind | FixKind;
  evidence: string;
  change: string;
  risk: "low" | "medium" | "high";
  mustNot: string[];
}

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
      "a variable read in code, a near name defined by a deploy file, and a comment there saying it was renamed on purpose",
    change: "the code reads the deploy file's name",
    risk: "medium",
    mustNot: ["rename either side without evidence of which side moved"],
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
  /OutOfMemoryError: (Metaspace|Compressed class space|Direct buffer memory)|unable to create (a )?(new )?native thread|pthread_create failed/i;
const LIMIT_KINDS: ReadonlySet<string> = new Set(["raise-memory-limit", "raise-node-heap", "raise-jvm-heap"]);
const STEADY_GROWTH = /leak|steady|growth|growing/i;
const SERVER_EXHAUSTED =
  /too many (clients|connections)|remaining connection slots|max_connections|connection limit exceeded/i;

/** Why a change must not be proposed, or undefined when no must-not applies. */
export function forbiddenBy(
  kind: ResolutionKind | FixKind,
  addedLines: readonly string[],
  evidence: RuleEvidence,
): string | undefined {
  if (addedLines.some((l) => DISABLES_TLS.test(l))) return "never disable TLS verification";
  const ids = evidence.patternIds.join(" ");
  if (
    (kind === "raise-memory-limit" || kind === "raise-node-heap" || kind === "raise-jvm-heap") &&
    (evidence.steadyGrowth ||
      STEADY_GROWTH.test(ids) ||
      /memory leak|steadily|heap (keeps )?grow/i.test(evidence.text))
  )
    return "never raise a limit to hide steady growth";
  if (LIMIT_KINDS.has(kind) && NOT_THE_HEAP.test(evidence.text))
    return "never raise a memory limit when another resource is exhausted (metaspace, threads, direct buffers)";
  if (
    kind === "raise-pool-size" &&
    (SERVER_EXHAUSTED.test(evidence.text) || /too-many-(clients|connections)|connection-limit/.test(ids))
  )
    return "never raise a client pool when the server's connection limit is what is exhausted";
  return undefined;
}
