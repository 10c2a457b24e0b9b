import type { FactLine } from "./cluster-facts.js";
import type { Resolution, ResolutionKind } from "./resolution.js";
import type { RepoFile } from "./resolve-build-files.js";
import {
  type ExecFormatLookup,
  execArchHolds,
  execFormatLookup,
  resolveExecArch,
} from "./resolve-exec-arch.js";
import { type FlagLookup, flagHolds, flagLookup, resolveUndefinedFlag } from "./resolve-go-flag.js";
import {
  type HealthToolLookup,
  healthToolHolds,
  healthToolLookup,
  resolveHealthTool,
} from "./resolve-healthcheck-tool.js";
import {
  type ImageTagLookup,
  imageTagHolds,
  imageTagLookup,
  RELEASE_FILE,
  resolveImageTag,
} from "./resolve-image-tag.js";
import {
  resolveScriptPath,
  type ScriptLookup,
  scriptLookup,
  scriptPathHolds,
} from "./resolve-script-path.js";
import { resolveYamlIndent, type YamlLookup, yamlHolds, yamlLookup } from "./resolve-yaml-indent.js";

/** Build, image and configuration-file subjects: what the image or its configuration holds vs what runs it. */
export type BuildLookup =
  | FlagLookup
  | ScriptLookup
  | HealthToolLookup
  | ExecFormatLookup
  | YamlLookup
  | ImageTagLookup;

export type BuildKind = Extract<
  ResolutionKind,
  | "flag-defined"
  | "script-path-in-image"
  | "healthcheck-tool-present"
  | "image-arch-unpinned"
  | "yaml-parses"
  | "image-tag-released"
>;

export function buildLookup(evidence: string): BuildLookup | undefined {
  return (
    flagLookup(evidence) ??
    scriptLookup(evidence) ??
    healthToolLookup(evidence) ??
    execFormatLookup(evidence) ??
    yamlLookup(evidence) ??
    imageTagLookup(evidence)
  );
}

export function resolveBuild(
  lookup: BuildLookup,
  files: readonly RepoFile[],
  deploy: ReadonlySet<string>,
  repoFiles: readonly string[],
  facts: readonly FactLine[] = [],
): Resolution | undefined {
  switch (lookup.kind) {
    case "undefined-flag":
      return resolveUndefinedFlag(lookup, files, deploy);
    case "script-not-in-image":
      return resolveScriptPath(lookup, files, deploy, repoFiles);
    case "healthcheck-tool-missing":
      return resolveHealthTool(lookup, files);
    case "exec-format":
      return resolveExecArch(lookup, files, facts);
    case "yaml-unparsable":
      return resolveYamlIndent(lookup, files);
    case "image-tag-missing":
      return resolveImageTag(lookup, files);
  }
}

/** Files beyond the deploy files a build lookup compares with: Go sources defining flags, the file a parser names. */
export function buildReads(lookup: BuildLookup, repoFiles: readonly string[]): string[] {
  if (lookup.kind === "undefined-flag") {
    const go = repoFiles.filter(
      (f) => f.endsWith(".go") && !f.endsWith("_test.go") && !f.startsWith("vendor/"),
    );
    const rank = (f: string) =>
      /(^|\/)(main|flags?|config|options)\.go$/.test(f) ? 0 : /^cmd\//.test(f) ? 1 : 2;
    return [...go].sort((a, b) => rank(a) - rank(b)).slice(0, 12);
  }
  if (lookup.kind === "yaml-unparsable" && lookup.file) {
    const base = lookup.file.split("/").pop() ?? "";
    return repoFiles.filter((f) => f.split("/").pop() === base).slice(0, 4);
  }
  if (lookup.kind === "image-tag-missing") return repoFiles.filter((f) => RELEASE_FILE.test(f)).slice(0, 8);
  return [];
}

export function buildHolds(
  resolution: Resolution & { kind: BuildKind },
  patched: readonly RepoFile[],
  repoFiles: readonly string[],
): { ok: boolean; detail: string } {
  switch (resolution.kind) {
    case "flag-defined":
      return flagHolds(resolution, patched);
    case "script-path-in-image":
      return scriptPathHolds(resolution, patched, repoFiles);
    case "healthcheck-tool-present":
      return healthToolHolds(resolution, patched);
    case "image-arch-unpinned":
      return execArchHolds(resolution, patched);
    case "yaml-parses":
      return yamlHolds(resolution, patched);
    case "image-tag-released":
      return imageTagHolds(resolution, patched);
  }
}

export const BUILD_CAUSES: Record<BuildKind, (subject: string) => string> = {
  "flag-defined": (s) => `the argument passing ${s}, compared with the flags the code defines`,
  "script-path-in-image": (s) => `the command naming ${s}, compared with where the Dockerfile puts the file`,
  "healthcheck-tool-present": (s) => `the health check running ${s}, compared with what the image provides`,
  "image-arch-unpinned": (s) => `the Dockerfile pinning linux/${s}, an architecture the nodes cannot execute`,
  "image-tag-released": (s) => `the tag of ${s}, compared with the tag the repository's release pushes`,
  "yaml-parses": (s) => `the line of ${s} indented off its level, which keeps the file from parsing`,
};
