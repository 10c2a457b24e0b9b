import { describe, expect, it } from "vitest";
import { collectorAccess } from "../../src/collectors/collector-access.js";
import { journalLine } from "../../src/collectors/journald.js";
import type { SentryConfig } from "../../src/core/config.js";
import { narrowConfig } from "../../src/core/operator-settings.js";
import { armSecurity } from "../../src/engine/arm-security.js";
import type { CommandExecutor } from "../../src/security/policy/command-policy.js";
import { failingUnit, oomKilledUnit, systemdAlert } from "./journald-records.js";
import { configWith, diagnoseAlert } from "./scenario.js";

const UNIT = "billing-api.service";

/** The executor seam: answers journalctl with the records it was given and remembers each call. */
function fakeJournal(stdout: (at: Date) => string) {
  const calls: { program: string; args: readonly string[]; maxBytes: number }[] = [];
  const exec: CommandExecutor = async (program, args, options) => {
    calls.push({ program, args, maxBytes: options.maxBytes });
    const since = Number(args[args.indexOf("--since") + 1]?.slice(1)) * 1000;
    const out = stdout(new Date(since + 60_000));
    const truncated = out.length > options.maxBytes;
    return {
      exitCode: truncated ? null : 0,
      stdout: truncated ? out.slice(0, options.maxBytes) : out,
      stderr: "",
      timedOut: false,
      truncated,
    };
  };
  return { exec, calls };
}

const journald = (extra: Record<string, unknown> = {}) =>
  configWith({ journald: { enabled: true }, beforeMinutes: 5, afterMinutes: 1, ...extra });

function armed(config: SentryConfig, exec: CommandExecutor) {
  const { tools, auditLog } = armSecurity({
    workspace: { logFiles: [], logDisplayNames: {} },
    mode: "AUDIT",
    config,
    runnerSeams: { exec },
    ...(config.collectors ? { collectors: collectorAccess(config.collectors)! } : {}),
  });
  return { tools, auditLog, session: tools.startAgent("run-journal-1", "detective") };
}

describe("journald collector", () => {
  it("NodeSystemdServiceFailed: reads the unit's journal and cites the missing config and the start limit", async () => {
    const journal = fakeJournal((at) => failingUnit(UNIT, at));
    const { run, audit } = await diagnoseAlert(
      systemdAlert(UNIT, new Date(Date.now() - 60_000)),
      journald(),
      undefined,
      { exec: journal.exec },
    );
    expect(journal.calls).toHaveLength(1);
    const args = journal.calls[0]!.args;
    expect(journal.calls[0]!.program).toBe("journalctl");
    expect(args.slice(0, 2)).toEqual(["-u", UNIT]);
    expect(args).toEqual(expect.arrayContaining(["-o", "json", "-n", "5000", "--no-pager"]));
    const call = audit.find((e) => e.kind === "tool-call" && e.tool === "query_logs");
    expect(call).toMatchObject({ decision: "allowed", outcome: "ok" });
    const excerpts = (run.diagnosis?.evidence ?? []).map((e) => `${e.file} ${e.excerpt}`).join("\n");
    expect(excerpts).toMatch(/logs:[^\n]*billing-api\[4200\]: ERROR Error: ENOENT[^\n]*config.yaml/);
    expect(excerpts).toMatch(/logs:[^\n]*Start request repeated too quickly/);
    expect(run.diagnosis?.category).toBe("configuration");
  }, 30_000);

  it("an OOM-killed unit is diagnosed out_of_memory from its journal", async () => {
    const journal = fakeJournal((at) => oomKilledUnit("report-worker.service", at));
    const { run } = await diagnoseAlert(
      systemdAlert("report-worker.service", new Date(Date.now() - 60_000)),
      journald(),
      undefined,
      { exec: journal.exec },
    );
    expect(run.diagnosis?.category).toBe("out_of_memory");
    const excerpts = (run.diagnosis?.evidence ?? []).map((e) => e.excerpt).join("\n");
    expect(excerpts).toMatch(/killed by the OOM killer|oom-kill/);
  }, 30_000);

  it("a repository's config cannot enable journald: the tool is not offered and nothing runs", async () => {
    const journal = fakeJournal((at) => failingUnit(UNIT, at));
    const { config, ignored } = narrowConfig(configWith(undefined), {
      collectors: { journald: { enabled: true } },
    });
    expect(ignored).toEqual([
      "collectors ignored: the operator configured no collector, and a repository cannot add one",
    ]);
    const { run } = await diagnoseAlert(
      systemdAlert(UNIT, new Date(Date.now() - 60_000)),
      config,
      undefined,
      { exec: journal.exec },
    );
    expect(journal.calls).toEqual([]);
    expect(run.diagnosis?.summary ?? "").not.toMatch(/ENOENT/);
    // With another collector the operator's, journald stays off all the same.
    const other = narrowConfig(configWith({ loki: { url: "http://127.0.0.1:9" } }), {
      collectors: { journald: { enabled: true } },
    });
    expect(other.ignored).toEqual([
      "collectors.journald.enabled ignored: the operator has not enabled journald",
    ]);
    expect(other.config.collectors?.journald.enabled).toBe(false);
    const { tools, auditLog, session } = armed(other.config, journal.exec);
    const result = await tools.invoke(session, {
      tool: "query_logs",
      input: { store: "journald", unit: UNIT, at: new Date().toISOString() },
    });
    expect(result.status).toBe("denied");
    expect(journal.calls).toEqual([]);
    expect(auditLog.entries().find((e) => e.kind === "tool-call")).toMatchObject({ decision: "blocked" });
  }, 30_000);

  const refusals: [string, Record<string, unknown>][] = [
    ["an option as the unit", { unit: "--vacuum-size=1K" }],
    ["a path as the unit", { unit: "../../var/log/journal" }],
    ["an endpoint", { unit: UNIT, endpoint: "http://127.0.0.1:1" }],
    ["a write verb", { unit: UNIT, verb: "vacuum" }],
  ];
  for (const [what, extra] of refusals) {
    it(`query_logs refuses ${what} for journald, audited, and runs nothing`, async () => {
      const journal = fakeJournal((at) => failingUnit(UNIT, at));
      const { tools, auditLog, session } = armed(journald(), journal.exec);
      const result = await tools.invoke(session, {
        tool: "query_logs",
        input: { store: "journald", at: new Date().toISOString(), ...extra },
      });
      expect(result.status).toBe("denied");
      expect(journal.calls).toEqual([]);
      expect(auditLog.entries().find((e) => e.kind === "tool-call")).toMatchObject({ decision: "blocked" });
    });
  }

  it("run_diagnostics refuses journalctl (-f, --vacuum-size, and any read), audited, runs nothing", async () => {
    const journal = fakeJournal((at) => failingUnit(UNIT, at));
    const { tools, auditLog, session } = armed(journald(), journal.exec);
    for (const command of [`journalctl -u ${UNIT} -o json -f`, "journalctl --vacuum-size=1K -u x -o json"]) {
      const result = await tools.invoke(session, { tool: "run_diagnostics", input: { command } });
      expect(result.status === "denied" ? result.reason : "").toMatch(/is not allowed for journalctl/);
    }
    // Even a valid read: journald is the collector's, so run_diagnostics cannot get around its setting.
    const read = await tools.invoke(session, {
      tool: "run_diagnostics",
      input: { command: `journalctl -u ${UNIT} -o json -n 10` },
    });
    expect(read.status === "denied" ? read.reason : "").toMatch(/only as the journald collector/);
    expect(journal.calls).toEqual([]);
    const entries = auditLog.entries().filter((e) => e.kind === "tool-call");
    expect(entries).toHaveLength(3);
    for (const e of entries) expect(e).toMatchObject({ decision: "blocked" });
  });

  it("a 10 MB journal is cut at maxResponseBytes and the output budget", async () => {
    const at = new Date(Date.now() - 60_000);
    const big = () => {
      const one = failingUnit(UNIT, at);
      return one.repeat(Math.ceil((10 * 1024 * 1024) / one.length));
    };
    expect(big().length).toBeGreaterThan(10 * 1024 * 1024);
    for (const honoursCap of [true, false]) {
      const calls: number[] = [];
      const exec: CommandExecutor = async (_program, _args, options) => {
        calls.push(options.maxBytes);
        const out = big();
        return honoursCap
          ? {
              exitCode: null,
              stdout: out.slice(0, options.maxBytes),
              stderr: "",
              timedOut: false,
              truncated: true,
            }
          : { exitCode: 0, stdout: out, stderr: "", timedOut: false, truncated: false };
      };
      const { tools, session } = armed(journald({ maxResponseBytes: 1_000_000, outputChars: 3_000 }), exec);
      const result = await tools.invoke(session, {
        tool: "query_logs",
        input: { store: "journald", unit: UNIT, at: at.toISOString() },
      });
      expect(calls).toEqual([1_000_000]);
      const output = result.status === "ok" ? result.output : "";
      expect(output).toMatch(/answer cut at 1000000 bytes/);
      expect(output).toMatch(/ENOENT/);
      expect(output.length).toBeLessThanOrEqual(3_200);
    }
  }, 30_000);

  it("reads a binary MESSAGE (byte values) and skips what is not a record", () => {
    const line = journalLine(
      JSON.stringify({
        __REALTIME_TIMESTAMP: "1795489200000000",
        PRIORITY: "3",
        SYSLOG_IDENTIFIER: "app",
        _PID: "12",
        MESSAGE: [...Buffer.from("panic: boom\nline two")],
      }),
    );
    expect(line).toEqual({ time: "2026-11-24T03:00:00.000Z", text: "app[12]: ERROR panic: boom ⏎ line two" });
    expect(journalLine("not json")).toBeUndefined();
    expect(journalLine(JSON.stringify({ MESSAGE: [256] }))).toBeUndefined();
    expect(journalLine(JSON.stringify({ PRIORITY: "9", MESSAGE: "x" }))).toBeUndefined();
  });

  it("with journald the only store, a call without a unit says so and runs nothing", async () => {
    const journal = fakeJournal((at) => failingUnit(UNIT, at));
    const { tools, session } = armed(journald(), journal.exec);
    const result = await tools.invoke(session, {
      tool: "query_logs",
      input: { subject: { namespace: "shop", pod: "checkout-1" }, at: new Date().toISOString() },
    });
    expect(result.status === "denied" ? result.reason : "").toMatch(/needs the systemd unit/);
    expect(journal.calls).toEqual([]);
  });
});
