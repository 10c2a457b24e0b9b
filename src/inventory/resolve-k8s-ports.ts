import { buildInventory } from "./build.js";
import { firstLabel, namespaceOf } from "./hosts.js";
import {
  type ContainerPort,
  declares,
  type PortFacts,
  type ProbeKind,
  portFacts,
  selected,
} from "./k8s-ports.js";
import { lineAt, type Resolution } from "./resolution.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

import type { Inventory, Located } from "./types.js";

type ContentOf = (file: string) => string | undefined;

const IP = /^\[?[\d.:a-f]+\]?$/i;
const PROBE_KIND =
  /probeType="(Liveness|Readiness|Startup)"|\b(Liveness|Readiness|Startup) probe (?:failed|errored)/;
/**
 * The port a server says it listens on: `listening addr=:8080`, `Listening on 0.0.0.0:8080`, `Now listening
 * on: http://[::]:5000`, `listening on port 3000`, `Tomcat started on port 8443`.
 */
const LISTENS =
  /\b(?:listen(?:ing|s)?\b[^\n]*?(?:addr(?:ess)?[=:]\s*"?(?:\[[\da-f:]*\]|[\w.-]*):|\bon:?\s+(?:https?:\/\/)?(?:\[[\da-f:]*\]|[\w.-]*):|\bport[=:\s]+)|started on port\s+)(\d{2,5})\b/gi;

/** Keys a config file or env uses for the address or port a server listens on (a values leaf, by its own name). */
const LISTEN_KEY =
  /^(listen|listen[_.-]?(addr|address|port)|addr|address|bind|bind[_.-]?addr|(http|server|app|web)[_.-]?(port|addr)|port)$/i;

/** Ports the repository's config says a server listens on: `addr: ":8080"`, `HTTP_PORT=8080`, `listen: 0.0.0.0:7070`. */
export function configuredPorts(inv: Inventory): (Located & { number: number })[] {
  return inv.settings.flatMap((s) => {
    const m = /^(?:(?:\[[\da-f:]*\]|[\w.-]*):)?(\d{2,5})$/i.exec(s.value.trim());
    return LISTEN_KEY.test(s.key) && m && s.source !== "k8s-env"
      ? [{ number: Number(m[1]), file: s.file, line: s.line }]
      : [];
  });
}

function uniquePorts(ports: readonly ContainerPort[]): ContainerPort[] {
  return ports.filter((p, i) => ports.findIndex((q) => q.number === p.number) === i);
}

/** Ports the logs say a server listens on. */
export function listeningPorts(evidence: string): number[] {
  return [...new Set([...evidence.matchAll(LISTENS)].map((m) => Number(m[1])))];
}

/** `targetPort: 6380` → `targetPort: 6379`, quoting and comments kept. */
function rewritePort(text: string, key: string, to: string): string {
  return text.replace(new RegExp(`(${key}:\\s*["']?)[\\w-]+`), `$1${to}`);
}

/** The port to name: a named target keeps a name when the chosen container port has one. */
function portRef(before: string, to: ContainerPort): string {
  return !/^\d+$/.test(before) && to.name ? to.name : String(to.number);
}

/**
 * Connections to a Service port are refused: the Service's targetPort is compared with the container ports of
 * the pods its selector picks. The container port named like the Service port, or else the only one, is the
 * change; several, none, or a targetPort left to its default are cited and nothing is proposed.
 */
export function resolveTargetPort(
  host: string,
  port: number,
  facts: PortFacts,
  contentOf: ContentOf,
): Resolution | undefined {
  const byIp = IP.test(host);
  const ns = namespaceOf(host);
  const wrong = facts.services.flatMap((s) => {
    if (!byIp && (s.name !== firstLabel(host) || (ns && s.namespace && s.namespace !== ns))) return [];
    const pods = selected(s, facts.workloads);
    const ports = uniquePorts(pods.flatMap((w) => w.containers.flatMap((c) => c.ports)));
    return s.ports
      .filter(
        (p) => p.port === port && ports.length > 0 && !declares(ports, p.target?.value ?? String(p.port)),
      )
      .map((p) => ({ service: s, entry: p, ports }));
  });
  const hit = wrong[0];
  if (!hit) return undefined;
  const { service, entry, ports } = hit;
  const at = entry.target ?? { file: service.file, line: service.line, value: String(entry.port) };
  const text = lineAt(contentOf(at.file) ?? "", at.line);
  if (text === undefined) return undefined;
  const named = ports.filter((p) => entry.name !== undefined && p.name === entry.name);
  const picks = named.length === 1 ? named : ports;
  const base = {
    kind: "service-targets-container" as const,
    subject: `${service.name}:${entry.port}`,
    cause: { file: at.file, line: at.line, text },
    truth: picks.map((p) => ({ file: p.file, line: p.line })),
    candidates: picks.map((p) => String(p.number)),
  };
  const to = picks[0];
  if (wrong.length > 1)
    return {
      ...base,
      reason: `${wrong.length} Services on port ${port} target ports their pods do not declare`,
    };
  if (!entry.target)
    return {
      ...base,
      reason: `the Service has no targetPort, so it targets ${entry.port}, which its pods do not declare`,
    };
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason: "the selected pods declare several container ports; the logs do not say which",
    };
  const ref = portRef(entry.target.value, to);
  const after = rewritePort(text, "targetPort", ref);
  if (after === text) return { ...base, reason: "the targetPort could not be rewritten on its line" };
  return {
    ...base,
    reason: `the pods ${service.name} selects listen on ${to.number} (${to.file}:${to.line}), not ${entry.target.value}`,
    change: {
      ...base.cause,
      before: text,
      after,
      summary: `${service.name} targetPort ${entry.target.value} → ${ref}`,
    },
  };
}

/**
 * A probe's connection is refused on a port: the probe's port is compared with the ports its container
 * declares. The only declared port (or, among several, the one the logs say the server listens on) is the
 * change; when the container declares none, the one port the logs say it listens on.
 */
export function resolveProbePort(
  port: number | string,
  facts: PortFacts,
  evidence: string,
  configured: readonly (Located & { number: number })[],
  contentOf: ContentOf,
): Resolution | undefined {
  const m = PROBE_KIND.exec(evidence);
  const kind = (m?.[1] ?? m?.[2])?.toLowerCase() as ProbeKind | undefined;
  const wrong = facts.workloads.flatMap((w) =>
    w.containers.flatMap((c) =>
      c.probes
        .filter((p) => p.port === String(port) && (!kind || p.probe === kind) && !declares(c.ports, p.port))
        .map((probe) => ({ probe, container: c })),
    ),
  );
  const hit = wrong[0];
  if (!hit) return undefined;
  const { probe, container } = hit;
  const text = lineAt(contentOf(probe.file) ?? "", probe.line);
  if (text === undefined) return undefined;
  // What the server says (its log) first, else what its config says; never the refused port itself.
  const logged = listeningPorts(evidence).filter((n) => String(n) !== String(port));
  const listens: ContainerPort[] =
    logged.length > 0
      ? logged.map((n) => ({ number: n, file: probe.file, line: probe.line }))
      : uniquePorts(configured.filter((c) => String(c.number) !== String(port)));
  const declared = uniquePorts(container.ports);
  const heard = declared.filter((p) => listens.some((l) => l.number === p.number));
  const picks: ContainerPort[] =
    declared.length === 0 ? listens : declared.length > 1 && heard.length > 0 ? heard : declared;
  const base = {
    kind: "probe-port-declared" as const,
    subject: `${probe.probe} probe port ${port}`,
    cause: { file: probe.file, line: probe.line, text },
    // The config that says where the server listens is cited too: the change is re-derived from cited files.
    truth: [
      ...(declared.length > 0 ? declared : listens),
      ...(declared.length > 1 && logged.length === 0
        ? listens.filter((l) => picks.includes(l) || heard.some((h) => h.number === l.number))
        : []),
    ]
      .filter((p) => p.file !== probe.file || p.line !== probe.line)
      .map((p) => ({ file: p.file, line: p.line })),
    candidates: picks.map((p) => String(p.number)),
  };
  const to = picks[0];
  if (wrong.length > 1)
    return {
      ...base,
      reason: `${wrong.length} probes ask for port ${port}; one change would not cover them`,
    };
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason:
        picks.length > 1
          ? "the container declares several ports and the logs do not say which one the server listens on"
          : "the container declares no port and the logs do not say where the server listens",
    };
  const ref = portRef(probe.port, to);
  const after = rewritePort(text, "port", ref);
  if (after === text) return { ...base, reason: "the probe's port could not be rewritten on its line" };
  const why =
    declared.length > 0
      ? `the container declares ${to.number} (${to.file}:${to.line})`
      : logged.length > 0
        ? `the server logs it listens on ${to.number}`
        : `the server's config listens on ${to.number} (${to.file}:${to.line})`;
  return {
    ...base,
    reason: `${why}; nothing listens on ${port}`,
    change: { ...base.cause, before: text, after, summary: `${probe.probe} probe port ${port} → ${ref}` },
  };
}

/** A refused connection looked up in the manifests: a probe when the kubelet says so, else a Service. */
export function resolveRefusedPort(
  host: string,
  port: number | undefined,
  deployReads: readonly RepoRead[],
  evidence: string,
): Resolution | undefined {
  if (port === undefined) return undefined;
  const facts = portFacts(deployReads);
  const contentOf = (file: string) => deployReads.find((f) => f.path === file)?.content;
  const probe = /probe failed|Probe failed/i.test(evidence);
  return probe
    ? (resolveProbePort(port, facts, evidence, configuredPorts(buildInventory(deployReads)), contentOf) ??
        resolveTargetPort(host, port, facts, contentOf))
    : resolveTargetPort(host, port, facts, contentOf);
}

/** A probe names a port no containerPort declares (the kubelet says so): the same comparison, by name. */
export function resolveNamedProbePort(
  name: string,
  deployReads: readonly RepoRead[],
  evidence: string,
): Resolution | undefined {
  const contentOf = (file: string) => deployReads.find((f) => f.path === file)?.content;
  const configured = configuredPorts(buildInventory(deployReads));
  return resolveProbePort(name, portFacts(deployReads), evidence, configured, contentOf);
}

/** The relation on the patched manifests: the changed targetPort or probe port is a port the pods declare. */
export function portRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const facts = portFacts(patched);
  const where = `${change.file}:${change.line}`;
  if (resolution.kind === "probe-port-declared") {
    const c = facts.workloads
      .flatMap((w) => w.containers)
      .find((x) => x.probes.some((p) => p.file === change.file && p.line === change.line));
    const probe = c?.probes.find((p) => p.file === change.file && p.line === change.line);
    if (c && probe && declares(c.ports, probe.port))
      return {
        ok: true,
        detail: `${where}: the probe now asks for ${probe.port}, a port its container declares`,
      };
    // A container that declares no port: the port the server listens on, by its config (or its log).
    const listens = [
      ...configuredPorts(buildInventory(patched)).map((p) => String(p.number)),
      ...resolution.candidates,
    ];
    return c && probe && c.ports.length === 0 && listens.includes(probe.port)
      ? { ok: true, detail: `${where}: the probe now asks for ${probe.port}, where the server listens` }
      : { ok: false, detail: `${where}: the probe still asks for a port nothing declares or listens on` };
  }
  for (const s of facts.services) {
    const entry = s.ports.find((p) => p.target?.file === change.file && p.target.line === change.line);
    const ports = selected(s, facts.workloads).flatMap((w) => w.containers.flatMap((c) => c.ports));
    if (entry?.target && declares(ports, entry.target.value))
      return {
        ok: true,
        detail: `${where}: ${s.name} now targets ${entry.target.value}, which its pods declare`,
      };
  }
  return { ok: false, detail: `${where}: the Service still targets a port its pods do not declare` };
}
