import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { COMPOSE, CONFIG, MANIFESTS } from "./locators.js";
import { CA_BUNDLE, KEEPALIVE } from "./locators-settings.js";

/**
 * Service configuration that must agree with the rest of the repository: a CA bundle path the image does not
 * hold, a configuration file the build did not publish, a dependency the container was not told about, and a
 * proxy keeping idle upstream connections longer than the upstream does.
 */
const CONFIG_OR_MANIFESTS = new RegExp(`${CONFIG.source}|${MANIFESTS.source}`, "i");

/** Where a file the process opens at start is named, copied or published. */
const PUBLISHED_FILE: RepoLocator[] = [
  {
    grep: "{subject}",
    files: /\.(csproj|fsproj|vbproj|props|targets)$/i,
    what: "the project's publish item for the file (CopyToOutputDirectory / CopyToPublishDirectory)",
  },
  { grep: "^\\s*COPY\\b", files: /(^|\/)(Dockerfile|Containerfile)[\w.-]*$/, what: "what the image copies" },
  { grep: "{subject}", files: CONFIG_OR_MANIFESTS, what: "where the file is named" },
];

/** ASP.NET Core registers services at start-up; a type nobody registered cannot be injected. */
const SERVICE_REGISTRATION: RepoLocator[] = [
  {
    grep: "\\b(builder\\.)?[Ss]ervices\\.(Add\\w+|TryAdd\\w+)\\s*[<(]",
    files: /(^|\/)(Program|Startup)\.cs$|ServiceCollection\w*\.cs$/,
    what: "the service registrations (the missing type is registered nowhere)",
  },
];

/** Where a health check's command is written: compose `test:`, a Dockerfile HEALTHCHECK, a probe's exec. */
const HEALTHCHECK_COMMAND: RepoLocator[] = [
  { grep: "^\\s*(-\\s*)?test:.*\\b{subject}\\b", files: COMPOSE, what: "the compose healthcheck's command" },
  {
    grep: "^\\s*HEALTHCHECK\\b.*\\b{subject}\\b",
    files: /(^|\/)(Dockerfile|Containerfile)[\w.-]*$/,
    what: "the image's HEALTHCHECK command",
  },
  { grep: "\\b{subject}\\b", files: MANIFESTS, what: "the probe's exec command" },
];

/**
 * Docker's own container logs filled the disk: the json-file (or local) driver without max-size/max-file keeps
 * every line forever. Cited where the driver is chosen; only when the evidence names Docker's log files.
 */
export const CONTAINER_LOG_ROTATION: RepoLocator[] = [
  {
    grep: "^\\s*driver:\\s*[\"']?(json-file|local)[\"']?\\s*$",
    files: COMPOSE,
    what: "the service's log driver (no max-size/max-file: its logs are never rotated)",
    within: "logging",
    when: /for logger json-file|\/var\/lib\/docker\/containers\/\S*-json\.log/,
  },
  {
    grep: '"log-driver"\\s*:',
    files: /(^|\/)daemon\.json$/,
    what: "the Docker daemon's default log driver (no log-opts max-size: logs are never rotated)",
    when: /for logger json-file|\/var\/lib\/docker\/containers\/\S*-json\.log/,
  },
];

export const SERVICE_CONFIG_PATTERNS: FailurePattern[] = [
  {
    id: "healthcheck-command-missing",
    title: "Health check runs a tool the image does not have",
    category: "health_check",
    severity: "P2",
    // Below container-start-error: the container runs; only its health check cannot.
    rank: 4,
    keywords: ["health check of", "probe errored", "oci runtime exec failed"],
    matchers: [
      // docker inspect's State.Health.Log entry as quoted from the file: `exec`, not `create`, is a check run
      // inside a container that is up.
      /"Output":\s*"OCI runtime exec failed: [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/,
      /Health check of [^\n]*failed \(exit -?\d+\): [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/,
      /Health check of [^\n]*failed \(exit -?\d+\): (?:\/bin\/)?sh: (?:\d+: )?(?<subject>[\w.-]+): not found/,
      /(?:Liveness|Readiness|Startup) probe errored: [^\n]*exec: \\?"(?<subject>[^"\\]+)\\?": executable file not found/,
    ],
    sources: [
      "moby/moby daemon/health.go (each run's ExitCode and Output kept in State.Health.Log; exit -1 when the probe cannot start)",
      'opencontainers/runc libcontainer (exec: "%s": executable file not found in $PATH, as "OCI runtime exec failed: exec failed: unable to start container process: …")',
      'kubernetes/kubernetes pkg/kubelet/prober/prober.go ("%s probe errored: %v")',
    ],
    fixability: 0.4,
    subjectKind: "file-path",
    repo: HEALTHCHECK_COMMAND,
    cause:
      "The health check runs a program the image does not contain (curl or wget on a slim or distroless image), so every check fails and the container is marked unhealthy although the service may be fine; whatever waits on its health never starts.",
    actions: [
      "Rewrite the check with what the image has (the runtime itself, e.g. `node -e`, `python -c`, or the app's own health subcommand), or install the tool in the image.",
      "Check the service answers its health endpoint by hand before blaming it.",
    ],
    confirm: [
      "`docker exec CONTAINER which TOOL` finds nothing; the service answers its health route by other means.",
    ],
    ruleOut: ["The check's tool runs and the endpoint itself fails: a real health failure."],
  },
  {
    id: "tls-ca-bundle-missing",
    title: "CA bundle path points at a file the container does not have",
    category: "tls",
    severity: "P2",
    rank: 14,
    keywords: ["ca certificate bundle", "ignoring extra certs", "error setting certificate"],
    matchers: [
      /Could not find a suitable TLS CA certificate bundle, invalid path: (?<subject>\S+)/,
      /Ignoring extra certs from `(?<subject>[^`]+)`, load failed/,
      /error setting certificate (?:verify locations|file):?\s+(?:CAfile: )?(?<subject>\/\S+)/,
    ],
    sources: [
      'psf/requests src/requests/adapters.py (cert_verify: OSError(f"Could not find a suitable TLS CA certificate bundle, invalid path: {cert_loc}"))',
      'nodejs/node src/crypto/crypto_context.cc ("Warning: Ignoring extra certs from `%s`, load failed: %s")',
      'curl/curl lib/vtls/openssl.c ("error setting certificate file: %s", "error setting certificate verify locations: CAfile: %s")',
    ],
    fixability: 0.3,
    subjectKind: "file-path",
    repo: [
      { grep: "{subject}", files: CONFIG_OR_MANIFESTS, what: "where the CA bundle path is set" },
      ...CA_BUNDLE,
    ],
    cause:
      "The process is told to trust a CA bundle at a path that does not exist in its container (REQUESTS_CA_BUNDLE, SSL_CERT_FILE, NODE_EXTRA_CA_CERTS pointing at a file that was never mounted or copied), so every TLS call fails before the handshake.",
    actions: [
      "Compare the bundle path in the environment with the volume mounts and the image (`ls -l PATH` in the container).",
      "Mount the bundle at that path, or point the variable at where it is mounted; never turn verification off.",
    ],
    confirm: ["The path in the error is absent in the running container."],
    ruleOut: [
      "The file exists and is readable: the bundle's content is wrong instead (an unknown-authority error).",
    ],
  },
  {
    id: "dotnet-config-file-missing",
    title: ".NET configuration file not published with the app",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["was not found and is not optional"],
    matchers: [/The configuration file '(?<subject>[^']+)' was not found and is not optional/],
    sources: [
      "dotnet/runtime src/libraries/Microsoft.Extensions.Configuration.FileExtensions/src/Resources/Strings.resx (Error_FileNotFound \"The configuration file '{0}' was not found and is not optional.\")",
    ],
    fixability: 0.3,
    subjectKind: "file-path",
    repo: PUBLISHED_FILE,
    cause:
      "The app loads a configuration file that is required (optional: false) but the build did not put it in the output: the project does not copy it to the publish directory, or the image does not COPY it.",
    actions: [
      "Mark the file CopyToPublishDirectory/CopyToOutputDirectory in the .csproj, or COPY it in the Dockerfile.",
      "Check the expected physical path the error prints against the image's WORKDIR.",
    ],
    confirm: ["The file is absent from `dotnet publish` output and from the image's working directory."],
    ruleOut: [
      "The file is present at the expected path: look at the environment name the app was started with.",
    ],
  },
  {
    id: "dotnet-di-unresolved",
    title: ".NET dependency injection cannot resolve a service",
    category: "configuration",
    severity: "P2",
    rank: 20,
    keywords: ["unable to resolve service for type"],
    matchers: [
      /Unable to resolve service for type '(?:[\w`.+]+\.)?(?<subject>[\w`]+)' while attempting to activate/,
      /Unable to resolve service for type \\u0027(?:[\w`.+]+\.)?(?<subject>[\w`]+)\\u0027 while attempting to activate/,
    ],
    sources: [
      "dotnet/runtime src/libraries/Microsoft.Extensions.DependencyInjection.Abstractions/src/Resources/Strings.resx (CannotResolveService \"Unable to resolve service for type '{0}' while attempting to activate '{1}'.\")",
    ],
    fixability: 0.2,
    subjectKind: "service",
    repo: SERVICE_REGISTRATION,
    cause:
      "A class asks the container for a service type nobody registered at start-up (a registration dropped or never added), so every request that needs it fails.",
    actions: [
      "Register the type with the lifetime it needs (AddScoped/AddSingleton/AddTransient) where the other services are registered.",
      "Turn on ValidateOnBuild so a missing registration fails at start, not per request.",
    ],
    confirm: ["No `services.Add…<Type>` registers the type named in the error."],
    ruleOut: ["The type is registered, but in another scope or only for another environment."],
  },
  {
    id: "upstream-keepalive-race",
    title: "Upstream closes reused keep-alive connections before the proxy does",
    category: "connectivity",
    severity: "P2",
    rank: 45,
    keywords: [
      "prematurely closed connection while reading response header",
      "reset by peer) while reading response header",
    ],
    matchers: [
      /upstream prematurely closed connection while reading response header from upstream/,
      /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
    ],
    sources: [
      'nginx/nginx src/http/ngx_http_upstream.c ("upstream prematurely closed connection", log action "reading response header from upstream")',
      'nginx/nginx src/os/unix/ngx_recv.c ("recv() failed" with errno 104 ECONNRESET)',
    ],
    fixability: 0.3,
    repo: KEEPALIVE,
    cause:
      "The upstream closes idle keep-alive connections sooner than the proxy stops reusing them, so a request sent on a connection the upstream is closing is reset: sporadic 502s under steady load, not an outage.",
    actions: [
      "Make the upstream's keep-alive timeout longer than the proxy's (Node server.keepAliveTimeout, gunicorn --keep-alive) or the proxy's shorter.",
      "Check the 502s are spread over time and endpoints, not tied to one slow request.",
    ],
    confirm: [
      "The upstream's keep-alive timeout is shorter than the proxy's keepalive_timeout / http-keep-alive.",
    ],
    ruleOut: ["The upstream restarted or crashed at the same moments (its own logs say so)."],
  },
  {
    id: "systemd-exec-failed",
    title: "systemd cannot execute the unit's ExecStart",
    category: "configuration",
    severity: "P1",
    // Before the crash loop it causes: systemd restarts the unit until the start limit is hit.
    rank: 6,
    keywords: ["failed at step exec spawning", "failed to locate executable", "status=203/exec"],
    matchers: [
      /Failed at step EXEC spawning (?<subject>\S+): (?:No such file or directory|Permission denied|Exec format error)/,
      /Failed to locate executable (?<subject>\S+): No such file or directory/,
      /status=203\/EXEC/,
    ],
    sources: [
      'systemd/systemd src/core/execute.c ("Failed at step %s spawning %s: %m", step EXEC = exit status 203) and src/basic/exit-status.c (EXIT_EXEC "EXEC")',
      'systemd/systemd src/core/execute.c ("Failed to locate executable %s: %m")',
    ],
    subjectKind: "file-path",
    fixability: 0.2,
    cause:
      "systemd cannot start the unit's program: the path in ExecStart does not exist on the host (a deploy that moved or did not install the binary, a versioned path that changed), is not executable (permissions, a noexec mount, SELinux labels), or is built for another architecture. The unit fails at once with status 203/EXEC and systemd restarts it until its start limit is hit.",
    actions: [
      "Compare the unit's ExecStart path with what the deploy installed (`ls -l PATH`, `systemctl cat UNIT`); fix the path or the install step.",
      "For Permission denied: check the file's mode, the mount's noexec flag, and SELinux (`ls -Z`, `ausearch -m avc`).",
    ],
    confirm: ["`ls -l` on the ExecStart path on the host fails or shows no execute bit."],
    ruleOut: [
      "The program starts and exits on its own (a status other than 203): read what it logged before exiting.",
    ],
    repo: [{ grep: "^ExecStart=", files: /\.service$/, what: "the unit's ExecStart" }],
  },
];
