import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundle } from "../../scripts/bundle.mjs";

const REPO = join(import.meta.dirname, "..", "..");
const CACHE_PREFIX = "sentry-test-cli-";

/** A digest of everything that goes into the bundle: the same source gives the same key in every test process. */
function sourceKey(): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    hash
      .update(path)
      .update("\0")
      .update(readFileSync(join(REPO, path)))
      .update("\0");
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(REPO, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  walk("src");
  add("package.json");
  add("scripts/bundle.mjs");
  return hash.digest("hex").slice(0, 16);
}

/**
 * The CLI bundled from the current source as `npm run build` bundles it (the committed dist/ may be older than
 * the source under test), run as a child process: what a user runs. Bundled once per source state and shared
 * by every test file and worker (a rename makes the finished bundle appear at once; a racing second build is
 * dropped); bundles of older source states are removed.
 */
export async function buildCli(): Promise<string> {
  const key = sourceKey();
  const final = join(tmpdir(), `${CACHE_PREFIX}${key}`);
  const cli = join(final, "cli.js");
  if (existsSync(cli)) {
    // In use: a parallel run that cleans up old bundles must leave this one.
    utimesSync(final, new Date(), new Date());
    return cli;
  }
  const outdir = mkdtempSync(join(tmpdir(), `${CACHE_PREFIX}build-`));
  await bundle({
    entries: [{ in: join(REPO, "src/entrypoints/cli.ts"), out: "cli" }],
    outdir,
    logLevel: "error",
  });
  try {
    renameSync(outdir, final);
  } catch {
    rmSync(outdir, { recursive: true, force: true });
  }
  removeStaleBundles(key);
  return cli;
}

function removeStaleBundles(current: string): void {
  const hour = 60 * 60 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(CACHE_PREFIX) || name.endsWith(current)) continue;
    const path = join(tmpdir(), name);
    try {
      // A build of another state may be in flight in a parallel run: only old ones go.
      if (Date.now() - statSync(path).mtimeMs > hour) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

export interface ChildResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runBuilt(
  cliPath: string,
  argv: string[],
  options: { cwd?: string; stdin?: string; timeoutMs?: number } = {},
): Promise<ChildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...argv],
      {
        cwd: options.cwd,
        env: { PATH: process.env.PATH ?? "", HOME: tmpdir() },
        maxBuffer: 64 << 20,
        timeout: options.timeoutMs ?? 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}
