import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CONFIG, MANIFESTS } from "./locators.js";

/** PHP's own memory ceiling, where php.ini, an ini override or the FPM pool sets it (cited, never raised blind). */
const PHP_MEMORY_LIMIT: RepoLocator[] = [
  {
    grep: "memory_limit\\s*[=\\]]",
    files:
      /(^|\/)php[\w.-]*\.ini$|\.ini$|(^|\/)(php-fpm|fpm|pool)[\w./-]*\.conf$|(^|\/)(Dockerfile|\.htaccess)$/i,
    what: "PHP's memory_limit",
  },
];

/** The namespace's quota, when the repository keeps it. */
const RESOURCE_QUOTA: RepoLocator[] = [
  { grep: "kind:\\s*ResourceQuota", files: MANIFESTS, what: "the namespace's ResourceQuota" },
];

/** A container's requests block: the HPA divides usage by it. */
const RESOURCE_REQUESTS: RepoLocator[] = [
  { grep: "resources:", files: MANIFESTS, what: "the container's resources (no cpu/memory request)" },
];

/** Who the image runs as, and the pod's demand that it not be root. */
const RUN_AS_USER: RepoLocator[] = [
  { grep: "^USER\\s+\\S+", files: /(^|\/)Dockerfile[\w.-]*$/i, what: "the image's USER" },
  { grep: "runAsNonRoot:\\s*true", files: MANIFESTS, what: "the pod's runAsNonRoot" },
];

/** Elasticsearch's heap and breaker limits, when the repository sets them. */
const ES_HEAP: RepoLocator[] = [
  {
    grep: "(ES_JAVA_OPTS|-Xmx|indices\\.breaker\\.\\w+\\.limit)",
    files: new RegExp(`${CONFIG.source}|jvm\\.options`, "i"),
    what: "Elasticsearch's heap or breaker limit",
  },
];

/**
 * Ceilings a platform enforces on its own terms: PHP's memory_limit, a namespace's ResourceQuota, an
 * Elasticsearch circuit breaker, RabbitMQ's consumer acknowledgement timeout, an HPA that cannot compute
 * utilisation without requests.
 */
export const PLATFORM_LIMIT_PATTERNS: FailurePattern[] = [
  {
    id: "oom-php",
    title: "PHP memory_limit exhausted",
    category: "out_of_memory",
    severity: "P2",
    rank: 9,
    keywords: ["allowed memory size of"],
    matchers: [/Allowed memory size of (?<subject>\d+) bytes exhausted(?: \(tried to allocate \d+ bytes\))?/],
    sources: [
      'php/php-src Zend/zend_alloc.c (zend_mm_safe_error: "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)")',
    ],
    subjectKind: "limit",
    fixability: 0.2,
    cause:
      "A PHP request (or CLI script) used more memory than PHP's memory_limit allows, so PHP stopped it with a fatal error: usually a query or file loaded whole into memory, sometimes a limit set lower than the work needs.",
    actions: [
      "Read the file and line the error names: a result set or file read whole is streamed or paginated instead.",
      "Raise memory_limit only when the work really needs it, and keep it below the container's memory limit.",
    ],
    confirm: [
      "The same request fails each time at the same line, and the limit in the error matches php.ini.",
    ],
    ruleOut: [
      "The container is OOM-killed with no PHP fatal error: the container's limit, not PHP's, is the ceiling.",
    ],
    repo: PHP_MEMORY_LIMIT,
  },
  {
    id: "k8s-quota-exceeded",
    title: "Pods refused by the namespace's ResourceQuota",
    category: "resource_limits",
    severity: "P2",
    rank: 6,
    keywords: ["exceeded quota"],
    matchers: [/exceeded quota: (?<subject>[\w.-]+), requested: [^\n]+?, used: [^\n]+?, limited: /],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go (fmt.Errorf("exceeded quota: %s, requested: %s, used: %s, limited: %s"))',
    ],
    fixability: 0.1,
    cause:
      "The namespace's ResourceQuota has no room left for what the new pods request, so the API server refuses to create them: a rollout or scale-up cannot start its pods.",
    actions: [
      "`kubectl describe resourcequota -n NAMESPACE`: which resource is at its limit, and which workloads use it.",
      "Lower the new pods' requests/limits, scale down something else, or raise the quota if the growth is intended.",
    ],
    confirm: ["ReplicaSet events say FailedCreate with the same quota message."],
    ruleOut: [
      "The quota has room: the pods are pending on the scheduler (FailedScheduling), a different limit.",
    ],
    repo: RESOURCE_QUOTA,
  },
  {
    id: "es-circuit-breaker",
    title: "Elasticsearch circuit breaker tripped: request refused for memory",
    category: "resource_limits",
    severity: "P2",
    rank: 12,
    keywords: ["data too large", "circuit_breaking_exception", "circuitbreakingexception"],
    matchers: [/\[(?<subject>\w+)\] Data too large, data for \[[^\]]*\] would be \[/],
    sources: [
      'elastic/elasticsearch server/src/main/java/org/elasticsearch/common/breaker/ChildMemoryCircuitBreaker.java ("[" + name + "] Data too large, data for [" + label + "] would be [" … "which is larger than the limit of [")',
      "https://www.elastic.co/guide/en/elasticsearch/reference/current/circuit-breaker-errors.html",
    ],
    fixability: 0.1,
    cause:
      "Elasticsearch refused a request because serving it would push the node's heap past a circuit breaker's limit (the parent breaker, fielddata, request): heavy aggregations or fielddata on text fields, large bulk requests, or a heap too small for the load.",
    actions: [
      "`GET _nodes/stats/breaker`: which breaker trips and on which nodes; `GET _cat/fielddata?v` for fielddata use.",
      "Make the query cheaper (keyword fields instead of fielddata on text, smaller bulk batches) before raising heap or breaker limits.",
    ],
    confirm: ["The breaker's tripped count rises on the nodes in the error, with heap use near the limit."],
    ruleOut: ["Heap use is low and the breaker is fielddata: one query's fielddata, not the node's heap."],
    repo: ES_HEAP,
  },
  {
    id: "rabbitmq-ack-timeout",
    title: "RabbitMQ closed the consumer's channel: acknowledgement timed out",
    category: "latency",
    severity: "P2",
    rank: 21,
    keywords: ["delivery acknowledgement on channel"],
    matchers: [
      /PRECONDITION_FAILED - delivery acknowledgement on channel \d+ timed out(?:\. Timeout value used: (?<subject>\d+) ms)?/,
    ],
    sources: [
      'rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_channel.erl (PRECONDITION_FAILED "delivery acknowledgement on channel … timed out. Timeout value used: … ms. This timeout value can be configured, see consumers doc guide to learn more")',
      "https://www.rabbitmq.com/docs/consumers#acknowledgement-timeout",
    ],
    subjectKind: "timeout",
    fixability: 0.2,
    cause:
      "A consumer held a delivered message longer than the broker's consumer_timeout without acknowledging it, so RabbitMQ closed the channel and requeued the message: a task slower than the timeout, or a consumer that acks only after long work, redelivered again and again.",
    actions: [
      "Find the slow task (the message redelivered every timeout) and make it shorter, or ack before the long work when redelivery is not needed.",
      "Raise consumer_timeout (per queue with x-consumer-timeout) only to the task's real duration.",
    ],
    confirm: ["The same message ids are redelivered at the timeout's interval."],
    ruleOut: ["Channels close for another reason (connection blocked, memory alarm): read the broker's log."],
  },
  {
    id: "run-as-non-root-violation",
    title: "Container refused: runAsNonRoot but the image runs as root",
    category: "configuration",
    severity: "P2",
    rank: 5,
    keywords: ["runasnonroot"],
    matchers: [
      /container has runAsNonRoot and image will run as root/,
      /container has runAsNonRoot and image has non-numeric user \((?<subject>[^)]+)\), cannot verify user is non-root/,
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/kuberuntime/security_context_others.go (verifyRunAsNonRoot: "container has runAsNonRoot and image will run as root (pod: %q, container: %s)"; "container has runAsNonRoot and image has non-numeric user (%s), cannot verify user is non-root (pod: %q, container: %s)")',
    ],
    subjectKind: "user",
    fixability: 0.3,
    cause:
      "The pod demands a non-root user (runAsNonRoot) but the image's default user is root, or a name the kubelet cannot check, and the pod sets no runAsUser: the kubelet refuses to start the container (CreateContainerConfigError).",
    actions: [
      "Set a numeric non-root `runAsUser` in the pod's securityContext, or give the image a numeric `USER` (e.g. `USER 10001`).",
      "Never drop runAsNonRoot to make the pod start.",
    ],
    confirm: ["`docker inspect IMAGE --format '{{.Config.User}}'` is empty, 0, root or a name."],
    ruleOut: ["The image's user is numeric and non-zero: the pod's runAsUser: 0 overrides it."],
    repo: RUN_AS_USER,
  },
  {
    id: "hpa-missing-request",
    title: "The autoscaler cannot compute utilisation: a container has no resource request",
    category: "configuration",
    severity: "P3",
    rank: 25,
    keywords: ["missing request for"],
    matchers: [/missing request for (?<subject>cpu|memory) in container "?[\w.-]+"? of Pod "?[\w.-]+"?/],
    sources: [
      'kubernetes/kubernetes pkg/controller/podautoscaler/replica_calculator.go (calculatePodRequests: fmt.Errorf("missing request for %s in container %s of Pod %s"))',
    ],
    fixability: 0.3,
    cause:
      "The HorizontalPodAutoscaler scales on utilisation, which is usage divided by the pods' requests; a container (often a sidecar) without a request makes the calculation fail, so the HPA stops scaling.",
    actions: [
      "Give every container of the target pods (sidecars and init containers included) a request for the resource the HPA names.",
    ],
    confirm: [
      "`kubectl describe hpa` shows FailedGetResourceMetric with the same message, and the target shows <unknown>.",
    ],
    ruleOut: [
      "Every container has requests: the metrics server is down (a different FailedGetResourceMetric).",
    ],
    repo: RESOURCE_REQUESTS,
  },
  {
    id: "hpa-metrics-unavailable",
    title: "The autoscaler gets no metrics: metrics-server or the metrics adapter is missing or failing",
    category: "configuration",
    severity: "P2",
    rank: 26,
    keywords: [
      "unable to get metrics for resource",
      "unable to fetch metrics",
      "no metrics returned",
      "unable to get external metric",
      "failedgetresourcemetric",
      "failedgetexternalmetric",
    ],
    matchers: [
      /unable to (?:get|fetch) metrics (?:for resource \w+|from resource metrics API)/,
      /no metrics returned from (?:resource|custom|external) metrics API/,
      /unable to get external metric [\w./-]+/,
      /the server could not find the requested resource \(get pods\.metrics\.k8s\.io\)/,
    ],
    // A container without a request fails the same call with its own words: that is hpa-missing-request.
    exclude: [/missing request for/],
    fields: [
      {
        kind: "k8s-event",
        fields: {
          reason:
            /^(?:FailedGetResourceMetric|FailedGetExternalMetric|FailedGetPodsMetric|FailedGetObjectMetric)$/,
          message: /^(?![\s\S]*missing request for)/,
        },
      },
    ],
    // Right after a deploy or scale-up the metrics API has nothing for new pods yet: one row is routine.
    minCount: 2,
    sources: [
      'kubernetes/kubernetes pkg/controller/podautoscaler/metrics/client.go ("unable to fetch metrics from resource metrics API: %v", "no metrics returned from resource metrics API") and horizontal.go (events FailedGetResourceMetric, FailedGetExternalMetric, FailedComputeMetricsReplicas)',
    ],
    fixability: 0.1,
    cause:
      "The HorizontalPodAutoscaler cannot read the metrics it scales on: metrics-server is not installed or not healthy (the metrics.k8s.io API is missing or unavailable), or the custom/external metrics adapter (Prometheus Adapter, KEDA) does not serve the metric. The HPA stops scaling, so load is served by whatever replica count it had.",
    actions: [
      "`kubectl get apiservice v1beta1.metrics.k8s.io` and `kubectl top pods -n NS`: if they fail, install or repair metrics-server (its logs often show kubelet TLS or address errors).",
      "For custom or external metrics, check the adapter's APIService and that the metric name and selector in the HPA match what it serves.",
    ],
    confirm: ["`kubectl top pods` fails, or the metrics APIService shows Available=False."],
    ruleOut: [
      "`kubectl top pods` works and the HPA's events say `missing request for`: a container without requests.",
    ],
  },
  {
    id: "php-max-execution-time",
    title: "PHP requests killed at max_execution_time",
    category: "latency",
    severity: "P2",
    rank: 22,
    keywords: ["maximum execution time of"],
    matchers: [/Maximum execution time of (?<subject>\d+) seconds? exceeded(?: in \S+ on line \d+)?/],
    sources: [
      'php/php-src Zend/zend_execute_API.c (zend_timeout: "Maximum execution time of " ZEND_LONG_FMT " second%s exceeded")',
    ],
    subjectKind: "timeout",
    fixability: 0.1,
    cause:
      "A request ran longer than PHP's max_execution_time and PHP aborted it at the line named: a slow query or external call inside it, or work (an export, a report) that belongs in a queue rather than a web request.",
    actions: [
      "Open the file and line the error names and see what it waits on (a query, an HTTP call, a loop over a large set).",
      "Move long work to a queued job; raise max_execution_time only for the routes that need it.",
    ],
    confirm: ["The slow request's time is spent in the call at that line (APM trace, slow query log)."],
    ruleOut: [
      "The line is trivial and the time is spent before PHP runs: PHP-FPM queueing (max_children) instead.",
    ],
  },
];
