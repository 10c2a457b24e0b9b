import type { Node } from "yaml";
import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Resolution } from "./resolution.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

import type { Located } from "./types.js";

/** The attach controller's event when a second pod wants a volume only one node may attach. */
const MULTI_ATTACH = /Multi-Attach error for volume "?([\w.-]+)"?/;
const POD = /\bpod\/([a-z0-9][\w.-]*)|already used by pod\(s\) ([a-z0-9][\w.-]*)/g;
const SINGLE_NODE = /^ReadWriteOnce(Pod)?$/;

export interface AttachLookup {
  kind: "multi-attach";
  volume: string;
  pods: string[];
}

export function attachLookup(evidence: string): AttachLookup | undefined {
  const m = MULTI_ATTACH.exec(evidence);
  if (!m?.[1]) return undefined;
  const pods = [...evidence.matchAll(POD)].flatMap((p) => [p[1] ?? p[2] ?? ""]).filter(Boolean);
  return { kind: "multi-attach", volume: m[1], pods: [...new Set(pods)] };
}

interface RolledDeployment extends Located {
  name: string;
  replicas: number;
  claims: string[];
  /** The `strategy:` block (first and last line), or the line of the spec's first key when there is none. */
  strategy?: { type: string; from: number; to: number; rolling: boolean };
  firstKey: number;
  indent: string;
}

/** The last line a node spans (its end offset's line, not counting a trailing newline). */
function lastLine(content: string, node: Node | undefined): number {
  const end = node?.range?.[1] ?? 0;
  return content.slice(0, end).replace(/\n+$/, "").split("\n").length;
}

function deployments(file: string, content: string): RolledDeployment[] {
  return yamlDocs(content).flatMap((doc) => {
    if (scalar(child(doc.root, "kind")) !== "Deployment") return [];
    const spec = child(doc.root, "spec");
    const first = entries(spec)[0];
    if (!first) return [];
    const volumes = items(child(child(child(spec, "template"), "spec"), "volumes"));
    const claims = volumes.flatMap(
      (v) => scalar(child(child(v, "persistentVolumeClaim"), "claimName")) ?? [],
    );
    const strategyPair = entries(spec).find((e) => e.key === "strategy");
    const firstKey = doc.lineOf(first.keyNode);
    const indent = /^\s*/.exec(content.split("\n")[firstKey - 1] ?? "")?.[0] ?? "  ";
    return [
      {
        name: scalar(child(child(doc.root, "metadata"), "name")) ?? "",
        replicas: Number(scalar(child(spec, "replicas")) ?? 1),
        claims,
        file,
        line: firstKey,
        firstKey,
        indent,
        ...(strategyPair
          ? {
              strategy: {
                type: scalar(child(strategyPair.value, "type")) ?? "RollingUpdate",
                from: doc.lineOf(strategyPair.keyNode),
                to: lastLine(content, strategyPair.value),
                rolling: child(strategyPair.value, "rollingUpdate") !== undefined,
              },
            }
          : {}),
      },
    ];
  });
}

/** Claims whose access mode lets one node attach them, with the line that says so. */
function singleNodeClaims(reads: readonly RepoRead[]): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const { path, content } of reads)
    for (const doc of yamlDocs(content)) {
      if (scalar(child(doc.root, "kind")) !== "PersistentVolumeClaim") continue;
      const node = child(child(doc.root, "spec"), "accessModes");
      const modes = items(node).map((n) => scalar(n) ?? "");
      const name = scalar(child(child(doc.root, "metadata"), "name"));
      if (name && modes.some((m) => SINGLE_NODE.test(m)))
        out.set(name, { file: path, line: doc.lineOf(node) });
    }
  return out;
}

/** A pod name is its Deployment's name, a ReplicaSet hash and a suffix. */
const ownedBy = (pod: string, deployment: string) =>
  pod.startsWith(`${deployment}-`) && /^[a-z0-9]{5,10}-[a-z0-9]{5}$/.test(pod.slice(deployment.length + 1));

/**
 * A rolling update starts the new pod before the old one lets go of a ReadWriteOnce volume, so it cannot
 * attach it on another node: the Deployment (named by the pods in the event) gets `strategy: Recreate`. With
 * more than one replica, Recreate cannot help (each replica needs the volume): cited, nothing proposed.
 */
export function resolveMultiAttach(lookup: AttachLookup, reads: readonly RepoRead[]): Resolution | undefined {
  const rwo = singleNodeClaims(reads);
  const all = reads.flatMap((r) => (/\.ya?ml$/.test(r.path) ? deployments(r.path, r.content) : []));
  const named = all.filter((d) => lookup.pods.some((p) => ownedBy(p, d.name)));
  const mounting = (named.length > 0 ? named : all).filter((d) => d.claims.some((c) => rwo.has(c)));
  const target = mounting[0];
  if (!target || target.strategy?.type === "Recreate") return undefined;
  const content = reads.find((r) => r.path === target.file)?.content.split("\n") ?? [];
  const from = target.strategy?.from ?? target.firstKey;
  const to = target.strategy?.to ?? target.firstKey;
  const before = content.slice(from - 1, to).join("\n");
  const claim = target.claims.find((c) => rwo.has(c)) ?? "";
  const recreate = `${target.indent}strategy:\n${target.indent}  type: Recreate`;
  const base = {
    kind: "rwo-deployment-recreate" as const,
    subject: `${target.name} (claim ${claim})`,
    cause: { file: target.file, line: from, text: content[from - 1] ?? "" },
    truth: [rwo.get(claim) ?? { file: target.file, line: target.line }],
    candidates: ["Recreate"],
  };
  if (mounting.length > 1) return { ...base, reason: "several Deployments mount a ReadWriteOnce claim" };
  if (target.replicas > 1)
    return {
      ...base,
      reason: `${target.replicas} replicas share the ReadWriteOnce claim ${claim}: Recreate cannot help; a StatefulSet with volumeClaimTemplates (or a ReadWriteMany class) is the fix`,
    };
  return {
    ...base,
    reason: `claim ${claim} is ReadWriteOnce and the rolling update starts the new pod before the old one releases it`,
    change: {
      ...base.cause,
      before,
      after: target.strategy ? recreate : `${recreate}\n${before}`,
      span: to - from + 1,
      summary: `${target.name} strategy ${target.strategy?.type ?? "RollingUpdate (default)"} → Recreate`,
    },
  };
}

/** The relation on the patched files: the Deployment now recreates (no rolling update block left). */
export function attachRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const file = patched.find((r) => r.path === change.file);
  const ok =
    file &&
    deployments(file.path, file.content).some(
      (d) => d.strategy?.from === change.line && d.strategy.type === "Recreate" && !d.strategy.rolling,
    );
  return ok
    ? { ok: true, detail: `${change.file}: the Deployment now recreates its pod, releasing the volume first` }
    : {
        ok: false,
        detail: `${change.file}: the Deployment still rolls its pods over a ReadWriteOnce volume`,
      };
}
