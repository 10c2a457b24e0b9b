import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DetectorSettingsSchema, type Trigger } from "../../src/watcher/detector.js";
import { createLogWatcher, type LogWatcher } from "../../src/watcher/log-watcher.js";

const dirs: string[] = [];
const watchers: LogWatcher[] = [];
afterEach(async () => {
  for (const w of watchers.splice(0)) await w.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(settings: Partial<Record<string, unknown>> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "watch-"));
  dirs.push(dir);
  const file = join(dir, "app.log");
  writeFileSync(file, "2026-11-24T03:00:00Z INFO old line before the watcher started\n");
  const triggers: Trigger[] = [];
  const watcher = createLogWatcher({
    settings: DetectorSettingsSchema.parse({ cooldownSeconds: 0, ...settings }),
    onTrigger: (t) => void triggers.push(t),
    pollMs: 3_600_000, // the test drives pollOnce itself
  });
  watchers.push(watcher);
  return { dir, file, triggers, watcher };
}

const line = (level: string, msg: string) => `2026-11-24T03:10:00Z ${level} ${msg}\n`;

describe("log watcher", () => {
  it("starts at the end, then triggers on a new error template but not on a known one", async () => {
    const { file, triggers, watcher } = setup({ burstErrors: 100 });
    await watcher.start([file]);
    appendFileSync(file, line("INFO", "request served in 12 ms"));
    appendFileSync(file, line("ERROR", "connection refused to db-01:5432"));
    await watcher.pollOnce();
    await watcher.pollOnce(); // idle poll flushes the held-back record
    appendFileSync(file, line("ERROR", "connection refused to db-02:5432"));
    await watcher.pollOnce();
    await watcher.pollOnce();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ reason: "new-template", file });
    expect(triggers[0]?.logText).toContain("connection refused to db-01:5432");
    expect(triggers[0]?.logText).not.toContain("old line");
    expect(watcher.status()).toMatchObject({ running: true, linesRead: 3, triggers: 1 });
  });

  it("detects a burst of errors", async () => {
    const { file, triggers, watcher } = setup({ burstErrors: 5, newTemplates: false });
    await watcher.start([file]);
    for (let i = 0; i < 5; i += 1)
      appendFileSync(file, line("ERROR", `upstream timed out after ${1000 + i} ms`));
    await watcher.pollOnce();
    await watcher.pollOnce();
    expect(triggers.map((t) => [t.reason, t.errors])).toEqual([["burst", 5]]);
    expect(triggers[0]?.template).toMatch(/upstream timed out after/);
  });

  it("follows the file across a rotation (rename + new file) and a truncation (copytruncate)", async () => {
    const { dir, file, triggers, watcher } = setup({ burstErrors: 1_000 });
    await watcher.start([file]);
    appendFileSync(file, line("ERROR", "disk quota exceeded on /var/data"));
    await watcher.pollOnce();
    // logrotate: the old file is renamed (a last line lands in it first), and a new one is created.
    appendFileSync(file, line("ERROR", "last line of the old file: tls handshake failed"));
    renameSync(file, join(dir, "app.log.1"));
    writeFileSync(file, line("ERROR", "first line after rotation: cannot find module 'ioredis'"));
    await watcher.pollOnce();
    await watcher.pollOnce();
    // copytruncate: the file is emptied in place and written again from the start.
    truncateSync(file, 0);
    appendFileSync(file, line("ERROR", "after truncation: permission denied opening /data/uploads"));
    await watcher.pollOnce();
    await watcher.pollOnce();
    const status = watcher.status();
    expect(status).toMatchObject({ rotations: 1, truncations: 1, linesRead: 4 });
    const templates = triggers.map((t) => t.template).join("\n");
    expect(templates).toMatch(/disk quota exceeded/);
    expect(templates).toMatch(/tls handshake failed/);
    expect(templates).toMatch(/cannot find module/);
    expect(templates).toMatch(/permission denied/);
  });

  it("is started and stopped once at a time", async () => {
    const { file, watcher } = setup();
    expect(await watcher.stop()).toEqual({ status: "not-running" });
    expect(await watcher.start([file])).toEqual({ status: "started" });
    expect(await watcher.start([file])).toEqual({ status: "already-running" });
    expect(await watcher.stop()).toEqual({ status: "stopped" });
    expect(watcher.status().running).toBe(false);
  });
});
