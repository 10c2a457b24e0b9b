import { readFileSync } from "node:fs";
import { readStartupEnvironment, type StartupEnvironment, secretVariables } from "./parent-secrets.js";

/**
 * The check before Sentry runs a command the operator configured (`restart.command`): a program whose
 * arguments no policy constrains, so it could `cat /proc/$PPID/environ`. It runs only when it cannot read
 * Sentry's secrets that way: either as another (non-root) user, or as Sentry's user when Sentry's start-up
 * environment holds no secret (they were given as `NAME_FILE` files and read into memory).
 */
export interface OperatorCommandOptions {
  /** What the command is, for the refusal line: `restart.command`. */
  label: string;
  /** The operator's `restart.user`: a user name or `uid[:gid]`. */
  user?: string;
  /** Test seams. */
  environment?: StartupEnvironment;
  currentUid?: number;
  passwdFile?: string;
}

export type OperatorCommandPlan =
  | {
      ok: true /** spawn's uid/gid (Sentry is root) */;
      ids?: { uid: number; gid: number } /** argv prefix (sudo) */;
      prefix: string[];
    }
  | { ok: false; reason: string };

export function planOperatorCommand(options: OperatorCommandOptions): OperatorCommandPlan {
  const currentUid = options.currentUid ?? process.getuid?.() ?? -1;
  if (options.user !== undefined) {
    const target = resolveUser(options.user, options.passwdFile);
    if ("error" in target) return { ok: false, reason: `${options.label} refused: ${target.error}` };
    if (target.uid === 0)
      return {
        ok: false,
        reason: `${options.label} refused: restart.user must not be root (root reads every process's environment)`,
      };
    if (target.uid !== currentUid) {
      // Root switches itself (spawn's uid/gid); anyone else asks sudo, non-interactively, for a sudoers rule.
      return currentUid === 0
        ? { ok: true, ids: { uid: target.uid, gid: target.gid }, prefix: [] }
        : { ok: true, prefix: ["sudo", "-n", "-u", `#${target.uid}`, "--"] };
    }
  }
  const startup = options.environment ?? readStartupEnvironment();
  const secrets = secretVariables(startup.env);
  if (secrets.length === 0) return { ok: true, prefix: [] };
  return {
    ok: false,
    reason:
      `${options.label} refused: it would run as Sentry's own user, which can read ${startup.source} holding ` +
      `${secrets.join(", ")}; give ${secrets.length > 1 ? "them" : "it"} as files ` +
      `(${secrets.map((name) => `${name}_FILE`).join(", ")}) or set restart.user to run commands as another user`,
  };
}

/** `restarter`, `1001` or `1001:1001` to ids; names through /etc/passwd (NSS-only users: give the ids). */
export function resolveUser(
  spec: string,
  passwdFile = "/etc/passwd",
): { uid: number; gid: number } | { error: string } {
  const numeric = spec.match(/^(\d{1,10})(?::(\d{1,10}))?$/);
  if (numeric) {
    const uid = Number(numeric[1]);
    return { uid, gid: numeric[2] === undefined ? uid : Number(numeric[2]) };
  }
  if (!/^[a-z_][a-z0-9_.-]{0,31}\$?$/i.test(spec))
    return { error: `restart.user ${JSON.stringify(spec)} is not a user name` };
  let text: string;
  try {
    text = readFileSync(passwdFile, "utf8");
  } catch {
    return { error: `restart.user ${spec}: ${passwdFile} is not readable; give uid:gid` };
  }
  for (const line of text.split("\n")) {
    const [name, , uid, gid] = line.split(":");
    if (name === spec && uid !== undefined && gid !== undefined && /^\d+$/.test(uid) && /^\d+$/.test(gid))
      return { uid: Number(uid), gid: Number(gid) };
  }
  return { error: `restart.user ${spec}: no such user in ${passwdFile}; give uid:gid` };
}
