import type { Node } from "yaml";
import { child, entries, items, scalar, yamlDocs } from "./parse-yaml.js";
import type { Located } from "./types.js";

/** Objects a pod (or a claim) names and the cluster must hold, by the word the API's errors use. */
export type ObjectKind = "configmap" | "secret" | "persistentvolumeclaim" | "storageclass";

/** An object the repository defines, with the keys it holds when they can be read (undefined: unknowable). */
export interface ObjectDef extends Located {
  kind: ObjectKind;
  name: string;
  namespace?: string;
  keys?: { key: string; line: number }[];
  /** Secret type when stated (kubernetes.io/dockerconfigjson for a pull secret). */
  type?: string;
}

/** A line that names an object (and, for a key reference, the key's own line). */
export interface ObjectRef extends Located {
  kind: ObjectKind;
  name: string;
  namespace?: string;
  /** `imagePullSecrets`, a volume, envFrom, or a key reference. */
  via: "pull" | "volume" | "env" | "key" | "claim";
  key?: { key: string; line: number };
}

export interface ObjectFacts {
  defs: ObjectDef[];
  refs: ObjectRef[];
}

type LineOf = (node: Node | null | undefined) => number;

/** kustomize reads these names whether or not the file says `kind: Kustomization` (both are optional). */
const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/i;

function keysOf(node: unknown, lineOf: LineOf): { key: string; line: number }[] {
  return entries(node).map((e) => ({ key: e.key, line: lineOf(e.keyNode) }));
}

/** Kustomize generators: `name:` plus `literals: [K=v]` and `files: [k=path | path]` (keys are readable). */
function generated(gen: Node, kind: ObjectKind, file: string, lineOf: LineOf): ObjectDef | undefined {
  const nameNode = child(gen, "name");
  const name = scalar(nameNode);
  if (!name) return undefined;
  const keys = [...items(child(gen, "literals")), ...items(child(gen, "files"))].flatMap((n) => {
    const text = scalar(n) ?? "";
    const key = text.includes("=") ? text.split("=")[0] : text.split("/").pop();
    return key ? [{ key, line: lineOf(n) }] : [];
  });
  // envs: files are read only as names here, so their keys are unknowable.
  const knowable = items(child(gen, "envs")).length === 0 && !child(gen, "env");
  return { kind, name, file, line: lineOf(nameNode), ...(knowable ? { keys } : {}) };
}

function addDefinitions(facts: ObjectFacts, kind: string, root: unknown, file: string, lineOf: LineOf): void {
  const meta = child(root, "metadata");
  const nameNode = child(meta, "name");
  const name = scalar(nameNode);
  const namespace = scalar(child(meta, "namespace"));
  const ns: { namespace?: string } = namespace ? { namespace } : {};
  const at = { file, line: lineOf(nameNode) };
  if (kind === "ConfigMap" && name) {
    const keys = [...keysOf(child(root, "data"), lineOf), ...keysOf(child(root, "binaryData"), lineOf)];
    facts.defs.push({ kind: "configmap", name, ...ns, ...at, keys });
  } else if (kind === "Secret" && name) {
    const keys = [...keysOf(child(root, "data"), lineOf), ...keysOf(child(root, "stringData"), lineOf)];
    const type = scalar(child(root, "type"));
    facts.defs.push({ kind: "secret", name, ...ns, ...at, keys, ...(type ? { type } : {}) });
  } else if (kind === "ExternalSecret" && name) {
    // The Secret it writes is spec.target.name (default: its own name); keys are data[].secretKey.
    const spec = child(root, "spec");
    const targetNode = child(child(spec, "target"), "name");
    const data = items(child(spec, "data")).flatMap((d) => {
      const k = child(d, "secretKey");
      const key = scalar(k);
      return key ? [{ key, line: lineOf(k) }] : [];
    });
    const knowable =
      items(child(spec, "dataFrom")).length === 0 && !child(child(child(spec, "target"), "template"), "data");
    const type = scalar(child(child(child(spec, "target"), "template"), "type"));
    facts.defs.push({
      kind: "secret",
      name: scalar(targetNode) ?? name,
      ...ns,
      file,
      line: lineOf(targetNode ?? nameNode),
      ...(knowable ? { keys: data } : {}),
      ...(type ? { type } : {}),
    });
  } else if (kind === "SealedSecret" && name) {
    const spec = child(root, "spec");
    const tmeta = child(child(spec, "template"), "metadata");
    const tname = child(tmeta, "name");
    const type = scalar(child(child(spec, "template"), "type"));
    facts.defs.push({
      kind: "secret",
      name: scalar(tname) ?? name,
      ...ns,
      file,
      line: lineOf(tname ?? nameNode),
      keys: keysOf(child(spec, "encryptedData"), lineOf),
      ...(type ? { type } : {}),
    });
  } else if (kind === "PersistentVolumeClaim" && name) {
    facts.defs.push({ kind: "persistentvolumeclaim", name, ...ns, ...at });
  } else if (kind === "StorageClass" && name) {
    facts.defs.push({ kind: "storageclass", name, ...at });
  } else if (kind === "Kustomization") {
    // An overlay's `namespace:` is where its generated objects live (kustomize sets it on every resource).
    const overlayNs = scalar(child(root, "namespace"));
    if (overlayNs) ns.namespace = overlayNs;
    for (const g of items(child(root, "configMapGenerator"))) {
      const def = generated(g, "configmap", file, lineOf);
      if (def) facts.defs.push({ ...def, ...ns });
    }
    for (const g of items(child(root, "secretGenerator"))) {
      const def = generated(g, "secret", file, lineOf);
      if (def) facts.defs.push({ ...def, ...ns });
    }
  }
}

/** Every reference under a node, wherever it sits (a manifest's pod spec, or a Helm values file's leaves). */
function addReferences(
  facts: ObjectFacts,
  node: unknown,
  file: string,
  lineOf: LineOf,
  ns: string | undefined,
  depth = 0,
): void {
  if (depth > 16) return;
  const push = (kind: ObjectKind, via: ObjectRef["via"], nameNode: Node | undefined, key?: Node) => {
    const name = scalar(nameNode);
    const k = scalar(key);
    if (!name) return;
    facts.refs.push({
      kind,
      name,
      via,
      file,
      line: lineOf(nameNode),
      ...(ns ? { namespace: ns } : {}),
      ...(k ? { key: { key: k, line: lineOf(key) } } : {}),
    });
  };
  for (const e of entries(node)) {
    const v = e.value;
    if (e.key === "imagePullSecrets") for (const s of items(v)) push("secret", "pull", child(s, "name") ?? s);
    else if (e.key === "configMap" || e.key === "configMapRef")
      push("configmap", e.key === "configMap" ? "volume" : "env", child(v, "name"));
    else if (e.key === "secret") push("secret", "volume", child(v, "secretName") ?? child(v, "name"));
    else if (e.key === "secretRef") push("secret", "env", child(v, "name"));
    else if (e.key === "configMapKeyRef") push("configmap", "key", child(v, "name"), child(v, "key"));
    else if (e.key === "secretKeyRef") push("secret", "key", child(v, "name"), child(v, "key"));
    else if (e.key === "persistentVolumeClaim") push("persistentvolumeclaim", "claim", child(v, "claimName"));
    else if (e.key === "storageClassName" || e.key === "storageClass") push("storageclass", "claim", v);
    if (e.key !== "imagePullSecrets") addReferences(facts, v, file, lineOf, ns, depth + 1);
  }
  for (const item of items(node)) addReferences(facts, item, file, lineOf, ns, depth + 1);
}

/**
 * The objects the repository defines (ConfigMaps, Secrets and what writes them — ExternalSecret targets,
 * SealedSecret templates, Kustomize generators — claims, StorageClasses) and every line that names one.
 */
export function objectFacts(files: readonly { path: string; content: string }[]): ObjectFacts {
  const facts: ObjectFacts = { defs: [], refs: [] };
  for (const { path, content } of files) {
    if (!/\.ya?ml$/.test(path)) continue;
    for (const doc of yamlDocs(content)) {
      const kind =
        scalar(child(doc.root, "kind")) ?? (KUSTOMIZATION_FILE.test(path) ? "Kustomization" : undefined);
      const namespace = scalar(child(child(doc.root, "metadata"), "namespace"));
      if (kind === "Kustomization") addDefinitions(facts, kind, doc.root, path, doc.lineOf);
      else if (kind && scalar(child(doc.root, "apiVersion")))
        addDefinitions(facts, kind, doc.root, path, doc.lineOf);
      // A definition's own metadata names nothing it needs; its spec may (a StatefulSet's claim templates).
      if (kind !== "ExternalSecret" && kind !== "SealedSecret")
        addReferences(facts, kind ? child(doc.root, "spec") : doc.root, path, doc.lineOf, namespace);
    }
  }
  return facts;
}
