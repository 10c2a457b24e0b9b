import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveApiFromEnv } from "../../src/entrypoints/cli/serve-api.js";
import { serveSettingsFromEnv } from "../../src/entrypoints/shared/serve-settings.js";
import { createAlertIntake } from "../../src/server/alert-intake.js";
import type { SentryApi } from "../../src/server/api-app.js";
import { openApiDocument } from "../../src/server/api-openapi.js";
import {
  createSentryServer,
  healthRoute,
  type Route,
  type SentryServer,
} from "../../src/server/http-server.js";

const TOKEN = "openapi-test-token-0123456789";
const ALERT_TOKEN = "openapi-alert-token-0123456789";

// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
type Json = any;

/** The routes `serve` mounts, built the way serve builds them: /healthz, the alert intake, the API. */
let dir: string;
let api: SentryApi;
let intake: ReturnType<typeof createAlertIntake>;
let server: SentryServer;
let routes: Route[];
let base: string;
const doc: Json = openApiDocument("1.2.3");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sentry-openapi-"));
  const env = {
    SENTRY_API_TOKEN: TOKEN,
    SENTRY_MEMORY_FILE: join(dir, "memory.jsonl"),
    SENTRY_ALERT_TOKENS_GENERIC: ALERT_TOKEN,
    LLM_PROVIDER: "offline",
  };
  api = serveApiFromEnv(env, dir, () => {}) as SentryApi;
  intake = createAlertIntake({
    settings: serveSettingsFromEnv(env),
    onIncident: (event) => api.onAlert(event),
    log: () => {},
  });
  routes = [healthRoute, intake.route, ...api.routes];
  server = createSentryServer({ routes });
  base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
}, 30_000);
afterAll(async () => {
  await server.close();
  await intake.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

describe("the OpenAPI document matches the server", () => {
  it("documents every route the server mounts, with its method, and nothing it does not", () => {
    const served = routes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort();
    const documented = Object.entries(doc.paths as Record<string, Json>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual([...new Set(served)].sort());
    expect(served).toContain("POST /api/alerts/{source}");
    expect(served).toContain("GET /healthz");
  });

  it("gives every JSON 2xx answer a real schema, not a bare object", () => {
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const op of Object.values(item as Record<string, Json>)) {
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          const schema = response.content?.["application/json"]?.schema;
          if (!status.startsWith("2") || !schema || path === "/api/openapi.json") continue;
          expect(schema.$ref, `${path} ${status}`).toMatch(/^#\/components\/schemas\/\w+$/);
          const target = doc.components.schemas[schema.$ref.split("/").at(-1)];
          expect(Object.keys(target.properties ?? {}).length, `${path} ${status}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("real answers validate against the document", () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  function expectValid(path: string, method: string, status: number, body: unknown) {
    const response = doc.paths[path][method].responses[String(status)];
    expect(response, `${method} ${path} ${status} is documented`).toBeDefined();
    const name = response.content["application/json"].schema.$ref.split("/").at(-1);
    const validate = ajv.compile(doc.components.schemas[name]);
    expect(validate(body), `${method} ${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
  const call = async (path: string, init: RequestInit = {}, token: string | null = TOKEN) => {
    const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) };
    const res = await fetch(base + path, { ...init, headers });
    return { status: res.status, body: (await res.json()) as Json };
  };

  it("the validator refuses a body the document does not describe", () => {
    const validate = ajv.compile(doc.components.schemas.Status);
    expect(validate({ mode: "AUDIT" })).toBe(false);
  });

  it("an alert, the incident it becomes, and every read endpoint", async () => {
    const alert = await call(
      "/api/alerts/generic",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Checkout 5xx above 5%", severity: "critical", service: "checkout" }),
      },
      ALERT_TOKEN,
    );
    expect(alert.status).toBe(202);
    expectValid("/api/alerts/{source}", "post", 202, alert.body);
    const trigger = await call("/api/trigger", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "orders latency", logs: "2026-11-24T02:00:00Z ERROR pool exhausted\n" }),
    });
    expect(trigger.status).toBe(202);
    expectValid("/api/trigger", "post", 202, trigger.body);
    await api.queue.idle();

    const healthz = await call("/healthz", {}, null);
    expectValid("/healthz", "get", 200, healthz.body);
    expectValid("/api/health", "get", 200, (await call("/api/health", {}, null)).body);
    for (const path of ["/api/status", "/api/incidents", "/api/memory", "/api/tools", "/api/security"]) {
      const res = await call(path);
      expect(res.status, path).toBe(200);
      expectValid(path, "get", 200, res.body);
    }
    const detail = await call(`/api/incidents/${trigger.body.id}`);
    expect(detail.status).toBe(200);
    expectValid("/api/incidents/{id}", "get", 200, detail.body);
    const stop = await call("/api/watcher/stop", { method: "POST" });
    expectValid("/api/watcher/stop", "post", 200, stop.body);
  }, 60_000);
});
