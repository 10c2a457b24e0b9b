import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { serveSettingsFromEnv } from "../../src/entrypoints/cli/serve-command.js";
import { clearJwksCache } from "../../src/ingest/alerts/auth/jwt.js";
import { fixture, fixtureText } from "./fixtures.js";
import { type Harness, post, startHarness } from "./harness.js";

const TENANT = "11111111-2222-3333-4444-555555555555";
const ISSUER = `https://sts.windows.net/${TENANT}/`;
const AUDIENCE = "api://claude-sentry-alerts";

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let signingKey: Key;
let otherKey: Key;
let jwks: { keys: JWK[] };
let jwksServer: Server;
let jwksUrl: string;
let jwksFetches = 0;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair("RS256")).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" }] };
  jwksServer = createServer((_req, res) => {
    jwksFetches += 1;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  const address = jwksServer.address();
  jwksUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/keys`;
});
afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

interface Claims {
  iss?: string;
  aud?: string;
  expiresIn?: string | number;
  key?: Key;
  email?: string;
}

function token(c: Claims = {}): Promise<string> {
  const jwt = new SignJWT({
    ...(c.email ? { email: c.email, email_verified: true } : {}),
    appid: "action-groups",
  })
    .setProtectedHeader({ alg: "RS256", kid: "k1", typ: "JWT" })
    .setIssuer(c.iss ?? ISSUER)
    .setAudience(c.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(c.expiresIn ?? "10m");
  return jwt.sign(c.key ?? signingKey);
}

describe("JWT-signed webhooks (Azure secure webhook, Pub/Sub push)", () => {
  let h: Harness | undefined;
  beforeEach(() => {
    clearJwksCache();
    jwksFetches = 0;
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const start = (principals: string[] = []) =>
    startHarness({
      sources: {
        azure: { jwt: { jwksUrl, issuers: [ISSUER], audiences: [AUDIENCE] } },
        gcp: {
          jwt: { jwksUrl, issuers: ["https://accounts.google.com"], audiences: [AUDIENCE], principals },
        },
      },
    });

  const send = async (source: string, body: string, authorization?: string) => {
    const res = await post(
      `${h?.url}/api/alerts/${source}`,
      body,
      authorization ? { authorization } : { authorization: "" },
    );
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("accepts a valid token and fetches the keys once for many requests", async () => {
    h = await start();
    const bearer = `Bearer ${await token()}`;
    expect((await send("azure", fixtureText("azure.fired.json"), bearer)).status).toBe(202);
    expect((await send("azure", fixtureText("azure.fired.repeat.json"), bearer)).status).toBe(202);
    expect((await send("azure", fixtureText("azure.resolved.json"), bearer)).status).toBe(202);
    expect(jwksFetches).toBe(1);
  });

  it.each([
    ["an expired token", () => token({ expiresIn: Math.floor(Date.now() / 1000) - 3600 }), "token expired"],
    ["another audience", () => token({ aud: "api://someone-else" }), "wrong audience"],
    ["another issuer", () => token({ iss: "https://sts.windows.net/another-tenant/" }), "wrong issuer"],
    ["a key not in the JWKS", () => token({ key: otherKey }), "signature does not verify"],
    [
      "a tampered payload",
      async () => {
        const [head, , sig] = (await token()).split(".");
        const forged = Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, exp: 9e9 })).toString(
          "base64url",
        );
        return `${head}.${forged}.${sig}`;
      },
      "signature does not verify",
    ],
  ])("refuses %s with 401 and says why", async (_what, make, reason) => {
    h = await start();
    const res = await send("azure", fixtureText("azure.fired.json"), `Bearer ${await make()}`);
    expect(res).toEqual({ status: 401, body: { error: "authentication failed", reason } });
    expect(h.events).toEqual([]);
  });

  it("refuses a request without a bearer token, and a shared token in its place", async () => {
    h = await start();
    expect((await send("azure", fixtureText("azure.fired.json"))).body).toMatchObject({
      reason: "no bearer token",
    });
    const res = await send("azure", fixtureText("azure.fired.json"), "Bearer not-a-jwt-0123456789");
    expect(res.status).toBe(401);
  });

  it("Pub/Sub push: only the configured service account, message unwrapped", async () => {
    h = await start(["alerts-push@shop-prod.iam.gserviceaccount.com"]);
    const push = (file: string) =>
      JSON.stringify({
        message: {
          data: Buffer.from(fixtureText(file)).toString("base64"),
          messageId: "1",
          publishTime: "2026-11-24T02:05:08Z",
        },
        subscription: "projects/shop-prod/subscriptions/sentry-alerts",
      });
    const iss = "https://accounts.google.com";
    const stranger = `Bearer ${await token({ iss, email: "someone@else.iam.gserviceaccount.com" })}`;
    expect((await send("gcp", push("gcp.open.json"), stranger)).body).toMatchObject({
      reason: "principal not allowed",
    });
    const ours = `Bearer ${await token({ iss, email: "alerts-push@shop-prod.iam.gserviceaccount.com" })}`;
    const accepted = await send("gcp", push("gcp.open.json"), ours);
    expect(accepted.status).toBe(202);
    await h.idle();
    expect(h.events.map((e) => [e.kind, e.incident.fingerprint])).toEqual([
      [
        "opened",
        `gcp:${(fixture("gcp.open.json") as { incident: { incident_id: string } }).incident.incident_id}`,
      ],
    ]);
  });

  it("answers 503 (the sender retries) when the signing keys cannot be fetched", async () => {
    h = await startHarness({
      sources: {
        azure: { jwt: { jwksUrl: "http://127.0.0.1:9/keys", issuers: [ISSUER], audiences: [AUDIENCE] } },
      },
    });
    const res = await send("azure", fixtureText("azure.fired.json"), `Bearer ${await token()}`);
    expect(res).toEqual({
      status: 503,
      body: { error: "cannot verify now, retry later", reason: "signing keys unavailable" },
    });
  });

  it("is configured from the environment only", () => {
    const settings = serveSettingsFromEnv({
      SENTRY_ALERT_JWT_AZURE_JWKS_URL: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
      SENTRY_ALERT_JWT_AZURE_ISSUERS: `${ISSUER}, https://login.microsoftonline.com/${TENANT}/v2.0`,
      SENTRY_ALERT_JWT_AZURE_AUDIENCES: AUDIENCE,
    });
    expect(settings.auth.sources.azure?.jwt).toMatchObject({
      issuers: [ISSUER, `https://login.microsoftonline.com/${TENANT}/v2.0`],
      audiences: [AUDIENCE],
      algorithms: ["RS256"],
    });
    expect(() =>
      serveSettingsFromEnv({ SENTRY_ALERT_JWT_GCP_JWKS_URL: "https://www.googleapis.com/oauth2/v3/certs" }),
    ).toThrow(/GCP/);
  });
});
