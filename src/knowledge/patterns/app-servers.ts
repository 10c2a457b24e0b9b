import type { FailurePattern, RepoLocator } from "../failure-pattern.js";
import { CODE, COMPOSE, CONFIG, MANIFESTS, MEMORY_LIMIT } from "./locators.js";

/** Files that start a pre-fork server with flags: its command line holds the timeout and the worker count. */
const START_FILES = new RegExp(`${CONFIG.source}|${MANIFESTS.source}|${COMPOSE.source}|\\.sh$`, "i");

/**
 * Where each server sets how long one request may hold a worker. Cited, never changed: raising it hides
 * the slow request, which is the thing to fix; which of the two is right is a person's call.
 */
const REQUEST_TIMEOUT: RepoLocator[] = [
  {
    grep: "^\\s*timeout\\s*=\\s*\\d+",
    files: /(^|\/)gunicorn[\w.-]*\.py$/,
    what: "gunicorn's worker timeout",
  },
  { grep: "--timeout[= ]\\d+", files: START_FILES, what: "gunicorn's --timeout" },
  { grep: "^\\s*harakiri\\s*=\\s*\\d+", files: /\.ini$/, what: "uWSGI's harakiri" },
  { grep: "^\\s*worker_timeout\\s+\\d+", files: /(^|\/)puma[\w.-]*\.rb$/, what: "Puma's worker_timeout" },
  { grep: "^\\s*timeout\\s+\\d+", files: /(^|\/)unicorn[\w.-]*\.rb$/, what: "Unicorn's timeout" },
  {
    grep: "^\\s*request_terminate_timeout\\s*=",
    files: /\.conf$/,
    what: "PHP-FPM's request_terminate_timeout",
  },
  {
    grep: "\\b(task_)?time_limit\\s*[:=]\\s*\\d+",
    files: new RegExp(`${CODE.source}|${CONFIG.source}`, "i"),
    what: "Celery's task time limit",
  },
];

/** How many workers share the memory: each pre-forked worker holds its own copy of the application. */
const WORKER_COUNT: RepoLocator[] = [
  { grep: "^\\s*workers\\s*=\\s*\\S+", files: /(^|\/)gunicorn[\w.-]*\.py$/, what: "gunicorn's worker count" },
  { grep: "(--workers|-w)[= ]\\d+|WEB_CONCURRENCY", files: START_FILES, what: "the server's worker count" },
  { grep: "^\\s*(processes|workers)\\s*=\\s*\\d+", files: /\.ini$/, what: "uWSGI's worker processes" },
  { grep: "^\\s*pm\\.max_children\\s*=\\s*\\d+", files: /\.conf$/, what: "PHP-FPM's pm.max_children" },
  {
    grep: "--concurrency[= ]\\d+|worker_concurrency",
    files: START_FILES,
    what: "Celery's worker concurrency",
  },
];

const GUNICORN_ARBITER = "benoitc/gunicorn gunicorn/arbiter.py";

/**
 * Pre-fork application servers (gunicorn, uWSGI, Puma, Unicorn, PHP-FPM, Celery's pool) report in their
 * master's log what happened to a worker: killed for holding a request too long, or killed by a signal
 * it could not catch. The master restarts it, so the service looks up while requests fail one by one.
 */
export const APP_SERVER_PATTERNS: FailurePattern[] = [
  {
    id: "worker-killed-sigkill",
    title: "Application server worker killed by SIGKILL (usually the OOM killer)",
    category: "out_of_memory",
    severity: "P1",
    // After the kernel's and the container's own words, which name the limit that was hit.
    rank: 12,
    keywords: ["sigkill", "killed by signal 9", "signal 9"],
    matchers: [
      /Worker \(pid:\s?\d+\) was sent SIGKILL!/,
      /Worker with pid \d+ was terminated due to signal 9\b/,
      /DAMN ! worker \d+ \(pid: \d+\) (?:died, |MYSTERIOUSLY )killed by signal 9\b/,
      /exited with 'signal 9 \(SIGKILL\)'/,
      /Worker exited prematurely: signal 9 \(SIGKILL\)/,
      /child \d+ exited on signal 9 \(SIGKILL\)/,
    ],
    sources: [
      `${GUNICORN_ARBITER} (reap_workers: "Worker (pid:{}) was sent {}!" + " Perhaps out of memory?" for SIGKILL; "Worker with pid %s was terminated due to signal %s")`,
      'unbit/uwsgi core/master_utils.c ("DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying respawn ...")',
      'celery/billiard billiard/pool.py ("Process %r pid:%r exited with %r", exitcode \'signal 9 (SIGKILL)\'; WorkerLostError "Worker exited prematurely: %s")',
      'php/php-src sapi/fpm/fpm/fpm_children.c ("[pool %s] child %d exited on signal %d (%s%s) after %ld.%06d seconds from start")',
    ],
    consequenceOf: ["oom-kernel", "oom-container", "heroku-memory-quota", "worker-request-timeout"],
    fixability: 0.4,
    cause:
      "A worker process of the application server was killed with SIGKILL, which it cannot catch: almost always the kernel's OOM killer, because the workers together (each holds its own copy of the application) outgrew the memory of the container or host. The master starts a new worker, so the service stays up while the requests in flight fail.",
    actions: [
      "Compare the workers' memory (ps -o rss per worker, or the container's working set) with the limit; run fewer workers, or threads instead of processes, or give the container more memory.",
      "If one request type grows a worker far past the others (a big export, loading a whole table), fix that request; recycle workers with max_requests to contain a slow leak.",
    ],
    confirm: [
      "The kernel log (dmesg, journalctl -k) has an `Out of memory: Killed process` line for the same pid at the same second.",
    ],
    ruleOut: [
      "A `WORKER TIMEOUT` or harakiri line for the same pid just before: the server killed it for a slow request, not for memory.",
      "Memory stays far below the limit: something else sent SIGKILL (a supervisor, a person, a liveness probe).",
    ],
    repo: [...WORKER_COUNT, ...MEMORY_LIMIT],
  },
  {
    id: "worker-request-timeout",
    title: "Application server killed a worker whose request ran past its timeout",
    category: "latency",
    severity: "P2",
    rank: 36,
    keywords: [
      "worker timeout",
      "harakiri",
      "timed out worker",
      "timeout (",
      "execution timed out",
      "hard time limit",
      "handle_abort",
    ],
    matchers: [
      /\bWORKER TIMEOUT \(pid:\s?\d+\)/,
      /\bHARAKIRI ON WORKER \d+ \(pid: \d+/,
      /! Terminating timed out worker\b/,
      /worker=\d+ PID:\d+ timeout \(\d+(?:\.\d+)?s > (?<subject>\d+)s\), killing/,
      /execution timed out \(\d+\.\d+ sec\), terminating/,
      /Hard time limit \((?<subject>\d+(?:\.\d+)?)s\) exceeded for /,
      // gunicorn aborts a timed-out sync worker with SIGABRT: its handler's traceback shows where the request was.
      /gunicorn\/workers\/base\.py", line \d+, in handle_abort/,
    ],
    sources: [
      `${GUNICORN_ARBITER} (murder_workers: self.log.critical("WORKER TIMEOUT (pid:%s)", pid), then SIGABRT)`,
      "benoitc/gunicorn gunicorn/workers/base.py (handle_abort: sys.exit(1) on SIGABRT)",
      'unbit/uwsgi core/master_checks.c (trigger_harakiri: "*** HARAKIRI ON WORKER %d (pid: %d, try: %d) ***")',
      'puma/puma lib/puma/cluster.rb ("! Terminating timed out worker #{details}: #{w.pid}")',
      'defunkt/unicorn lib/unicorn/http_server.rb ("worker=#{worker.nr} PID:#{wpid} timeout (#{diff}s > #{@timeout}s), killing")',
      'php/php-src sapi/fpm/fpm/fpm_request.c ("[pool %s] child %d, script \'%s\' (request: \\"%s %s%s%s\\") execution timed out (%d.%06d sec), terminating")',
      'celery/celery celery/worker/request.py (on_timeout: "Hard time limit (%ss) exceeded for %s[%s]")',
    ],
    subjectKind: "timeout",
    consequenceOf: ["slow-query", "seq-scan", "lock-wait-timeout", "deadlock", "dependency-timeout"],
    fixability: 0.2,
    cause:
      "A request held a worker longer than the application server allows (gunicorn --timeout, uWSGI harakiri, Puma worker_timeout, PHP-FPM request_terminate_timeout, a Celery hard time limit), so the server killed the worker: the client got an error and every other request queued behind that worker waited. The request is slow or blocked on something (a query, a call to another service, a lock), or the worker cannot answer its master while it works (a sync worker doing long CPU work).",
    actions: [
      "Find the request each killed worker was serving (the traceback or the access log line with the same pid) and what it waits on; fix that first.",
      "Only for work that is legitimately long: move it to a background job, or use threaded/async workers; raise the timeout last, with the proxy's timeout above it.",
    ],
    confirm: [
      "The access log shows the same endpoint taking close to the timeout on the requests that did finish.",
    ],
    ruleOut: ["The worker was killed with SIGKILL without a timeout line first: that is memory, not time."],
    repo: [
      {
        grep: "",
        fromStackTrace: true,
        files: CODE,
        what: "the line the request was running when its worker was killed",
      },
      ...REQUEST_TIMEOUT,
    ],
  },
  {
    id: "worker-pool-exhausted",
    title: "Application server out of workers: every worker busy, requests queue",
    category: "resource_limits",
    severity: "P2",
    rank: 35,
    keywords: [
      "pm.max_children",
      "max_children setting",
      "maxrequestworkers",
      "scoreboard is full",
      "listen queue of socket",
    ],
    matchers: [
      /server reached (?:pm\.)?max_children setting \((?<subject>\d+)\)/,
      /server reached MaxRequestWorkers setting/,
      /scoreboard is full, not at MaxRequestWorkers/,
      /uWSGI listen queue of socket .{1,80} full !!!/,
    ],
    sources: [
      'php/php-src sapi/fpm/fpm/fpm_process_ctl.c ("[pool %s] server reached pm.max_children setting (%d), consider raising it"; ondemand: "server reached max_children setting (%d), consider raising it")',
      'apache/httpd server/mpm/event/event.c and prefork/prefork.c (AH00484 / AH00161 "server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting"; AH03490 "scoreboard is full, not at MaxRequestWorkers")',
      'unbit/uwsgi core/master_checks.c ("*** uWSGI listen queue of socket \\"%s\\" (fd: %d) full !!! (%llu/%llu) ***")',
    ],
    subjectKind: "limit",
    consequenceOf: [
      "slow-query",
      "query-timeout",
      "dependency-timeout",
      "lock-wait-timeout",
      "connection-pool-exhausted",
    ],
    fixability: 0.2,
    cause:
      "Every worker of the application server (PHP-FPM pm.max_children, Apache MaxRequestWorkers, uWSGI processes) is busy, so new requests wait in the listen queue and time out at the proxy: either requests got slower (each holds a worker longer, usually waiting on a database or another service) or traffic grew past what the workers can serve.",
    actions: [
      "Check whether requests got slower before raising anything (the slow log, request durations): a slow dependency fills any number of workers.",
      "If the load is legitimate, raise the worker count only as far as memory allows (workers × memory per worker below the limit).",
    ],
    confirm: [
      "Request durations rose (or traffic did) when the warnings started; the status page shows every worker busy.",
    ],
    ruleOut: [
      "Durations and traffic are flat: a few requests hang (look for the worker stuck on one request).",
    ],
    repo: WORKER_COUNT,
  },
];
