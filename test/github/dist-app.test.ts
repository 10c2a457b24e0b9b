import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

describe("dist/app.js (npm start)", () => {
  it("serves health, the alert routes, the API, dashboard and /metrics, and Probot's webhook path on loopback", async () => {
    const port = await freePort();
    const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs1", format: "pem" })
      .toString();
    child = spawn(process.execPath, ["dist/app.js"], {
      env: {
        PATH: process.env.PATH ?? "",
        APP_ID: "1",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: "dev-secret",
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "fatal",
        SENTRY_ALERT_TOKENS_GENERIC: "alert-token-0123456789",
        SENTRY_API_TOKEN: "api-token-0123456789abcdef",
      },
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    let health: Response | undefined;
    for (let i = 0; i < 50 && !health; i += 1) {
      health = await fetch(`${base}/healthz`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 200));
    }
    expect(health?.status).toBe(200);
    const alert = await fetch(`${base}/api/alerts/generic`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x" }),
    });
    expect(alert.status).toBe(401);
    const webhook = await fetch(`${base}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "ping", "x-github-delivery": "1" },
      body: "{}",
    });
    expect(webhook.status).toBe(400);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/api/status`)).status).toBe(401);
    const status = await fetch(`${base}/api/status`, {
      headers: { authorization: "Bearer api-token-0123456789abcdef" },
    });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ mode: expect.stringContaining("per repository") });
    const metrics = await fetch(`${base}/metrics`, {
      headers: { authorization: "Bearer api-token-0123456789abcdef" },
    });
    expect(await metrics.text()).toContain("sentry_runs_total");
    const page = await fetch(`${base}/dashboard`);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
  });
});
