import type { Resolution } from "../../inventory/resolution.js";
import { BUILD_CAUSES, type BuildKind } from "../../inventory/resolve-build.js";
import type { RepoCause } from "./repo-targets.js";

/** The resolution as the cause the diagnosis cites (its change only when the evidence supports one). */
export function causeOfResolution(r: Resolution): RepoCause {
  const what: Record<Exclude<Resolution["kind"], BuildKind>, string> = {
    "host-names-service": `where ${r.subject} is set, compared with the services the repository defines`,
    "env-var-defined": `where ${r.subject} is read or defined, compared with the variables the deploy files set`,
    "host-port-unique": `where host port ${r.subject} is published a second time`,
    "env-file-exists": `the EnvironmentFile= naming ${r.subject}, which no deploy file writes`,
    "probe-path-served": `the probe asking for ${r.subject}, compared with the routes the code serves`,
    "keepalive-outlasts-proxy": `the upstream's ${r.subject}, compared with how long the proxy reuses idle connections`,
    "upstream-port-listens": `the proxy's upstream ${r.subject}, compared with the ports the service listens on`,
    "no-proxy-covers-host": `the NO_PROXY list, which does not send ${r.subject} direct`,
    "service-targets-container": `the targetPort of ${r.subject}, compared with the ports its pods declare`,
    "probe-port-declared": `the ${r.subject}, compared with the ports its container declares`,
    "object-name-defined": `the reference to ${r.subject}, compared with the objects the repository defines`,
    "object-key-defined": `where key ${r.subject} is read, compared with the keys the object holds`,
    "rwo-deployment-recreate": `the rollout strategy of ${r.subject}, a ReadWriteOnce volume`,
    "taint-tolerated": `the pod spec that does not tolerate ${r.subject}, though it asks for what those nodes offer`,
    "pool-within-server-limit": `the ${r.subject}, compared with the server's max_connections`,
    "resources-cover-usage": `${r.subject}, compared with what the kubelet measured it using`,
    "log-rotation-set": `${r.subject}, a file driver with no max-size: its logs are never rotated`,
    "selector-matches-node": `the ${r.subject}, compared with the labels the nodes carry`,
    "volume-fsgroup": `the pod securityContext of ${r.subject}, compared with the user its container runs as`,
    "ca-bundle-path-exists": `the CA bundle path ${r.subject}, compared with the certificate files the deploy files put in the container`,
    "final-stage-has-ca-bundle": `the final image stage (${r.subject}), which has no CA bundle to verify certificates with`,
    "dependency-declared": `the dependency manifest, which does not declare the distribution of ${r.subject}`,
    "host-on-certificate": `where the client is told to dial ${r.subject}, compared with the names the server's certificate lists`,
    "config-file-published": `the project item that keeps ${r.subject} out of the build output`,
    "service-registered": `the service registrations, where nothing registers ${r.subject}`,
    "pids-cover-threads": `${r.subject}, compared with the threads the service is configured to start`,
    "metaspace-covers-use": `${r.subject}, which the class metadata filled`,
    "redis-evicts-cache": `${r.subject}, noeviction on an instance used as a cache`,
    "cleanup-enabled": `${r.subject}, switched off while its files exhaust the inodes`,
    "cpu-limit-uncapped": `${r.subject}, compared with the CPU the container logs using`,
    "request-fits-node": `${r.subject}, compared with the largest node's allocatable capacity`,
    "image-path-shipped": `where ${r.subject} is named, compared with where the Dockerfile copies it`,
    "unit-port-unique": `the port ${r.subject} is given, compared with the other units' ports and its proxy`,
  };
  return {
    file: r.cause.file,
    line: r.cause.line,
    text: r.cause.text,
    locator: {
      grep: "",
      files: /.*/,
      what:
        r.kind in BUILD_CAUSES
          ? BUILD_CAUSES[r.kind as BuildKind](r.subject)
          : what[r.kind as Exclude<Resolution["kind"], BuildKind>],
    },
    ...(r.change ? { change: r.change.summary } : {}),
  };
}
