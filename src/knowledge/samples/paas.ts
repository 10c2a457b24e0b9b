import type { Sample } from "./sample.js";

/** Real phrasings for the entries in patterns/paas-heroku.ts, as Heroku's error-code reference prints them. */
export const PAAS_SAMPLES: Record<string, Sample> = {
  "heroku-memory-quota": {
    match: [
      "2026-12-05T10:40:10.000000+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)",
      "2026-12-05T10:40:11+00:00 heroku[worker.1]: Process running mem=1028M(100.4%)",
      "2026-12-05T10:41:10+00:00 heroku[web.2]: Error R15 (Memory quota vastly exceeded)",
    ],
    nearMiss: [
      "2026-12-05T10:40:11+00:00 heroku[web.1]: Process running mem=412M(80.4%)",
      "2026-12-05T10:40:11+00:00 heroku[web.1]: source=web.1 dyno=heroku.1234 sample#memory_total=412.11MB sample#memory_quota=512.00MB",
    ],
    subject: "R14",
  },
  "heroku-boot-timeout": {
    match: [
      "2026-12-05T10:31:38+00:00 heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch",
      '2026-12-05T10:31:38+00:00 heroku[router]: at=error code=H20 desc="App boot timeout" method=GET path="/" host=shop.herokuapp.com fwd=17.17.17.17 dyno= connect= service= status=503 bytes=',
    ],
    nearMiss: [
      "2026-12-05T10:31:08+00:00 app[web.1]: Listening on tcp://0.0.0.0:41283 (PORT from the environment)",
      "2026-12-05T10:31:00+00:00 heroku[web.1]: Starting process with command `bundle exec puma -C config/puma.rb`",
    ],
  },
  "heroku-request-timeout": {
    match: [
      '2026-12-05T10:51:37+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/reports" host=shop.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="17.17.17.17" dyno=web.1 connect=6ms service=30001ms status=503 bytes=0',
      "2010-10-06T21:51:37-07:00 heroku[router]: Error H12 (Request timeout) -> GET myapp.heroku.com/ web=web.1 queue=0 wait=0ms service=30000ms bytes=0",
    ],
    nearMiss: [
      '2026-12-05T10:51:37+00:00 heroku[router]: at=info method=GET path="/reports" host=shop.herokuapp.com request_id=1 fwd="17.17.17.17" dyno=web.1 connect=1ms service=2301ms status=200 bytes=5120',
      "2026-12-05T10:51:37+00:00 app[web.1]: Rack::Timeout request timeout set to 25 seconds",
    ],
    belowCount: true,
    subject: "/reports",
  },
  "heroku-app-crashed": {
    match: [
      '2026-12-05T10:51:12+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=shop.herokuapp.com fwd=17.17.17.17 dyno= connect= service= status=503 bytes=',
      "2010-10-06T21:51:12-07:00 heroku[router]: Error H10 (App crashed) -> GET myapp.heroku.com/ web=web.1 queue=0 wait=0ms service=0ms bytes=0",
    ],
    nearMiss: [
      "2026-12-05T10:51:10+00:00 heroku[web.1]: State changed from crashed to starting",
      "2026-12-05T10:51:10+00:00 app[web.1]: Recovered after the app crashed last night: see the post-mortem",
    ],
  },
};
