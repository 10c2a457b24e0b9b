import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Writable } from "node:stream";
import nock from "nock";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { type AppDeps, type AppSettings, sentryApp } from "../../../src/entrypoints/app.js";
import { serveSettingsFromEnv } from "../../../src/entrypoints/cli/serve-command.js";
import { installFakeGit } from "./fake-git.js";
import { installFakeIssues } from "./fake-issues.js";
import { installFakePulls } from "./fake-pulls.js";
import { githubApi } from "./github-nock.js";

/** The App as tests meet it: Probot with a fake GitHub (nock), its handlers on a loopback HTTP server. */

export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
  .privateKey.export({ type: "pkcs1", format: "pem" })
  .toString();
export const ALERT_TOKEN = "alert-token-0123456789";
export const API_TOKEN = "api-token-0123456789abcdef";

export function settings(extra: Partial<AppSettings> = {}): AppSettings {
  return {
    serve: serveSettingsFromEnv({ SENTRY_ALERT_TOKENS_GENERIC: ALERT_TOKEN }),
    handOff: "in-process",
    appSlug: "claude-sentry",
    serverUrl: "https://github.com",
    defaultRepo: { owner: "acme", repo: "shop" },
    providerEnv: { LLM_PROVIDER: "offline" },
    ...extra,
  };
}

export function world(config?: string) {
  const scope = githubApi();
  const git = installFakeGit(scope, "acme", "shop");
  const issues = installFakeIssues(scope, "acme", "shop");
  const pulls = installFakePulls(scope, "acme", "shop", issues, git);
  const calls: string[] = [];
  scope.on("request", (req: { method: string; path: string }) => calls.push(`${req.method} ${req.path}`));
  git.commitOn("main", config ? { ".github/sentry.yml": config } : { "README.md": "shop\n" }, "initial");
  scope
    .persist()
    .post("/app/installations/4242/access_tokens")
    .reply(201, { token: "ghs_installation", expires_at: "2099-01-01T00:00:00Z", permissions: {} })
    .get("/repos/acme/shop/installation")
    .reply(200, { id: 4242 })
    .get("/repos/acme/shop")
    .reply(200, { default_branch: "main", name: "shop", owner: { login: "acme" } })
    .get(/\/collaborators\/[^/]+\/permission/)
    .reply(200, { permission: "write", role_name: "write" })
    // Probot falls back to the org's .github repository when the file is absent.
    .get(/\/repos\/acme\/\.github\/contents\//)
    .reply(404, { message: "Not Found" });
  return { git, issues, pulls, calls };
}

export interface AppUnderTest {
  probot: Probot;
  handlers: Handler[];
  /** The App's error-level log lines, parsed. */
  errors: Record<string, unknown>[];
}

export async function probotWith(
  appSettings: AppSettings,
  onDelivered?: (d: unknown) => void,
  deps: AppDeps = {},
): Promise<AppUnderTest> {
  const errors: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        errors.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const probot = new Probot({
    appId: 1,
    privateKey,
    // Runs without a mocked tarball warn that they read logs only; the tests assert outcomes, not logs.
    log: pino({ level: "error" }, sink),
    // Probot 14 overrides a plain `{ throttle: { enabled: false } }`; the spread form keeps its defaults.
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      throttle: { ...(o.throttle as object), enabled: false },
      retry: { enabled: false },
    })),
  });
  const handlers: Handler[] = [];
  await probot.load(sentryApp(appSettings, { ...deps, ...(onDelivered ? { onDelivered } : {}) }), {
    cwd: process.cwd(),
    addHandler: (h) => handlers.push(h),
  });
  return { probot, handlers, errors };
}

export const EXAMPLE = "examples/incidents/checkout-oomkilled";

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The app's handlers on a real HTTP server on 127.0.0.1, tried in order as Probot's own server does. */
export async function listen(handlers: Handler[]): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    for (const h of handlers) if (await h(req, res)) return;
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * The example's repository as acme/shop's main branch: committed in the fake git (fix PRs patch it through
 * the API) and served as GitHub serves the branch's tarball (the App's runs read it from there).
 */
export function serveExampleCode(git: ReturnType<typeof installFakeGit>): Record<string, string> {
  const code = Object.fromEntries(
    readdirSync(`${EXAMPLE}/repo`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const abs = join(entry.parentPath, entry.name);
        return [relative(`${EXAMPLE}/repo`, abs), readFileSync(abs, "utf8")];
      }),
  );
  git.commitOn("main", code, "the shop's code");
  const tarDir = mkdtempSync(join(tmpdir(), "app-snapshot-"));
  const tarball = join(tarDir, "repo.tar.gz");
  execFileSync("tar", [
    "-czf",
    tarball,
    "-C",
    `${EXAMPLE}/repo`,
    "--transform",
    "s,^\\.,acme-shop-0a1b2c3,",
    ".",
  ]);
  githubApi()
    .get("/repos/acme/shop/tarball/main")
    .reply(302, "", { location: "https://codeload.github.com/acme/shop/legacy.tar.gz/refs/heads/main" });
  nock("https://codeload.github.com")
    .get("/acme/shop/legacy.tar.gz/refs/heads/main")
    .reply(200, readFileSync(tarball), { "content-type": "application/x-gzip" });
  rmSync(tarDir, { recursive: true, force: true });
  return code;
}
