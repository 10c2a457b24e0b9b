import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";
import { anchorFromCommitMessage, type ChainAnchor } from "./chain-anchors.js";

export type GitAnchors =
  | { ok: true; anchors: ChainAnchor[]; commits: number }
  | { ok: false; reason: string };

/**
 * The heads that `ref`'s history recorded for the log at `file` (a clone of the audit branch): one per
 * audit commit, from its `Sentry-Chain-Head`/`Sentry-Chain-Seq` trailers. git runs without a shell, with a
 * fixed environment, in the file's directory.
 */
export function gitAnchors(file: string, ref: string): Promise<GitAnchors> {
  if (ref.startsWith("-") || /[\s\0]/.test(ref))
    return Promise.resolve({ ok: false, reason: `--git-ref ${JSON.stringify(ref)} is not a ref` });
  return new Promise((resolve) => {
    execFile(
      "git",
      ["log", "--format=%H%x00%B%x1e", ref, "--", basename(file)],
      {
        cwd: dirname(file),
        maxBuffer: 256 * 1024 * 1024,
        env: { PATH: "/usr/local/bin:/usr/bin:/bin", GIT_CONFIG_NOSYSTEM: "1", LANG: "C" },
      },
      (error, stdout, stderr) => {
        if (error) {
          const why = String(stderr).trim().split("\n")[0] || error.message;
          resolve({ ok: false, reason: `git log ${ref} failed: ${why}` });
          return;
        }
        const records = String(stdout)
          .split("\x1e")
          .map((record) => record.replace(/^\n/, ""))
          .filter((record) => record.includes("\0"));
        const anchors = records.flatMap((record) => {
          const [sha = "", message = ""] = record.split("\0");
          const anchor = anchorFromCommitMessage(message, `commit ${sha.slice(0, 7)}`);
          return anchor ? [anchor] : [];
        });
        resolve({ ok: true, anchors, commits: records.length });
      },
    );
  });
}
