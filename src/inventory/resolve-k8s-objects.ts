import {
  type ObjectDef,
  type ObjectFacts,
  type ObjectKind,
  type ObjectRef,
  objectFacts,
} from "./k8s-objects.js";
import { lineAt, nearName, type Resolution } from "./resolution.js";

/** A file read through the tools (resolve.ts has the same shape; importing it would make a cycle). */
type RepoRead = { path: string; content: string };

type ContentOf = (file: string) => string | undefined;

/** What the API server and the kubelet print when a named object, or a key in one, is missing. */
const NOT_FOUND =
  /\b(configmaps?|secrets?|persistentvolumeclaims?|storageclass(?:es)?(?:\.storage\.k8s\.io)?)\s+\\*"([\w.-]+)\\*"\s+not found/i;
const NO_KEY = /couldn't find key ([\w.-]+) in (Secret|ConfigMap) (?:([\w-]+)\/)?([\w.-]+)/;

export type ObjectLookup =
  | { kind: "missing-object"; object: ObjectKind; name: string }
  | { kind: "missing-key"; object: ObjectKind; name: string; key: string; namespace?: string };

function objectKind(word: string): ObjectKind {
  const w = word.toLowerCase();
  if (w.startsWith("configmap")) return "configmap";
  if (w.startsWith("secret")) return "secret";
  if (w.startsWith("persistentvolumeclaim")) return "persistentvolumeclaim";
  return "storageclass";
}

/** The Kubernetes object (or key) the evidence says is missing. */
export function objectLookup(evidence: string): ObjectLookup | undefined {
  const key = NO_KEY.exec(evidence);
  if (key?.[1] && key[2] && key[4])
    return {
      kind: "missing-key",
      object: objectKind(key[2]),
      name: key[4],
      key: key[1],
      ...(key[3] ? { namespace: key[3] } : {}),
    };
  const m = NOT_FOUND.exec(evidence);
  return m?.[1] && m[2] ? { kind: "missing-object", object: objectKind(m[1]), name: m[2] } : undefined;
}

const sameNs = (a?: string, b?: string) => !a || !b || a === b;
const PULL_TYPE = /dockerconfigjson|dockercfg/;

/** Whether a defined object can stand where the reference is: a pull secret for imagePullSecrets, not elsewhere. */
function fits(ref: ObjectRef, def: ObjectDef): boolean {
  if (def.kind !== ref.kind || !sameNs(ref.namespace, def.namespace)) return false;
  if (def.type === undefined) return true;
  return ref.via === "pull" ? PULL_TYPE.test(def.type) : !PULL_TYPE.test(def.type);
}

/**
 * The one object that can be meant: the one near the missing name (same words, or a typo away), or else the
 * one of its kind that nothing in the repository references (what a rename leaves behind).
 */
function meant(ref: ObjectRef, facts: ObjectFacts): { picks: ObjectDef[]; why: string } {
  const fitting = facts.defs.filter((d) => fits(ref, d));
  const near = fitting.filter((d) => nearName(ref.name, d.name));
  if (near.length > 0) return { picks: near, why: "its name is near the missing one" };
  const unused = fitting.filter((d) => !facts.refs.some((r) => r.kind === d.kind && r.name === d.name));
  const what = ref.via === "pull" ? "registry credential" : ref.kind;
  return { picks: unused, why: `it is the only ${what} there that nothing references` };
}

function rewrite(text: string, from: string, to: string): string {
  return text.replace(
    new RegExp(
      `(:\\s*["']?|-\\s+["']?)${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=["']?\\s*(?:#|$|[,}\\]]))`,
    ),
    `$1${to}`,
  );
}

/**
 * A pod names a ConfigMap, Secret, claim or StorageClass that is not defined: the reference is the cause, the
 * one defined object meant (near name, or the one left unreferenced) is the change. Every reference to the
 * missing name must be the one line, or nothing is proposed.
 */
export function resolveMissingObject(
  object: ObjectKind,
  name: string,
  facts: ObjectFacts,
  extra: readonly string[],
  contentOf: ContentOf,
): Resolution | undefined {
  if (facts.defs.some((d) => d.kind === object && d.name === name)) return undefined;
  const refs = facts.refs.filter((r) => r.kind === object && r.name === name);
  const ref = refs[0];
  const text = ref ? lineAt(contentOf(ref.file) ?? "", ref.line) : undefined;
  if (!ref || text === undefined) return undefined;
  const fromRepo = meant(ref, facts);
  // StorageClasses the cluster lists (kubectl get storageclass in the logs) count as defined.
  const listed = extra.filter((n) => n !== name);
  const near = listed.filter((n) => nearName(name, n));
  const picks: { name: string; file?: string; line?: number }[] =
    fromRepo.picks.length > 0 ? fromRepo.picks : near.length > 0 ? near.map((n) => ({ name: n })) : [];
  const base = {
    kind: "object-name-defined" as const,
    subject: `${object} ${name}`,
    cause: { file: ref.file, line: ref.line, text },
    truth: fromRepo.picks.map((d) => ({ file: d.file, line: d.line })),
    candidates: [...new Set(picks.map((p) => p.name))],
  };
  const to = base.candidates[0];
  if (base.candidates.length !== 1 || !to)
    return {
      ...base,
      reason:
        base.candidates.length > 1
          ? `several ${object}s could be the one meant`
          : `no ${object} the repository defines can be the one meant`,
    };
  if (refs.length > 1)
    return { ...base, reason: `${name} is named in ${refs.length} places; one change would not cover them` };
  const after = rewrite(text, name, to);
  if (after === text) return { ...base, reason: "the name could not be rewritten on its line" };
  const def = fromRepo.picks[0];
  return {
    ...base,
    reason: def
      ? `the repository defines ${object} ${to} (${def.file}:${def.line}) and ${fromRepo.why}`
      : `the cluster lists ${object} ${to}, near the missing name`,
    change: { ...base.cause, before: text, after, summary: `${object} ${name} → ${to}` },
  };
}

/**
 * A key reference names a key the ConfigMap or Secret does not hold: the one defined key near it is the
 * change. Keys that cannot be read (dataFrom, an env file generator) make no proposal.
 */
export function resolveMissingKey(
  lookup: Extract<ObjectLookup, { kind: "missing-key" }>,
  facts: ObjectFacts,
  contentOf: ContentOf,
): Resolution | undefined {
  const def = facts.defs.find(
    (d) => d.kind === lookup.object && d.name === lookup.name && sameNs(lookup.namespace, d.namespace),
  );
  const refs = facts.refs.filter(
    (r) =>
      r.kind === lookup.object &&
      r.name === lookup.name &&
      r.key?.key === lookup.key &&
      sameNs(lookup.namespace, r.namespace),
  );
  const ref = refs[0];
  const keyLine = ref?.key?.line;
  const text = ref && keyLine ? lineAt(contentOf(ref.file) ?? "", keyLine) : undefined;
  if (!def || !ref || !keyLine || text === undefined) return undefined;
  const keys = def.keys ?? [];
  const near = keys.filter((k) => nearName(lookup.key, k.key));
  const base = {
    kind: "object-key-defined" as const,
    subject: `${lookup.name}/${lookup.key}`,
    cause: { file: ref.file, line: keyLine, text },
    truth: (near.length > 0 ? near : keys).map((k) => ({ file: def.file, line: k.line })),
    candidates: (near.length > 0 ? near : keys).map((k) => k.key),
  };
  const to = near[0]?.key;
  if (!def.keys)
    return { ...base, reason: `the keys of ${lookup.name} are not readable from the repository` };
  // A shared reference (a kustomize base) that other overlays' definitions satisfy: the definition moved.
  const agreeing = facts.defs.filter(
    (d) =>
      d !== def && d.kind === def.kind && d.name === def.name && d.keys?.some((k) => k.key === lookup.key),
  );
  if (agreeing.length > 0 && !ref.namespace) {
    const stillRead = near.filter((k) =>
      facts.refs.some((r) => r.kind === def.kind && r.name === def.name && r.key?.key === k.key),
    );
    return definitionMoved(lookup, def, stillRead.length > 0 ? [] : near, agreeing, base, contentOf);
  }
  if (near.length !== 1 || !to)
    return {
      ...base,
      reason:
        near.length > 1 ? "several keys are near the missing one" : "no defined key is near the missing one",
    };
  if (refs.length > 1)
    return {
      ...base,
      reason: `${lookup.key} is read in ${refs.length} places; one change would not cover them`,
    };
  const after = rewrite(text, lookup.key, to);
  if (after === text) return { ...base, reason: "the key could not be rewritten on its line" };
  return {
    ...base,
    reason: `${lookup.name} (${def.file}:${def.line}) holds ${to}, not ${lookup.key}`,
    change: { ...base.cause, before: text, after, summary: `${lookup.name} key ${lookup.key} → ${to}` },
  };
}

/** `- database-url=postgres://…` or `database-url: …` → the same with the key the reference reads. */
function rewriteKey(text: string, from: string, to: string): string {
  const k = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`^(\\s*-?\\s*["']?)${k}(?=["']?\\s*[=:])`), `$1${to}`);
}

/**
 * The key is read by a manifest every overlay shares, and another overlay defines it under that name: this
 * overlay's key is the one that differs, so it is the cause. Renaming the shared reference would break the
 * overlays that agree with it, so that is never proposed.
 */
function definitionMoved(
  lookup: Extract<ObjectLookup, { kind: "missing-key" }>,
  def: ObjectDef,
  near: readonly { key: string; line: number }[],
  agreeing: readonly ObjectDef[],
  base: Omit<Resolution, "reason" | "change">,
  contentOf: ContentOf,
): Resolution {
  const others = agreeing.map((d) => `${d.file}:${d.line}`).join(", ");
  const from = near[0];
  const text = from ? lineAt(contentOf(def.file) ?? "", from.line) : undefined;
  // The shared reference is cited too: the change is re-derived from the files cited.
  const truth = [base.cause, ...agreeing.map((d) => ({ file: d.file, line: d.line }))];
  const cited = { ...base, truth, candidates: [lookup.key] };
  if (near.length !== 1 || !from || text === undefined)
    return {
      ...cited,
      reason: `the shared reference reads ${lookup.key}, as ${others} define it; ${def.file}:${def.line} holds no single key near it`,
    };
  const cause = { file: def.file, line: from.line, text };
  const after = rewriteKey(text, from.key, lookup.key);
  const reason = `the shared reference reads ${lookup.key} and ${others} define it so; only ${def.file} names it ${from.key}`;
  if (after === text) return { ...cited, cause, reason };
  return {
    ...cited,
    cause,
    reason,
    change: { ...cause, before: text, after, summary: `${lookup.name} key ${from.key} → ${lookup.key}` },
  };
}

/** StorageClass names a `kubectl get storageclass` table in the evidence lists. */
export function listedStorageClasses(evidence: string): string[] {
  const rows = evidence.matchAll(
    /^\s*([a-z0-9][\w.-]*)(?: \(default\))?\s+[\w./-]+\s+(?:Delete|Retain)\s+(?:Immediate|WaitForFirstConsumer)\b/gm,
  );
  return [...rows].flatMap((m) => (m[1] ? [m[1]] : []));
}

export function resolveObjectLookup(
  lookup: ObjectLookup,
  deployReads: readonly RepoRead[],
  evidence: string,
): Resolution | undefined {
  const facts = objectFacts(deployReads);
  const contentOf = (file: string) => deployReads.find((f) => f.path === file)?.content;
  if (lookup.kind === "missing-key") return resolveMissingKey(lookup, facts, contentOf);
  const extra = lookup.object === "storageclass" ? listedStorageClasses(evidence) : [];
  return resolveMissingObject(lookup.object, lookup.name, facts, extra, contentOf);
}

/** The relation on the patched files: the reference now names a defined object, or a key it holds. */
export function objectRelationHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const facts = objectFacts(patched);
  const where = `${change.file}:${change.line}`;
  if (resolution.kind === "object-key-defined") {
    const moved = facts.defs.find(
      (d) => d.file === change.file && d.keys?.some((k) => k.line === change.line),
    );
    if (moved) {
      const reads = facts.refs.filter((r) => r.kind === moved.kind && r.name === moved.name && r.key);
      return reads.length > 0 && reads.every((r) => moved.keys?.some((k) => k.key === r.key?.key))
        ? { ok: true, detail: `${where}: ${moved.name} now holds every key its references read` }
        : { ok: false, detail: `${where}: ${moved.name} still lacks a key that is read` };
    }
    const ref = facts.refs.find((r) => r.file === change.file && r.key?.line === change.line);
    const def = ref && facts.defs.find((d) => d.kind === ref.kind && d.name === ref.name);
    return def?.keys?.some((k) => k.key === ref?.key?.key)
      ? { ok: true, detail: `${where} now reads ${ref?.key?.key}, which ${def.name} holds` }
      : { ok: false, detail: `${where} still reads a key the object does not hold` };
  }
  const ref = facts.refs.find((r) => r.file === change.file && r.line === change.line);
  const defined =
    ref &&
    (facts.defs.some((d) => fits(ref, d) && d.name === ref.name) || resolution.candidates.includes(ref.name));
  return defined
    ? { ok: true, detail: `${where} now names ${ref.kind} ${ref.name}, which is defined` }
    : { ok: false, detail: `${where} still names an object nothing defines` };
}
