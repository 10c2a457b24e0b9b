import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { workspaceFromPaths } from "../../src/entrypoints/shared/workspace-from-paths.js";
import { expandInputs, walkLogDirectory } from "../../src/ingest/logs/index.js";

/** One walk of a log directory for the reader (`logs summarize DIR`) and every door's workspace. */
const base = mkdtempSync(join(tmpdir(), "sentry-log-dir-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(): { root: string; outside: string } {
  const root = mkdtempSync(join(base, "logs-"));
  const outside = mkdtempSync(join(base, "secret-"));
  writeFileSync(join(outside, "id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
  mkdirSync(join(root, "node-1", "kubelet"), { recursive: true });
  mkdirSync(join(root, ".git", "objects"), { recursive: true });
  mkdirSync(join(root, ".cache"), { recursive: true });
  mkdirSync(join(root, "node_modules", "left-pad"), { recursive: true });
  mkdirSync(join(root, "vendor"), { recursive: true });
  writeFileSync(join(root, "app.log"), "2026-11-24T03:00:00Z INFO started\n");
  writeFileSync(join(root, ".hidden.log"), "hidden\n");
  writeFileSync(join(root, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(root, ".cache", "c.log"), "cached\n");
  writeFileSync(join(root, "node_modules", "left-pad", "debug.log"), "npm noise\n");
  writeFileSync(join(root, "vendor", "v.log"), "vendored\n");
  writeFileSync(
    join(root, "node-1", "kubelet", "syslog.gz"),
    gzipSync("Nov 24 03:04:05 node-1 kubelet: up\n"),
  );
  writeFileSync(join(root, "node-1", "empty.log"), "");
  writeFileSync(join(root, "node-1", "core.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
  // Links: one out of the folder (never read), one inside it (read), one looping back up (read once).
  symlinkSync(outside, join(root, "escape"));
  symlinkSync(join(outside, "id_rsa"), join(root, "key.log"));
  symlinkSync(join(root, "app.log"), join(root, "current.log"));
  symlinkSync(root, join(root, "node-1", "loop"));
  return { root, outside };
}

describe("walkLogDirectory", () => {
  it("reads subfolders and .gz; skips hidden, dependency folders, empty and binary files, links out", () => {
    const { root } = tree();
    const walked = walkLogDirectory(root, "logs");
    expect(walked.files.map((f) => f.relative)).toEqual([
      "app.log",
      "current.log",
      join("node-1", "kubelet", "syslog.gz"),
    ]);
    // empty.log, core.bin, the link out of the folder and the link to a file outside it.
    expect(walked.skipped).toBe(4);
  });

  it("is bounded: more files than the limit is bad input, not a partial read", () => {
    const root = mkdtempSync(join(base, "many-"));
    for (let i = 0; i < 6; i++) writeFileSync(join(root, `f${i}.log`), "x\n");
    expect(() => walkLogDirectory(root, "many", 5)).toThrow(UsageError);
    expect(() => walkLogDirectory(root, "many", 5)).toThrow(/more than 5 log files/);
  });

  it("is the walk of both the reader and the doors' workspace", async () => {
    const { root } = tree();
    const read = await expandInputs([root]);
    const workspace = workspaceFromPaths({ logs: [root], cwd: base });
    const walked = walkLogDirectory(root, root).files;
    expect(read.map((f) => f.path)).toEqual(walked.map((f) => f.path));
    // The workspace holds real paths, deduplicated: current.log is app.log.
    expect(workspace.logFiles).toHaveLength(2);
    expect(Object.values(workspace.logDisplayNames).some((n) => n.includes("escape"))).toBe(false);
  });

  it("refuses a directory with nothing to read, in the reader as in the doors", async () => {
    const root = mkdtempSync(join(base, "nothing-"));
    writeFileSync(join(root, "zero.log"), "");
    await expect(expandInputs([root])).rejects.toThrow(/no readable log/);
    expect(() => workspaceFromPaths({ logs: [root], cwd: base })).toThrow(/no readable log/);
  });
});
