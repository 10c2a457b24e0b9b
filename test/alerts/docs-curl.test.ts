import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningServe,
  serveSettingsFromEnv,
  startServe,
} from "../../src/entrypoints/cli/serve-command.js";
import { detectAlertSource } from "../../src/ingest/alerts/detect.js";
import { normalizeAlert, normalizePostableAlerts } from "../../src/ingest/alerts/index.js";
import { hasBinary } from "./services.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DOC = readFileSync(`${ROOT}docs/alerts.md`, "utf8");
const T = "docs-token-0123456789abcdef";
const S = "docs-hmac-secret-0123";
const HMAC_SOURCES = ["grafana", "pagerduty", "sentry", "github"];
const TOKEN_SOURCES = [
  "alertmanager",
  "datadog",
  "opsgenie",
  "azure",
  "gcp",
  "newrelic",
  "splunk",
  "elastic",
  "zabbix",
  "uptimekuma",
  "generic",
];

interface Block {
  script: string;
  expected: number[];
}

/** Every ```sh block of docs/alerts.md that posts with curl, with the statuses its `# → NNN` lines expect. */
function curlBlocks(): Block[] {
  return [...DOC.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? "")
    .filter((script) => /\bcurl\b.*127\.0\.0\.1:3000/.test(script))
    .map((script) => ({ script, expected: [...script.matchAll(/# → (\d{3})/g)].map((m) => Number(m[1])) }));
}

/** The path and body each curl sends: `--data-binary @$F/file` (bytes as they are: HMACs cover them) or `-d` inline. */
function requests(script: string): { path: string; body: unknown }[] {
  return [
    ...script.matchAll(
      /127\.0\.0\.1:3000(\/api\/[\w/]+)[^\n]*?(?:--data-binary @\$F\/([\w.-]+)|-d '([^']+)')/g,
    ),
  ].map((m) => ({
    path: m[1] ?? "",
    body: m[2]
      ? JSON.parse(readFileSync(`${ROOT}test/fixtures/alerts/${m[2]}`, "utf8"))
      : JSON.parse(m[3] ?? ""),
  }));
}

describe("docs/alerts.md curl samples", () => {
  const blocks = curlBlocks();

  it("cover every source and the API v2 path, each with an expected status", () => {
    const paths = blocks.flatMap((b) => requests(b.script).map((r) => r.path));
    for (const source of [...TOKEN_SOURCES, ...HMAC_SOURCES, "cloudwatch"])
      expect(paths, source).toContain(`/api/alerts/${source}`);
    expect(paths).toContain("/api/v2/alerts");
    for (const b of blocks) expect(b.expected.length, b.script).toBe(requests(b.script).length);
  });

  it("send bodies that parse and normalize to at least one incident", () => {
    for (const b of blocks)
      for (const { path, body } of requests(b.script)) {
        const source = path.split("/").at(-1) ?? "";
        if (source === "cloudwatch") continue; // the SNS envelope is read after its signature
        const result =
          path === "/api/v2/alerts" ? normalizePostableAlerts(body) : normalizeAlert(source, body);
        expect(result.status, path).toBe("ok");
        if (result.status === "ok") expect(result.incidents.length, path).toBeGreaterThan(0);
        if (path !== "/api/v2/alerts") expect(detectAlertSource(body), path).toBe(source);
      }
  });

  describe.skipIf(!hasBinary("curl") || !hasBinary("openssl"))("run against serve", () => {
    let serve: RunningServe;
    beforeAll(async () => {
      const env: Record<string, string> = { PORT: "0" };
      for (const s of TOKEN_SOURCES) env[`SENTRY_ALERT_TOKENS_${s.toUpperCase()}`] = T;
      for (const s of HMAC_SOURCES) env[`SENTRY_ALERT_HMAC_${s.toUpperCase()}`] = S;
      env.SENTRY_ALERT_SNS_TOPIC_ARNS = "arn:aws:sns:eu-west-1:123456789012:alarms";
      serve = await startServe(
        serveSettingsFromEnv(env),
        () => {},
        () => {},
      );
    });
    afterAll(() => serve?.close());

    it.each(curlBlocks().map((b) => [b.script.split("\n")[0]?.slice(0, 90), b] as const))(
      "%s",
      async (_name, block) => {
        // Each curl prints only its status; everything else in the block runs as written.
        const script = [
          "set -e",
          `curl() { command curl -o /dev/null -w '%{http_code}\\n' "$@"; }`,
          block.script.replaceAll("http://127.0.0.1:3000", `http://127.0.0.1:${serve.port}`),
        ].join("\n");
        // Async: the server answering these curls runs in this process.
        const run = await promisify(execFile)("bash", ["--norc", "--noprofile", "-c", script], {
          cwd: ROOT,
          encoding: "utf8",
          env: {
            PATH: process.env.PATH ?? "",
            T,
            S,
            H: "content-type: application/json",
            F: "test/fixtures/alerts",
          },
          timeout: 20_000,
        });
        expect(run.stdout.trim().split("\n").map(Number), run.stderr).toEqual(block.expected);
      },
    );
  });
});
