import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { describe, expect, it } from "vitest";
import type { SentryConfig } from "../../src/core/config.js";
import { operatorSettings } from "../../src/core/operator-settings.js";
import { runIncident } from "../../src/engine/run-incident.js";
import { serveSettingsFromEnv } from "../../src/entrypoints/cli/serve-command.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import {
  ALERT_TOKEN,
  API_TOKEN,
  EXAMPLE,
  listen,
  probotWith,
  serveExampleCode,
  settings,
  world,
} from "./helpers/app-world.js";
import { githubApi } from "./helpers/github-nock.js";
import { commentPayload, examplePayload, type LoosePayload } from "./helpers/payloads.js";

describe("the Probot app", () => {
  it("/sentry diagnose on an issue: reaction, tracking comment, reply", async () => {
    const { issues } = world();
    issues.issues.set(1, {
      number: 1,
      title: "Checkout is returning 500s",
      body: "",
      state: "open",
      labels: [],
    });
    issues.nextNumber = 2;
    const { probot } = await probotWith(settings());
    await probot.receive({
      id: "1",
      name: "issue_comment",
      payload: commentPayload("/sentry diagnose") as never,
    });
    expect(issues.reactions).toEqual([{ commentId: 492700400, content: "eyes" }]);
    expect(issues.comments[0]!.body).toContain("Claude Sentry run");
    expect(issues.comments.at(-1)!.body).toMatch(/^Diagnosed|^Run finished/);
    expect(issues.issues.get(1)!.labels).toContain("sentry:incident");
  });

  it("a repository's sentry.yml cannot grant itself ACTIVE, a restart command or loopback hosts", async () => {
    const { issues } = world(
      [
        "mode: active",
        "diagnosticsHosts: [127.0.0.1, 169.254.169.254]",
        "restart:",
        '  command: ["/bin/sh", "-c", "cat /proc/$PPID/environ"]',
        "  services: [shop, sshd]",
        "",
      ].join("\n"),
    );
    issues.issues.set(1, { number: 1, title: "Checkout 500s", body: "", state: "open", labels: [] });
    issues.nextNumber = 2;
    const seen: SentryConfig[] = [];
    const operator = operatorSettings({ restart: { workflow: "restart.yml", services: ["shop"] } });
    const spy: typeof runIncident = (options) => {
      seen.push(options.config);
      return runIncident(options);
    };
    const { probot } = await probotWith(settings({ operator }), undefined, { runIncident: spy });
    await probot.receive({
      id: "h1",
      name: "issue_comment",
      payload: commentPayload("/sentry diagnose") as never,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      mode: "AUDIT",
      diagnosticsHosts: [],
      restart: { workflow: "restart.yml", services: ["shop"] },
    });
    expect(seen[0]!.restart.command).toBeUndefined();
    const notice = issues.comments
      .map((c) => c.body)
      .find((b) => b.includes("asks for more than the operator allows"));
    expect(notice).toContain("mode: ACTIVE ignored: the operator allows at most AUDIT");
    expect(notice).toContain("restart.command ignored");
    // Every post is redacted on its way out (guardPosting): the metadata address is named as an IPv4 address.
    expect(notice).toContain("diagnosticsHosts: 127.0.0.1, [REDACTED:ipv4] ignored");
    expect(notice).toContain("restart.services: sshd ignored");
  });

  it("ignores its own comments and other bots without a single API call", async () => {
    const { calls, issues } = world();
    const { probot } = await probotWith(settings());
    await probot.receive({
      id: "2",
      name: "issue_comment",
      payload: commentPayload("/sentry diagnose", { login: "claude-sentry[bot]", type: "Bot" }) as never,
    });
    await probot.receive({
      id: "3",
      name: "issue_comment",
      payload: commentPayload("/sentry fix", { login: "renovate[bot]", type: "Bot" }) as never,
    });
    await probot.receive({
      id: "3b",
      name: "issue_comment",
      payload: commentPayload("looks good to me") as never,
    });
    expect(calls).toEqual([]);
    expect(issues.reactions).toEqual([]);
    expect(issues.comments).toEqual([]);
  });

  it("an invalid sentry.yml gets a comment naming the key, and the command still runs on defaults", async () => {
    const { issues } = world("mode: yolo\nreviewers: [alice]\n");
    const { probot } = await probotWith(settings());
    await probot.receive({
      id: "4",
      name: "issue_comment",
      payload: commentPayload("/sentry status") as never,
    });
    const bodies = issues.comments.map((c) => c.body);
    expect(bodies[0]).toContain("`.github/sentry.yml` is invalid** at `mode`");
    expect(bodies[0]).toContain("default configuration (mode AUDIT)");
    expect(bodies[1]).toContain("mode **AUDIT**");
  });

  it("SENTRY_MODE=DISABLED halts every run whatever the repository's config says", async () => {
    const { issues } = world("mode: active\n");
    const { probot } = await probotWith(settings({ modeOverride: "DISABLED" }));
    await probot.receive({ id: "6", name: "issue_comment", payload: commentPayload("/sentry fix") as never });
    // The repository's `mode: active` cannot lift the operator's mode: it is named as ignored, then the run halts.
    expect(issues.comments.map((c) => c.body)).toEqual([
      expect.stringContaining("mode: ACTIVE ignored: the operator allows at most DISABLED"),
      expect.stringContaining("Halted: mode is DISABLED"),
    ]);
    expect(issues.issues.size).toBe(0);
  });

  it("new commits on an approved fix PR make the approval stale", async () => {
    const { issues, pulls, git } = world();
    git.commitOn("sentry/fix-inc-1", { "a.txt": "x" }, "fix\n\nSentry-Run: r1");
    pulls.pulls.set(5, {
      number: 5,
      node_id: "PR_5",
      title: "fix",
      body: "",
      head: "sentry/fix-inc-1",
      base: "main",
      draft: false,
      state: "open",
      reviewers: [],
      teamReviewers: [],
      autoMerge: false,
    });
    issues.issues.set(5, {
      number: 5,
      title: "fix",
      body: "",
      state: "open",
      labels: ["sentry:approved"],
      pull_request: {},
    });
    const payload = examplePayload<LoosePayload>("pull_request", (e) => e.action === "synchronize");
    Object.assign(payload.repository, {
      name: "shop",
      full_name: "acme/shop",
      owner: { ...payload.repository.owner, login: "acme" },
    });
    Object.assign(payload.pull_request, {
      number: 5,
      node_id: "PR_5",
      labels: [{ name: "sentry:approved" }],
    });
    payload.pull_request.head.ref = "sentry/fix-inc-1";
    const { probot } = await probotWith(settings());
    await probot.receive({ id: "5", name: "pull_request", payload: payload as never });
    expect(pulls.pulls.get(5)!.draft).toBe(true);
    expect(issues.issues.get(5)!.labels).toEqual(["sentry:needs-review"]);
    expect(issues.comments.at(-1)!.body).toContain("Approval is stale");
  });

  it("alert routes are mounted on the app's server: an alert becomes an issue in the routed repository", async () => {
    const { issues } = world();
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise((r) => {
      resolveDelivered = r;
    });
    const { handlers } = await probotWith(settings(), (d) => resolveDelivered(d));
    const server = await listen(handlers);
    try {
      const res = await fetch(`${server.base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({
          title: "DiskFull on checkout",
          service: "checkout",
          severity: "P2",
          fingerprint: "disk-1",
        }),
      });
      expect(res.status).toBe(202);
      expect(await delivered).toMatchObject({ status: "delivered" });
      expect([...issues.issues.values()][0]).toMatchObject({ title: "[P2] DiskFull on checkout" });
      const health = await fetch(`${server.base}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("a heartbeat alert (Watchdog) opens no issue and runs nothing: firing is its healthy state", async () => {
    const { issues, calls } = world();
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise((r) => {
      resolveDelivered = r;
    });
    const appSettings = settings({
      serve: serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_ALERTMANAGER: ALERT_TOKEN }),
    });
    const { handlers } = await probotWith(appSettings, (d) => resolveDelivered(d));
    const server = await listen(handlers);
    try {
      const alert = {
        status: "firing",
        labels: { alertname: "Watchdog", severity: "none", prometheus: "monitoring/k8s" },
        annotations: {
          summary: "An alert that should always be firing to certify that Alertmanager is working properly.",
        },
        startsAt: "2026-12-07T02:00:00.000Z",
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus.local/graph?g0.expr=vector%281%29",
        fingerprint: "e7bdd2fd3e5b2b6f",
      };
      const res = await fetch(`${server.base}/api/alerts/alertmanager`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({
          version: "4",
          groupKey: '{}:{alertname="Watchdog"}',
          truncatedAlerts: 0,
          status: "firing",
          receiver: "sentry",
          groupLabels: { alertname: "Watchdog" },
          commonLabels: alert.labels,
          commonAnnotations: alert.annotations,
          externalURL: "http://alertmanager.local",
          alerts: [alert],
        }),
      });
      expect(res.status).toBe(202);
      expect(await delivered).toMatchObject({
        status: "dropped",
        reason: expect.stringContaining("heartbeat"),
      });
      expect(issues.issues.size).toBe(0);
      expect(calls).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("hands heavy runs to the repository's workflow through repository_dispatch when configured", async () => {
    world();
    const dispatched: unknown[] = [];
    githubApi()
      .post("/repos/acme/shop/dispatches")
      .reply(204, (_uri, body) => {
        dispatched.push(body);
        return "";
      });
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise((r) => {
      resolveDelivered = r;
    });
    const { handlers } = await probotWith(settings({ handOff: "actions" }), (d) => resolveDelivered(d));
    const server = await listen(handlers);
    try {
      await fetch(`${server.base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({ title: "OOM on api", service: "api", fingerprint: "oom-1" }),
      });
      expect(await delivered).toMatchObject({ status: "handed-off" });
      expect(dispatched[0]).toMatchObject({
        event_type: "sentry-alert",
        client_payload: { title: "OOM on api", service: "api" },
      });
    } finally {
      await server.close();
    }
  });

  it("mounts the API, dashboard and /metrics on the app's server, and its runs feed them", async () => {
    const { issues } = world();
    const delivered: unknown[] = [];
    let resolveDelivered: () => void = () => undefined;
    const twoDelivered = new Promise<void>((r) => {
      resolveDelivered = r;
    });
    const appSettings = settings({
      api: { token: API_TOKEN, watchRoots: [] },
      auditSigningKey: generateAuditKeys().privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    });
    const { handlers } = await probotWith(appSettings, (d) => {
      delivered.push(d);
      if (delivered.length === 2) resolveDelivered();
    });
    const server = await listen(handlers);
    try {
      const { base } = server;
      const auth = { authorization: `Bearer ${API_TOKEN}` };
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      const denied = await fetch(`${base}/api/incidents`);
      expect(denied.status).toBe(401);
      expect(await denied.json()).toMatchObject({ error: expect.any(String) });
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(await page.text()).toContain("<html");

      const alert = await fetch(`${base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({ title: "DiskFull on checkout", service: "checkout", fingerprint: "disk-2" }),
      });
      expect(alert.status).toBe(202);
      const badTrigger = await fetch(`${base}/api/trigger`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ severity: "P9" }),
      });
      expect(badTrigger.status).toBe(400);
      const trigger = await fetch(`${base}/api/trigger`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({
          title: "Checkout pods OOMKilled",
          service: "checkout",
          logs: "2026-11-24T03:00:00Z ERROR java.lang.OutOfMemoryError: Java heap space\n",
        }),
      });
      expect(trigger.status).toBe(202);
      await twoDelivered;
      type Listed = { incidents: { id: string; title: string; status: string; state: string }[] };
      let list: Listed = { incidents: [] };
      // The book records a delivery's outcome just after delivery reports it: poll briefly, bounded.
      for (let i = 0; i < 50; i++) {
        list = (await (await fetch(`${base}/api/incidents`, { headers: auth })).json()) as Listed;
        if (list.incidents.every((r) => r.status === "done")) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(list.incidents.map((i) => i.title).sort()).toEqual([
        "Checkout pods OOMKilled",
        "DiskFull on checkout",
      ]);
      for (const incident of list.incidents) expect(incident).toMatchObject({ status: "done" });
      const oom = list.incidents.find((i) => i.title === "Checkout pods OOMKilled")!;
      const detail = (await (await fetch(`${base}/api/incidents/${oom.id}`, { headers: auth })).json()) as {
        via: string;
        run: { finalState: string; diagnosis?: { category: string } };
        activity: { kind: string; text: string }[];
        links: { label: string; url: string }[];
      };
      expect(detail.via).toBe("api");
      expect(detail.run.diagnosis?.category).toBe("out_of_memory");
      const issueTitles = [...issues.issues.values()].map((i) => i.title);
      expect(issueTitles).toEqual(
        expect.arrayContaining([expect.stringContaining("Checkout pods OOMKilled")]),
      );
      expect(detail.activity.map((a) => a.kind)).toEqual(
        expect.arrayContaining(["received", "state", "event", "finished"]),
      );
      // Where it went, as links the dashboard shows (made by delivery, not taken from run text).
      expect(detail.links).toEqual([
        {
          label: expect.stringMatching(/^issue #\d+$/),
          url: expect.stringMatching(/^https:\/\/github\.com\/acme\/shop\/issues\/\d+$/),
        },
      ]);
      expect(detail.activity.some((a) => a.text.startsWith("delivered: issue #"))).toBe(true);

      const metrics = await (await fetch(`${base}/metrics`, { headers: auth })).text();
      expect(metrics).toMatch(/sentry_alerts_received_total\{source="generic"\} 1/);
      expect(metrics).toMatch(/sentry_runs_total\{outcome="[A-Z_]+"\} [12]/);
      // Both escalate: the OOM without a repository to patch, "DiskFull on checkout" with a disk-full hypothesis
      // read from its name that a person must confirm.
      expect(metrics).toMatch(/sentry_incidents\{state="ESCALATED"\} 2/);
      const security = (await (await fetch(`${base}/api/security`, { headers: auth })).json()) as {
        agents: { role: string; status: string }[];
        audit: { entries: number };
      };
      expect(security.agents).toEqual(
        expect.arrayContaining([expect.objectContaining({ role: "detective", status: "ended" })]),
      );
      // Memory and the audit chain shown are the default repository's, read from its audit branch.
      const memory = (await (await fetch(`${base}/api/memory`, { headers: auth })).json()) as {
        enabled: boolean;
        entries: { title: string }[];
      };
      expect(memory.enabled).toBe(true);
      expect(memory.entries.map((e) => e.title)).toContain("Checkout pods OOMKilled");
      // Both runs, concurrent, on one signed chain on the default repository's audit branch.
      expect(security).toMatchObject({ audit: { verification: { ok: true } } });
      expect(security.audit.entries).toBeGreaterThan(10);
      const status = (await (await fetch(`${base}/api/status`, { headers: auth })).json()) as {
        mode: string;
      };
      expect(status.mode).toContain("per repository");
    } finally {
      await server.close();
    }
  });

  it("reads the repository's code from a snapshot of its default branch, so an App run can propose a fix", async () => {
    const { git, pulls, issues } = world();
    serveExampleCode(git);
    const privateTmp = mkdtempSync(join(tmpdir(), "app-tmp-"));
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;

    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise<unknown>((r) => {
      resolveDelivered = r;
    });
    const { handlers } = await probotWith(settings({ api: { token: API_TOKEN, watchRoots: [] } }), (d) =>
      resolveDelivered(d),
    );
    const server = await listen(handlers);
    try {
      const { base } = server;
      // The trigger takes up to 1,000,000 characters: the kernel's log whole, the service's last lines.
      const service = readFileSync(`${EXAMPLE}/logs/checkout.log`, "utf8");
      const tail = service.slice(service.indexOf("\n", service.length - 400_000) + 1);
      const logs = `${readFileSync(`${EXAMPLE}/logs/node-syslog.log`, "utf8")}\n${tail}`;
      const res = await fetch(`${base}/api/trigger`, {
        method: "POST",
        headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({
          title: "checkout OOMKilled 4 times in 10 minutes",
          service: "checkout",
          logs,
        }),
      });
      expect(res.status, await res.clone().text()).toBe(202);
      const outcome = (await delivered) as {
        status: string;
        run: {
          diagnosis?: { category: string; evidence: { kind: string; file: string }[] };
          proposal?: { patch?: string; applied: boolean };
        };
        pr?: unknown;
      };
      expect(outcome.status).toBe("delivered");
      expect(outcome.run.diagnosis?.category).toBe("out_of_memory");
      // Evidence from the code, which only the snapshot could give.
      expect(outcome.run.diagnosis?.evidence).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: "repo", file: "deploy/k8s/deployment.yaml" }),
        ]),
      );
      // AUDIT (the default): the fix is proposed on the incident's issue, checked against the code, and
      // no branch or PR is written until someone asks with `/sentry fix`.
      expect(outcome.run.proposal).toMatchObject({
        applied: false,
        patch: expect.stringContaining("+++ b/deploy/k8s/deployment.yaml"),
      });
      expect(outcome.pr).toBeUndefined();
      expect(pulls.pulls.size).toBe(0);
      expect(issues.comments.map((c) => c.body).join("\n")).toContain("deploy/k8s/deployment.yaml");
      // The snapshot is gone once the run is over (TMPDIR is this test's own, so no other file's runs count).
      expect(readdirSync(privateTmp).filter((name) => name.startsWith("sentry-repo-"))).toEqual([]);
    } finally {
      await server.close();
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
      rmSync(privateTmp, { recursive: true, force: true });
    }
  });

  it("/sentry fix on an issue with an alert and attached logs opens a draft fix PR for review", async () => {
    const { git, pulls, issues } = world();
    const code = serveExampleCode(git);
    const alert = readFileSync(`${EXAMPLE}/alert.json`, "utf8");
    const attachment = "https://github.com/user-attachments/files/41/node-syslog.log";
    nock("https://github.com")
      .get("/user-attachments/files/41/node-syslog.log")
      .reply(200, readFileSync(`${EXAMPLE}/logs/node-syslog.log`, "utf8"));
    const body = `Alertmanager paged us:\n\n\`\`\`json\n${alert}\n\`\`\`\n\nNode log: ${attachment}`;
    issues.issues.set(1, { number: 1, title: "checkout OOMKilled", body, state: "open", labels: [] });
    issues.nextNumber = 2;
    const payload = commentPayload("/sentry fix");
    payload.issue.body = body;
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise<unknown>((r) => {
      resolveDelivered = r;
    });
    const appSettings = settings({
      serve: serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_ALERTMANAGER: ALERT_TOKEN }),
    });
    const { probot, handlers } = await probotWith(appSettings, (d) => resolveDelivered(d));
    await probot.receive({ id: "fix-1", name: "issue_comment", payload: payload as never });

    expect(issues.comments.at(-1)!.body).toMatch(/^Diagnosed \(out_of_memory\)/);
    const pr = [...pulls.pulls.values()][0];
    expect(pr).toMatchObject({ draft: true, base: "main", head: expect.stringMatching(/^sentry\/fix-/) });
    expect(issues.issues.get(pr!.number)!.labels).toContain("sentry:needs-review");
    const patched = git.fileAt(pr!.head, "deploy/k8s/deployment.yaml");
    expect(patched).toBeDefined();
    expect(patched).not.toBe(code["deploy/k8s/deployment.yaml"]);
    // Only the file the diagnosis named changed.
    for (const [path, text] of Object.entries(code))
      if (path !== "deploy/k8s/deployment.yaml") expect(git.fileAt(pr!.head, path)).toBe(text);

    // One run id, made at the door from GitHub's delivery id, names the run everywhere.
    const runId = "run-gh-fix-1";
    const tracking = issues.comments.filter((c) => c.body.startsWith("<!-- claude-sentry:run "));
    expect(tracking.map((c) => c.body.split("\n")[0])).toEqual([`<!-- claude-sentry:run ${runId} -->`]);
    expect(pr!.body).toContain(`run=${runId} `);
    const headCommit = git.commits.get(git.refs.get(pr!.head)!)!;
    expect(headCommit.message).toContain(`Sentry-Run: ${runId}\n`);
    const finished = git
      .fileAt("sentry/audit", "audit.jsonl")!
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { agent?: string; tool?: string; runId?: string })
      .filter((e) => e.agent === "supervisor" && e.tool === "pipeline");
    expect(finished.map((e) => e.runId)).toEqual([runId]);

    // The person's issue is now the incident's: when Alertmanager pages again, it lands there.
    expect(issues.issues.get(1)!.body).toMatch(
      /^Alertmanager paged us:[\s\S]*<!-- claude-sentry:incident [0-9a-f]{64} -->$/,
    );
    const issuesBefore = issues.issues.size;
    const server = await listen(handlers);
    try {
      const res = await fetch(`${server.base}/api/alerts/alertmanager`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: alert,
      });
      expect(res.status).toBe(202);
      expect(await delivered).toMatchObject({ status: "delivered", issue: { number: 1 } });
      expect(issues.issues.size).toBe(issuesBefore);
    } finally {
      await server.close();
    }
  });
});
