import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/security/policy/command-policy.js";

const check = (args: string[]) => checkCommand(["journalctl", ...args], { hosts: [], journald: true });
const READ = ["-u", "nginx.service", "--since", "@1795489200", "-o", "json"];

describe("journalctl: one unit's records as JSON, nothing else", () => {
  it("allows the collector's read and adds --no-pager", async () => {
    const got = await check([...READ, "-n", "5000", "--until", "2026-12-07 01:30:00"]);
    expect(got).toEqual({
      ok: true,
      program: "journalctl",
      args: [...READ, "-n", "5000", "--until", "2026-12-07 01:30:00", "--no-pager"],
    });
    const long = await check([
      "--unit=getty@tty1.service",
      "--since=2026-12-07T01:00:00Z",
      "--output=json",
      "--lines=10",
      "--no-pager",
    ]);
    expect(long.ok).toBe(true);
    expect((await checkCommand("journalctl -u sshd -o json", { hosts: [], journald: true })).ok).toBe(true);
  });

  it("refuses even a valid read unless it is the journald collector's", async () => {
    const got = await checkCommand(["journalctl", ...READ], { hosts: [] });
    expect(got.ok ? "allowed" : got.reason).toMatch(/only as the journald collector .*SENTRY_JOURNALD=1/);
  });

  const refused: [string, string[], RegExp][] = [
    ["follow", [...READ, "-f"], /"-f" is not allowed/],
    ["--follow", [...READ, "--follow"], /"--follow" is not allowed/],
    ["another journal file", [...READ, "--file", "/var/log/journal/x.journal"], /"--file" is not allowed/],
    ["--file=", [...READ, "--file=/tmp/x.journal"], /is not allowed/],
    ["a journal directory", [...READ, "-D", "/tmp/j"], /"-D" is not allowed/],
    ["--directory", [...READ, "--directory=/tmp/j"], /is not allowed/],
    ["another root", [...READ, "--root", "/mnt"], /"--root" is not allowed/],
    ["a container's journal", [...READ, "-M", "web"], /"-M" is not allowed/],
    ["--machine", [...READ, "--machine=web"], /is not allowed/],
    ["vacuuming", [...READ, "--vacuum-size=1K"], /is not allowed/],
    ["vacuum by time", [...READ, "--vacuum-time", "1s"], /is not allowed/],
    ["rotation", [...READ, "--rotate"], /is not allowed/],
    ["flushing", [...READ, "--flush"], /is not allowed/],
    ["syncing", [...READ, "--sync"], /is not allowed/],
    ["key setup", [...READ, "--setup-keys"], /is not allowed/],
    ["other output fields", [...READ, "--output-fields=MESSAGE,_CMDLINE"], /is not allowed/],
    ["another output format", ["-u", "nginx", "-o", "export"], /only -o json/],
    ["json-pretty", ["-u", "nginx", "--output=json-pretty"], /only -o json/],
    ["a joined -ojson", ["-u", "nginx", "-ojson"], /"-ojson" is not allowed/],
    ["no unit", ["-o", "json"], /needs -u UNIT/],
    ["no json", ["-u", "nginx"], /needs -o json/],
    ["two units", [...READ, "-u", "sshd"], /one unit at a time/],
    ["an option as a unit", ["-u", "--vacuum-size=1", "-o", "json"], /not a systemd unit name/],
    ["a glob unit", ["-u", "ngin*", "-o", "json"], /shell metacharacter/],
    ["a unit with a slash", ["-u", "../../etc/x", "-o", "json"], /not a systemd unit name/],
    ["an unbounded count", [...READ, "-n", "5001"], /from 1 to 5000/],
    ["-n all", [...READ, "-n", "all"], /from 1 to 5000/],
    ["a relative time word", ["-u", "nginx", "-o", "json", "--since", "yesterday"], /use @EPOCH/],
    ["a missing value", ["-u", "nginx", "-o", "json", "--since"], /needs a value/],
    ["a boot selector", [...READ, "-b"], /"-b" is not allowed/],
    ["a field match", [...READ, "_PID=1"], /is not allowed/],
    ["--no-pager with a value", [...READ, "--no-pager=1"], /is not allowed/],
  ];
  for (const [what, args, reason] of refused) {
    it(`refuses ${what}`, async () => {
      const got = await check(args);
      expect(got.ok ? "allowed" : got.reason).toMatch(reason);
    });
  }
});
