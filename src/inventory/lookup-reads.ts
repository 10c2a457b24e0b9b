import { buildReads } from "./resolve-build.js";
import { manifestsToRead } from "./resolve-dependency.js";
import { PROJECT_FILE } from "./resolve-dotnet-config.js";
import { REGISTRATION_FILE } from "./resolve-dotnet-di.js";
import type { Lookup } from "./subjects.js";

/** Source files read for a DI lookup: the start-up files, then those named after the types, then the rest. */
const MAX_CODE_READS = 12;

function csharpToRead(service: string, consumer: string, repoFiles: readonly string[]): string[] {
  const cs = repoFiles.filter((f) => f.endsWith(".cs"));
  const named = (f: string) => {
    const base = f.split("/").pop() ?? "";
    return base.includes(consumer) || base.includes(service.replace(/^I(?=[A-Z])/, ""));
  };
  const rank = (f: string) => (REGISTRATION_FILE.test(f) ? 0 : named(f) ? 1 : 2);
  return [...cs].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_CODE_READS);
}

/**
 * Files a lookup compares with that are not deploy files: manifests and lock files for a missing module,
 * project files for an unpublished configuration file, C# sources for an unregistered service.
 */
export function lookupReads(lookup: Lookup, repoFiles: readonly string[]): string[] {
  if (lookup.kind === "missing-module") return manifestsToRead(lookup, repoFiles);
  if (lookup.kind === "config-file-unpublished")
    return repoFiles.filter((f) => PROJECT_FILE.test(f)).slice(0, 6);
  if (lookup.kind === "di-unresolved") return csharpToRead(lookup.service, lookup.consumer, repoFiles);
  if (
    lookup.kind === "undefined-flag" ||
    lookup.kind === "yaml-unparsable" ||
    lookup.kind === "image-tag-missing"
  )
    return buildReads(lookup, repoFiles);
  return [];
}
