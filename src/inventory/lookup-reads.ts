import { buildReads } from "./resolve-build.js";
import { CLEANUP_RULES } from "./resolve-cleanup.js";
import { manifestsToRead } from "./resolve-dependency.js";
import { PROJECT_FILE } from "./resolve-dotnet-config.js";
import { REGISTRATION_FILE } from "./resolve-dotnet-di.js";
import { imagePathReads } from "./resolve-image-path.js";
import { REDIS_CONF } from "./resolve-redis-policy.js";
import { docsToRead } from "./resolve-tls-host.js";
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
 * project files for an unpublished configuration file, C# sources for an unregistered service, docs for
 * which name a certificate lists stands for the host dialled.
 */
export function lookupReads(lookup: Lookup, repoFiles: readonly string[]): string[] {
  if (lookup.kind === "missing-module") return manifestsToRead(lookup, repoFiles);
  if (lookup.kind === "config-file-unpublished")
    return repoFiles.filter((f) => PROJECT_FILE.test(f)).slice(0, 6);
  if (lookup.kind === "files-exhausted")
    return repoFiles.filter((f) => CLEANUP_RULES.some((r) => r.files.test(f))).slice(0, 4);
  if (lookup.kind === "redis-noeviction") return repoFiles.filter((f) => REDIS_CONF.test(f)).slice(0, 4);
  if (lookup.kind === "di-unresolved") return csharpToRead(lookup.service, lookup.consumer, repoFiles);
  // Which listed name stands for the dialled one may be written down only in the docs (hosts.md, README).
  if (lookup.kind === "tls-hostname" && lookup.sans.length > 1) return docsToRead(repoFiles);
  if (lookup.kind === "image-path-missing") return imagePathReads(lookup.path, repoFiles);
  // The reverse proxy's config records which port a unit was meant to listen on.
  if (lookup.kind === "port-taken") return repoFiles.filter((f) => /\.conf$/.test(f)).slice(0, 6);
  if (
    lookup.kind === "undefined-flag" ||
    lookup.kind === "yaml-unparsable" ||
    lookup.kind === "image-tag-missing"
  )
    return buildReads(lookup, repoFiles);
  return [];
}
