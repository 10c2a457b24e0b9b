import type { Node } from "yaml";
import { child, entries, items, scalar } from "./parse-yaml.js";
import type { Resolution } from "./resolution.js";
import { type PodSpec, podSpecs } from "./resolve-k8s-taint.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

/** What runtimes print when a file operation is refused for permissions, with the absolute path. */
const DENIED = [
  /EACCES: permission denied, \w+ '(\/[^']+)'/,
  /PermissionError: \[Errno 13\] Permission denied: '(\/[^']+)'/,
  /\b(?:open|mkdir|create|stat) (\/[^\s:]+): permission denied/,
  /FileNotFoundException: (\/\S+) \(Permission denied\)/,
  /AccessDeniedException: (\/\S+)/,
];

export interface PermissionLookup {
  kind: "volume-permission";
  path: string;
}

export function permissionLookup(evidence: string): PermissionLookup | undefined {
  for (const re of DENIED) {
    const path = re.exec(evidence)?.[1];
    if (path) return { kind: "volume-permission", path };
  }
  return undefined;
}

/** Volume sources whose ownership the kubelet sets to the pod's fsGroup (hostPath and NFS are left as they are). */
const OWNERSHIP_MANAGED = ["persistentVolumeClaim", "emptyDir", "ephemeral", "csi", "awsElasticBlockStore"];

interface Mounted {
  pod: PodSpec;
  container: Node;
  volume: string;
  mountPath: string;
}

function mountsOf(pod: PodSpec): Mounted[] {
  return items(child(pod.spec, "containers")).flatMap((container) =>
    items(child(container, "volumeMounts")).flatMap((m) => {
      const volume = scalar(child(m, "name"));
      const mountPath = scalar(child(m, "mountPath"));
      return volume && mountPath ? [{ pod, container, volume, mountPath }] : [];
    }),
  );
}

const under = (path: string, dir: string) =>
  path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);

function numeric(node: unknown): number | undefined {
  const v = scalar(node);
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/**
 * A non-root container is refused writing under a volume it mounts, and the pod sets no fsGroup: the kubelet
 * gives the volume to the pod's group only when fsGroup says which. The change adds `fsGroup` (the group the
 * container runs as) to the pod's securityContext — never root, privileges or a world-writable mode.
 */
export function resolveFsGroup(lookup: PermissionLookup, reads: readonly RepoRead[]): Resolution | undefined {
  const mounts = podSpecs(reads)
    .flatMap(mountsOf)
    .filter((m) => under(lookup.path, m.mountPath))
    .sort((a, b) => b.mountPath.length - a.mountPath.length);
  const hit = mounts[0];
  if (!hit) return undefined;
  const { pod } = hit;
  const lines = reads.find((r) => r.path === pod.file)?.content.split("\n") ?? [];
  const podCtx = child(pod.spec, "securityContext");
  const ctxEntries = entries(podCtx);
  const own = child(hit.container, "securityContext");
  const uid = numeric(child(own, "runAsUser")) ?? numeric(child(podCtx, "runAsUser"));
  const gid = numeric(child(own, "runAsGroup")) ?? numeric(child(podCtx, "runAsGroup")) ?? uid;
  const volume = items(child(pod.spec, "volumes")).find((v) => scalar(child(v, "name")) === hit.volume);
  const source = entries(volume).find((e) => e.key !== "name")?.key;
  // fsGroup goes beside the user the pod runs as (the value it is compared with), else at the block's end.
  const last =
    ctxEntries.find((e) => e.key === "runAsUser") ??
    ctxEntries.find((e) => e.key === "runAsGroup") ??
    ctxEntries.at(-1);
  const at = last ? pod.lineOf(last.keyNode) : pod.lineOf(entries(pod.spec)[0]?.keyNode);
  const before = lines[at - 1] ?? "";
  const base = {
    kind: "volume-fsgroup" as const,
    subject: `volume ${hit.volume} at ${hit.mountPath}`,
    cause: { file: pod.file, line: at, text: before },
    truth: [{ file: pod.file, line: pod.lineOf(volume) }].filter((t) => t.line > 0),
    candidates: gid !== undefined ? [`fsGroup: ${gid}`] : [],
  };
  if (child(podCtx, "fsGroup") !== undefined)
    return { ...base, reason: "the pod already sets fsGroup; the volume's owner is not the pod's group" };
  if (!source || !OWNERSHIP_MANAGED.includes(source))
    return {
      ...base,
      reason: `${hit.volume} is ${source ?? "an undeclared volume"}, whose ownership fsGroup does not set`,
    };
  if (uid === undefined || uid === 0 || gid === undefined || gid === 0)
    return { ...base, reason: "the container's user is not a known non-root id" };
  // The new key goes under that one, which must be a plain `key: value` line of the block.
  if (last && !new RegExp(`^\\s*${last.key}\\s*:\\s*[^\\s{]`).test(before))
    return { ...base, reason: "the securityContext could not be extended on its line" };
  const indent = /^\s*/.exec(before)?.[0] ?? "";
  const after = last
    ? `${before}\n${indent}fsGroup: ${gid}`
    : `${indent}securityContext:\n${indent}  fsGroup: ${gid}\n${before}`;
  return {
    ...base,
    reason: `the container runs as ${uid}:${gid} and is refused under ${hit.mountPath}, a ${source} volume the pod gives no fsGroup`,
    change: { ...base.cause, before, after, summary: `${pod.name} securityContext fsGroup: ${gid}` },
  };
}

/** Lines no permission fix may add: root, privileges, or a world-writable mode. */
const RAISES_PRIVILEGE =
  /runAsUser:\s*["']?0["']?\s*$|privileged:\s*true|allowPrivilegeEscalation:\s*true|runAsNonRoot:\s*false|chmod\s+(?:-R\s+)?0?777|\bUSER\s+(?:root|0)\b/;

export function privilegeRefusal(addedLines: readonly string[]): string | undefined {
  return addedLines.some((l) => RAISES_PRIVILEGE.test(l))
    ? "never run as root, privileged, or make a volume world-writable to get past a permission error"
    : undefined;
}

/** The relation on the patched files: the pod's fsGroup is now the group the container runs as. */
export function fsGroupRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const wanted = resolution.candidates[0]?.replace("fsGroup: ", "");
  const set = podSpecs(patched.filter((r) => r.path === change.file)).some(
    (p) => scalar(child(child(p.spec, "securityContext"), "fsGroup")) === wanted,
  );
  return set
    ? { ok: true, detail: `${change.file}: the pod's fsGroup is now ${wanted}, the group it runs as` }
    : { ok: false, detail: `${change.file}: the pod still gives its volumes no group it runs as` };
}
