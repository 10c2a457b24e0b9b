import { execFile } from "node:child_process";
import {
  type OperatorCommandOptions,
  type OperatorCommandPlan,
  planOperatorCommand,
} from "../exec/operator-command.js";
import { journalctlProblem, psEnvironmentFlag } from "./argument-rules.js";

/**
 * Diagnostics commands: parsed into a program and arguments and checked against an allow-list with rules for
 * every argument. Never prefix matching (`systemctl status` must not let `systemctl restart` through), never a
 * shell: the command runs with execFile, a timeout and an output cap.
 */
export type CommandCheck = { ok: true; program: string; args: string[] } | { ok: false; reason: string };

export interface CommandPolicyOptions {
  /** Hosts `curl` and `ping` may reach. */
  hosts: readonly string[];
  /** Turns a path argument (tail) into an absolute readable path, or refuses it. */
  resolveReadPath?: (path: string) => Promise<{ ok: true; abs: string } | { ok: false; reason: string }>;
  /**
   * journalctl is the journald collector's, which only the operator enables: without this, a read
   * through run_diagnostics would get around that setting.
   */
  journald?: boolean;
}

const METACHARACTERS = /[;|&`$()<>\n\r\\*?{}[\]!#~'"]/;
const FLAGS = /^-[A-Za-z]+$/;
const NUMBER = /^\d{1,6}$/;

type ArgRule = (args: string[], options: CommandPolicyOptions) => Promise<string | undefined>;

const flagsOnly =
  (allowed: string): ArgRule =>
  async (args) => {
    for (const arg of args) {
      if (!FLAGS.test(arg) || [...arg.slice(1)].some((c) => !allowed.includes(c)))
        return `argument ${JSON.stringify(arg)} is not allowed`;
    }
    return undefined;
  };

const RULES: Record<string, ArgRule> = {
  ps: async (args) => {
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!;
      const environment = psEnvironmentFlag(arg);
      if (environment) return environment;
      if (/^(?:aux|ax|-e|-ef|-eF|-ely|-A|-aux)$/.test(arg)) continue;
      if (/^(?:-o|-eo|--sort|-p|-C|-u)$/.test(arg)) {
        const value = args[++i];
        if (!value || !/^[\w,%+-]{1,200}$/.test(value)) return `${arg} needs a plain value`;
        if (arg.endsWith("o") && /env/i.test(value))
          return `ps ${arg} ${value}: ps may not print process environments`;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for ps`;
    }
    return undefined;
  },
  ss: flagsOnly("tulpnaxsHeim46"),
  netstat: flagsOnly("tulpnaxsrie46"),
  df: flagsOnly("hHTikPl"),
  free: flagsOnly("hmgbkwtl"),
  uptime: flagsOnly("ps"),
  tail: async (args, options) => {
    let file: string | undefined;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!;
      if (arg === "-n" || arg === "-c") {
        if (!NUMBER.test(args[++i] ?? "")) return `${arg} needs a number`;
      } else if (/^-[nc]\d{1,6}$/.test(arg)) {
        // -n200 form
      } else if (arg.startsWith("-")) {
        return `argument ${JSON.stringify(arg)} is not allowed for tail (no -f: a diagnostic must end)`;
      } else if (file === undefined) {
        file = arg;
        const resolved = options.resolveReadPath
          ? await options.resolveReadPath(arg)
          : { ok: false as const, reason: "no readable files" };
        if (!resolved.ok) return `tail ${arg}: ${resolved.reason}`;
        args[i] = resolved.abs;
      } else {
        return "tail reads one file";
      }
    }
    return file === undefined ? "tail needs a file" : undefined;
  },
  systemctl: async (args) => {
    if (args[0] !== "status")
      return `only "systemctl status" is allowed (got ${JSON.stringify(args[0] ?? "")})`;
    let units = 0;
    for (const arg of args.slice(1)) {
      if (arg === "--no-pager" || arg === "-l" || arg === "--full" || /^--lines=\d{1,4}$/.test(arg)) continue;
      if (/^[A-Za-z0-9@_.:-]{1,128}$/.test(arg) && !arg.startsWith("-")) {
        units += 1;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for systemctl status`;
    }
    if (units > 1) return "one unit at a time";
    args.splice(1, 0, "--no-pager");
    return undefined;
  },
  journalctl: async (args, options) =>
    journalctlProblem(args) ??
    (options.journald
      ? undefined
      : "journalctl runs only as the journald collector (query_logs, store journald), which the operator enables with SENTRY_JOURNALD=1"),
  ping: async (args, options) => {
    let host: string | undefined;
    let count = false;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!;
      if (arg === "-c" || arg === "-W" || arg === "-w") {
        const value = args[++i] ?? "";
        if (!/^\d{1,2}$/.test(value) || (arg === "-c" && Number(value) > 5))
          return `${arg} needs a small number (-c at most 5)`;
        if (arg === "-c") count = true;
      } else if (arg === "-4" || arg === "-6" || arg === "-n" || arg === "-q") {
        // harmless output/address-family flags
      } else if (!arg.startsWith("-") && host === undefined) {
        host = arg;
      } else {
        return `argument ${JSON.stringify(arg)} is not allowed for ping`;
      }
    }
    if (!host) return "ping needs a host";
    if (!count) return "ping needs -c N (at most 5) so it ends";
    return hostAllowed(host, options.hosts) ? undefined : `host ${host} is not on the diagnostics allow-list`;
  },
  curl: async (args, options) => {
    let url: string | undefined;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!;
      if (/^-(?:[sSIfvk]{1,5})$/.test(arg) && !arg.includes("k")) continue;
      if (
        arg === "--silent" ||
        arg === "--show-error" ||
        arg === "--head" ||
        arg === "--fail" ||
        arg === "-i" ||
        arg === "--include"
      )
        continue;
      if (arg === "-m" || arg === "--max-time" || arg === "--connect-timeout") {
        if (!/^\d{1,2}$/.test(args[++i] ?? "")) return `${arg} needs a number of seconds`;
        continue;
      }
      if (!arg.startsWith("-") && url === undefined) {
        url = arg;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for curl (no output files, uploads, proxies, configs or redirects)`;
    }
    if (!url) return "curl needs a URL";
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return `not a URL: ${url}`;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      return `scheme ${parsed.protocol} is not allowed`;
    if (parsed.username || parsed.password) return "credentials in URLs are not allowed";
    if (!hostAllowed(parsed.hostname, options.hosts))
      return `host ${parsed.hostname} is not on the diagnostics allow-list`;
    args.unshift("--max-filesize", "1048576", "--proto", "=http,https", "--max-redirs", "0");
    return undefined;
  },
};

export const ALLOWED_PROGRAMS = Object.keys(RULES);

function hostAllowed(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return hosts.some((allowed) => allowed.toLowerCase() === h);
}

/** Splits on whitespace after refusing every shell metacharacter: there is no quoting to get wrong. */
export function tokenize(command: string): string[] | { refused: string } {
  if (command.length > 1000) return { refused: "command too long" };
  const bad = command.match(METACHARACTERS);
  if (bad) return { refused: `shell metacharacter ${JSON.stringify(bad[0])} is not allowed` };
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(command)) return { refused: "control character in command" };
  return command
    .trim()
    .split(/[ \t]+/)
    .filter(Boolean);
}

export async function checkCommand(
  input: string | string[],
  options: CommandPolicyOptions,
): Promise<CommandCheck> {
  const tokens = typeof input === "string" ? tokenize(input) : input;
  if (!Array.isArray(tokens)) return { ok: false, reason: tokens.refused };
  for (const token of tokens) {
    if (METACHARACTERS.test(token) || /[\u0000-\u001f]/.test(token))
      return { ok: false, reason: `argument ${JSON.stringify(token)} contains a shell metacharacter` };
  }
  const [program, ...args] = tokens;
  if (!program) return { ok: false, reason: "empty command" };
  const rule = Object.hasOwn(RULES, program) ? RULES[program] : undefined;
  if (!rule) {
    return {
      ok: false,
      reason: `program ${JSON.stringify(program)} is not on the allow-list (${ALLOWED_PROGRAMS.join(", ")})`,
    };
  }
  const problem = await rule(args, options);
  return problem ? { ok: false, reason: problem } : { ok: true, program, args };
}

export interface ExecResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  /** Set when the command was not started: why (an operator command that could read Sentry's secrets). */
  refused?: string;
}

export type CommandExecutor = (
  program: string,
  args: readonly string[],
  options: {
    timeoutMs: number;
    maxBytes: number;
    cwd?: string;
    /** An operator-configured command (no policy constrains its arguments): checked before it starts. */
    operator?: OperatorCommandOptions;
    /** Set over CHILD_ENV (git_history's HOME and GIT_* isolation); never the parent's environment. */
    env?: Readonly<Record<string, string>>;
  },
) => Promise<ExecResult>;

/** The environment of every child: never the parent's, so no secret is inherited. */
export const CHILD_ENV: Readonly<Record<string, string>> = {
  PATH: "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
  LANG: "C",
  LC_ALL: "C",
  SYSTEMD_PAGER: "",
};

/**
 * execFile, never a shell; a fixed PATH and locale so a planted binary or a crafted environment changes
 * nothing. An operator command runs only as planOperatorCommand allows: as another user, or with no
 * secret in Sentry's start-up environment for it to read from /proc.
 */
export const execFileExecutor: CommandExecutor = async (program, args, options) => {
  const plan: OperatorCommandPlan = options.operator
    ? planOperatorCommand(options.operator)
    : { ok: true, prefix: [] };
  if (!plan.ok)
    return {
      exitCode: null,
      stdout: "",
      stderr: "",
      timedOut: false,
      truncated: false,
      refused: plan.reason,
    };
  const [file, ...argv] = [...plan.prefix, program, ...args];
  return new Promise((resolve) => {
    execFile(
      file!,
      argv,
      {
        ...(plan.ids ?? {}),
        shell: false,
        timeout: options.timeoutMs,
        maxBuffer: options.maxBytes,
        killSignal: "SIGKILL",
        cwd: options.cwd ?? "/",
        env: { ...CHILD_ENV, ...(options.env ?? {}) },
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null;
        const truncated = e?.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER";
        resolve({
          exitCode: e ? (typeof e.code === "number" ? e.code : null) : 0,
          stdout: String(stdout),
          stderr: e && !stderr && !truncated && !e.killed ? String(e.message) : String(stderr),
          timedOut: Boolean(e?.killed) && !truncated,
          truncated,
        });
      },
    );
  });
};
