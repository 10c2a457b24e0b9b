import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG } from "./locators.js";
import { RETRY_LOOP } from "./locators-code.js";
import { CA_BUNDLE, FORWARDED_PORT, PROXY_UPSTREAM, TIMEOUTS } from "./locators-settings.js";

/**
 * An access-log status: the number right after the quoted request line (`"GET /x HTTP/1.1" 429 512`), never
 * a number further along (ingress-nginx logs the request length right after the user agent).
 */
function ACCESS_STATUS(status: RegExp): RegExp {
  return new RegExp(`"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE) [^"]*" (${status.source}) \\d+`);
}

/** Reaching other things: ports, dependencies, names, certificates, upstream responses. */
export const NETWORK_PATTERNS: FailurePattern[] = [
  {
    id: "port-in-use",
    title: "Port already in use",
    category: "port_conflict",
    severity: "P2",
    rank: 18,
    keywords: [
      "eaddrinuse",
      "address already in use",
      "already allocated",
      "failed (98",
      "was already in use",
    ],
    matchers: [
      /EADDRINUSE:? address already in use \S*?:(?<subject>\d{2,5})\b/,
      /\bEADDRINUSE\b/,
      /bind\(\) to \S*?:(?<subject>\d{2,5}) failed \(98/,
      /[Aa]ddress already in use/,
      /port (is )?already allocated/,
      /Port (?<subject>\d{2,5}) was already in use/,
    ],
    sources: [
      'nginx/nginx src/core/ngx_connection.c (ngx_log_error(… "bind() to %V failed") with errno 98 "Address already in use")',
      'nodejs/node lib/net.js (uvExceptionWithHostPort: "listen EADDRINUSE: address already in use :::8080")',
      'spring-projects/spring-boot …/diagnostics/analyzer/PortInUseFailureAnalyzer.java ("Web server failed to start. Port %d was already in use."; before 2.0 "Embedded servlet container failed to start. Port … was already in use.")',
    ],
    fixability: 0.2,
    confirm: ["`ss -ltnp` shows another process on the port."],
    ruleOut: ["The port is free when the service starts: the service binds it twice itself."],
    cause: "The service cannot listen: another process already holds its port.",
    actions: [
      "Find the holder: `ss -ltnp 'sport = :PORT'`; stop the stale instance or change one of the ports.",
      "If two services are configured with the same port, give one a free port.",
    ],
    repo: SUBJECT_IN_CONFIG,
  },
  {
    id: "dns-failure",
    title: "DNS resolution failure",
    category: "dns",
    severity: "P2",
    rank: 22,
    keywords: [
      "enotfound",
      "name or service not known",
      "nodename nor servname",
      "nameresolutionerror",
      "no such host",
      "unknownhostexception",
      "could not resolve",
      "nxdomain",
    ],
    matchers: [
      /getaddrinfo ENOTFOUND (?<subject>[\w.-]+)/,
      /\bENOTFOUND\b/,
      /NameResolutionError\([^)]*Failed to resolve '(?<subject>[\w.-]+)'/,
      /Failed to resolve '(?<subject>[\w.-]+)' \(\[Errno -[23]\]/,
      /Name or service not known/,
      /nodename nor servname provided, or not known/,
      /lookup (?<subject>[\w.-]+)( on [\d.:]+)?: no such host/,
      /UnknownHostException: (?<subject>[\w.-]+)/,
      /curl: \(6\) Could not resolve host: (?<subject>[\w.-]+)/,
      /[Cc]ould not resolve host:? (?<subject>[\w.-]+)/,
      /\bNXDOMAIN\b/,
    ],
    // A resolver logging the answers it gives is normal noise; a temporary failure is dns-temporary.
    incidental: true,
    exclude: [/dnsmasq\[\d+\]/, /\bquery\[/, /EAI_AGAIN|Temporary failure in name resolution|\[Errno -3\]/],
    subjectKind: "host",
    consequenceOf: ["dns-temporary"],
    sources: [
      "urllib3/urllib3 src/urllib3/exceptions.py (NameResolutionError: \"Failed to resolve '{host}' ({reason})\")",
    ],
    fixability: 0.2,
    confirm: ["`getent hosts NAME` (or nslookup) from the same pod fails with NXDOMAIN, every time."],
    ruleOut: ["Resolution works by hand and failures are intermittent: a resolver outage (EAI_AGAIN)."],
    cause: "A dependency's host name does not resolve, so every call to it fails before connecting.",
    actions: [
      "Check the host name in the configuration for a typo or a renamed service (`getent hosts NAME`).",
      "Check the resolver: CoreDNS/kube-dns health, /etc/resolv.conf, network policies on port 53.",
    ],
    repo: SUBJECT_IN_CONFIG,
  },
  {
    id: "tls-untrusted",
    title: "TLS certificate not trusted",
    category: "tls",
    severity: "P2",
    rank: 15,
    keywords: ["certificate", "self signed", "self-signed", "unable_to_verify", "certification path"],
    matchers: [
      /unable to verify the first certificate/,
      /self[- ]signed certificate/,
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
      /certificate verify failed/,
      /x509: certificate signed by unknown authority/,
      /DEPTH_ZERO_SELF_SIGNED_CERT/,
      /PKIX path building failed/,
      /unable to find valid certification path to requested target/,
      // The configured CA bundle is not there at all (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE pointing nowhere).
      /Could not find a suitable TLS CA certificate bundle, invalid path: (?<subject>\S+)/,
      /error setting certificate verify locations/,
    ],
    // A verification that failed on dates, not trust: tls-cert-expired / tls-not-yet-valid name it.
    exclude: [/certificate has expired/, /certificate is not yet valid/],
    sources: [
      'openjdk/jdk src/java.base/share/classes/sun/security/provider/certpath/SunCertPathBuilder.java ("unable to find valid certification path to requested target") and sun/security/validator/PKIXValidator.java ("PKIX path building failed")',
      'golang/go src/crypto/x509/verify.go (UnknownAuthorityError: "x509: certificate signed by unknown authority") and src/crypto/tls/handshake_client.go ("tls: failed to verify certificate: %w")',
      'openssl/openssl crypto/x509/x509_txt.c ("self-signed certificate in certificate chain", "unable to get local issuer certificate", "unable to verify the first certificate"), which Node reports as SELF_SIGNED_CERT_IN_CHAIN / UNABLE_TO_VERIFY_LEAF_SIGNATURE and Python as "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: …"',
      'psf/requests src/requests/adapters.py (cert_verify: raise OSError(f"Could not find a suitable TLS CA certificate bundle, invalid path: {cert_loc}")), as real tracebacks show it',
      'curl/curl lib/vtls/openssl.c (CURLE_SSL_CACERT_BADFILE 77: "error setting certificate verify locations: CAfile: %s CApath: %s"), as in "curl: (77) error setting certificate verify locations"',
    ],
    fixability: 0.1,
    confirm: ["`openssl s_client -showcerts` shows a chain the client's trust store cannot complete."],
    ruleOut: ["The chain verifies with the client's CA bundle."],
    cause:
      "A TLS peer presents a certificate that is not trusted (self-signed, unknown CA or incomplete chain).",
    actions: [
      "Serve the full chain (leaf + intermediates), or add the issuing CA to the client's trust store.",
      "Never disable verification as a fix.",
    ],
    repo: CA_BUNDLE,
  },
  {
    id: "connection-refused",
    title: "Connection refused by a dependency",
    category: "connectivity",
    severity: "P2",
    rank: 40,
    keywords: [
      "econnrefused",
      "connection refused",
      "failed (111",
      "delayed connect error: 111",
      "delayed_connect_error:_111",
    ],
    matchers: [
      /ECONNREFUSED (?<subject>[\w.-]+:\d+)/,
      /dial tcp (?<subject>[\w.-]+:\d+): connect: connection refused/,
      /(?:Error 111 connecting to|Failed to open TCP connection to|Error connecting to Redis on) (?<subject>[\w.-]+:\d+)/,
      /Connection to (?<subject>[\w.-]+:\d+) refused/,
      /\bECONNREFUSED\b/,
      /[Cc]onnection refused/,
      /connect\(\) failed \(111/,
      // Envoy (Istio, Consul, Gateway API) answering 503 UF: errno 111 is ECONNREFUSED.
      /transport failure reason: delayed connect error: 111\b/,
      // Istio's access log writes the same reason with underscores for spaces.
      /\bdelayed_connect_error:_111\b/,
    ],
    // Envoy's access log names the upstream's transport failure: errno 111 is a refused connect.
    fields: [{ kind: "access", fields: { upstreamTransportFailureReason: /delayed_connect_error:_111\b/ } }],
    exclude: [/(Liveness|Readiness|Startup) probe failed|"Probe failed" probeType=|proxyconnect/],
    minCount: 3,
    incidental: true,
    sources: [
      'https://man7.org/linux/man-pages/man3/errno.3.html (ECONNREFUSED "Connection refused")',
      'nginx/nginx src/event/ngx_event_connect.c (ngx_connection_error(… "connect() failed") → "connect() failed (111: Connection refused) while connecting to upstream")',
      'nodejs/node lib/net.js (exceptionWithHostPort: "connect ECONNREFUSED host:port")',
      'envoyproxy/envoy source/common/router/router.cc ("upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111")',
    ],
    fixability: 0.2,
    confirm: [
      "Nothing listens on the host:port (`ss -ltn` there), or the dependency was restarting at that time.",
    ],
    ruleOut: [
      "The dependency listens and accepts from another client: a wrong host or port in this client's config.",
    ],
    cause:
      "A dependency refuses connections: nothing listens on that address and port (down, restarting, or wrong port).",
    actions: [
      "Check the dependency is up and listening on the configured port (`ss -ltn`, its own logs).",
      "Compare the host:port in the error with the configuration.",
    ],
    repo: [...SUBJECT_IN_CONFIG, ...FORWARDED_PORT],
  },
  {
    id: "dependency-timeout",
    title: "Timeouts calling a dependency",
    category: "connectivity",
    severity: "P2",
    rank: 42,
    keywords: ["etimedout", "timed out", "deadline exceeded", "timeoutexception", "esockettimedout"],
    matchers: [
      /\bE(SOCKET)?TIMEDOUT\b/,
      /upstream timed out/,
      /[Cc]onnect(ion)? timed out/,
      /context deadline exceeded/,
      /Read timed out/,
      /SocketTimeoutException/,
    ],
    // Waiting for a pooled connection or a row lock is its own pattern.
    exclude: [
      /Connection is not available, request timed out/,
      /ResourceRequest timed out/,
      /Lock wait timeout/,
      /lock timeout/,
      /:53: i\/o timeout/,
      /Liveness probe failed|Readiness probe failed|"Probe failed" probeType=/,
    ],
    minCount: 3,
    incidental: true,
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c (ngx_connection_error(c, NGX_ETIMEDOUT, "upstream timed out"))',
    ],
    fixability: 0.2,
    confirm: ["The dependency's own latency rises, or packets to it are dropped, in the same window."],
    ruleOut: ["The dependency answers fast: the caller's timeout is too short or its pool is exhausted."],
    cause: "Calls to a dependency time out: it is slow, overloaded or unreachable.",
    actions: [
      "Check the dependency's latency and saturation; look for what changed there first.",
      "Make sure client timeouts are shorter than the caller's and retries have backoff.",
    ],
    repo: TIMEOUTS,
  },
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
];
