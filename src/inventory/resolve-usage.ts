import type { Node } from "yaml";
import { isMap, isSeq } from "yaml";
import { child, entries, scalar, yamlDocs } from "./parse-yaml.js";
import { lineAt, type Resolution } from "./resolution.js";
import type { Located } from "./types.js";
import {
  parseBytes,
  showBytes,
  sizeFor,
  USAGE_RULES,
  type UsageLookup,
  usageRefusal,
} from "./usage-rules.js";

interface RepoRead {
  path: string;
  content: string;
}

/** A key of a YAML map with the line it is written on and its value. */
interface Keyed {
  line: number;
  value: Node;
}

/** One `resources:` block: whose it is (the container's `name`, or the key holding it in Helm values). */
export interface ResourcesBlock {
  file: string;
  owner: string | undefined;
  resources: Keyed;
  fields: Partial<Record<"requests" | "limits", Keyed>>;
}

function keyed(
  node: unknown,
  key: string,
  lineOf: (n: Node | null | undefined) => number,
): Keyed | undefined {
  const e = entries(node).find((x) => x.key === key);
  return e ? { line: lineOf(e.keyNode), value: e.value } : undefined;
}

/** Every `resources:` map in the YAML files read (manifests, Helm values, kustomize patches). */
export function resourceBlocks(files: readonly RepoRead[]): ResourcesBlock[] {
  const out: ResourcesBlock[] = [];
  for (const f of files.filter((x) => /\.ya?ml$/.test(x.path))) {
    for (const doc of yamlDocs(f.content)) {
      const walk = (node: unknown, parentKey: string | undefined, depth: number): void => {
        if (depth > 40) return;
        if (isSeq(node)) {
          for (const item of node.items) walk(item, parentKey, depth + 1);
          return;
        }
        if (!isMap(node)) return;
        const resources = keyed(node, "resources", doc.lineOf);
        if (resources && isMap(resources.value)) {
          const requests = keyed(resources.value, "requests", doc.lineOf);
          const limits = keyed(resources.value, "limits", doc.lineOf);
          out.push({
            file: f.path,
            owner: scalar(child(node, "name")) ?? parentKey,
            resources,
            fields: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) },
          });
        }
        for (const e of entries(node)) if (e.key !== "resources") walk(e.value, e.key, depth + 1);
      };
      walk(doc.root, undefined, 0);
    }
  }
  return out;
}

/** The block of the container the evictions name; the only block when no block names it; else none. */
function blockOf(files: readonly RepoRead[], container: string): ResourcesBlock | string {
  const all = resourceBlocks(files);
  const named = all.filter((b) => b.owner === container);
  const pick = named.length > 0 ? named : all.length === 1 ? all : [];
  if (pick.length === 1 && pick[0]) return pick[0];
  if (pick.length > 1)
    return `several resources blocks could be container ${container}'s (${pick.map((b) => `${b.file}:${b.resources.line}`).join(", ")})`;
  return all.length === 0
    ? "the repository read sets no resources"
    : `no resources block is container ${container}'s`;
}

/** The quantity a field sets for the resource, with its line, when it sets one. */
function quantityAt(
  block: ResourcesBlock,
  field: "requests" | "limits",
  resource: string,
  content: string,
): (Located & { text: string; bytes: number; raw: string }) | undefined {
  const map = block.fields[field]?.value;
  const e = entries(map).find((x) => x.key === resource);
  const raw = scalar(e?.value);
  const bytes = raw === undefined ? undefined : parseBytes(raw);
  if (!e || raw === undefined || bytes === undefined) return undefined;
  const line = lineOfKey(content, block.fields[field]?.line ?? 0, resource);
  const text = lineAt(content, line) ?? "";
  return { file: block.file, line, text, bytes, raw };
}

/** The first line after `from` that sets `key:` (the YAML node's range gives the value, not the key's line). */
export function lineOfKey(content: string, from: number, key: string): number {
  const lines = content.split("\n");
  const re = new RegExp(`^\\s*"?${key}"?\\s*:`);
  for (let i = from; i < lines.length; i += 1) if (re.test(lines[i] ?? "")) return i + 1;
  return from;
}

const indentOf = (text: string): string => /^\s*/.exec(text)?.[0] ?? "";

/** The line a child key of the map starting at `keyLine` is indented to (the first child's), else two more. */
function childIndent(content: string, keyLine: number): string {
  const own = indentOf(lineAt(content, keyLine) ?? "");
  const next = lineAt(content, keyLine + 1) ?? "";
  const inner = indentOf(next);
  return next.trim() && inner.length > own.length ? inner : `${own}  `;
}

/** The change that makes the block's field set the resource to `value`: one line rewritten or one inserted. */
function edit(
  block: ResourcesBlock,
  field: "requests" | "limits",
  resource: string,
  value: string,
  content: string,
): { line: number; before: string; after: string } | string {
  const set = quantityAt(block, field, resource, content);
  if (set) {
    const after = set.text.replace(/(:\s*)(["']?)[\w.]+\2/, `$1$2${value}$2`);
    return { line: set.line, before: set.text, after };
  }
  const own = block.fields[field];
  if (own) {
    if (!isMap(own.value) || (own.value as { flow?: boolean }).flow)
      return `${block.file}:${own.line} writes ${field} inline; edit it by hand`;
    const before = lineAt(content, own.line) ?? "";
    return {
      line: own.line,
      before,
      after: `${before}\n${childIndent(content, own.line)}${resource}: ${value}`,
    };
  }
  const res = block.resources;
  if ((res.value as { flow?: boolean }).flow) return `${block.file}:${res.line} writes resources inline`;
  const before = lineAt(content, res.line) ?? "";
  const inner = childIndent(content, res.line);
  return {
    line: res.line,
    before,
    after: `${before}\n${inner}${field}:\n${inner}  ${resource}: ${value}`,
  };
}

/**
 * The kubelet evicted a pod using more of a resource than its spec reserves: the reservation the rule names
 * (memory request, ephemeral-storage limit) becomes the peak reading × headroom, rounded up to a conventional
 * quantity. Readings that rise steadily, a block that cannot be told apart, or a limit below the usage: cited,
 * nothing proposed.
 */
export function resolveUsage(lookup: UsageLookup, files: readonly RepoRead[]): Resolution | undefined {
  const rule = USAGE_RULES.find((r) => r.resource === lookup.resource);
  const peak = Math.max(...lookup.readings, lookup.peak ?? 0);
  const block = blockOf(files, lookup.container);
  if (!rule || typeof block === "string" || !(peak > 0)) return undefined;
  const content = files.find((f) => f.path === block.file)?.content ?? "";
  const current = quantityAt(block, rule.field, rule.resource, content);
  const other = quantityAt(block, rule.field === "requests" ? "limits" : "requests", rule.resource, content);
  const cause = current ?? {
    file: block.file,
    line: block.fields[rule.field]?.line ?? block.resources.line,
    text: lineAt(content, block.fields[rule.field]?.line ?? block.resources.line) ?? "",
  };
  const used = `container ${lookup.container} used ${showBytes(peak)} of ${rule.resource}`;
  const base = {
    kind: "resources-cover-usage" as const,
    subject: `the ${rule.resource} ${rule.field === "requests" ? "request" : "limit"} of container ${lookup.container}`,
    cause: { file: cause.file, line: cause.line, text: cause.text },
    truth: [
      ...content
        .split("\n")
        .flatMap((t, i) => (rule.goesTo?.test(t) ? [{ file: block.file, line: i + 1 }] : [])),
      ...(other ? [{ file: other.file, line: other.line }] : []),
    ],
    measured: peak,
  };
  const refused = usageRefusal(lookup.readings);
  if (refused) return { ...base, candidates: [], reason: `${used}, but ${refused}` };
  if (current && current.bytes >= peak)
    return {
      ...base,
      candidates: [],
      reason: `${used}, within the ${current.raw} set: something else holds the node`,
    };
  let value = sizeFor(peak, rule.headroom);
  const bytes = parseBytes(value) ?? 0;
  // A request above the limit is refused by the API server; a limit below the request likewise.
  if (other && (rule.field === "requests" ? other.bytes < bytes : other.bytes > bytes)) {
    if (rule.field === "requests" && other.bytes >= peak) value = other.raw;
    else
      return {
        ...base,
        candidates: [value],
        reason: `${used}; ${value} would cross the ${other.raw} set at ${other.file}:${other.line}: a sizing decision`,
      };
  }
  const change = edit(block, rule.field, rule.resource, value, content);
  if (typeof change === "string") return { ...base, candidates: [value], reason: `${used}; ${change}` };
  const was = current?.raw ?? "unset";
  return {
    ...base,
    candidates: [value],
    reason: `${used} (the peak the evictions report), ${was} set; ${value} is the peak × ${rule.headroom} rounded up`,
    change: {
      file: block.file,
      ...change,
      summary: `${rule.resource} ${rule.field === "requests" ? "request" : "limit"} ${was} → ${value}`,
    },
  };
}

/** Whether the patched files now reserve at least the measured peak for the container. */
export function usageRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const container = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const rule = USAGE_RULES.find((r) => resolution.subject.startsWith(`the ${r.resource} `));
  const block = blockOf(patched, container);
  const peak = resolution.measured ?? Number.POSITIVE_INFINITY;
  if (!rule || typeof block === "string")
    return { ok: false, detail: typeof block === "string" ? block : "no rule" };
  const content = patched.find((f) => f.path === block.file)?.content ?? "";
  const now = quantityAt(block, rule.field, rule.resource, content);
  return now && now.bytes >= peak
    ? { ok: true, detail: `${resolution.subject} is now ${now.raw}, at least the ${showBytes(peak)} used` }
    : { ok: false, detail: `${resolution.subject} is still below the ${showBytes(peak)} used` };
}
