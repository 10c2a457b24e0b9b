import { type FactLine, labelOf, type NodeFact, nodesIn } from "./cluster-facts.js";
import { child, entries, scalar } from "./parse-yaml.js";
import { nearName, type Resolution } from "./resolution.js";
import { type PodSpec, podSpecs } from "./resolve-k8s-taint.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

/** The scheduler's words when no node carries the labels a pod selects (current and older releases). */
const SELECTOR_MISMATCH =
  /node\(s\) didn't match (?:Pod's node affinity\/selector|node selector)|MatchNodeSelector/;
const POD = /\bpod\/([a-z0-9][\w.-]*)/;

export interface SelectorLookup {
  kind: "node-selector";
  pod?: string;
}

export function selectorLookup(evidence: string): SelectorLookup | undefined {
  if (!SELECTOR_MISMATCH.test(evidence)) return undefined;
  const pod = POD.exec(evidence)?.[1];
  return { kind: "node-selector", ...(pod ? { pod } : {}) };
}

interface Selected {
  pod: PodSpec;
  key: string;
  value: string;
  line: number;
}

function selectorsOf(pod: PodSpec): Selected[] {
  return entries(child(pod.spec, "nodeSelector")).flatMap((e) => {
    const value = scalar(e.value);
    return value === undefined ? [] : [{ pod, key: e.key, value, line: pod.lineOf(e.keyNode) }];
  });
}

const carries = (node: NodeFact, s: { key: string; value: string }) => labelOf(node, s.key) === s.value;

/**
 * A pod selects a label value no node carries: the value a node does carry for that key, near the one
 * selected (a typo, an older instance generation), is the change — when it is the only one and the nodes
 * carrying it satisfy the pod's other selectors. Without node labels in the evidence, or with several values
 * that could be meant, the selector is cited with every value the nodes carry.
 */
export function resolveNodeSelector(
  lookup: SelectorLookup,
  reads: readonly RepoRead[],
  facts: readonly FactLine[],
): Resolution | undefined {
  const pods = podSpecs(reads);
  const owned = lookup.pod
    ? pods.filter((p) => lookup.pod === p.name || lookup.pod?.startsWith(`${p.name}-`))
    : [];
  const nodes = nodesIn(facts);
  const unmatched = (owned.length > 0 ? owned : pods)
    .flatMap(selectorsOf)
    .filter((s) => !nodes.some((n) => carries(n, s)));
  const hit = unmatched[0];
  if (!hit) return undefined;
  const lines = reads.find((r) => r.path === hit.pod.file)?.content.split("\n") ?? [];
  const text = lines[hit.line - 1] ?? "";
  const carried = [
    ...new Set(nodes.flatMap((n) => labelOf(n, hit.key) ?? []).filter((v) => v !== "")),
  ].sort();
  const others = selectorsOf(hit.pod).filter((s) => s.key !== hit.key);
  const near = carried.filter(
    (v) =>
      nearName(hit.value, v) &&
      nodes.some((n) => carries(n, { key: hit.key, value: v }) && others.every((o) => carries(n, o))),
  );
  const base = {
    kind: "selector-matches-node" as const,
    subject: `nodeSelector ${hit.key}=${hit.value}`,
    cause: { file: hit.pod.file, line: hit.line, text },
    truth: nodes
      .filter((n) => labelOf(n, hit.key) !== undefined)
      .slice(0, 6)
      .map((n) => ({ file: n.at.file, line: n.at.line })),
    candidates: near.length > 0 ? near : carried,
  };
  const to = near[0];
  if (nodes.length === 0)
    return { ...base, reason: "the evidence shows no node's labels (kubectl get nodes --show-labels)" };
  if (unmatched.length > 1)
    return { ...base, reason: "several selectors match no node; one change would not cover them" };
  if (near.length !== 1 || !to)
    return {
      ...base,
      reason:
        near.length > 1
          ? `several values the nodes carry for ${hit.key} are near ${hit.value}`
          : `no node carries a value for ${hit.key} near ${hit.value}`,
    };
  const after = text.replace(new RegExp(`(:\\s*["']?)${escapeRe(hit.value)}(?=["']?\\s*(?:#|$))`), `$1${to}`);
  if (after === text) return { ...base, reason: "the value could not be rewritten on its line" };
  return {
    ...base,
    reason: `no node carries ${hit.key}=${hit.value}; ${to}, near it, is what the nodes carry`,
    change: { ...base.cause, before: text, after, summary: `nodeSelector ${hit.key} ${hit.value} → ${to}` },
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The relation on the patched files: the pod's selector now names a value the nodes carry. */
export function selectorRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const selected = podSpecs(patched.filter((r) => r.path === change.file))
    .flatMap(selectorsOf)
    .find((s) => s.line === change.line);
  return selected && resolution.candidates.includes(selected.value)
    ? { ok: true, detail: `${change.file}:${change.line} now selects ${selected.value}, which nodes carry` }
    : { ok: false, detail: `${change.file}:${change.line} still selects a value no node carries` };
}
