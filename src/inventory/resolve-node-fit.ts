import type { FactLine } from "./cluster-facts.js";
import { entries, scalar } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import { lineOfKey, type ResourcesBlock, resourceBlocks } from "./resolve-usage.js";
import { parseBytes } from "./usage-rules.js";

interface RepoRead {
  path: string;
  content: string;
}

/**
 * The scheduler found no node with room for a pod because its request is larger than any node's allocatable
 * capacity: no amount of waiting or scaling other workloads down schedules it. The request becomes 90% of the
 * largest node's allocatable (the rest is the room DaemonSets and system pods take), rounded down. A request
 * that already fits a node means the nodes are full, not too small: cited, nothing proposed.
 */
export interface NodeFitLookup {
  kind: "request-exceeds-nodes";
  resource: "cpu" | "memory";
  pod: string;
}

/** `0/6 nodes are available: 6 Insufficient cpu.` — every node, not some, lacks the resource. */
const ALL_INSUFFICIENT =
  /(?:pod\/([\w.-]+)[^\n]*?)?0\/(\d+) nodes are available:[^\n]*?\b(\d+) Insufficient (cpu|memory)\b/;

export function nodeFitLookup(evidence: string): NodeFitLookup | undefined {
  const m = ALL_INSUFFICIENT.exec(evidence);
  if (!m?.[4] || m[2] !== m[3]) return undefined;
  return { kind: "request-exceeds-nodes", resource: m[4] as "cpu" | "memory", pod: m[1] ?? "" };
}

export const NODE_FIT_RULE = { share: 0.9, step: { cpu: 100, memory: 256 * 1024 ** 2 } } as const;

/** Node tables (`-o custom-columns=...:.status.allocatable.cpu`) and `kubectl describe node` blocks. */
const TABLE_HEADER = /^\s*NAME\s+(?:\S+\s+)*(?:CPU|MEMORY)\b/;
const TABLE_ROW = /^\s*[a-z0-9][\w.-]*\s+(?:\S+\s+)*\d+(?:\.\d+)?m?\s+\d+(?:Ki|Mi|Gi)\s*$/;
const SECTION = /^(Allocatable|Capacity):\s*$/;
const DESCRIBED = /^\s+(cpu|memory):\s+(\S+)\s*$/;
export const ALLOCATABLE_SEARCH = [TABLE_HEADER, TABLE_ROW, /^(?:Allocatable|Capacity):\s*$/, DESCRIBED]
  .map((re) => `(?:${re.source})`)
  .join("|");
const ALLOCATABLE_RE = new RegExp(ALLOCATABLE_SEARCH);
export const isAllocatableLine = (text: string): boolean => ALLOCATABLE_RE.test(text);

/** Millicores of a CPU quantity (`3920m`, `4`, `"6"`, `0.5`). */
export function parseCpu(text: string): number | undefined {
  const m = /^["']?(\d+(?:\.\d+)?)(m?)["']?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1000;
}

const parse = (resource: "cpu" | "memory", text: string) =>
  resource === "cpu" ? parseCpu(text) : parseBytes(text);

/** Each node's allocatable amount of the resource, with the fact line that says it. */
export function allocatableIn(
  lines: readonly FactLine[],
  resource: "cpu" | "memory",
): { amount: number; at: FactLine }[] {
  const out: { amount: number; at: FactLine }[] = [];
  const files = new Map<string, FactLine[]>();
  for (const l of lines) files.set(l.file, [...(files.get(l.file) ?? []), l]);
  for (const file of files.values()) {
    let column = -1;
    let section: { name: string; line: number } | undefined;
    for (const l of [...file].sort((a, b) => a.line - b.line)) {
      if (TABLE_HEADER.test(l.text)) {
        column = l.text.trim().split(/\s+/).indexOf(resource.toUpperCase());
        continue;
      }
      const open = SECTION.exec(l.text);
      if (open?.[1]) {
        section = { name: open[1], line: l.line };
        continue;
      }
      const described = DESCRIBED.exec(l.text);
      if (described?.[2] && described[1] === resource) {
        const amount = parse(resource, described[2]);
        if (section?.name === "Allocatable" && l.line - section.line <= 8 && amount)
          out.push({ amount, at: l });
        continue;
      }
      const cell = column >= 0 && TABLE_ROW.test(l.text) ? l.text.trim().split(/\s+/)[column] : undefined;
      const amount = cell === undefined ? undefined : parse(resource, cell);
      if (amount) out.push({ amount, at: l });
    }
  }
  return out;
}

function requestOf(block: ResourcesBlock, resource: string, content: string) {
  const e = entries(block.fields.requests?.value).find((x) => x.key === resource);
  const raw = scalar(e?.value);
  if (!e || raw === undefined) return undefined;
  const line = lineOfKey(content, block.fields.requests?.line ?? 0, resource);
  return { line, raw, text: lineAt(content, line) ?? "" };
}

/** The block of the workload the pod belongs to (its name is the pod's prefix), else the only one. */
function blockFor(files: readonly RepoRead[], lookup: NodeFitLookup): ResourcesBlock | undefined {
  const all = resourceBlocks(files).filter((b) => b.fields.requests);
  const named = all.filter((b) => b.owner && lookup.pod.startsWith(`${b.owner}-`));
  const pick = named.length > 0 ? named : all;
  return pick.length === 1 ? pick[0] : undefined;
}

const show = (resource: "cpu" | "memory", n: number) =>
  resource === "cpu" ? `${n}m` : `${Math.round(n / 1024 ** 2)}Mi`;

export function resolveNodeFit(
  lookup: NodeFitLookup,
  files: readonly RepoRead[],
  facts: readonly FactLine[],
): Resolution | undefined {
  const nodes = allocatableIn(facts, lookup.resource);
  const block = blockFor(files, lookup);
  const content = files.find((f) => f.path === block?.file)?.content ?? "";
  const request = block ? requestOf(block, lookup.resource, content) : undefined;
  const wanted = request ? parse(lookup.resource, request.raw) : undefined;
  if (!block || !request || wanted === undefined) return undefined;
  const largest = nodes.reduce<(typeof nodes)[number] | undefined>(
    (a, b) => (a && a.amount >= b.amount ? a : b),
    undefined,
  );
  const base = {
    kind: "request-fits-node" as const,
    subject: `the ${lookup.resource} request of container ${block.owner ?? "?"}`,
    cause: { file: block.file, line: request.line, text: request.text },
    truth: largest ? [{ file: largest.at.file, line: largest.at.line }] : [],
    ...(largest ? { measured: largest.amount } : {}),
  };
  if (!largest)
    return {
      ...base,
      candidates: [],
      reason: "the logs list no node's allocatable capacity to compare with",
    };
  if (wanted <= largest.amount)
    return {
      ...base,
      candidates: [],
      reason: `the ${request.raw} requested fits a node (${show(lookup.resource, largest.amount)} allocatable): the nodes are full, not too small; add capacity rather than shrink the request`,
    };
  const step = NODE_FIT_RULE.step[lookup.resource];
  const value = show(lookup.resource, Math.floor((largest.amount * NODE_FIT_RULE.share) / step) * step);
  return {
    ...base,
    candidates: [value],
    reason: `${request.raw} ${lookup.resource} is requested and the largest node has ${show(lookup.resource, largest.amount)} allocatable, so no node can ever fit the pod; ${value} is ${NODE_FIT_RULE.share * 100}% of it (room for DaemonSets), rounded down`,
    change: {
      file: block.file,
      line: request.line,
      before: request.text,
      after: request.text.replace(/(:\s*)(["']?)[\w.]+\2/, `$1${value}`),
      summary: `${lookup.resource} request ${request.raw} → ${value} (largest node allocatable ${show(lookup.resource, largest.amount)})`,
    },
  };
}

export function nodeFitHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const resource = resolution.subject.includes(" cpu ") ? "cpu" : "memory";
  const owner = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const block = resourceBlocks(patched).find((b) => b.owner === owner && b.fields.requests);
  const content = patched.find((f) => f.path === block?.file)?.content ?? "";
  const request = block ? requestOf(block, resource, content) : undefined;
  const now = request ? parse(resource, request.raw) : undefined;
  const room = resolution.measured ?? 0;
  return now !== undefined && now <= room
    ? {
        ok: true,
        detail: `the ${resource} request ${request?.raw} now fits the largest node's ${show(resource, room)}`,
      }
    : {
        ok: false,
        detail: `the ${resource} request still exceeds every node's allocatable ${show(resource, room)}`,
      };
}
