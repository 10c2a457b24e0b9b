import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { createMemoryAuditStore } from "../../src/security/audit/audit-store.js";
import { verifyAuditFile } from "../../src/security/audit/jsonl-store.js";
import { createSentryApi } from "../../src/server/api-app.js";
import { incidentFromTrigger } from "../../src/server/api-routes.js";
import { outcomeLabel } from "../../src/server/dashboard/incident-view.js";
import { type ApiHarness, startApi, TOKEN } from "../server-api/helpers.js";

const OOM_LOGS = readFileSync("examples/incidents/checkout-oomkilled/logs/node-syslog.log", "utf8");
const OOM_REPO = resolve("examples/incidents/checkout-oomkilled/repo");

let h: ApiHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function trigger(api: ApiHarness, body: Record<string, unknown>): Promise<string> {
  const res = await api.post("/api/trigger", body);
  expect(res.status).toBe(202);
  await api.api.queue.idle();
  return res.body.id;
}

describe("GET /api/incidents filters", () => {
  it("narrows by severity, service, outcome or alert state, and words", async () => {
    h = await startApi({ SENTRY_REPO_DIR: OOM_REPO });
    const oom = await trigger(h, {
      title: "checkout pods OOMKilled",
      severity: "P1",
      service: "checkout",
      logs: OOM_LOGS,
    });
    const quiet = await trigger(h, { title: "search latency note", severity: "P4", service: "search" });
    const ids = async (query: string) =>
      ((await h?.get(`/api/incidents${query}`))?.body.incidents ?? []).map((i: { id: string }) => i.id);
    expect(await ids("")).toEqual([quiet, oom]);
    expect(await ids("?severity=p1")).toEqual([oom]);
    expect(await ids("?service=search")).toEqual([quiet]);
    expect(await ids("?q=OOMKILLED%20checkout")).toEqual([oom]);
    expect(await ids("?q=checkout%20latency")).toEqual([]);
    expect(await ids("?state=firing")).toEqual([quiet, oom]);
    expect(await ids("?state=proposed")).toEqual([oom]);
    const bad = await h.get("/api/incidents?severity=P9");
    expect(bad.status).toBe(400);
  }, 60_000);
});

describe("POST /api/incidents/:id/acknowledge and /outcome", () => {
  it("need the token, record who did it in the audit chain, and feed memory", async () => {
    h = await startApi({ SENTRY_REPO_DIR: OOM_REPO, SENTRY_AUDIT_LOG: "audit.jsonl" });
    const id = await trigger(h, {
      title: "checkout pods OOMKilled",
      severity: "P1",
      service: "checkout",
      logs: OOM_LOGS,
    });
    expect((await h.post(`/api/incidents/${id}/acknowledge`, {}, { token: null })).status).toBe(401);
    expect(
      (await h.post(`/api/incidents/${id}/acknowledge`, {}, { token: "wrong-token-0123456789" })).status,
    ).toBe(401);
    expect((await h.post("/api/incidents/inc-000000000000/acknowledge", {})).status).toBe(404);
    expect((await h.post(`/api/incidents/${id}/acknowledge`, { by: "<script>" })).status).toBe(400);
    expect((await h.post(`/api/incidents/${id}/outcome`, { fixWorked: "yes" })).status).toBe(400);

    const ack = await h.post(`/api/incidents/${id}/acknowledge`, { by: "Alex Doe", note: "on it" });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledged).toMatchObject({ by: "Alex Doe", note: "on it" });
    const worked = await h.post(`/api/incidents/${id}/outcome`, { fixWorked: false, by: "Alex Doe" });
    expect(worked.status).toBe(200);
    expect(worked.body.fixOutcome).toMatchObject({ fixWorked: false, by: "Alex Doe" });
    expect(
      worked.body.activity
        .filter((a: { kind: string }) => a.kind === "human")
        .map((a: { text: string }) => a.text),
    ).toEqual([
      "acknowledged: on it by Alex Doe (API token)",
      "the fix did not work by Alex Doe (API token)",
    ]);

    const auditFile = join(h.dir, "audit.jsonl");
    const human = readFileSync(auditFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .filter((e) => e.agent === "human");
    expect(human.map((e) => e.reason)).toEqual([
      `${id}: acknowledged: on it by Alex Doe (API token)`,
      `${id}: the fix did not work by Alex Doe (API token)`,
    ]);
    expect(human[0].runId).toBe(worked.body.run.id);
    // The actions continue the runs' chain rather than forking it.
    expect(await verifyAuditFile(auditFile)).toMatchObject({ ok: true });
    const memory = await h.get("/api/memory");
    expect(memory.body.entries[0].fixWorked).toBe(false);
  }, 60_000);

  it("refuses a fix verdict on an incident with no proposed fix", async () => {
    h = await startApi();
    const id = await trigger(h, { title: "nothing to see", severity: "P4" });
    const res = await h.post(`/api/incidents/${id}/outcome`, { fixWorked: true });
    expect(res.status).toBe(409);
    expect(res.body.reason).toContain("no proposed fix");
  }, 30_000);
});

describe("a run that crashes", () => {
  it("shows FAILED with the error's first line, not RECEIVED forever", async () => {
    const api = createSentryApi({
      token: TOKEN,
      mode: "AUDIT",
      config: DEFAULT_CONFIG,
      auditStore: createMemoryAuditStore(),
      execute: async () => {
        throw new Error("provider refused the request: 401 invalid x-api-key\n    at call (provider.ts:1:1)");
      },
    });
    const incident = incidentFromTrigger({ title: "api 5xx", severity: "P2" }, new Date());
    api.queue.submit(incident, "api");
    await api.queue.idle();
    const record = api.book.get(incident.id);
    expect(record?.status).toBe("failed");
    expect(record?.error).toBe("provider refused the request: 401 invalid x-api-key");
    expect(outcomeLabel(record as NonNullable<typeof record>)).toEqual({
      label: "FAILED",
      tone: "bad",
      reason: "provider refused the request: 401 invalid x-api-key",
    });
    await api.close();
  });
});
