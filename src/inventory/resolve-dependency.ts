import { declared, insertion, type ManifestKind, manifestKind } from "./manifest-edit.js";
import { distributionOf, normalise, STDLIB } from "./python-distributions.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface ModuleLookup {
  kind: "missing-module";
  ecosystem: "python" | "node";
  module: string;
}

/** Node's own modules: never a dependency to declare. */
const NODE_BUILTINS = new Set(
  "assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path perf_hooks process querystring readline stream string_decoder timers tls tty url util v8 vm worker_threads zlib".split(
    " ",
  ),
);

export function moduleLookup(evidence: string): ModuleLookup | undefined {
  const py = /ModuleNotFoundError: No module named '([A-Za-z_][\w]*)/.exec(evidence);
  if (py?.[1]) return { kind: "missing-module", ecosystem: "python", module: py[1] };
  const node = /Cannot find (?:module|package) '((?:@[\w.-]+\/)?[\w][\w.-]*)[^']*'/.exec(evidence);
  if (node?.[1] && !NODE_BUILTINS.has(node[1]) && !node[1].startsWith("node:"))
    return { kind: "missing-module", ecosystem: "node", module: node[1] };
  return undefined;
}

const LOCK =
  /(^|\/)(poetry\.lock|uv\.lock|pdm\.lock|Pipfile\.lock|package-lock\.json|[\w.-]*(?:lock|constraints|pinned|frozen)[\w.-]*\.txt)$/;

/** Manifests and lock files to read for a missing module, beside the deploy files (small repos: all of them). */
export function manifestsToRead(lookup: { kind: string }, repoFiles: readonly string[]): string[] {
  if (lookup.kind !== "missing-module") return [];
  return repoFiles
    .filter((f) => manifestKind(f) !== undefined || LOCK.test(f) || /(^|\/)Dockerfile$/.test(f))
    .slice(0, 8);
}

/** The versions lock files and pinned lists record for a distribution (normalised name). */
function lockedVersions(files: readonly RepoRead[], name: string, node: boolean): string[] {
  const want = node ? name : normalise(name);
  const found: string[] = [];
  for (const f of files.filter((r) => LOCK.test(r.path))) {
    if (node) {
      const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      const m = new RegExp(`"node_modules/${esc}"\\s*:\\s*\\{\\s*"version"\\s*:\\s*"([^"]+)"`).exec(
        f.content,
      );
      if (m?.[1]) found.push(m[1]);
      continue;
    }
    for (const m of f.content.matchAll(/name\s*=\s*"([^"]+)"\s*\n\s*version\s*=\s*"([^"]+)"/g))
      if (normalise(m[1] ?? "") === want && m[2]) found.push(m[2]);
    for (const m of f.content.matchAll(/^([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==([\w.+!-]+)/gm))
      if (normalise(m[1] ?? "") === want && m[2]) found.push(m[2]);
    for (const m of f.content.matchAll(/"([\w.-]+)"\s*:\s*\{[^{}]*?"version"\s*:\s*"==([^"]+)"/g))
      if (normalise(m[1] ?? "") === want && m[2]) found.push(m[2]);
  }
  return [...new Set(found)];
}

/** Where the code imports the module (the line the traceback names, read through the tools). */
function importLines(lookup: ModuleLookup, files: readonly RepoRead[]): Located[] {
  const m = lookup.module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const re =
    lookup.ecosystem === "python"
      ? new RegExp(`^\\s*(?:import\\s+${m}\\b|from\\s+${m}(?:\\.|\\s+import\\b))`)
      : new RegExp(`(?:require\\(|from\\s+|import\\s*\\(?)\\s*["']${m}(?:/[^"']*)?["']`);
  const code = lookup.ecosystem === "python" ? /\.py$/ : /\.[cm]?[jt]sx?$/;
  return files
    .filter((f) => code.test(f.path))
    .flatMap((f) =>
      f.content.split("\n").flatMap((t, i) => (re.test(t) ? [{ file: f.path, line: i + 1 }] : [])),
    )
    .slice(0, 2);
}

/** The line of each lock file that names the distribution (where its version is recorded). */
function lockLines(files: readonly RepoRead[], dist: string): Located[] {
  const want = normalise(dist);
  return files
    .filter((f) => LOCK.test(f.path))
    .flatMap((f) => {
      const at = f.content
        .split("\n")
        .findIndex((t) =>
          [...t.matchAll(/[\w.@/-]+/g)].some((w) => normalise(w[0].replace(/^node_modules\//, "")) === want),
        );
      return at < 0 ? [] : [{ file: f.path, line: at + 1 }];
    });
}

/** The module is the repository's own code (a package directory or a module file), not a dependency. */
function isLocal(module: string, repoFiles: readonly string[]): boolean {
  return repoFiles.some((f) => new RegExp(`(^|/)${module}(/__init__\\.py|\\.py|/package\\.json)$`).test(f));
}

/** The manifests the image installs from: those a Dockerfile names, when it names any. */
function installed(manifests: readonly RepoRead[], files: readonly RepoRead[]): readonly RepoRead[] {
  const docker = files
    .filter((f) => /(^|\/)Dockerfile$/.test(f.path))
    .map((f) => f.content)
    .join("\n");
  const named = manifests.filter((m) => docker.includes(m.path.split("/").pop() ?? m.path));
  return named.length > 0 ? named : manifests;
}

/**
 * A module the code imports is not installed: the runtime manifest the image installs from does not declare
 * its distribution (import name mapped to the distribution pip or npm installs). The change appends it, pinned
 * to the version a lock file records when one does. The module is the repository's own code, the standard
 * library, a shared namespace, already declared, or several manifests could be meant: cited or left alone.
 */
export function resolveMissingModule(
  lookup: ModuleLookup,
  files: readonly RepoRead[],
  repoFiles: readonly string[],
): Resolution | undefined {
  const node = lookup.ecosystem === "node";
  if (!node && (STDLIB.has(lookup.module) || isLocal(lookup.module, repoFiles))) return undefined;
  const dist = node ? lookup.module : distributionOf(lookup.module);
  const manifests = installed(
    files.filter(
      (f) =>
        (node ? manifestKind(f.path) === "package-json" : manifestKind(f.path) !== "package-json") &&
        manifestKind(f.path),
    ),
    files,
  );
  const first = manifests[0];
  if (!first) return undefined;
  // A package declared anywhere in package.json (a devDependency) is move-dev-dependency's case, not a new one.
  if (node && manifests.some((m) => m.content.includes(`"${lookup.module}"`))) return undefined;
  const kind = manifestKind(first.path) as ManifestKind;
  const wanted = dist ? (node ? dist : normalise(dist)) : undefined;
  if (wanted && manifests.some((m) => declared(manifestKind(m.path) as ManifestKind, m.content).has(wanted)))
    return undefined;
  const versions = dist ? lockedVersions(files, dist, node) : [];
  const version = versions.length === 1 ? versions[0] : undefined;
  const edit = dist ? insertion(kind, first.content, dist, version) : undefined;
  const line = edit?.line ?? 1;
  const cause = { file: first.path, line, text: lineAt(first.content, line) ?? "" };
  const locks = dist ? lockLines(files, dist) : [];
  const imports = importLines(lookup, files);
  const base = {
    kind: "dependency-declared" as const,
    subject: lookup.module,
    cause,
    // The lock file first: the Surgeon re-resolves from the cited files, and the pin comes from it.
    truth: [...locks.slice(0, 1), ...imports, ...locks.slice(1)],
    candidates: dist ? [dist] : [],
  };
  if (!dist)
    return {
      ...base,
      reason: `${lookup.module} is a namespace several distributions share; which one is meant is not said`,
    };
  if (manifests.length > 1)
    return {
      ...base,
      reason: `${manifests.length} manifests could install ${dist}; which one the image uses is not said`,
    };
  if (versions.length > 1)
    return { ...base, reason: `the lock files record ${versions.join(", ")} for ${dist}` };
  if (!edit)
    return {
      ...base,
      reason: `${first.path} could not be extended safely${node ? " (no locked version to declare)" : ""}`,
    };
  const pin = version
    ? ` (the version the lock file records)`
    : " (no lock file records a version: pin the one you test with)";
  return {
    ...base,
    reason: `the code imports ${lookup.module} but ${first.path} does not declare ${dist}, so the image does not install it${pin}`,
    change: {
      file: first.path,
      line: edit.line,
      before: edit.before,
      after: edit.after,
      summary: `${first.path} += ${dist}${version ? ` ${version}` : ""}`,
    },
  };
}

/** The patched manifest now declares the distribution the missing module comes from. */
export function dependencyHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const file = patched.find((f) => f.path === resolution.change?.file);
  const kind = file ? manifestKind(file.path) : undefined;
  const dist = resolution.candidates[0];
  const name = dist && kind ? (kind === "package-json" ? dist : normalise(dist)) : undefined;
  return file && kind && name && declared(kind, file.content).has(name)
    ? { ok: true, detail: `${file.path} now declares ${dist}` }
    : { ok: false, detail: `the manifest still does not declare ${dist ?? resolution.subject}` };
}
