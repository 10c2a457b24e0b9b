import { buildInventory } from "./build.js";
import { LOOPBACK } from "./hosts.js";
import type { CitedLine, Resolution } from "./resolution.js";
import { envReadPattern, resolveMissingEnv } from "./resolve-env.js";
import { resolveLoopback, resolveUnknownHost } from "./resolve-host.js";
import { resolvePoolLimit } from "./resolve-pool.js";
import { resolveEnvFile, resolvePortConflict } from "./resolve-ports.js";
import { resolveProbePath } from "./resolve-probe.js";
import { routesIn } from "./routes.js";
import type { Lookup } from "./subjects.js";

export interface RepoRead {
  path: string;
  content: string;
}

/** Lines of code (not deploy files) that read the variable, from files already read through the tools. */
function envReads(name: string, files: readonly RepoRead[], deploy: ReadonlySet<string>): CitedLine[] {
  const re = envReadPattern(name);
  return files
    .filter((f) => !deploy.has(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
    );
}

/**
 * The lookup resolved against the inventory of the files read: where the subject is set, what it must agree
 * with, and the change (only when one). `deployFiles` are the files the inventory is built from; the rest are
 * code, searched for reads of a variable.
 */
export function resolveLookup(
  lookup: Lookup,
  files: readonly RepoRead[],
  deployFiles: ReadonlySet<string>,
  repoFiles: readonly string[],
  evidence: string,
): Resolution | undefined {
  const inv = buildInventory(files.filter((f) => deployFiles.has(f.path)));
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const contentOf = (file: string) => byPath.get(file);
  switch (lookup.kind) {
    case "unknown-host":
      return resolveUnknownHost(lookup.host, inv, contentOf);
    case "refused":
      return LOOPBACK.has(lookup.host)
        ? resolveLoopback(lookup.port, inv, contentOf)
        : resolveUnknownHost(lookup.host, inv, contentOf);
    case "missing-env":
      return resolveMissingEnv(lookup.name, inv, envReads(lookup.name, files, deployFiles), contentOf);
    case "port-taken":
      return resolvePortConflict(lookup.port, inv, evidence, contentOf);
    case "missing-env-file":
      return resolveEnvFile(inv, repoFiles, contentOf);
    case "probe-path": {
      const routes = files
        .filter((f) => !deployFiles.has(f.path))
        .flatMap((f) => routesIn(f.path, f.content));
      return resolveProbePath(lookup.probe, inv, routes, contentOf);
    }
    case "server-connections":
      return resolvePoolLimit(files);
  }
}
