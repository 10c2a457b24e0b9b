import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from "yaml";
import type { Inventory, SettingSource } from "./types.js";

/** A parsed YAML node with the line it starts on, so every fact can say where it is defined. */
interface Doc {
  root: Node | null;
  lineOf: (node: Node | null | undefined) => number;
}

/** Every document of a YAML file that parses; one that does not is skipped (it is hostile or broken input). */
export function yamlDocs(content: string): Doc[] {
  const counter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(content, { lineCounter: counter, uniqueKeys: false });
  } catch {
    // Not YAML at all: the file contributes no facts.
    return [];
  }
  const list = Array.isArray(docs) ? docs : [];
  return list
    .filter((d) => d.errors.length === 0)
    .map((d) => ({
      root: d.contents as Node | null,
      lineOf: (node) => (node?.range ? counter.linePos(node.range[0]).line : 0),
    }));
}

/** The node under `key` in a map node. */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item.value as Node;
  }
  return undefined;
}

export function scalar(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

/** Map entries with their value nodes. */
export function entries(node: unknown): { key: string; keyNode: Node; value: Node }[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((item) =>
    isPair(item) && isScalar(item.key)
      ? [{ key: String(item.key.value), keyNode: item.key as Node, value: item.value as Node }]
      : [],
  );
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** `KEY: value` maps and `- KEY=value` lists, as compose and Kubernetes write environments. */
export function addEnv(inv: Inventory, file: string, doc: Doc, node: unknown, source: SettingSource): void {
  for (const e of entries(node)) {
    const value = scalar(e.value);
    if (value !== undefined)
      inv.settings.push({ key: e.key, value, source, file, line: doc.lineOf(e.keyNode) });
  }
  for (const item of items(node)) {
    const text = scalar(item);
    const m = text ? /^([A-Za-z_][\w.-]*)=(.*)$/.exec(text) : null;
    if (m?.[1]) inv.settings.push({ key: m[1], value: m[2] ?? "", source, file, line: doc.lineOf(item) });
    // Kubernetes: `- name: X\n  value: Y`.
    const name = scalar(child(item, "name"));
    const value = scalar(child(item, "value"));
    if (name && value !== undefined)
      inv.settings.push({ key: name, value, source, file, line: doc.lineOf(child(item, "value")) });
  }
}

/**
 * Every scalar leaf of a values or config file, keyed by its own name with its dotted path beside it (Helm
 * values are read as values, not rendered).
 */
export function addLeaves(
  inv: Inventory,
  file: string,
  doc: Doc,
  node: unknown,
  depth = 0,
  source: SettingSource = "helm-values",
  path: readonly string[] = [],
): void {
  if (depth > 12) return;
  for (const e of entries(node)) {
    const value = scalar(e.value);
    if (value !== undefined)
      inv.settings.push({
        key: e.key,
        path: [...path, e.key].join("."),
        value,
        source,
        file,
        line: doc.lineOf(e.keyNode),
      });
    else addLeaves(inv, file, doc, e.value, depth + 1, source, [...path, e.key]);
  }
  for (const item of items(node)) addLeaves(inv, file, doc, item, depth + 1, source, path);
}
