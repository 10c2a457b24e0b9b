import { buildInventory, isDeployFile } from "./build.js";
import { firstLabel, hostsIn } from "./hosts.js";
import type { Resolution } from "./resolution.js";
import type { RepoRead } from "./resolve.js";
import { buildHolds } from "./resolve-build.js";
import { caBundleHolds } from "./resolve-ca-bundle.js";
import { scratchBundleHolds } from "./resolve-ca-image.js";
import { cleanupHolds } from "./resolve-cleanup.js";
import { cpuThrottleHolds } from "./resolve-cpu-throttle.js";
import { dependencyHolds } from "./resolve-dependency.js";
import { configFileHolds } from "./resolve-dotnet-config.js";
import { diHolds } from "./resolve-dotnet-di.js";
import { envReadPattern } from "./resolve-env.js";
import { imagePathHolds } from "./resolve-image-path.js";
import { attachRelationHolds } from "./resolve-k8s-attach.js";
import { fsGroupRelationHolds } from "./resolve-k8s-fsgroup.js";
import { objectRelationHolds } from "./resolve-k8s-objects.js";
import { portRelationHolds } from "./resolve-k8s-ports.js";
import { selectorRelationHolds } from "./resolve-k8s-selector.js";
import { taintRelationHolds } from "./resolve-k8s-taint.js";
import { keepaliveHolds } from "./resolve-keepalive.js";
import { logRotationHolds } from "./resolve-log-rotation.js";
import { metaspaceHolds } from "./resolve-metaspace.js";
import { bypasses } from "./resolve-no-proxy.js";
import { nodeFitHolds } from "./resolve-node-fit.js";
import { poolRelation } from "./resolve-pool.js";
import { redisPolicyHolds } from "./resolve-redis-policy.js";
import { pidsHolds } from "./resolve-runtime-limits.js";
import { tlsHostHolds } from "./resolve-tls-host.js";
import { unitPortHolds } from "./resolve-unit-port.js";
import { upstreamPortHolds } from "./resolve-upstream-port.js";
import { usageRelationHolds } from "./resolve-usage.js";
import { routesIn } from "./routes.js";

/**
 * Whether the patched files satisfy the relation the resolution found violated — checked on the inventory of
 * the patched files, not on the patch's text: the host now names a service that exists, the variable read is
 * now one a deploy file defines, no host port is published twice, the EnvironmentFile= is one that is written.
 */
export function relationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
  repoFiles: readonly string[] = [],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const inv = buildInventory(patched.filter((f) => isDeployFile(f.path)));
  const text = patched.find((f) => f.path === change.file)?.content.split("\n")[change.line - 1] ?? "";
  switch (resolution.kind) {
    case "host-names-service": {
      const names = new Set(inv.services.map((s) => s.name));
      const host = hostsIn(text.replace(/^[^:=]*[:=]\s*["']?/, "").replace(/["']\s*$/, "")).find(
        (h) => names.has(firstLabel(h.host)) || names.has(h.host),
      );
      return host
        ? {
            ok: true,
            detail: `${change.file}:${change.line} now names ${host.host}, a service the repository defines`,
          }
        : {
            ok: false,
            detail: `${change.file}:${change.line} still names no service the repository defines`,
          };
    }
    case "env-var-defined": {
      const defined = [...new Set(inv.settings.map((s) => s.key))].find((k) => envReadPattern(k).test(text));
      return defined
        ? {
            ok: true,
            detail: `${change.file}:${change.line} now reads ${defined}, which a deploy file defines`,
          }
        : {
            ok: false,
            detail: `${change.file}:${change.line} still reads a variable no deploy file defines`,
          };
    }
    case "host-port-unique": {
      const ports = inv.published.filter((p) => p.file === change.file).map((p) => p.hostPort);
      const twice = ports.find((p, i) => ports.indexOf(p) !== i);
      return twice === undefined
        ? { ok: true, detail: `${change.file} publishes every host port once` }
        : { ok: false, detail: `${change.file} still publishes host port ${twice} twice` };
    }
    case "probe-path-served": {
      const routes = new Set(
        patched
          .filter((f) => !isDeployFile(f.path))
          .flatMap((f) => routesIn(f.path, f.content))
          .map((r) => r.path),
      );
      const probe = inv.probes.find((p) => p.file === change.file && p.line === change.line);
      return probe && routes.has(probe.path)
        ? { ok: true, detail: `the probe now asks for ${probe.path}, which the code serves` }
        : { ok: false, detail: `the probe still asks for a path the code does not serve` };
    }
    case "env-file-exists": {
      const ref = inv.fileRefs.find((r) => r.file === change.file && r.line === change.line);
      const written = ref && inv.settings.some((s) => s.value === ref.path);
      return written
        ? { ok: true, detail: `EnvironmentFile= now names ${ref.path}, which a deploy file writes` }
        : { ok: false, detail: `EnvironmentFile= still names a file no deploy file writes` };
    }
    case "keepalive-outlasts-proxy":
      return keepaliveHolds(patched);
    case "upstream-port-listens":
      return upstreamPortHolds(patched, resolution);
    case "no-proxy-covers-host": {
      const set = inv.settings.filter((s) => /^(NO_PROXY|no_proxy)$/.test(s.key));
      return set.length > 0 && set.every((s) => bypasses(s.value, resolution.subject))
        ? { ok: true, detail: `NO_PROXY now sends ${resolution.subject} direct` }
        : { ok: false, detail: `NO_PROXY still sends ${resolution.subject} through the proxy` };
    }
    case "service-targets-container":
    case "probe-port-declared":
      return portRelationHolds(resolution, patched);
    case "object-name-defined":
    case "object-key-defined":
      return objectRelationHolds(resolution, patched);
    case "rwo-deployment-recreate":
      return attachRelationHolds(resolution, patched);
    case "taint-tolerated":
      return taintRelationHolds(resolution, patched);
    case "pool-within-server-limit":
      return poolRelation(patched);
    case "resources-cover-usage":
      return usageRelationHolds(resolution, patched);
    case "log-rotation-set":
      return logRotationHolds(resolution, patched);
    case "selector-matches-node":
      return selectorRelationHolds(resolution, patched);
    case "volume-fsgroup":
      return fsGroupRelationHolds(resolution, patched);
    case "ca-bundle-path-exists":
      return caBundleHolds(resolution, patched);
    case "final-stage-has-ca-bundle":
      return scratchBundleHolds(resolution, patched);
    case "dependency-declared":
      return dependencyHolds(resolution, patched);
    case "host-on-certificate":
      return tlsHostHolds(resolution, patched);
    case "config-file-published":
      return configFileHolds(resolution, patched);
    case "service-registered":
      return diHolds(resolution, patched);
    case "pids-cover-threads":
      return pidsHolds(resolution, patched);
    case "metaspace-covers-use":
      return metaspaceHolds(resolution, patched);
    case "redis-evicts-cache":
      return redisPolicyHolds(patched);
    case "cpu-limit-uncapped":
      return cpuThrottleHolds(resolution, patched);
    case "cleanup-enabled":
      return cleanupHolds(resolution, patched);
    case "request-fits-node":
      return nodeFitHolds(resolution, patched);
    case "image-path-shipped":
      return imagePathHolds(resolution, patched);
    case "unit-port-unique":
      return unitPortHolds(resolution, patched);
    default:
      return buildHolds({ ...resolution, kind: resolution.kind }, patched, repoFiles);
  }
}
