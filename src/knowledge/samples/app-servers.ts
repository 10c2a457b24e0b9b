import type { Sample } from "./sample.js";

/** Real phrasings for the entries in patterns/app-servers.ts, as each server's master logs them. */
export const APP_SERVER_SAMPLES: Record<string, Sample> = {
  "worker-killed-sigkill": {
    match: [
      "[2026-12-07 03:05:12 +0000] [1] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?",
      "[2026-12-07 03:05:12 +0000] [1] [WARNING] Worker with pid 9 was terminated due to signal 9",
      "DAMN ! worker 3 (pid: 21576) died, killed by signal 9 :( trying respawn ...",
      "[2026-02-22 10:27:55,798: ERROR/MainProcess] Process 'ForkPoolWorker-14' pid:2058 exited with 'signal 9 (SIGKILL)'",
      "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 4.",
      "[07-Dec-2026 03:10:44] WARNING: [pool www] child 31337 exited on signal 9 (SIGKILL) after 45.678912 seconds from start",
    ],
    nearMiss: [
      "[2026-12-07 03:05:12 +0000] [1] [INFO] Worker (pid:9) was sent SIGTERM!",
      "[2026-12-07 03:05:12 +0000] [1] [WARNING] Worker with pid 9 was terminated due to signal 15",
      "DAMN ! worker 3 (pid: 21576) died, killed by signal 15 :( trying respawn ...",
      "[07-Dec-2026 03:10:44] NOTICE: [pool www] child 31337 exited with code 0 after 45.678912 seconds from start",
      "[2026-12-07 03:05:12 +0000] [31] [INFO] Booting worker with pid: 31",
    ],
  },
  "worker-request-timeout": {
    match: [
      "[2026-12-07 02:15:41 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:7)",
      "*** HARAKIRI ON WORKER 13 (pid: 21576, try: 1) ***",
      "[4] ! Terminating timed out worker: 6",
      "[4] ! Terminating timed out worker (Worker 0 failed to check in within 60 seconds): 1234",
      "E, [2026-12-07T02:15:41.000000 #1] ERROR -- : worker=0 PID:1234 timeout (61s > 60s), killing",
      "[07-Dec-2026 02:15:41] WARNING: [pool www] child 4242, script '/var/www/html/index.php' (request: \"GET /index.php?report=annual\") execution timed out (30.123456 sec), terminating",
      "[2026-12-07 02:15:41,000: ERROR/MainProcess] Hard time limit (300s) exceeded for reports.tasks.build_annual[1f0c2a9e-0b7d-4c1e-9a53-2f1d8e7c6b5a]",
      '[2026-12-07 02:15:41 +0000] [7] [ERROR] Error handling request /api/reports/annual\nTraceback (most recent call last):\n  File "/app/reports/views.py", line 88, in annual\n    rows = list(cursor.fetchall())\n  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 203, in handle_abort\n    sys.exit(1)\nSystemExit: 1',
    ],
    nearMiss: [
      "[2026-12-07 02:15:41 +0000] [1] [INFO] Worker exiting (pid: 7)",
      "[2026-12-07 02:15:41,000: WARNING/MainProcess] Soft time limit (240s) exceeded for reports.tasks.build_annual[1f0c2a9e]",
      "uwsgi: harakiri = 60 configured for every worker",
      "worker_timeout 60 in config/puma.rb",
    ],
  },
  "worker-pool-exhausted": {
    match: [
      "[07-Dec-2026 03:11:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it",
      "[Mon Dec 07 03:10:05.123456 2026] [mpm_prefork:error] [pid 1234] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
      "[Mon Dec 07 03:10:05.123456 2026] [mpm_event:error] [pid 1:tid 140000] AH03490: scoreboard is full, not at MaxRequestWorkers.Increase ServerLimit.",
      'Thu May  7 12:31:46 2015 - *** uWSGI listen queue of socket "127.0.0.1:56644" (fd: 4) full !!! (101/100) ***',
    ],
    nearMiss: ["[07-Dec-2026 03:11:05] NOTICE: [pool www] child 4242 started", "pm.max_children = 50"],
    subject: "5",
  },
};
