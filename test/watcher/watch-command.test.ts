import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli-harness.js";
import { type ApiHarness, startApi, TOKEN } from "../server-api/helpers.js";

const EXAMPLE = resolve("examples/incidents/orders-hikari-pool");
const LOG = readFileSync(join(EXAMPLE, "logs/orders.log"), "utf8").split("\n").slice(2_500, 3_500).join("\n");

const dirs: string[] = [];
let harness: ApiHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "watch-cmd-"));
  dirs.push(dir);
  const file = join(dir, "orders.log");
  writeFileSync(file, `${LOG}\n`);
  return file;
}

describe("claude-sentry watch", () => {
  it("diagnoses a trigger locally and remembers it", async () => {
    const file = logFile();
    const memory = join(file, "..", "memory.jsonl");
    const result = await cli(["watch", file, "--once", "--repo", join(EXAMPLE, "repo"), "--memory", memory]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/watch: new-template in .*orders\.log/);
    expect(result.stdout).toMatch(/connection_pool|connection pool/i);
    expect(result.stdout).toContain("orders.log:");
    expect(readFileSync(memory, "utf8")).toContain('"category":"connection_pool"');
  }, 60_000);

  it("posts a trigger to a running app, which runs it", async () => {
    harness = await startApi({ SENTRY_REPO_DIR: join(EXAMPLE, "repo") });
    const file = logFile();
    const result = await cli(["watch", file, "--once", "--post", harness.base], {
      env: { SENTRY_API_TOKEN: TOKEN },
    });
    expect(result.code).toBe(0);
    const posted = JSON.parse(result.stdout.trim().split("\n")[0] ?? "{}") as { posted?: string };
    expect(posted.posted).toMatch(/^inc-/);
    await harness.api.queue.idle();
    const incident = await harness.get(`/api/incidents/${posted.posted}`);
    expect(incident.body).toMatchObject({ status: "done", category: "connection_pool" });
    expect(incident.body.title).toMatch(/^New error in orders\.log/);
    // Cited as the watched file, by the path given to watch and that file's own line numbers (its lines 1–2,500
    // of the example are not in it; what is cited must be where it is in this file).
    const cited = (
      incident.body as {
        run?: { diagnosis?: { evidence: { file: string; line?: number; excerpt: string }[] } };
      }
    ).run?.diagnosis?.evidence.filter((e) => e.file === file);
    expect(cited?.length).toBeGreaterThan(0);
    const lines = readFileSync(file, "utf8").split("\n");
    for (const e of cited ?? []) expect(lines[(e.line ?? 0) - 1]).toBe(e.excerpt.split("\n")[0]);
  }, 60_000);

  it("refuses to post without a token and to start without files", async () => {
    expect((await cli(["watch", logFile(), "--post", "http://127.0.0.1:9"])).code).toBe(2);
    expect((await cli(["watch"])).code).toBe(2);
  });
});
