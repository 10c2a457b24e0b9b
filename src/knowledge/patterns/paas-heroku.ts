import type { FailurePattern, RepoLocator } from "../failure-pattern.js";

/** Where a Heroku app says how its web process starts and which port it binds. */
const PROCFILE: RepoLocator[] = [
  { grep: "^web:", files: /(^|\/)Procfile$/, what: "the Procfile's web process" },
  {
    grep: "(listen|bind|PORT)",
    files: /(^|\/)(config\/puma\.rb|gunicorn[\w.-]*\.py|server\.[jt]s|app\.[jt]s|main\.go)$/,
    what: "the port the server binds",
  },
];

const ERROR_CODES = "https://devcenter.heroku.com/articles/error-codes";

/**
 * Heroku's router and dyno manager report failures as error codes in the app's own log stream
 * (`heroku[router]: at=error code=H12 desc="Request timeout" …`, `heroku[web.1]: Error R14 (Memory quota
 * exceeded)`): the code is the diagnosis, the app's lines around it are its evidence.
 */
export const HEROKU_PATTERNS: FailurePattern[] = [
  {
    id: "heroku-memory-quota",
    title: "Heroku dyno over its memory quota",
    category: "out_of_memory",
    severity: "P1",
    rank: 11,
    keywords: ["memory quota", "process running mem="],
    matchers: [
      /Error (?<subject>R1[45]) \(Memory quota (?:vastly )?exceeded\)/,
      // Heroku prints it with the R14/R15 error: at or past 100% of the quota.
      /Process running mem=\d+M\((?:[1-9]\d{2,})(?:\.\d+)?%\)/,
    ],
    sources: [`${ERROR_CODES} (R14 - Memory quota exceeded; R15 - Memory quota vastly exceeded)`],
    fixability: 0.2,
    cause:
      "A dyno used more memory than its size allows: past the quota it swaps (R14) and slows; far past it (R15) Heroku kills it. Usually too many web workers or threads for the dyno size, or a leak.",
    actions: [
      "Compare the dyno's memory (`heroku logs --ps web.1`, Metrics) with its size; lower WEB_CONCURRENCY or worker threads to what fits.",
      "If memory climbs steadily between restarts, look for a leak before moving to a larger dyno.",
    ],
    confirm: ["`Process running mem=` lines show the dyno above 100% of its quota just before the errors."],
    ruleOut: [
      "Memory stays well below the quota: the slowness comes from elsewhere (the database, a dependency).",
    ],
  },
  {
    id: "heroku-boot-timeout",
    title: "Heroku web process never bound $PORT",
    category: "port_conflict",
    severity: "P1",
    rank: 19,
    keywords: ["boot timeout", "failed to bind to $port", "h20"],
    matchers: [
      /Error R10 \(Boot timeout\)/,
      /Web process failed to bind to \$PORT within (?<subject>\d+) seconds of launch/,
      /code=H20 desc="App boot timeout"/,
    ],
    sources: [
      `${ERROR_CODES} (R10 - Boot timeout: "Web process failed to bind to $PORT within 60 seconds of launch"; H20)`,
    ],
    subjectKind: "timeout",
    fixability: 0.3,
    cause:
      "The web process started but did not listen on the port Heroku gives it in $PORT within the boot timeout: it binds a fixed port (3000, 8080) or localhost, or its start-up work takes longer than the timeout.",
    actions: [
      "Make the server listen on 0.0.0.0 and the port in the PORT environment variable (the Procfile's web command or the server's config).",
      "Move slow start-up work (migrations, cache warming) out of the web process, to a release phase or a worker.",
    ],
    confirm: ["The server's own start line names a fixed port or 127.0.0.1, not $PORT."],
    ruleOut: ["The app logs that it listens on $PORT and then crashes: the crash (H10) is the cause."],
    repo: PROCFILE,
  },
  {
    id: "heroku-request-timeout",
    title: "Heroku router timed out requests after 30 s",
    category: "latency",
    severity: "P2",
    rank: 37,
    keywords: ["h12", "request timeout"],
    matchers: [
      /at=error code=H12 desc="Request timeout"[^\n]*?path="?(?<subject>\/[^\s"?]*)/,
      /Error H12 \(Request timeout\)/,
    ],
    minCount: 3,
    sources: [
      `${ERROR_CODES} (H12 - Request timeout: "An HTTP request took longer than 30 seconds to complete")`,
    ],
    subjectKind: "url-path",
    fixability: 0.2,
    cause:
      "Requests took longer than the router's 30-second limit, so it answered 503 while the dyno went on working: a slow endpoint (a query, a call to a slow dependency) or too few workers for the traffic.",
    actions: [
      "Find what the timed-out path waits on (its slow query or dependency call) and make it fast or move it to a background job.",
      "Set the app's own request timeout below 30 s (rack-timeout, gunicorn --timeout) so a stuck request frees its worker.",
    ],
    confirm: ["The app's own lines for the same request_id show it completing after 30 s, or never."],
    ruleOut: [
      "Only one path times out and it is a known long export: the fix is a background job, not capacity.",
    ],
  },
  {
    id: "heroku-app-crashed",
    title: "Heroku router: the app crashed (H10)",
    category: "crash",
    severity: "P1",
    rank: 58,
    keywords: ["h10", "app crashed"],
    matchers: [/at=error code=H10 desc="App crashed"/, /Error H10 \(App crashed\)/],
    consequenceOf: ["heroku-boot-timeout", "heroku-memory-quota"],
    sources: [
      `${ERROR_CODES} (H10 - App crashed: "A crashed web dyno or a boot timeout on the web dyno will present this error")`,
    ],
    fixability: 0.1,
    cause:
      "The router found no running web dyno to send requests to: the web process crashed (or never booted) and Heroku answers 503 until it restarts. The crash itself is in the app's lines just before.",
    actions: [
      "Read the app's own lines before the first H10 (`heroku logs --ps web`): the exception or exit there is the cause.",
      "`heroku ps` shows whether the dynos are crashed or restarting; fix the cause before restarting them.",
    ],
    confirm: [
      "`heroku ps` lists the web dynos as crashed, and `State changed from up to crashed` precedes the errors.",
    ],
    ruleOut: ["The dynos are up and the errors are H12: requests are slow, nothing crashed."],
  },
];
