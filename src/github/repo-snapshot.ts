import type { Stats } from "node:fs";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { extract, ReadEntry } from "tar";
import type { GitHub, RepoRef } from "./octokit.js";

/**
 * A read-only copy of a repository at one commit, for the App's runs (the Action has its checkout): the
 * Detective reads and greps the code, and a fix's patch is checked against it before the PR is made
 * through the API. Downloaded as the tarball GitHub serves, never cloned: no credential touches the disk.
 */
export interface RepoSnapshot {
  dir: string;
  files: number;
  /** Entries left out: links, devices, files too big, or past the size budget. */
  skipped: number;
  /** Unpacking stopped early (past maxEntries or maxTotalBytes): the tree is partial. */
  truncated: boolean;
  remove(): Promise<void>;
}

export interface SnapshotLimits {
  /** The download itself (the tarball is gzipped). */
  maxTarballBytes?: number;
  /** Everything extracted. */
  maxTotalBytes?: number;
  /** One file: logs and build output committed by mistake are left out, not read. */
  maxFileBytes?: number;
  /**
   * Entries looked at, kept or not: a gzip bomb or a million empty files would cost CPU time and inodes
   * even when nothing is kept, so unpacking stops there and the run gets what was unpacked so far.
   */
  maxEntries?: number;
}

const DEFAULTS: Required<SnapshotLimits> = {
  maxTarballBytes: 100 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  maxFileBytes: 4 * 1024 * 1024,
  maxEntries: 100_000,
};

export type SnapshotResult = { ok: true; snapshot: RepoSnapshot } | { ok: false; reason: string };

export async function downloadRepoSnapshot(
  gh: GitHub,
  repo: RepoRef,
  ref: string,
  limits: SnapshotLimits = {},
): Promise<SnapshotResult> {
  const max = { ...DEFAULTS, ...limits };
  let body: ReadableStream<Uint8Array>;
  try {
    // The body as a stream (Octokit follows GitHub's redirect to its archive host): counted and unpacked
    // as it arrives, so a huge repository is stopped at the limit, never held in memory.
    const response = await gh.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
      ...repo,
      ref,
      request: { parseSuccessResponseBody: false },
    });
    body = response.data as unknown as ReadableStream<Uint8Array>;
  } catch (error) {
    return { ok: false, reason: `could not download ${repo.owner}/${repo.repo}@${ref}: ${String(error)}` };
  }
  let downloaded = 0;
  const tooBig = new Error("tarball over the download limit");
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      downloaded += chunk.length;
      if (downloaded > max.maxTarballBytes) done(tooBig);
      else done(null, chunk);
    },
  });
  // The real path: the workspace promises one, and the path policy compares real paths.
  const dir = await realpath(await mkdtemp(join(tmpdir(), "sentry-repo-")));
  const remove = () => rm(dir, { recursive: true, force: true });
  let files = 0;
  let skipped = 0;
  let total = 0;
  let seen = 0;
  let scanned = 0;
  const stop = new AbortController();
  const halt = () => {
    stop.abort();
    return false;
  };
  // Only plain files and folders inside the tree: a link in a stranger's repository could point anywhere
  // on this host. node-tar refuses absolute paths and `..` itself; the filter says so first, and counts it.
  const keep = (path: string, entry: ReadEntry | Stats): boolean => {
    // Extraction only ever passes ReadEntry; Stats is for tar's create side.
    if (!(entry instanceof ReadEntry) || stop.signal.aborted) return false;
    seen += 1;
    scanned += entry.size;
    // Skipped entries are still decompressed and read through, so they count against a scan budget too.
    if (seen > max.maxEntries || scanned > max.maxTotalBytes * 4) return halt();
    if (isAbsolute(path) || path.split(/[\\/]/).includes("..")) {
      skipped += 1;
      return false;
    }
    if (entry.type === "Directory") return true;
    if (entry.type !== "File" || entry.size > max.maxFileBytes) {
      skipped += 1;
      return false;
    }
    if (total + entry.size > max.maxTotalBytes) return halt();
    total += entry.size;
    files += 1;
    return true;
  };
  try {
    await pipeline(
      Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>),
      counted,
      extract({ cwd: dir, strip: 1, filter: keep, noChmod: true, preservePaths: false }),
      { signal: stop.signal },
    );
  } catch (error) {
    if (!stop.signal.aborted) {
      await remove();
      if (error === tooBig) {
        return {
          ok: false,
          reason: `${repo.owner}/${repo.repo} is past ${max.maxTarballBytes.toLocaleString("en")} bytes gzipped, the snapshot's download limit`,
        };
      }
      return { ok: false, reason: `could not unpack ${repo.owner}/${repo.repo}@${ref}: ${String(error)}` };
    }
  }
  return { ok: true, snapshot: { dir, files, skipped, truncated: stop.signal.aborted, remove } };
}
