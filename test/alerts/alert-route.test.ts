import { createSign, generateKeyPairSync } from "node:crypto";
import autocannon from "autocannon";
import { afterEach, describe, expect, it } from "vitest";
import { hmacHex } from "../../src/ingest/alerts/auth/constant-time.js";
import { snsStringToSign } from "../../src/ingest/alerts/auth/sns.js";
import { fixture, fixtureText } from "./fixtures.js";
import { type Harness, post, startHarness, TOKEN } from "./harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("POST /api/alerts/:source", () => {
  it("acknowledges with 202 before the pipeline callback has run", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let finished = 0;
    h = await startHarness({
      onIncident: async () => {
        await gate;
        finished += 1;
      },
    });
    const res = await post(`${h.url}/api/alerts/alertmanager`, fixtureText("alertmanager.firing.json"));
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({
      status: "accepted",
      incidents: [expect.stringMatching(/^inc-[0-9a-f]{12}$/), expect.any(String)],
    });
    // Every callback is still blocked on the gate, yet the vendor already has its answer.
    expect(finished).toBe(0);
    release();
    await h.idle();
    expect(finished).toBe(2);
    // Two alerts of one service, grouping off (the default): two incidents.
    expect(h.events.map((e) => e.kind).sort()).toEqual(["opened", "opened"]);
  });

  it("refuses forged requests with 401 and stores nothing", async () => {
    h = await startHarness();
    const bad = await post(`${h.url}/api/alerts/alertmanager`, fixtureText("alertmanager.firing.json"), {
      authorization: "Bearer nope",
    });
    expect(bad.status).toBe(401);
    const none = await fetch(`${h.url}/api/alerts/alertmanager`, { method: "POST", body: "{}" });
    expect(none.status).toBe(401);
    await h.idle();
    expect(h.events).toEqual([]);
    // The same body, properly authenticated, is new: the forged attempt left no delivery record behind.
    const good = await post(`${h.url}/api/alerts/alertmanager`, fixtureText("alertmanager.firing.json"));
    expect(good.status).toBe(202);
  });

  it("400 names the missing field; malformed JSON is a 400 too", async () => {
    h = await startHarness();
    const res = await post(`${h.url}/api/alerts/alertmanager`, {
      status: "firing",
      alerts: [{ status: "firing" }],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ path: "alerts.0.labels" });
    const junk = await post(`${h.url}/api/alerts/generic`, "{not json");
    expect(junk.status).toBe(400);
    expect(await junk.json()).toMatchObject({ path: "(body)" });
  });

  it("404 for an unknown source, 405 for GET, 415 for a form body, 413 past the body limit", async () => {
    h = await startHarness({ route: { bodyLimit: 2048 } });
    expect((await post(`${h.url}/api/alerts/nagios`, {})).status).toBe(404);
    expect((await fetch(`${h.url}/api/alerts/generic`)).status).toBe(405);
    expect(
      (
        await post(`${h.url}/api/alerts/generic`, "a=b", {
          "content-type": "application/x-www-form-urlencoded",
        })
      ).status,
    ).toBe(415);
    const big = await post(`${h.url}/api/alerts/generic`, { title: "x".repeat(4096) });
    expect(big.status).toBe(413);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it("a vendor retry of the same delivery is acknowledged once and processed once", async () => {
    const secret = "pd-secret-0123456789";
    h = await startHarness({ sources: { pagerduty: { hmacSecrets: [secret] } } });
    const raw = fixtureText("pagerduty.incident-triggered.json");
    const headers = { "x-pagerduty-signature": `v1=${hmacHex(secret, raw)}`, "x-webhook-id": "delivery-1" };
    const first = await post(`${h.url}/api/alerts/pagerduty`, raw, headers);
    const retry = await post(`${h.url}/api/alerts/pagerduty`, raw, headers);
    expect([first.status, retry.status]).toEqual([202, 200]);
    await h.idle();
    expect(h.events.map((e) => e.kind)).toEqual(["opened"]);
  });

  it("Sentry and Grafana over HTTP: signed over the raw bytes, tampered bodies refused", async () => {
    const sentrySecret = "sentry-client-secret-0123";
    const grafanaSecret = "grafana-hmac-secret-0123";
    h = await startHarness({
      sources: {
        sentry: { hmacSecrets: [sentrySecret] },
        grafana: { hmacSecrets: [grafanaSecret], timestampHeader: "X-Grafana-Alerting-Timestamp" },
      },
    });
    const sentryRaw = fixtureText("sentry.issue-created.json");
    const sentrySig = {
      "sentry-hook-signature": hmacHex(sentrySecret, sentryRaw),
      "sentry-hook-resource": "issue",
    };
    expect((await post(`${h.url}/api/alerts/sentry`, sentryRaw, sentrySig)).status).toBe(202);
    expect(
      (await post(`${h.url}/api/alerts/sentry`, sentryRaw.replace("error", "fatal"), sentrySig)).status,
    ).toBe(401);
    const grafanaRaw = fixtureText("grafana.firing.json");
    const ts = String(Math.floor(Date.now() / 1000));
    const grafanaHeaders = (at: string) => ({
      "x-grafana-alerting-timestamp": at,
      "x-grafana-alerting-signature": hmacHex(grafanaSecret, `${at}:`, grafanaRaw),
    });
    expect((await post(`${h.url}/api/alerts/grafana`, grafanaRaw, grafanaHeaders(ts))).status).toBe(202);
    const old = String(Number(ts) - 3600);
    expect((await post(`${h.url}/api/alerts/grafana`, grafanaRaw, grafanaHeaders(old))).status).toBe(401);
    await h.idle();
    expect(h.events.map((e) => `${e.kind}:${e.incident.source}`)).toEqual([
      "opened:sentry",
      "opened:grafana",
      "opened:grafana",
    ]);
  });

  it("SNS: real AWS-signed vectors arrive as text/plain; an unsigned body is refused", async () => {
    const sns = fixture<{ certificatePem: string; messages: Record<string, string>[] }>(
      "sns.signature-vectors.json",
    );
    const m = sns.messages[0] as Record<string, string>;
    h = await startHarness({
      sources: { cloudwatch: { topicArns: [m.TopicArn] } },
      route: {
        sns: { fetchCertificate: async () => sns.certificatePem },
        clock: () => new Date(Date.parse(m.Timestamp as string) + 1000),
      },
    });
    const res = await post(`${h.url}/api/alerts/cloudwatch`, JSON.stringify(m), {
      "content-type": "text/plain; charset=UTF-8",
    });
    // Authentic, but its Message is "Hello world", not a CloudWatch alarm: 400 naming the field.
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ path: "Message" });
    const unsigned = fixtureText("cloudwatch-sns.notification.json");
    expect(
      (
        await post(`${h.url}/api/alerts/cloudwatch`, unsigned, {
          "content-type": "text/plain; charset=UTF-8",
        })
      ).status,
    ).toBe(401);
  });

  it("SNS: subscription confirmed, then a CloudWatch ALARM opens and OK resolves (signed with a test key)", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const topic = "arn:aws:sns:us-east-1:123456789012:incident-pipeline";
    const sign = (m: Record<string, unknown>, version: "1" | "2") => {
      const signer = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256");
      const signed = { ...m, TopicArn: topic, SignatureVersion: version };
      signer.update(snsStringToSign(signed as never));
      return JSON.stringify({ ...signed, Signature: signer.sign(privateKey, "base64") });
    };
    const confirmed: (string | undefined)[] = [];
    const at = new Date("2026-11-24T02:05:10Z");
    h = await startHarness({
      sources: { cloudwatch: { topicArns: [topic] } },
      route: {
        sns: { fetchCertificate: async () => pem, confirm: async (u) => confirmed.push(u) },
        clock: () => at,
      },
    });
    const text = { "content-type": "text/plain; charset=UTF-8" };
    const sub = fixture<Record<string, unknown>>("cloudwatch-sns.subscription-confirmation.json");
    const subRes = await post(
      `${h.url}/api/alerts/cloudwatch`,
      sign({ ...sub, Timestamp: at.toISOString() }, "1"),
      text,
    );
    expect(subRes.status).toBe(202);
    const alarm = fixture<Record<string, unknown>>("cloudwatch-sns.notification.json");
    expect((await post(`${h.url}/api/alerts/cloudwatch`, sign(alarm, "2"), text)).status).toBe(202);
    const okMsg = fixture<Record<string, unknown>>("cloudwatch-sns.notification.ok.json");
    await h.idle();
    expect(
      (
        await post(
          `${h.url}/api/alerts/cloudwatch`,
          sign({ ...okMsg, Timestamp: at.toISOString() }, "1"),
          text,
        )
      ).status,
    ).toBe(202);
    await h.idle();
    expect(confirmed).toEqual([sub.SubscribeURL]);
    expect(h.events.map((e) => `${e.kind}:${e.incident.title}`)).toEqual([
      "opened:checkout-api-5xx-rate-high",
      "resolved:checkout-api-5xx-rate-high",
    ]);
  });

  it("an alert storm of 10,000 notifications over 200 fingerprints ends with exactly 200 incidents", async () => {
    h = await startHarness();
    const started = Date.now();
    const fingerprints = 200;
    const total = 10_000;
    let seq = 0;
    // autocannon speaks HTTP over raw sockets, so the test's network interceptor (nock) is not in its path.
    const result = await autocannon({
      url: h.url,
      connections: 50,
      amount: total,
      timeout: 20,
      requests: [
        {
          method: "POST",
          path: "/api/alerts/generic",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          setupRequest: (req) => {
            const i = seq++;
            const fp = `storm-${i % fingerprints}`;
            const alert = {
              fingerprint: fp,
              title: `storm alert ${fp}`,
              service: `svc-${i % fingerprints}`,
              labels: { seq: String(i) },
            };
            return { ...req, body: JSON.stringify(alert) };
          },
        },
      ],
    });
    await h.idle();
    expect([result.requests.total, result["2xx"], result.non2xx, result.errors]).toEqual([
      total,
      total,
      0,
      0,
    ]);
    const opened = h.events.filter((e) => e.kind === "opened");
    expect(opened.length).toBe(fingerprints);
    expect(new Set(opened.map((e) => e.incident.id)).size).toBe(fingerprints);
    expect(h.events.filter((e) => e.kind === "updated").length).toBe(total - fingerprints);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
