import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError, UsageError } from "../../src/core/errors.js";
import { alertsCommand } from "../../src/entrypoints/cli/alerts-command.js";
import type { CliIo } from "../../src/entrypoints/cli/cli-io.js";
import { serveSettingsFromEnv, startServe } from "../../src/entrypoints/cli/serve-command.js";
import type { AlertIncidentEvent } from "../../src/server/alert-route.js";
import { LOCAL_ALERTS_DIR } from "./fixtures.js";

function fakeIo(stdinText = ""): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  let text = "";
  stdout.on("data", (c: Buffer) => {
    text += c.toString();
  });
  const stdin = new PassThrough();
  stdin.end(stdinText);
  return {
    stdout,
    stderr: new PassThrough(),
    stdin,
    env: {},
    cwd: LOCAL_ALERTS_DIR,
    interactive: false,
    out: () => text,
  };
}

describe("claude-sentry alerts normalize", () => {
  it("refuses a deeply nested alert with one line (exit 2), not a stack overflow", async () => {
    const deep = `{"title":"x","extra":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    await expect(alertsCommand.run(["normalize", "-"], fakeIo(deep))).rejects.toThrow(
      /refused: nested deeper than 64 levels/,
    );
    await expect(alertsCommand.run(["normalize", "-"], fakeIo(deep))).rejects.toBeInstanceOf(UsageError);
  });

  it("detects the generic form, Sentry's plugin shape, and says what it looked for when it cannot tell", async () => {
    const generic = fakeIo(
      JSON.stringify({ title: "disk full on db-1", severity: "critical", service: "db" }),
    );
    expect(await alertsCommand.run(["normalize", "-"], generic)).toBe(0);
    expect(JSON.parse(generic.out())).toEqual([
      expect.objectContaining({ source: "generic", severity: "P1" }),
    ]);
    const plugin = fakeIo();
    expect(await alertsCommand.run(["normalize", "sentry.plugin.firing.json"], plugin)).toBe(0);
    expect(plugin.out()).toContain('"fingerprint": "sentry:issue:4829105531"');
    const withFlag = fakeIo();
    expect(
      await alertsCommand.run(["normalize", "--source", "sentry", "sentry.plugin.firing.json"], withFlag),
    ).toBe(0);
    const unknown = alertsCommand.run(["normalize", "-"], fakeIo(JSON.stringify({ message: "x" })));
    await expect(unknown).rejects.toBeInstanceOf(UsageError);
    await expect(alertsCommand.run(["normalize", "-"], fakeIo('{"message":"x"}'))).rejects.toThrow(
      /looked for .*generic: title/,
    );
  });

  it("prints the incidents of a payload as JSON", async () => {
    const io = fakeIo();
    expect(
      await alertsCommand.run(["normalize", "--source", "alertmanager", "alertmanager.firing.json"], io),
    ).toBe(0);
    const incidents = JSON.parse(io.out()) as { id: string; status: string }[];
    expect(incidents.map((i) => i.status)).toEqual(["firing", "firing"]);
    expect(incidents[0]?.id).toMatch(/^inc-[0-9a-f]{12}$/);
  });

  it("guesses the source, reads stdin, and names the missing field of a bad payload", async () => {
    const io = fakeIo(JSON.stringify({ action: "Create", alert: { message: "x" } }));
    await expect(alertsCommand.run(["normalize", "--source", "opsgenie", "-"], io)).rejects.toThrow(
      /alert\.alertId/,
    );
    const guessed = fakeIo();
    expect(await alertsCommand.run(["normalize", "pagerduty.incident-resolved.json"], guessed)).toBe(0);
    expect(guessed.out()).toContain('"fingerprint": "pagerduty:Q1Z8X4KD7RB2MN"');
    await expect(alertsCommand.run(["normalize", "missing.json"], fakeIo())).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});

describe("claude-sentry serve", () => {
  it("reads per-source credentials and limits from the environment, naming a bad variable", () => {
    const settings = serveSettingsFromEnv({
      SENTRY_ALERT_TOKENS_ALERTMANAGER: "a-token-of-sixteen-chars, another-token-0123456",
      SENTRY_ALERT_HMAC_PAGERDUTY: "old-secret-1,new-secret-2",
      SENTRY_ALERT_SNS_TOPIC_ARNS: "arn:aws:sns:us-east-1:1:t",
      SENTRY_ALERT_BODY_LIMIT: "65536",
      PORT: "0",
    });
    expect(settings.auth.sources.alertmanager?.tokens).toEqual([
      "a-token-of-sixteen-chars",
      "another-token-0123456",
    ]);
    expect(settings.auth.sources.pagerduty?.hmacSecrets).toEqual(["old-secret-1", "new-secret-2"]);
    expect(settings.auth.sources.cloudwatch?.topicArns).toEqual(["arn:aws:sns:us-east-1:1:t"]);
    expect(settings.bodyLimit).toBe(65536);
    expect(() => serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_DATADOG: "short" })).toThrow(ConfigError);
    expect(() => serveSettingsFromEnv({ SENTRY_ALERT_BODY_LIMIT: "lots" })).toThrow(
      /SENTRY_ALERT_BODY_LIMIT/,
    );
    expect(() => serveSettingsFromEnv({ REDIS_URL: "http://x" })).toThrow(/REDIS_URL/);
  });

  it("groups alerts of one service only when the operator turns it on", () => {
    expect(serveSettingsFromEnv({}).dedupe.groupByService).toBe(false);
    const on = serveSettingsFromEnv({
      SENTRY_ALERT_GROUP_BY_SERVICE: "1",
      SENTRY_ALERT_GROUP_WINDOW_SECONDS: "60",
    });
    expect(on.dedupe).toMatchObject({ groupByService: true, groupWindowMs: 60_000 });
    expect(() => serveSettingsFromEnv({ SENTRY_ALERT_GROUP_BY_SERVICE: "yes please" })).toThrow(
      /SENTRY_ALERT_GROUP_BY_SERVICE/,
    );
  });

  it("serves the alert route on loopback and hands events on after acknowledging", async () => {
    const token = "serve-token-0123456789";
    const events: AlertIncidentEvent[] = [];
    const running = await startServe(
      serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_GENERIC: token, PORT: "0" }),
      (e) => {
        events.push(e);
      },
      () => {},
    );
    try {
      const res = await fetch(`http://127.0.0.1:${running.port}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: "disk full on db-1", service: "db", severity: "critical" }),
      });
      expect(res.status).toBe(202);
      const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await running.close();
    }
    expect(events.map((e) => [e.kind, e.incident.severity, e.incident.service])).toEqual([
      ["opened", "P1", "db"],
    ]);
  });
});
