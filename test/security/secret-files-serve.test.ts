import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../alerts/services.js";

/**
 * Issue 16, class 1 at the `serve` door: secrets given as NAME_FILE are in force, and the process's
 * start-up environment — what a command of the same user reads from /proc/PID/environ — holds only
 * their paths.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const ALERT_TOKEN = "file-alert-token-0123456789";
const API_TOKEN = "file-api-token-0123456789abcdef";

let child: ChildProcess | undefined;
let dir: string;
afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("serve with its secrets as files", () => {
  // Linux only: elsewhere there is no /proc/PID/environ to look at.
  it.skipIf(!existsSync("/proc/self/environ"))(
    "uses them, and /proc/PID/environ holds the paths, not the secrets",
    async () => {
      dir = mkdtempSync(join(tmpdir(), "sentry-secret-files-"));
      writeFileSync(join(dir, "alert.token"), `${ALERT_TOKEN}\n`, { mode: 0o600 });
      writeFileSync(join(dir, "api.token"), API_TOKEN, { mode: 0o600 });
      const port = await freePort();
      child = spawn(
        process.execPath,
        ["--import", TSX, join(ROOT, "src/entrypoints/cli.ts"), "serve", "--port", String(port)],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? "/usr/bin:/bin",
            HOME: dir,
            SENTRY_ALERT_TOKENS_GENERIC_FILE: "alert.token",
            SENTRY_API_TOKEN_FILE: join(dir, "api.token"),
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let out = "";
      child.stdout?.on("data", (c: Buffer) => {
        out += c.toString();
      });
      child.stderr?.on("data", (c: Buffer) => {
        out += c.toString();
      });
      const deadline = Date.now() + 60_000;
      while (!/"msg":"model: /.test(out)) {
        if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${out}`);
        if (Date.now() > deadline) throw new Error(`serve not ready: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}`;
      expect(out).toContain(`api: on at ${base}`);
      const alert = (token: string) =>
        fetch(`${base}/api/alerts/generic`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: "DiskFull on db", fingerprint: "secret-files-1" }),
        });
      expect((await alert(ALERT_TOKEN)).status).toBe(202);
      expect((await alert("wrong-token-0123456789")).status).toBe(401);
      const api = await fetch(`${base}/api/incidents`, { headers: { authorization: `Bearer ${API_TOKEN}` } });
      expect(api.status).toBe(200);

      const environ = readFileSync(`/proc/${child.pid}/environ`, "latin1");
      expect(environ).toContain("SENTRY_API_TOKEN_FILE=");
      expect(environ).not.toContain(API_TOKEN);
      expect(environ).not.toContain(ALERT_TOKEN);
    },
    90_000,
  );
});
