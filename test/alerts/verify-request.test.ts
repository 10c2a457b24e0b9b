import { describe, expect, it } from "vitest";
import { hmacHex } from "../../src/ingest/alerts/auth/constant-time.js";
import { isSnsUrl, type SnsDeps } from "../../src/ingest/alerts/auth/sns.js";
import {
  type AlertAuthSettings,
  AlertAuthSettingsSchema,
  verifyRequest,
} from "../../src/ingest/alerts/auth/verify-request.js";
import { fixture } from "./fixtures.js";

interface HmacVectors {
  pagerduty: {
    secret: string;
    rawBody: string;
    validHeaderValue: string;
    invalidHeaderValue: string;
    rotationHeaderValue: string;
  };
  grafana: {
    secret: string;
    rawBody: string;
    signatureNoTimestamp: string;
    timestamp: string;
    signatureWithTimestamp: string;
  };
  sentry: { secret: string; rawBody: string; signature: string };
  github: { secret: string; rawBody: string; headerValue: string };
}
interface SnsVectors {
  certificatePem: string;
  messages: Record<string, string>[];
}

const V = fixture<HmacVectors>("hmac.signature-vectors.json");
const SNS = fixture<SnsVectors>("sns.signature-vectors.json");
const NOW = new Date("2026-11-24T03:00:00Z");

function settings(sources: Record<string, unknown>): AlertAuthSettings {
  return AlertAuthSettingsSchema.parse({ sources });
}
const body = (text: string) => Buffer.from(text, "utf8");

describe("HMAC vendors, against the published vectors", () => {
  const pd = settings({ pagerduty: { hmacSecrets: [V.pagerduty.secret] } });
  it("PagerDuty: valid, invalid, and several signatures during a rotation", async () => {
    const check = (sig: string, raw = V.pagerduty.rawBody) =>
      verifyRequest("pagerduty", { "x-pagerduty-signature": sig }, body(raw), pd, NOW);
    expect(await check(V.pagerduty.validHeaderValue)).toEqual({ status: "ok" });
    expect((await check(V.pagerduty.invalidHeaderValue)).status).toBe("denied");
    expect(await check(V.pagerduty.rotationHeaderValue)).toEqual({ status: "ok" });
    expect((await check(V.pagerduty.validHeaderValue, V.pagerduty.rawBody.replace("P1", "P2"))).status).toBe(
      "denied",
    );
    expect((await verifyRequest("pagerduty", {}, body(V.pagerduty.rawBody), pd, NOW)).status).toBe("denied");
  });

  it("PagerDuty: a new secret beside the old one (our side of a rotation)", async () => {
    const both = settings({ pagerduty: { hmacSecrets: ["a-new-secret-xyz", V.pagerduty.secret] } });
    const r = await verifyRequest(
      "pagerduty",
      { "x-pagerduty-signature": V.pagerduty.validHeaderValue },
      body(V.pagerduty.rawBody),
      both,
      NOW,
    );
    expect(r.status).toBe("ok");
  });

  it("Grafana without and with a signed timestamp; an old timestamp is a replay", async () => {
    const g = V.grafana;
    const plain = settings({ grafana: { hmacSecrets: [g.secret] } });
    const signed = settings({
      grafana: { hmacSecrets: [g.secret], timestampHeader: "X-Grafana-Alerting-Timestamp" },
    });
    const at = new Date(Number(g.timestamp) * 1000 + 10_000);
    expect(
      (
        await verifyRequest(
          "grafana",
          { "x-grafana-alerting-signature": g.signatureNoTimestamp },
          body(g.rawBody),
          plain,
          NOW,
        )
      ).status,
    ).toBe("ok");
    const headers = {
      "x-grafana-alerting-signature": g.signatureWithTimestamp,
      "x-grafana-alerting-timestamp": g.timestamp,
    };
    expect((await verifyRequest("grafana", headers, body(g.rawBody), signed, at)).status).toBe("ok");
    const late = new Date(Number(g.timestamp) * 1000 + 301_000);
    expect(await verifyRequest("grafana", headers, body(g.rawBody), signed, late)).toMatchObject({
      status: "denied",
      reason: expect.stringMatching(/tolerance/),
    });
    const moved = { ...headers, "x-grafana-alerting-timestamp": String(Number(g.timestamp) + 60) };
    expect((await verifyRequest("grafana", moved, body(g.rawBody), signed, at)).status).toBe("denied");
    expect(
      (
        await verifyRequest(
          "grafana",
          { "x-grafana-alerting-signature": g.signatureNoTimestamp },
          body(`${g.rawBody} `),
          plain,
          NOW,
        )
      ).status,
    ).toBe("denied");
  });

  it("Sentry and GitHub", async () => {
    const s = settings({
      sentry: { hmacSecrets: [V.sentry.secret] },
      github: { hmacSecrets: [V.github.secret] },
    });
    expect(
      (
        await verifyRequest(
          "sentry",
          { "sentry-hook-signature": V.sentry.signature },
          body(V.sentry.rawBody),
          s,
          NOW,
        )
      ).status,
    ).toBe("ok");
    expect(
      (
        await verifyRequest(
          "sentry",
          { "sentry-hook-signature": V.sentry.signature },
          body(V.sentry.rawBody.replace("error", "fatal")),
          s,
          NOW,
        )
      ).status,
    ).toBe("denied");
    expect(
      (
        await verifyRequest(
          "sentry",
          { "sentry-hook-signature": "0".repeat(64) },
          body(V.sentry.rawBody),
          s,
          NOW,
        )
      ).status,
    ).toBe("denied");
    expect(
      (
        await verifyRequest(
          "github",
          { "x-hub-signature-256": V.github.headerValue },
          body(V.github.rawBody),
          s,
          NOW,
        )
      ).status,
    ).toBe("ok");
    expect(
      (
        await verifyRequest(
          "github",
          { "x-hub-signature-256": V.github.headerValue.replace("sha256=8", "sha256=9") },
          body(V.github.rawBody),
          s,
          NOW,
        )
      ).status,
    ).toBe("denied");
  });

  it("generic: signs timestamp and body, refuses an old one", async () => {
    const s = settings({ generic: { hmacSecrets: ["generic-secret-123"] } });
    const raw = '{"title":"disk full"}';
    const ts = String(Math.floor(NOW.getTime() / 1000));
    const sig = `v1=${hmacHex("generic-secret-123", `${ts}.`, raw)}`;
    expect(
      (
        await verifyRequest(
          "generic",
          { "x-sentry-signature": sig, "x-sentry-timestamp": ts },
          body(raw),
          s,
          NOW,
        )
      ).status,
    ).toBe("ok");
    const later = new Date(NOW.getTime() + 3600_000);
    expect(
      (
        await verifyRequest(
          "generic",
          { "x-sentry-signature": sig, "x-sentry-timestamp": ts },
          body(raw),
          s,
          later,
        )
      ).status,
    ).toBe("denied");
  });
});

describe("token sources (Alertmanager, Datadog, Opsgenie)", () => {
  const token = "a-long-shared-token-0123456789";
  const s = settings({
    alertmanager: { tokens: [token] },
    datadog: { tokens: [token] },
    opsgenie: { tokens: [token] },
  });
  const raw = body("{}");
  it("accepts bearer, basic password and the custom header; refuses wrong and missing", async () => {
    expect(
      (await verifyRequest("alertmanager", { authorization: `Bearer ${token}` }, raw, s, NOW)).status,
    ).toBe("ok");
    const basic = Buffer.from(`datadog:${token}`).toString("base64");
    expect((await verifyRequest("datadog", { authorization: `Basic ${basic}` }, raw, s, NOW)).status).toBe(
      "ok",
    );
    expect((await verifyRequest("opsgenie", { "x-sentry-token": token }, raw, s, NOW)).status).toBe("ok");
    expect(
      (await verifyRequest("alertmanager", { authorization: `Bearer ${token}x` }, raw, s, NOW)).status,
    ).toBe("denied");
    expect((await verifyRequest("alertmanager", {}, raw, s, NOW)).status).toBe("denied");
  });
  it("a source with nothing configured is refused", async () => {
    expect(await verifyRequest("grafana", { authorization: `Bearer ${token}` }, raw, s, NOW)).toMatchObject({
      status: "denied",
    });
  });
});

describe("SNS (CloudWatch) against the AWS-signed vectors", () => {
  const fetched: string[] = [];
  const deps: SnsDeps = {
    fetchCertificate: async (url) => {
      fetched.push(url);
      return SNS.certificatePem;
    },
  };
  const topicsOf = SNS.messages.map((m) => m.TopicArn as string);
  const s = settings({ cloudwatch: { topicArns: topicsOf } });
  const at = (m: Record<string, string>) => new Date(Date.parse(m.Timestamp as string) + 5_000);

  it.each(SNS.messages.map((m, i) => [i, m.SignatureVersion, m] as const))(
    "vector %i (SignatureVersion %s) verifies",
    async (_i, _v, m) => {
      const r = await verifyRequest("cloudwatch", {}, body(JSON.stringify(m)), s, at(m), deps);
      expect(r.status).toBe("ok");
    },
  );

  it("a tampered message, a wrong topic, an old timestamp and a foreign certificate host are refused", async () => {
    const m = SNS.messages[0] as Record<string, string>;
    const tampered = { ...m, Message: "Hello world!" };
    expect(
      (await verifyRequest("cloudwatch", {}, body(JSON.stringify(tampered)), s, at(m), deps)).status,
    ).toBe("denied");
    const other = settings({ cloudwatch: { topicArns: ["arn:aws:sns:us-east-1:1:other"] } });
    expect(await verifyRequest("cloudwatch", {}, body(JSON.stringify(m)), other, at(m), deps)).toMatchObject({
      reason: expect.stringMatching(/topic/),
    });
    const late = new Date(Date.parse(m.Timestamp as string) + 2 * 3600_000);
    expect(await verifyRequest("cloudwatch", {}, body(JSON.stringify(m)), s, late, deps)).toMatchObject({
      reason: expect.stringMatching(/tolerance/),
    });
    const before = fetched.length;
    const evil = { ...m, SigningCertURL: "https://sns.us-east-2.amazonaws.com.evil.example/cert.pem" };
    expect((await verifyRequest("cloudwatch", {}, body(JSON.stringify(evil)), s, at(m), deps)).status).toBe(
      "denied",
    );
    expect(fetched.length).toBe(before); // never fetched from a foreign host
    const sig = m.Signature as string;
    const flipped = { ...m, Signature: `${sig.slice(0, 10)}${sig[10] === "A" ? "B" : "A"}${sig.slice(11)}` };
    expect(
      (await verifyRequest("cloudwatch", {}, body(JSON.stringify(flipped)), s, at(m), deps)).status,
    ).toBe("denied");
  });

  it("certificate and subscription URLs must be https on the SNS host pattern", () => {
    expect(isSnsUrl("https://sns.us-east-2.amazonaws.com/SimpleNotificationService-x.pem", true)).toBe(true);
    expect(isSnsUrl("https://sns.cn-north-1.amazonaws.com.cn/x.pem", true)).toBe(true);
    expect(isSnsUrl("http://sns.us-east-2.amazonaws.com/x.pem", true)).toBe(false);
    expect(isSnsUrl("https://sns.us-east-2.amazonaws.com/x.txt", true)).toBe(false);
    expect(isSnsUrl("https://evil.com/sns.us-east-2.amazonaws.com/x.pem", true)).toBe(false);
    expect(isSnsUrl("https://sns.us-east-2.amazonaws.com@evil.com/x.pem", true)).toBe(false);
    expect(isSnsUrl("https://sns.us-east-2.amazonaws.com:8443/x.pem", true)).toBe(false);
    expect(isSnsUrl("not a url", false)).toBe(false);
  });
});
