import { z } from "zod";
import type { SentryConfig } from "../core/config.js";
import { type Mode, ModeSchema, STOP_FILE } from "../core/mode.js";
import { lowerMode } from "../core/operator-settings.js";
import { AUDIT_BRANCH } from "./audit-branch-store.js";
import { appendCommit, readFileAt } from "./git-data.js";
import type { GitHub, RepoRef } from "./octokit.js";

/**
 * `/sentry stop`, `/sentry resume` and `/sentry mode` state, kept as control.json on the bot's own
 * `sentry/audit` branch: it lives in the repository (the system of record), survives restarts and is
 * shared by replicas, and needs no write to the default branch (often protected).
 */
export const CONTROL_FILE = "control.json";

export const ControlStateSchema = z.object({
  stopped: z.boolean().default(false),
  mode: ModeSchema.optional(),
  updatedBy: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type ControlState = z.infer<typeof ControlStateSchema>;

export async function readControl(gh: GitHub, repo: RepoRef): Promise<ControlState> {
  const text = await readFileAt(gh, repo, CONTROL_FILE, AUDIT_BRANCH);
  if (text === undefined) return { stopped: false };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A corrupted control file must fail closed: treat it as stopped.
    return { stopped: true, updatedBy: "(unreadable control.json)" };
  }
  const parsed = ControlStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { stopped: true, updatedBy: "(invalid control.json)" };
}

export async function writeControl(
  gh: GitHub,
  repo: RepoRef,
  change: Partial<Pick<ControlState, "stopped" | "mode">>,
  by: string,
  now: Date,
): Promise<ControlState> {
  let next: ControlState = { stopped: false };
  await appendCommit(gh, repo, AUDIT_BRANCH, async (head) => {
    const current = head ? await readFileAt(gh, repo, CONTROL_FILE, head.commitSha) : undefined;
    const parsed = ControlStateSchema.safeParse(current ? JSON.parse(current) : {});
    next = {
      ...(parsed.success ? parsed.data : { stopped: true }),
      ...change,
      updatedBy: by,
      updatedAt: now.toISOString(),
    };
    const what = Object.entries(change)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    return {
      files: { [CONTROL_FILE]: `${JSON.stringify(next, null, 2)}\n` },
      message: `control: ${what} by ${by}`,
    };
  });
  return next;
}

export type WriteGate = { open: true; mode: Mode } | { open: false; mode: Mode; reason: string };

/**
 * The kill switch, checked before any write: a STOP_SENTRY file on the default branch, `/sentry stop`, or
 * mode DISABLED each close it at once. The mode from `/sentry mode` overrides the file's.
 */
export async function readWriteGate(
  gh: GitHub,
  repo: RepoRef,
  config: SentryConfig,
  defaultBranch: string,
): Promise<WriteGate> {
  const [stopFile, control] = await Promise.all([
    readFileAt(gh, repo, STOP_FILE, defaultBranch),
    readControl(gh, repo),
  ]);
  // control.json lives on a branch anyone with push access can write: `/sentry mode` may lower the mode
  // the configuration allows (and restore it), never raise it past what the operator granted.
  const mode = control.mode ? lowerMode(config.mode, control.mode) : config.mode;
  if (stopFile !== undefined) return { open: false, mode, reason: `${STOP_FILE} exists on ${defaultBranch}` };
  if (control.stopped)
    return { open: false, mode, reason: `stopped by ${control.updatedBy ?? "a maintainer"} (/sentry stop)` };
  if (mode === "DISABLED") return { open: false, mode, reason: "mode is DISABLED" };
  return { open: true, mode };
}
