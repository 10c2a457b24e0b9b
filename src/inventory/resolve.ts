import { buildInventory } from "./build.js";
import type { FactLine } from "./cluster-facts.js";
import { LOOPBACK } from "./hosts.js";
import type { CitedLine, Resolution } from "./resolution.js";
import { type BuildLookup, resolveBuild } from "./resolve-build.js";
import { resolveCaBundlePath } from "./resolve-ca-bundle.js";
import { resolveScratchBundle } from "./resolve-ca-image.js";
import { CLEANUP_RULES, resolveCleanup } from "./resolve-cleanup.js";
import { resolveCpuThrottle } from "./resolve-cpu-throttle.js";
import { resolveMissingModule } from "./resolve-dependency.js";
import { resolveConfigFile } from "./resolve-dotnet-config.js";
import { resolveDiRegistration } from "./resolve-dotnet-di.js";
import { envReadPattern, resolveMissingEnv } from "./resolve-env.js";
import { resolveLoopback, resolveUnknownHost } from "./resolve-host.js";
import { resolveImagePath } from "./resolve-image-path.js";
import { resolveMultiAttach } from "./resolve-k8s-attach.js";
import { resolveFsGroup } from "./resolve-k8s-fsgroup.js";
import { resolveObjectLookup } from "./resolve-k8s-objects.js";
import { resolveNamedProbePort, resolveRefusedPort } from "./resolve-k8s-ports.js";
import { resolveNodeSelector } from "./resolve-k8s-selector.js";
import { resolveTaint } from "./resolve-k8s-taint.js";
import { resolveKeepalive } from "./resolve-keepalive.js";
import { resolveLogRotation } from "./resolve-log-rotation.js";
import { resolveLoopbackInCluster } from "./resolve-loopback-k8s.js";
import { resolveMetaspace } from "./resolve-metaspace.js";
import { resolveNoProxy } from "./resolve-no-proxy.js";
import { resolveNodeFit } from "./resolve-node-fit.js";
import { resolvePoolLimit } from "./resolve-pool.js";
import { resolveEnvFile, resolvePortConflict } from "./resolve-ports.js";
import { resolveProbePath } from "./resolve-probe.js";
import { REDIS_CONF, resolveRedisPolicy } from "./resolve-redis-policy.js";
import { resolvePidsLimit } from "./resolve-runtime-limits.js";
import { resolveTlsHost } from "./resolve-tls-host.js";
import { resolveUnitPort } from "./resolve-unit-port.js";
import { resolveUpstreamPort } from "./resolve-upstream-port.js";
import { resolveUsage } from "./resolve-usage.js";
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
 * code, searched for reads of a variable. `facts` are lines from the run's other evidence (other log files,
 * companion findings) that a subject is compared with; they never make a subject.
 */
export function resolveLookup(
  lookup: Lookup,
  files: readonly RepoRead[],
  deployFiles: ReadonlySet<string>,
  repoFiles: readonly string[],
  evidence: string,
  facts: readonly FactLine[] = [],
): Resolution | undefined {
  const inv = buildInventory(files.filter((f) => deployFiles.has(f.path)));
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const contentOf = (file: string) => byPath.get(file);
  switch (lookup.kind) {
    case "unknown-host":
      return resolveUnknownHost(lookup.host, inv, contentOf);
    case "refused":
      return (
        (LOOPBACK.has(lookup.host)
          ? (resolveLoopback(lookup.port, inv, contentOf, lookup.host) ??
            resolveLoopbackInCluster(lookup.host, lookup.port, inv, contentOf))
          : resolveUnknownHost(lookup.host, inv, contentOf)) ??
        resolveRefusedPort(
          lookup.host,
          lookup.port,
          files.filter((f) => deployFiles.has(f.path)),
          evidence,
        )
      );
    case "missing-env":
      return resolveMissingEnv(lookup.name, inv, envReads(lookup.name, files, deployFiles), contentOf);
    case "port-taken":
      return (
        resolvePortConflict(lookup.port, inv, evidence, contentOf) ??
        resolveUnitPort(lookup.port, files, evidence)
      );
    case "missing-env-file":
      return resolveEnvFile(inv, repoFiles, contentOf);
    case "probe-path": {
      const routes = files
        .filter((f) => !deployFiles.has(f.path))
        .flatMap((f) => routesIn(f.path, f.content));
      return resolveProbePath(lookup.probe, inv, routes, contentOf);
    }
    case "probe-port-name":
      return resolveNamedProbePort(
        lookup.name,
        files.filter((f) => deployFiles.has(f.path)),
        evidence,
      );
    case "proxied-internal":
      return resolveNoProxy(lookup.host, inv, contentOf);
    case "keepalive-race":
      return resolveKeepalive(files);
    case "upstream-refused":
      return (
        resolveUpstreamPort(files, lookup.port) ??
        resolveLookup(
          { kind: "refused", host: lookup.host, port: lookup.port },
          files,
          deployFiles,
          repoFiles,
          evidence,
          facts,
        )
      );
    case "missing-object":
    case "missing-key":
      return resolveObjectLookup(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        [evidence, ...facts.map((f) => f.text)].join("\n"),
      );
    case "untolerated-taint":
      return resolveTaint(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
      );
    case "multi-attach":
      return resolveMultiAttach(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
      );
    case "server-connections":
      return resolvePoolLimit(files);
    case "container-logs-unrotated":
      return resolveLogRotation(files.filter((f) => deployFiles.has(f.path)));
    case "usage-over-reservation":
      return resolveUsage(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
      );
    case "node-selector":
      return resolveNodeSelector(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts,
      );
    case "volume-permission":
      return resolveFsGroup(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
      );
    case "ca-bundle-path":
      return resolveCaBundlePath(lookup, files);
    case "unknown-authority":
      return resolveScratchBundle(files);
    case "missing-module":
      return resolveMissingModule(lookup, files, repoFiles);
    case "tls-hostname":
      return resolveTlsHost(lookup, files);
    case "config-file-unpublished":
      return resolveConfigFile(lookup, files, repoFiles);
    case "di-unresolved":
      return resolveDiRegistration(lookup, files);
    case "threads-over-pids":
      return resolvePidsLimit(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        evidence,
      );
    case "metaspace-exhausted":
      return resolveMetaspace(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
      );
    case "redis-noeviction":
      return resolveRedisPolicy(files.filter((f) => deployFiles.has(f.path) || REDIS_CONF.test(f.path)));
    case "cpu-throttled":
      return resolveCpuThrottle(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts,
      );
    case "files-exhausted":
      return resolveCleanup(
        lookup,
        files.filter((f) => deployFiles.has(f.path) || CLEANUP_RULES.some((r) => r.files.test(f.path))),
        facts,
      );
    case "request-exceeds-nodes":
      return resolveNodeFit(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts,
      );
    case "image-path-missing":
      return resolveImagePath(lookup, files, repoFiles);
    default:
      return resolveBuild(lookup satisfies BuildLookup, files, deployFiles, repoFiles, facts);
  }
}
