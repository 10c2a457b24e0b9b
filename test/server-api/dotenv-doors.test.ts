import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../alerts/services.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const ALERT_TOKEN = "dotenv-alert-token-0123456789";
const API_TOKEN = "dotenv-api-token-0123456789";

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** A door as its operator starts it: its own process, in a directory whose `.env` holds the settings. */
async function start(entry: string, args: string[], cwd: string, ready: RegExp): Promise<Started> {
  // Nothing of the test's own environment: only what .env says may turn things on.
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, entry), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_FORMAT: "json" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (c: Buffer) => {
    text += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    text += c.toString();
  });
  const deadline = Date.now() + 60_000;
  while (!ready.test(text)) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${text}`);
    if (Date.now() > deadline) throw new Error(`not ready: ${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => text };
}

const running: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dirWithEnv(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "dotenv-door-"));
  dirs.push(dir);
  writeFileSync(join(dir, ".env"), `${lines.join("\n")}\n`);
  return dir;
}

async function expectHonoured(base: string) {
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(200);
  const alert = await fetch(`${base}/api/alerts/generic`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ALERT_TOKEN}` },
    body: JSON.stringify({ title: "DiskFull on db", fingerprint: "dotenv-1" }),
  });
  expect(alert.status).toBe(202);
}

describe("`.env` in the working directory is read before any setting", () => {
  it("by `serve`: the alert token and the API token in .env are in force, and start-up says so", async () => {
    const dir = dirWithEnv([
      `SENTRY_ALERT_TOKENS_GENERIC=${ALERT_TOKEN}`,
      `SENTRY_API_TOKEN=${API_TOKEN}`,
      // As in a copy of .env.example: an empty value is no value.
      "LLM_PROVIDER=",
    ]);
    const port = await freePort();
    const serve = await start(
      "src/entrypoints/cli.ts",
      ["serve", "--port", String(port)],
      dir,
      /"msg":"routing|"msg":"model: /,
    );
    running.push(serve.child);
    await expectHonoured(`http://127.0.0.1:${port}`);
    const out = serve.output();
    expect(out).toContain(`settings: environment and ${join(dir, ".env")}`);
    expect(out).toMatch(
      /alerts: authenticated: generic; refused \(no SENTRY_ALERT_TOKENS_\/HMAC_ set\): alertmanager/,
    );
    expect(out).toContain(`api: on at http://127.0.0.1:${port}`);
    expect(out).toContain("model: offline diagnoser");
  }, 90_000);

  it("by the App (npm start): Sentry's own variables in .env are in force, as Probot's are", async () => {
    const dir = dirWithEnv([
      "APP_ID=1",
      "PRIVATE_KEY_PATH=key.pem",
      "WEBHOOK_SECRET=development-secret",
      `SENTRY_ALERT_TOKENS_GENERIC=${ALERT_TOKEN}`,
      `SENTRY_API_TOKEN=${API_TOKEN}`,
    ]);
    execFileSync("openssl", ["genrsa", "-out", join(dir, "key.pem"), "2048"], { stdio: "ignore" });
    const port = await freePort();
    writeFileSync(join(dir, ".env"), `PORT=${port}\n`, { flag: "a" });
    const app = await start("src/entrypoints/app-main.ts", [], dir, /Listening on/);
    running.push(app.child);
    await expectHonoured(`http://localhost:${port}`);
    const out = app.output();
    expect(out).toContain("api: on at the App's server");
    expect(out).toContain(
      "routing: off, every alert is dropped: set SENTRY_DEFAULT_REPO or SENTRY_ROUTING_REPO",
    );
  }, 90_000);
});

describe(".env.example", () => {
  it("lists every variable the README's configuration table documents", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(
      readme.indexOf("### Environment variables"),
      readme.indexOf("### `.github/sentry.yml`"),
    );
    // The first column of each row: the variables (`SENTRY_ALERT_TOKENS_<SOURCE>` as a prefix).
    const documented = new Set(
      table
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!)),
    );
    const example = readFileSync(join(ROOT, ".env.example"), "utf8");
    const listed = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect(documented.size).toBeGreaterThan(30);
    for (const name of documented)
      expect(
        listed.some((l) => l === name || (name.endsWith("_") && l.startsWith(name))),
        name,
      ).toBe(true);
  });
});
