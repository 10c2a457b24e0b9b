import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { BODY_SIZE, MANIFESTS, NGINX } from "./locators.js";
import { RETRY_LOOP } from "./locators-code.js";
import { PROXY_UPSTREAM } from "./locators-settings.js";

/** A Service's selector: the labels a deploy renamed on one side only leave it matching no pod. */
const SERVICE_SELECTOR: RepoLocator[] = [
  {
    grep: "^\\s*selector:\\s*$",
    files: MANIFESTS,
    what: "the Service's selector (compared with the pods' labels)",
  },
];

/**
 * An access-log status: the number right after the quoted request line (`"GET /x HTTP/1.1" 429 512`), never
 * a number further along (ingress-nginx logs the request length right after the user agent).
 */
function ACCESS_STATUS(status: RegExp): RegExp {
  return new RegExp(`"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE) [^"]*" (${status.source}) \\d+`);
}

/** What upstreams answer when they fail or shed load: storms of 5xx, and rate limits (429, cloud throttling). */
export const UPSTREAM_RESPONSE_PATTERNS: FailurePattern[] = [
  {
    id: "upstream-5xx-storm",
    title: "Storm of upstream 5xx responses",
    category: "upstream_errors",
    severity: "P2",
    rank: 52,
    keywords: [
      '" 502 ',
      '" 503 ',
      '" 504 ',
      "status=50",
      'status":50',
      "no live upstreams",
      "no healthy upstream",
      "upstream prematurely",
    ],
    matchers: [
      ACCESS_STATUS(/50[234]/),
      /\bstatus[=:]\s*"?50[234]\b/,
      /"status":\s*50[234]\b/,
      /no live upstreams/,
      // Envoy's 503 UH: the cluster has no endpoint that passes its health checks (or none at all).
      /\bno healthy upstream\b/,
      /upstream prematurely closed connection/,
    ],
    fields: [{ kind: "access", fields: { status: /^50[234]$/ } }],
    minCount: 20,
    // nginx answers 502 for every request it could not connect upstream for: the refusals are the cause.
    consequenceOf: ["connection-refused"],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("no live upstreams", "upstream prematurely closed connection")',
    ],
    fixability: 0.1,
    confirm: ["The upstream's own logs show errors or restarts at the same time as the 5xx."],
    ruleOut: ["The 5xx come from one client or path only: a bad request, not an upstream failure."],
    cause: "Many requests fail with 502/503/504: the upstream behind the proxy is failing or unavailable.",
    actions: [
      "Find the upstream's own error in its logs at the same time: the 5xx are the symptom.",
      "Check upstream health, recent deploys, and the proxy's upstream timeouts.",
    ],
    repo: PROXY_UPSTREAM,
  },
  {
    id: "rate-limited",
    title: "Rate limited (429 storm)",
    category: "upstream_errors",
    severity: "P3",
    rank: 50,
    keywords: [
      '" 429 ',
      "too many requests",
      "rate limit",
      "status=429",
      'status":429',
      "slowdown",
      "throttlingexception",
      "(throttling) when calling",
      "requestlimitexceeded",
      "toomanyrequestsexception",
      "provisionedthroughputexceeded",
    ],
    matchers: [
      ACCESS_STATUS(/429/),
      /Too Many Requests/i,
      /rate limit(ed| exceeded)/i,
      /\bstatus[=:]\s*"?429\b/,
      // Cloud APIs throttling the caller (AWS error codes; S3 answers 503 SlowDown rather than 429).
      /\bSlowDown: Please reduce your request rate/,
      /\bThrottlingException\b|\(Throttling\) when calling the \w+ operation/,
      /\b(RequestLimitExceeded|TooManyRequestsException|ProvisionedThroughputExceededException)\b/,
    ],
    fields: [{ kind: "access", fields: { status: /^429$/ } }],
    exclude: [/rate limit(er)? (configured|set|enabled)/i],
    minCount: 10,
    sources: [
      "https://www.rfc-editor.org/rfc/rfc6585#section-4 (429 Too Many Requests)",
      'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (503 SlowDown "Please reduce your request rate.")',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (RequestLimitExceeded), https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (ProvisionedThroughputExceededException, ThrottlingException "Rate exceeded")',
    ],
    repo: RETRY_LOOP,
    // A backoff/lock the code-fix rules write is a proposal; the builder caps it at 0.3 when none is.
    fixability: 0.4,
    confirm: ["429 responses with Retry-After from one provider, at a call rate above its quota."],
    ruleOut: ["The 429 count is small and retries succeed: normal backpressure."],
    cause:
      "Calls are being rejected by a rate limit: 429 Too Many Requests, or a cloud API's throttling error (S3 SlowDown, ThrottlingException, RequestLimitExceeded).",
    actions: [
      "Honour Retry-After with exponential backoff and jitter; spread batch jobs out.",
      "Ask for a higher quota, or cache responses to cut the call rate.",
    ],
  },
  {
    id: "lb-backend-down",
    title: "Load balancer has no healthy server left for a backend",
    category: "upstream_errors",
    severity: "P1",
    rank: 44,
    keywords: ["has no server available", "is down, reason:", "no live upstreams"],
    matchers: [
      /backend '?(?<subject>[\w.-]+)'? has no server available!/i,
      // nginx: every server of the upstream block is marked failed (max_fails within fail_timeout).
      /no live upstreams while connecting to upstream/,
      // The last server going down; one server down while others serve is a rolling restart, not this.
      /Server (?<subject>[\w.-]+)\/[\w.-]+ is DOWN, reason: [^\n]*?\b0 active and 0 backup servers left/,
    ],
    sources: [
      'haproxy/haproxy src/backend.c and src/server.c ("backend \'%s\' has no server available!"; "Server %s/%s is DOWN, reason: %s")',
      'nginx/nginx src/http/ngx_http_upstream_round_robin.c ("no live upstreams" when every peer is down)',
    ],
    // The servers fail their checks because of something the logs may also say: that is the cause.
    consequenceOf: ["connection-refused", "oom-container", "oom-kernel", "crash-loop"],
    fixability: 0.1,
    cause:
      "HAProxy's health checks took every server of the backend out of rotation, so it answers 503 to every request for it. The `is DOWN, reason:` lines say why: a Layer4 connection problem (nothing listens on the port: the service is down or restarting) or a Layer7 wrong status (the health endpoint itself fails, often because a dependency it checks is down).",
    actions: [
      "Read the `is DOWN, reason:` lines: Layer4 means the servers do not accept connections; Layer7 means the health endpoint answers an error. Check the servers themselves first.",
      "If the servers are healthy by hand, compare the check (port, path, expected status) with what they serve.",
    ],
    confirm: [
      "Calling the backend servers' health endpoint directly gives the same failure the check reports.",
    ],
    ruleOut: [
      "The servers answer the check's request correctly by hand: the check is misconfigured (port, path, host header).",
    ],
  },
  {
    id: "request-body-too-large",
    title: "Request bodies larger than the proxy allows (413)",
    category: "configuration",
    severity: "P3",
    rank: 17,
    keywords: ["too large body", "request entity too large"],
    matchers: [
      /client intended to send too large body: (?<subject>\d+) bytes/,
      /413 Request Entity Too Large/,
    ],
    sources: [
      'nginx/nginx src/http/ngx_http_core_module.c and src/http/ngx_http_request.c ("client intended to send too large body: %O bytes")',
    ],
    fixability: 0.7,
    confirm: [
      "413 responses in the access log for the upload route, with client_max_body_size below the body size.",
    ],
    ruleOut: ["The 413 comes from the application, not the proxy (check the response's Server header)."],
    cause:
      "The proxy rejects uploads larger than its client_max_body_size with 413 before they reach the service.",
    actions: [
      "Raise client_max_body_size to the largest upload the service accepts (and no further).",
      "Check the service's own upload limit matches, or it will reject what the proxy now lets through.",
    ],
    repo: BODY_SIZE,
  },
  {
    id: "service-no-endpoints",
    title: "Service has no ready endpoints: the proxy has nowhere to send requests",
    category: "upstream_errors",
    severity: "P1",
    rank: 43,
    keywords: [
      "does not have any active endpoint",
      "no endpoints available for service",
      "no healthy upstream",
      "no_healthy_upstream",
    ],
    matchers: [
      /Service "(?<subject>[\w./-]+)" does not have any active Endpoint/,
      /no endpoints available for service "(?<subject>[\w.-]+)"/,
      /\bno healthy upstream\b|\bno_healthy_upstream\b/,
    ],
    fields: [{ kind: "access", fields: { responseFlags: /(?:^|,)UH(?:,|$)/ } }],
    minCount: 2,
    sources: [
      'kubernetes/ingress-nginx internal/ingress/controller/controller.go (klog.Warningf("Service %q does not have any active Endpoint.", …))',
      'kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/proxy and pkg/registry/core/service (ServiceUnavailable "no endpoints available for service %q")',
      'envoyproxy/envoy source/common/router/router.cc ("no healthy upstream", response flag UH / details no_healthy_upstream)',
    ],
    // No pod is Ready behind the Service because of something the logs may also say: that is the cause.
    consequenceOf: [
      "crash-loop",
      "probe-readiness-failed",
      "probe-liveness-failed",
      "oom-container",
      "image-pull-backoff",
      "image-not-found",
      "sched-insufficient-resources",
      "container-config-error",
      "rollout-stuck",
    ],
    subjectKind: "service",
    fixability: 0.1,
    cause:
      "The Service (or the proxy's cluster) has no ready endpoint, so every request through it fails at once with 503: no pod behind it passes its readiness probe, none is running, or the Service's selector matches no pod's labels (a label renamed in a deploy).",
    actions: [
      "`kubectl get endpointslices -l kubernetes.io/service-name=NAME -n NS` (or `kubectl get endpoints NAME`): empty means no Ready pod matches.",
      "Compare the Service's selector with the pods' labels (`kubectl get pods -l KEY=VALUE -n NS`); if pods match, see why they are not Ready.",
    ],
    confirm: ["The Service's EndpointSlices list no ready address while the errors are logged."],
    ruleOut: ["Endpoints are listed and ready: the proxy cannot reach them (network policy, port) instead."],
    repo: SERVICE_SELECTOR,
  },
  {
    id: "nginx-upstream-header-too-big",
    title: "nginx rejects the upstream's response headers as too big (502)",
    category: "configuration",
    severity: "P2",
    rank: 21,
    keywords: ["upstream sent too big header"],
    matchers: [/upstream sent too big header while reading response header from upstream/],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("upstream sent too big header") when the header exceeds proxy_buffer_size',
    ],
    fixability: 0.3,
    cause:
      "The upstream's response headers do not fit nginx's proxy_buffer_size (4k or 8k by default), so nginx answers 502: usually large Set-Cookie headers (session or auth cookies that grew, an OAuth callback setting several) or a long Location.",
    actions: [
      "Raise proxy_buffer_size (and proxy_buffers / proxy_busy_buffers_size to match), e.g. 16k, in the location or server that proxies to this upstream; for ingress-nginx, the proxy-buffer-size annotation.",
      "Check why the headers are that big (cookie sizes) before raising much further.",
    ],
    confirm: ["`curl -sI` against the upstream directly shows headers larger than proxy_buffer_size."],
    ruleOut: ["The upstream's headers are small: the 502 comes from another error in nginx's log."],
    repo: [
      { grep: "^\\s*proxy_buffer_size\\s+\\S+;", files: NGINX, what: "nginx's proxy_buffer_size" },
      { grep: "proxy-buffer-size", files: MANIFESTS, what: "ingress-nginx's proxy-buffer-size" },
    ],
  },
];
