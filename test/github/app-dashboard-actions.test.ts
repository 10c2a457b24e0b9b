import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import { keptHeadIn } from "../../src/github/audit-branch-store.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import {
  API_TOKEN,
  EXAMPLE,
  listen,
  probotWith,
  serveExampleCode,
  settings,
  world,
} from "./helpers/app-world.js";

const auth = { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Listed = { incidents: { id: string; title: string; status: string }[] };

async function settled(base: string): Promise<Listed> {
  let list: Listed = { incidents: [] };
  // The book records a delivery's outcome just after delivery reports it: poll briefly, bounded.
  for (let i = 0; i < 100; i++) {
    list = (await (await fetch(`${base}/api/incidents`, { headers: auth })).json()) as Listed;
    if (list.incidents.length > 0 && list.incidents.every((r) => r.status === "done")) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return list;
}

describe("the App's dashboard, as on serve", () => {
  it("audits a person's actions on the home repository's chain and keeps incidents across a restart", async () => {
    const { git } = world();
    serveExampleCode(git);
    const dir = mkdtempSync(join(tmpdir(), "sentry-app-incidents-"));
    dirs.push(dir);
    const appSettings = settings({
      api: { token: API_TOKEN, watchRoots: [], incidentsFile: join(dir, "incidents.jsonl") },
      auditSigningKey: generateAuditKeys().privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    });
    let delivered: () => void = () => undefined;
    const done = new Promise<void>((r) => {
      delivered = r;
    });
    const state = createMemoryStateStore();
    const first = await listen((await probotWith(appSettings, () => delivered(), { store: state })).handlers);
    let id: string;
    try {
      // An incident with a proposed fix, so "the fix worked" has something to judge.
      const service = readFileSync(`${EXAMPLE}/logs/checkout.log`, "utf8");
      const logs = `${readFileSync(`${EXAMPLE}/logs/node-syslog.log`, "utf8")}\n${service.slice(-300_000)}`;
      const trigger = await fetch(`${first.base}/api/trigger`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({
          title: "checkout OOMKilled 4 times in 10 minutes",
          service: "checkout",
          logs,
        }),
      });
      expect(trigger.status).toBe(202);
      await done;
      id = (await settled(first.base)).incidents[0]!.id;
      const ack = await fetch(`${first.base}/api/incidents/${id}/acknowledge`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ by: "Alex Doe", note: "on it" }),
      });
      expect(ack.status).toBe(200);
      const worked = await fetch(`${first.base}/api/incidents/${id}/outcome`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ fixWorked: true, by: "Alex Doe" }),
      });
      expect(worked.status).toBe(200);

      // Both actions are on the home repository's audit branch, after the run's entries, in one signed chain.
      const humans = (git.fileAt("sentry/audit", "audit.jsonl") ?? "")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { agent?: string; reason?: string })
        .filter((entry) => entry.agent === "human");
      // The App keeps the head a person's action wrote, as it does a run's, so a rewound branch is caught.
      const entries = (git.fileAt("sentry/audit", "audit.jsonl") ?? "").trim().split("\n");
      const last = JSON.parse(entries.at(-1) ?? "{}") as { seq?: number };
      expect(await keptHeadIn(state, { owner: "acme", repo: "shop" }).get()).toMatchObject({ seq: last.seq });
      expect(humans.map((entry) => entry.reason)).toEqual([
        `${id}: acknowledged: on it by Alex Doe (API token)`,
        expect.stringMatching(new RegExp(`^${id}: .*worked.* by Alex Doe \\(API token\\)$`)),
      ]);
      const security = (await (await fetch(`${first.base}/api/security`, { headers: auth })).json()) as {
        audit: { verification: { ok: boolean } };
      };
      expect(security.audit.verification.ok).toBe(true);
    } finally {
      await first.close();
    }

    // A new App process with the same SENTRY_INCIDENTS_FILE shows the same incident, acknowledged.
    const second = await listen((await probotWith(appSettings)).handlers);
    try {
      const detail = (await (
        await fetch(`${second.base}/api/incidents/${id}`, { headers: auth })
      ).json()) as { title: string; acknowledged?: { by?: string } };
      expect(detail).toMatchObject({
        title: expect.stringContaining("OOMKilled"),
        acknowledged: { by: "Alex Doe" },
      });
    } finally {
      await second.close();
    }
  });

  it("counts the alerts it refuses on /metrics, as serve does", async () => {
    world();
    const app = await listen(
      (await probotWith(settings({ api: { token: API_TOKEN, watchRoots: [] } }))).handlers,
    );
    try {
      const refused = await fetch(`${app.base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer wrong-token-0123456789" },
        body: JSON.stringify({ title: "x" }),
      });
      expect(refused.status).toBe(401);
      const metrics = await (await fetch(`${app.base}/metrics`, { headers: auth })).text();
      expect(metrics).toMatch(/sentry_alerts_rejected_total\{source="generic",reason="auth"\} 1/);
    } finally {
      await app.close();
    }
  });
});
