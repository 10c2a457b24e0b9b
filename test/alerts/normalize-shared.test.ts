import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IncidentSchema } from "../../src/core/incident.js";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { HAS_SHARED_ALERTS, SHARED_ALERTS_DIR, skipMessage } from "../setup/shared-data.js";
import { fixture, NOW } from "./fixtures.js";

/**
 * Every payload in ../shared/fixtures/alerts, with what it must become. A new file there fails the
 * "covers every file" test until it gets an expectation here.
 */
type Expectation =
  | { source: string; ok: { status: string; fingerprint: string; severity?: string; service?: string }[] }
  | { source: string; invalid: string }
  | { source: string; notABody: string };

const EXPECTED: Record<string, Expectation> = {
  "alertmanager.firing.json": {
    source: "alertmanager",
    ok: [
      {
        status: "firing",
        fingerprint: "alertmanager:3fc9050459d0402c",
        severity: "P1",
        service: "checkout-api",
      },
      {
        status: "firing",
        fingerprint: "alertmanager:878e217c114e1649",
        severity: "P1",
        service: "checkout-api",
      },
    ],
  },
  "alertmanager.partially-resolved.json": {
    source: "alertmanager",
    ok: [
      { status: "resolved", fingerprint: "alertmanager:3fc9050459d0402c" },
      { status: "firing", fingerprint: "alertmanager:878e217c114e1649" },
    ],
  },
  "alertmanager.resolved.json": {
    source: "alertmanager",
    ok: [{ status: "resolved", fingerprint: "alertmanager:878e217c114e1649" }],
  },
  "grafana.firing.json": {
    source: "grafana",
    ok: [
      { status: "firing", fingerprint: "grafana::c6eadffa33fcdf37" },
      { status: "firing", fingerprint: "grafana::bc97ff14869b13e3" },
    ],
  },
  "grafana.resolved.json": {
    source: "grafana",
    ok: [{ status: "resolved", fingerprint: "grafana:fe3k9x2lqy6tcb:2f1d6a8c9b0e4d37", severity: "P1" }],
  },
  "pagerduty.incident-priority-updated.json": {
    source: "pagerduty",
    ok: [{ status: "firing", fingerprint: "pagerduty:PGR0VU2", severity: "P1" }],
  },
  "pagerduty.incident-triggered.json": {
    source: "pagerduty",
    ok: [{ status: "firing", fingerprint: "pagerduty:Q1Z8X4KD7RB2MN", severity: "P1" }],
  },
  "pagerduty.incident-resolved.json": {
    source: "pagerduty",
    ok: [{ status: "resolved", fingerprint: "pagerduty:Q1Z8X4KD7RB2MN" }],
  },
  "datadog.custom.triggered.json": {
    source: "datadog",
    ok: [
      {
        status: "firing",
        fingerprint: "datadog:98765432:host:api-7f9c.prod",
        severity: "P1",
        service: "checkout-api",
      },
    ],
  },
  "datadog.custom.recovered.json": {
    source: "datadog",
    ok: [{ status: "resolved", fingerprint: "datadog:98765432:host:api-7f9c.prod" }],
  },
  "datadog.default.json": {
    source: "datadog",
    ok: [{ status: "firing", fingerprint: "datadog:98765432:host:api-7f9c.prod" }],
  },
  "datadog.custom.template.json": { source: "datadog", invalid: "title" },
  "datadog.default.template.json": { source: "datadog", invalid: "title" },
  "sentry.issue-alert.json": {
    source: "sentry",
    ok: [{ status: "firing", fingerprint: "sentry:issue:1117540176", severity: "P2" }],
  },
  "sentry.issue-created.json": {
    source: "sentry",
    ok: [{ status: "firing", fingerprint: "sentry:issue:1170820242", service: "front-end" }],
  },
  "sentry.metric-alert.resolved.json": {
    source: "sentry",
    ok: [{ status: "resolved", fingerprint: "sentry:metric:4" }],
  },
  "opsgenie.create.json": {
    source: "opsgenie",
    ok: [
      {
        status: "firing",
        fingerprint: "opsgenie:c5111b0222529e358b749f419ed7bf15cdac3e2199c6e629200355cdf7824df3",
        severity: "P1",
        service: "checkout-api",
      },
    ],
  },
  "opsgenie.close.json": {
    source: "opsgenie",
    ok: [{ status: "resolved", fingerprint: "opsgenie:aliastest" }],
  },
  "cloudwatch-sns.notification.json": {
    source: "cloudwatch",
    ok: [
      {
        status: "firing",
        fingerprint: "cloudwatch:arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-api-5xx-rate-high",
      },
    ],
  },
  "cloudwatch-sns.notification.ok.json": {
    source: "cloudwatch",
    ok: [
      {
        status: "resolved",
        fingerprint: "cloudwatch:arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-api-5xx-rate-high",
      },
    ],
  },
  "cloudwatch-sns.subscription-confirmation.json": { source: "cloudwatch", ok: [] },
  "cloudwatch-sns.unsubscribe-confirmation.json": { source: "cloudwatch", ok: [] },
  // An SNS notification whose Message is not a CloudWatch alarm ("Hello world!").
  "sns.notification.aws-docs-example.json": { source: "cloudwatch", invalid: "Message" },
  "cloudwatch-alarm.message.decoded.json": {
    source: "cloudwatch",
    notABody: "the decoded Message, not an HTTP body",
  },
  "github.repository_dispatch.json": { source: "github", ok: [] },
  "github.workflow_dispatch.json": { source: "github", ok: [] },
  "github.repository_dispatch.alert.json": {
    source: "github",
    ok: [
      {
        status: "firing",
        fingerprint: "alertmanager:878e217c114e1649",
        severity: "P1",
        service: "checkout-api",
      },
    ],
  },
  "github.dispatches-request.json": {
    source: "github",
    ok: [{ status: "firing", fingerprint: "alertmanager:878e217c114e1649" }],
  },
  "github.workflow-dispatch-request.json": {
    source: "github",
    ok: [{ status: "firing", fingerprint: "alertmanager:878e217c114e1649" }],
  },
  "hmac.signature-vectors.json": { source: "generic", notABody: "signature test vectors" },
  "sns.signature-vectors.json": { source: "cloudwatch", notABody: "signature test vectors" },
};

describe.skipIf(!HAS_SHARED_ALERTS)(
  `every shared alert payload ${HAS_SHARED_ALERTS ? "" : skipMessage("../shared/fixtures/alerts")}`,
  () => {
    const files = HAS_SHARED_ALERTS ? readdirSync(SHARED_ALERTS_DIR).filter((f) => f.endsWith(".json")) : [];

    it("covers every file", () => {
      expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
    });

    it.each(files)("%s", (file) => {
      const expected = EXPECTED[file];
      if (!expected) throw new Error(`no expectation for ${file}`);
      const body = fixture(file, SHARED_ALERTS_DIR);
      const result = normalizeAlert(expected.source, body, { now: NOW });
      if ("notABody" in expected) {
        // Not a request body: it must be refused with a reason, never crash or pass as an incident.
        expect(result.status).toBe("invalid");
        return;
      }
      if ("invalid" in expected) {
        expect(result).toMatchObject({ status: "invalid", path: expected.invalid });
        return;
      }
      if (result.status !== "ok") throw new Error(`${file}: ${result.path}: ${result.reason}`);
      expect(result.incidents.map((i) => ({ status: i.status, fingerprint: i.fingerprint }))).toEqual(
        expected.ok.map((e) => ({ status: e.status, fingerprint: e.fingerprint })),
      );
      for (const [i, incident] of result.incidents.entries()) {
        expect(IncidentSchema.safeParse(incident).success).toBe(true);
        expect(incident.raw).toBe(body);
        const e = expected.ok[i];
        if (e?.severity) expect(incident.severity).toBe(e.severity);
        if (e?.service) expect(incident.service).toBe(e.service);
        if (incident.status === "resolved") expect(incident.endedAt).toBeDefined();
      }
    });
  },
);
