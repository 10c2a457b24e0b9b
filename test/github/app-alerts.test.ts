import { execFileSync } from "node:child_process";
import { createSign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveSettingsFromEnv } from "../../src/entrypoints/cli/serve-command.js";
import { snsStringToSign } from "../../src/ingest/alerts/auth/sns.js";
import { fixture } from "../alerts/fixtures.js";
import { ALERT_TOKEN, listen, probotWith, settings, world } from "./helpers/app-world.js";

/** A self-signed certificate and its key, as SNS signs with (the App fetches the certificate by URL). */
function snsSigner(): { certificate: string; sign: (m: Record<string, unknown>) => string } {
  const dir = mkdtempSync(join(tmpdir(), "sns-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
        "-subj",
        "/CN=sns.amazonaws.com",
        "-days",
        "1",
      ],
      { stdio: "ignore" },
    );
    const key = readFileSync(join(dir, "key.pem"), "utf8");
    const certificate = readFileSync(join(dir, "cert.pem"), "utf8");
    return {
      certificate,
      sign(m) {
        const signed = { ...m, SignatureVersion: "2" };
        const signer = createSign("RSA-SHA256");
        signer.update(snsStringToSign(signed as never));
        return JSON.stringify({ ...signed, Signature: signer.sign(key, "base64") });
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the App's alert intake", () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on("unhandledRejection", record);
  });
  afterEach(() => {
    process.off("unhandledRejection", record);
  });

  it("takes a CloudWatch alarm over SNS from a configured topic and opens the incident's issue", async () => {
    const { issues } = world();
    const alarm = fixture<Record<string, unknown>>("cloudwatch-sns.notification.json");
    const signer = snsSigner();
    const certUrl = new URL(String(alarm.SigningCertURL));
    nock(certUrl.origin).get(certUrl.pathname).reply(200, signer.certificate);
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise((r) => {
      resolveDelivered = r;
    });
    const appSettings = settings({
      serve: serveSettingsFromEnv({ SENTRY_ALERT_SNS_TOPIC_ARNS: String(alarm.TopicArn) }),
    });
    const { handlers } = await probotWith(appSettings, (d) => resolveDelivered(d));
    const server = await listen(handlers);
    try {
      const res = await fetch(`${server.base}/api/alerts/cloudwatch`, {
        method: "POST",
        // SNS posts its JSON as text/plain.
        headers: { "content-type": "text/plain; charset=UTF-8" },
        body: signer.sign({ ...alarm, Timestamp: new Date().toISOString() }),
      });
      expect(res.status, await res.clone().text()).toBe(202);
      expect(await delivered).toMatchObject({ status: "delivered" });
      expect([...issues.issues.values()][0]?.title).toContain("checkout-api-5xx-rate-high");
    } finally {
      await server.close();
    }
  });

  it("a held (flapping) resolution whose delivery fails is logged, and the App keeps serving", async () => {
    // No fake GitHub for this repository: every delivery to it fails (nock refuses the connection).
    const base = settings({ defaultRepo: { owner: "acme", repo: "unreachable" } });
    const appSettings = {
      ...base,
      serve: {
        ...base.serve,
        // One reopening makes it flap; its next resolution is held 50 ms, then delivered.
        dedupe: { ...base.serve.dedupe, flapThreshold: 1, flapHoldMs: 50 },
      },
    };
    const app = await probotWith(appSettings);
    const server = await listen(app.handlers);
    // Each notification is its own delivery (a vendor's retry of one body would be acknowledged and dropped).
    const send = (status: "firing" | "resolved", step: number) =>
      fetch(`${server.base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({
          title: "DiskFull",
          service: "db",
          fingerprint: "flap-1",
          status,
          description: `step ${step}`,
        }),
      });
    try {
      for (const [step, status] of (["firing", "resolved", "firing", "resolved"] as const).entries()) {
        expect((await send(status, step)).status).toBe(202);
        // Each step processed before the next (same service: one queue key, in order).
        await new Promise((r) => setTimeout(r, 150));
      }
      const failures = () => app.errors.filter((e) => e.msg === "alert processing failed");
      for (let i = 0; i < 50 && failures().length < 4; i++) await new Promise((r) => setTimeout(r, 50));
      // Opened, resolved, reopened, and the held resolution: each failed delivery logged, none escaped.
      expect(failures()).toHaveLength(4);
      expect(unhandled).toEqual([]);
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
