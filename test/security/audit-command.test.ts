import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { auditCommand } from "../../src/entrypoints/cli/audit-command.js";
import type { CliIo } from "../../src/entrypoints/cli/cli-io.js";
import { generateAuditKeys } from "../../src/security/audit/audit-keys.js";
import { createAuditLog } from "../../src/security/audit/audit-log.js";
import { createJsonlAuditStore } from "../../src/security/audit/jsonl-store.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(cwd: string): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  let text = "";
  stdout.on("data", (c) => {
    text += String(c);
  });
  return {
    stdout,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
    cwd,
    interactive: false,
    out: () => text,
  };
}

async function writeLog(file: string, keys = generateAuditKeys()) {
  const log = createAuditLog(createJsonlAuditStore(file), keys.privateKey);
  for (let i = 0; i < 5; i += 1)
    log.append({
      runId: "r1",
      agent: "triage",
      agentId: "triage-1",
      tool: "read_file",
      input: { path: `f${i}` },
      decision: "allowed",
      reason: "ok",
    });
  await log.flush();
  return keys;
}

describe("claude-sentry audit verify", () => {
  it("passes an untouched log and names the first edited entry, exiting 1", async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-audit-cli-"));
    const file = join(dir, "audit.jsonl");
    const keys = await writeLog(file);
    const ok = io(dir);
    expect(await auditCommand.run(["verify", "audit.jsonl", "--public-key", keys.publicKey], ok)).toBe(0);
    expect(ok.out()).toMatch(/^ok: 6 entries, 1 signed heads/);

    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    lines[2] = lines[2]!.replace('"allowed"', '"blocked"');
    writeFileSync(file, `${lines.join("\n")}\n`);
    const bad = io(dir);
    expect(await auditCommand.run(["verify", file], bad)).toBe(1);
    expect(bad.out()).toContain("FAILED (edited) line 3");
  });

  it("refuses a log sealed by another key when the real one is given", async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-audit-cli-"));
    const file = join(dir, "audit.jsonl");
    await writeLog(file);
    const keyFile = join(dir, "key.pub");
    writeFileSync(keyFile, generateAuditKeys().publicKey);
    const out = io(dir);
    expect(await auditCommand.run(["verify", file, "--public-key", keyFile, "--json"], out)).toBe(1);
    expect(JSON.parse(out.out())).toMatchObject({ ok: false, problem: "wrong-key" });
  });

  it("treats a bad key or missing file as a usage error", async () => {
    dir = mkdtempSync(join(tmpdir(), "sentry-audit-cli-"));
    await expect(auditCommand.run(["verify", "nope.jsonl"], io(dir))).rejects.toThrow(/no such audit log/);
    const file = join(dir, "audit.jsonl");
    await writeLog(file);
    await expect(auditCommand.run(["verify", file, "--public-key", "xyz"], io(dir))).rejects.toThrow(
      /not an Ed25519 public key/,
    );
  });
});
