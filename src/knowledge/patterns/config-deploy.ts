import type { FailurePattern } from "../failure-pattern.js";
import { SUBJECT_IN_CONFIG, SUBJECT_IN_CONFIG_OR_CODE } from "./locators.js";
import { ENVIRONMENT_FILE, TIMEOUTS } from "./locators-settings.js";

/** What a deploy changes: files and paths, flags, unit files, config syntax; plus clocks and slow answers. */
export const CONFIG_DEPLOY_PATTERNS: FailurePattern[] = [
  {
    id: "systemd-env-file",
    title: "systemd cannot load the unit's EnvironmentFile",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["failed to load environment files", "' task: no such file or directory"],
    matchers: [
      /Failed to load environment files: (?<subject>[^\n]+)/,
      /Failed to load environment files/,
      /[Ff]ailed to run '(start|start-pre|start-post|stop)' task: No such file or directory/,
    ],
    sources: [
      'systemd/systemd src/core/execute.c (log_unit_error_errno(…, "Failed to load environment files: %m"))',
      "https://github.com/coreos/fleet/issues/1121 (older systemd: \"ingestion.service failed to run 'start-pre' task: No such file or directory\")",
      "https://github.com/random-archer/mkinitcpio-systemd-tool/issues/1 (\"Failed to run 'start' task: No such file or directory\")",
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    repo: [...SUBJECT_IN_CONFIG, ...ENVIRONMENT_FILE],
    cause:
      "The unit's EnvironmentFile= points at a file that does not exist (renamed or not deployed), so systemd will not start the service.",
    actions: [
      "`systemctl cat UNIT` shows the EnvironmentFile path; deploy the file or prefix the path with `-` if optional.",
    ],
    confirm: ["The path in EnvironmentFile= is missing on the host."],
    ruleOut: ["The file exists and is readable by root."],
  },
  {
    id: "config-file-missing",
    title: "Configuration file or path not found",
    category: "configuration",
    severity: "P2",
    rank: 16,
    keywords: ["enoent", "no such file or directory", "filenotfounderror"],
    matchers: [
      /ENOENT: no such file or directory, (open|stat|scandir) '(?<subject>[^']+)'/,
      /FileNotFoundError: \[Errno 2\] No such file or directory: '(?<subject>[^']+)'/,
      /open (?<subject>\/[\w./-]+\.(ya?ml|json|toml|conf|ini|env|properties|pem|key|crt)): no such file or directory/,
      /java\.io\.FileNotFoundException: (?<subject>\S+) \(No such file or directory\)/,
      /\[emerg\] [^\n]*open\(\) "(?<subject>[^"]+)" failed \(2: No such file or directory\)/,
    ],
    exclude: [/\.(map|ico|png|jpg|css)\b/],
    sources: [
      "nodejs/node lib/internal/errors.js (uvException: \"ENOENT: no such file or directory, open '%s'\")",
      "python/cpython Objects/exceptions.c (FileNotFoundError \"[Errno 2] No such file or directory: '%s'\")",
      'nginx/nginx src/core/ngx_conf_file.c (ngx_conf_parse: "open() \\"%s\\" failed" with errno 2)',
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    repo: SUBJECT_IN_CONFIG_OR_CODE,
    cause:
      "The service opens a file that is not where it looks: a renamed or unmounted config file, a wrong working directory, or a path that differs between environments.",
    actions: [
      "Compare the path in the error with the volume mounts and the working directory of the deployment.",
      "Make the path a setting and fail at startup with its name.",
    ],
    confirm: ["The path is absent in the running container (`kubectl exec … ls -l PATH`)."],
    ruleOut: ["The file exists at that path with read permission for the service's user."],
  },
  {
    id: "bad-flag",
    title: "Unknown command-line flag or option",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: [
      "flag provided but not defined",
      "unknown option",
      "unrecognized arguments",
      "unrecognized option",
      "unrecognized vm option",
    ],
    matchers: [
      /flag provided but not defined: (?<subject>-[\w.-]+)/,
      /error: unknown option '(?<subject>-[\w-]+)'/,
      /unrecognized arguments: (?<subject>-[\w-]+)/,
      /Unrecognized (VM )?option '?(?<subject>[-\w:+=]+)/,
    ],
    sources: [
      'golang/go src/flag/flag.go ("flag provided but not defined: -%s")',
      "tj/commander.js lib/command.js (\"error: unknown option '%s'\")",
      'python/cpython Lib/argparse.py ("unrecognized arguments: %s")',
      "openjdk/jdk src/hotspot/share/runtime/arguments.cpp (\"Unrecognized VM option '%s'\")",
    ],
    fixability: 0.3,
    subjectKind: "limit",
    repo: SUBJECT_IN_CONFIG,
    cause:
      "The process is started with a flag its version does not know (renamed or removed in an upgrade, or a typo), so it exits at once.",
    actions: ["Compare the command line in the manifest/unit with the binary's --help for this version."],
    confirm: ["The flag is absent from `BINARY --help` of the deployed version."],
    ruleOut: ["The flag is listed for the running version: look at how the args are quoted."],
  },
  {
    id: "config-syntax",
    title: "Configuration file does not parse",
    category: "configuration",
    severity: "P2",
    rank: 14,
    keywords: [
      "[emerg]",
      "test failed",
      "mapping values are not allowed",
      "did not find expected",
      "unknown directive",
      "while parsing a",
      "yaml.parser",
      "yaml.scanner",
    ],
    matchers: [
      /\[emerg\] [^\n]*(unknown directive|unexpected|invalid|directive is not allowed here)[^\n]* in (?<subject>\S+):\d+/,
      /configuration file (?<subject>\S+) test failed/,
      /yaml: line \d+: (mapping values are not allowed in this context|did not find expected [\w ]+)/,
      /while parsing a block mapping/,
      /yaml\.(parser\.ParserError|scanner\.ScannerError)/,
    ],
    sources: [
      'nginx/nginx src/core/ngx_conf_file.c ("unknown directive \\"%s\\"") and src/core/nginx.c ("configuration file %s test failed")',
    ],
    fixability: 0.2,
    subjectKind: "file-path",
    cause: "A configuration file has a syntax error, so the program refuses to start or reload with it.",
    actions: [
      "Run the program's config test (`nginx -t`, a YAML linter) on the deployed file and fix the named line.",
    ],
    confirm: ["The config test fails on the named file and line."],
    ruleOut: ["The config test passes on the deployed file."],
  },
  {
    id: "jwt-not-before",
    title: "JWT rejected as issued in the future (clock skew)",
    category: "clock_skew",
    severity: "P2",
    rank: 12,
    keywords: ["token used before issued", "not yet valid", "jwt not active", "immaturesignature"],
    matchers: [
      /[Tt]oken used before issued/,
      /NotBeforeError: jwt not active/,
      /ImmatureSignatureError/,
      /The token is not yet valid \((iat|nbf)\)/,
    ],
    sources: [
      'golang-jwt/jwt map_claims.go v4 ("Token used before issued") and errors.go v5 ("token used before issued")',
      'jpadilla/pyjwt jwt/api_jwt.py (ImmatureSignatureError("The token is not yet valid (iat)"))',
      "auth0/node-jsonwebtoken README.md (NotBeforeError, message 'jwt not active')",
    ],
    fixability: 0.2,
    cause:
      "The verifying host's clock is behind the issuer's, so fresh tokens look issued in the future; the tokens are fine.",
    actions: [
      "Compare both hosts' clocks (`chronyc tracking`, `timedatectl`) and fix NTP on the one that drifted.",
      "Allow a small leeway (30–60 s) for iat/nbf in the verifier.",
    ],
    confirm: ["The verifier's clock is seconds to minutes behind the issuer's."],
    ruleOut: ["Both clocks agree: then the issuer sets iat in the future."],
  },
  {
    id: "clock-skew",
    title: "Host clock out of sync",
    category: "clock_skew",
    severity: "P3",
    rank: 13,
    keywords: ["clock skew", "clock wrong by", "clock was stepped by", "time reset", "clock drift"],
    matchers: [
      /clock skew detected on mon\./,
      /mon\.[\w.-]+ clock skew [\d.]+s > max [\d.]+s/,
      // Only a second or more: chronyd and ntpd also log the millisecond corrections of a healthy clock.
      /System clock wrong by -?[1-9]\d*\.\d+ seconds/,
      /System clock was stepped by -?[1-9]\d*\.\d+ seconds/,
      /ntpd\[\d+\]: time reset [+-]?[1-9]\d*\.\d+ s\b/,
      /prober found high clock drift/,
      /Clock skew too great/,
    ],
    sources: [
      'https://docs.ceph.com/en/latest/rados/operations/health-checks/ (MON_CLOCK_SKEW: "clock skew detected on mon.b"; detail "mon.b clock skew 0.143182s > max 0.05s (latency …)"), as `ceph status` prints it in rook-ceph reports',
      'mlichvar/chrony reference.c (LOG(LOGS_WARN, "System clock wrong by %.6f seconds, adjustment started", …)) and local.c (LOG(LOGS_WARN, "System clock was stepped by %.6f seconds", correction))',
      'ntp-project/ntp ntpd/ntp_loopfilter.c (msyslog(LOG_NOTICE, "time reset %+.6f s", fp_offset))',
      'etcd-io/etcd server/etcdserver/api/rafthttp/probing_status.go (lg.Warn("prober found high clock drift", … "clock-drift" …) when ClockDiff() > time.Second)',
      'krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (KRB5KRB_AP_ERR_SKEW "Clock skew too great"), as Java prints it: "LoginException: Clock skew too great (37)"',
    ],
    fixability: 0.1,
    cause:
      "A host's clock drifted from the others: tokens, certificates, leases and consensus protocols that compare times start failing.",
    actions: ["Fix time sync on the drifting host (chronyd/ntpd running, reachable servers)."],
    confirm: ["`chronyc tracking` shows a large offset or no reachable source."],
    ruleOut: ["All hosts' offsets are within milliseconds."],
  },
  {
    id: "inodes-exhausted",
    title: "Filesystem out of inodes",
    category: "disk_full",
    severity: "P1",
    rank: 10,
    keywords: ["inode"],
    matchers: [
      /low on resource: inodes/,
      /[Aa]ttempting to reclaim"? (resourceName="inodes"|inodes\b)/,
      // node-exporter mixin's NodeFilesystemFilesFillingUp / AlmostOutOfFiles description, when an alert is logged.
      /has only [\d.]+% available inodes left/,
    ],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/eviction/eviction_manager.go ("Eviction manager: attempting to reclaim" resourceName; event EvictionThresholdMet "Attempting to reclaim %s") and helpers.go (nodeLowMessageFmt "The node was low on resource: %v. "), as quoted in real evictions ("Pod is in Failed phase due to Evicted: The node was low on resource: inodes.")',
      'prometheus/node_exporter docs/node-mixin/alerts/alerts.libsonnet (description "Filesystem on {{ $labels.device }}, mounted on {{ $labels.mountpoint }}, at {{ $labels.instance }} has only {{ printf "%.2f" $value }}% available inodes left…")',
    ],
    fixability: 0.1,
    cause:
      "The filesystem has free bytes but no free inodes: millions of small files (sessions, cache entries, mail) used them all, so creating files fails with ENOSPC.",
    actions: [
      "`df -i` to confirm, then find the directory with most files (`du --inodes -x / | sort -n | tail`).",
    ],
    confirm: ["`df -i` shows IUse% at 100% while `df -h` shows free space."],
    ruleOut: ["`df -i` has free inodes: the disk is full by bytes."],
  },
  {
    id: "slow-requests",
    title: "Requests slower than their objective",
    category: "latency",
    severity: "P3",
    rank: 36,
    keywords: ["ok in", "completed ", "worker timeout", "slow request", "latency"],
    matchers: [
      /Completed \d{3} [\w ]+? in (?<subject>\d{4,})(\.\d+)?ms/,
      /\[CRITICAL\] WORKER TIMEOUT \(pid:\d+\)/,
      /\bslow request\b/i,
    ],
    // A request that failed slowly (a 504 after the proxy's timeout) belongs to the 5xx storm, not to latency.
    fields: [
      { kind: "access", fields: { status: /^[1-4]\d\d$/ }, atLeast: { field: "durationMs", value: 1_000 } },
    ],
    minCount: 10,
    // A few slow requests are the tail of every healthy service; an objective is breached by a share of them.
    minShare: 0.1,
    sources: [
      'rails/rails actionpack/lib/action_controller/log_subscriber.rb ("Completed #{status} #{Rack::Utils::HTTP_STATUS_CODES[status]} in #{event.duration.round}ms")',
      'benoitc/gunicorn gunicorn/arbiter.py (self.log.critical("WORKER TIMEOUT (pid:%s)", pid))',
      'ceph/ceph src/common/TrackedOp.cc (ss << "slow request " << age << " seconds old, received at " …), and the "slow request %s" idiom of application middleware',
    ],
    fixability: 0.1,
    subjectKind: "timeout",
    consequenceOf: [
      "slow-query",
      "seq-scan",
      "cpu-throttling",
      "connection-pool-exhausted",
      "lock-wait-timeout",
    ],
    cause:
      "Requests take seconds: the service waits on something (a database, a pool, CPU quota, a downstream call) or does too much work per request.",
    actions: [
      "Break the latency down by route and dependency (traces, upstream_response_time) to find where the time goes.",
      "Check CPU throttling and pool wait time for the same window.",
    ],
    confirm: ["p95/p99 duration rises for the service while the request rate is steady."],
    ruleOut: ["Only a few outlier requests are slow; the percentile stays within the objective."],
    repo: TIMEOUTS,
  },
];
