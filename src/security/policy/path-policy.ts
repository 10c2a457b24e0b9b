import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { Workspace } from "../../core/workspace.js";
import { DOTENV_FILES, isDotenvPath } from "./env-view.js";

/** `view: "dotenv"`: the file may only be read as its redacted view and patched through that view. */
export type ResolvedPath =
  | { ok: true; abs: string; display: string; kind: "repo" | "log"; exists: boolean; view?: "dotenv" }
  | { ok: false; reason: string };

/** Asked for by the two tools that handle the redacted view (read_file, apply_patch); every other caller refuses. */
export type ViewOption = { dotenvView?: boolean };

/**
 * Never written by a bot, whatever the configuration says: git internals; CI, review and automation config
 * (a change there runs code with the repository's secrets or rewrites who must review); hooks and dev
 * environments (they run code on a developer's machine); Sentry's own config and kill switch. Matched
 * case-insensitively (macOS, Windows) against the normalised path and its file name.
 */
export const BUILTIN_WRITE_PROTECTED = [
  // git
  ".git",
  ".git/**",
  "**/.git/**",
  "**/.gitmodules",
  "**/.gitattributes",
  // CI and automation: GitHub (workflows, composite actions, dependabot, CODEOWNERS, sentry.yml) and others
  ".github/**",
  "**/.github/**",
  "**/action.yml",
  "**/action.yaml",
  ".gitlab-ci.yml",
  ".gitlab/**",
  ".circleci/**",
  ".buildkite/**",
  ".travis.yml",
  ".drone.yml",
  "Jenkinsfile",
  "azure-pipelines.yml",
  "bitbucket-pipelines.yml",
  "renovate.json",
  "renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".renovaterc.json5",
  // review
  "**/CODEOWNERS",
  // hooks
  ".husky/**",
  "**/.husky/**",
  ".githooks/**",
  ".pre-commit-config.yaml",
  "lefthook.yml",
  ".lefthook.yml",
  "lefthook-local.yml",
  // dev environments: they run code when a person opens the repository
  ".vscode/**",
  ".idea/**",
  ".devcontainer/**",
  ".devcontainer.json",
  ".gitpod.yml",
  "**/.envrc",
  // Sentry's own
  "STOP_SENTRY",
  "**/STOP_SENTRY",
  "**/sentry.yml",
  "**/sentry.yaml",
];

/** Key and credential files: neither read (they would reach a model) nor written. */
export const CREDENTIAL_FILES = [
  "**/*.pem",
  "**/*.key",
  "**/*.p12",
  "**/*.pfx",
  "**/*.jks",
  "**/*.keystore",
  "**/*.gpg",
  "**/id_rsa*",
  "**/id_dsa*",
  "**/id_ecdsa*",
  "**/id_ed25519*",
  "**/.ssh/**",
  "**/.npmrc",
  "**/.netrc",
  "**/.pypirc",
  "**/.aws/credentials",
  "**/credentials.json",
  "**/secrets.*",
  "**/*.secret",
  "**/*.secrets",
  // Credential stores by their conventional names (issue 16, class 4); content rules catch them elsewhere.
  "**/.pgpass",
  "**/.my.cnf",
  "**/.docker/config.json",
  "**/.dockercfg",
  "**/.kube/config",
  "**/kubeconfig",
  "**/*.kubeconfig",
  "**/.vault-token",
  "**/.envrc",
  "**/.m2/settings.xml",
  "**/.m2/settings-security.xml",
  "**/.mvn/settings.xml",
  "**/.git-credentials",
  "**/.htpasswd",
];

/** Secret files: credential stores, and dotenv files unless read or patched through their redacted view. */
export const SECRET_FILES = [...CREDENTIAL_FILES, ...DOTENV_FILES];

export interface PathPolicy {
  resolveRead(input: string, options?: ViewOption): Promise<ResolvedPath>;
  resolveWrite(input: string, options?: ViewOption): Promise<ResolvedPath>;
}

export interface PathPolicyOptions {
  workspace: Workspace;
  /** Extra globs from `.github/sentry.yml` protectedPaths. */
  protectedPaths: readonly string[];
  /** Absolute paths never written (the audit log). */
  protectedFiles?: readonly string[];
}

export function createPathPolicy(options: PathPolicyOptions): PathPolicy {
  const { workspace } = options;
  const isSecret = picomatch([...SECRET_FILES], glob);
  const viewable = dotenvViewable();
  const writeProtection = createWriteGuard(options.protectedPaths);
  const viewWriteProtection = createWriteGuard(options.protectedPaths, { dotenvView: true });
  // Resolved on first use, not at construction: a runner that is never called must not leave a rejected promise.
  let protectedFiles: Promise<string[]> | undefined;
  let rootPromise: Promise<string> | undefined;
  const repoRoot = () => {
    if (workspace.repoRoot && !rootPromise) rootPromise = realpath(workspace.repoRoot);
    return rootPromise;
  };
  const logByName = new Map<string, string>();
  for (const file of workspace.logFiles) {
    logByName.set(file, file);
    logByName.set(workspace.logDisplayNames[file] ?? file, file);
  }

  async function resolveInRepo(input: string, write: boolean, view: ViewOption = {}): Promise<ResolvedPath> {
    const lexicalProblem = checkLexical(input);
    if (lexicalProblem) return { ok: false, reason: lexicalProblem };
    const rootP = repoRoot();
    if (!rootP) return { ok: false, reason: "no repository in this run; only uploaded logs can be read" };
    const root = await rootP;
    if (isAbsolute(input))
      return { ok: false, reason: "absolute paths are refused: use a repository-relative path" };
    const lexical = resolve(root, input);
    if (!inside(root, lexical)) return { ok: false, reason: "path escapes the repository root" };
    const real = await realOrNearest(lexical);
    if (!inside(root, real.path))
      return { ok: false, reason: "path escapes the repository root through a symlink" };
    const rels = [relative(root, lexical), relative(root, real.path)].map(toPosix);
    if (rels.some((rel) => rel === ""))
      return { ok: false, reason: "the repository root itself is not a file" };
    const asView = view.dotenvView === true && rels.every(viewable);
    if (!asView && rels.some((rel) => isSecret(rel)))
      return { ok: false, reason: "key and secret files are never read or written" };
    if (write) {
      const refused = rels.map(asView ? viewWriteProtection : writeProtection).find(Boolean);
      if (refused) return { ok: false, reason: refused };
      protectedFiles ??= Promise.all((options.protectedFiles ?? []).map(realOrSelf));
      if ((await protectedFiles).includes(real.path))
        return {
          ok: false,
          reason: "Sentry's own files (the audit log, the memory file) are never written by a tool",
        };
    } else if (rels.some((rel) => rel === ".git" || rel.startsWith(".git/") || rel.includes("/.git/"))) {
      return { ok: false, reason: "git internals are not readable (they can hold credentials)" };
    }
    const shape = asView ? { view: "dotenv" as const } : {};
    return { ok: true, abs: real.path, display: rels[0]!, kind: "repo", exists: real.exists, ...shape };
  }

  return {
    async resolveRead(input, view) {
      const log = logByName.get(input);
      if (log)
        return {
          ok: true,
          abs: log,
          display: workspace.logDisplayNames[log] ?? log,
          kind: "log",
          exists: true,
        };
      return resolveInRepo(input, false, view);
    },
    async resolveWrite(input, view) {
      if (logByName.has(input)) return { ok: false, reason: "uploaded logs are read-only" };
      return resolveInRepo(input, true, view);
    },
  };
}

type WriteGuard = (rel: string) => string | undefined;
const glob = { dot: true, nocase: true };

/** A dotenv file and nothing else secret (`secrets.env` stays a secret file), by path and by file name. */
export function dotenvViewable(): (rel: string) => boolean {
  const isCredential = picomatch([...CREDENTIAL_FILES], glob);
  return (rel) => isDotenvPath(rel) && !isCredential(rel) && !isCredential(basename(rel));
}

/**
 * The one decision on whether a repository path may be written, shared by apply_patch and by delivery (the
 * fix PR): protected and secret globs, matched on the normalised path and on its file name. With
 * `dotenvView`, a dotenv file passes: the caller must then change it only through applyDotenvPatch.
 */
export function createWriteGuard(protectedPaths: readonly string[], view: ViewOption = {}): WriteGuard {
  const secret = view.dotenvView ? CREDENTIAL_FILES : SECRET_FILES;
  const isWriteProtected = picomatch([...BUILTIN_WRITE_PROTECTED, ...secret, ...protectedPaths], glob);
  return (rel) => {
    const normalised = normaliseRepoPath(rel);
    if (!normalised.ok) return normalised.reason;
    const path = normalised.path;
    return isWriteProtected(path) || isWriteProtected(basename(path))
      ? `protected path (${path}): no bot write may touch it`
      : undefined;
  };
}

/**
 * A repository-relative path as every writer must see it: `./a//b` is `a/b`; absolute paths, `..`, NUL,
 * control characters, URL-encoding and backslashes are refused, so no spelling slips past a glob.
 */
export function normaliseRepoPath(input: string): { ok: true; path: string } | { ok: false; reason: string } {
  const lexical = checkLexical(input);
  if (lexical) return { ok: false, reason: lexical };
  if (input.startsWith("/"))
    return { ok: false, reason: "absolute paths are refused: use a repository-relative path" };
  const parts = input.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) return { ok: false, reason: "path escapes the repository root" };
  if (parts.length === 0) return { ok: false, reason: "the repository root itself is not a file" };
  return { ok: true, path: parts.join("/") };
}

/** Refusals that need no filesystem: NUL bytes, control characters, URL-encoding, Windows separators. */
function checkLexical(input: string): string | undefined {
  if (input.length === 0) return "empty path";
  if (input.length > 1024) return "path too long";
  if (input.includes("\0")) return "NUL byte in path";
  if (/[\u0001-\u001f\u007f]/.test(input)) return "control character in path";
  if (/%[0-9a-f]{2}/i.test(input)) return "URL-encoded path: paths are taken literally, decode it first";
  if (input.includes("\\")) return "backslash in path: use forward slashes";
  if (input.startsWith("~")) return "home-relative paths are refused";
  return undefined;
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

async function realOrSelf(path: string): Promise<string> {
  return (await realOrNearest(resolve(path))).path;
}

/** realpath of the path, or of its nearest existing ancestor with the rest appended (for files to be created). */
async function realOrNearest(path: string): Promise<{ path: string; exists: boolean }> {
  let current = path;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = await realpath(current);
      return { path: rest.length ? join(real, ...rest.reverse()) : real, exists: rest.length === 0 };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      // A dangling symlink: realpath fails but the link exists, and a write would follow it anywhere.
      if (await isLink(current)) return { path: "/nonexistent/dangling-symlink", exists: false };
      const parent = dirname(current);
      if (parent === current) return { path, exists: false };
      rest.push(basename(current));
      current = parent;
    }
  }
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
