import type { z } from "zod";
import type { CollectorAccess } from "./collector-access.js";
import { operatorEndpoint } from "./endpoint.js";
import type { BoundedResponse } from "./http-fetch.js";
import { type KubeTarget, kubeGet, kubeTarget } from "./kubernetes-api.js";
import {
  EventListSchema,
  NodeSchema,
  type Pod,
  PodSchema,
  StatusSchema,
  WorkloadSchema,
} from "./kubernetes-objects.js";
import {
  eventsPath,
  isKubeName,
  logPath,
  objectPath,
  type ReadableKind,
  readableKind,
} from "./kubernetes-paths.js";
import {
  eventRecords,
  type KubeRecord,
  nodeRecords,
  podRecords,
  renderRecords,
  workloadRecord,
} from "./kubernetes-records.js";
import { namesSecret, readOnlyVerb } from "./read-only.js";

export interface KubeRequest {
  verb: string;
  kind: string;
  name: string;
  namespace?: string | undefined;
  container?: string | undefined;
  previous?: boolean | undefined;
  tailLines?: number | undefined;
  endpoint?: string | undefined;
}

export type CollectorOutcome =
  | { status: "ok"; output: string }
  | { status: "denied"; reason: string }
  | { status: "error"; reason: string };

const VERBS = ["get", "describe", "list", "logs"] as const;
const DEFAULT_TAIL = 100;

/** The checks that need no network: verb, Secret, kind, names. */
export function checkKubeRequest(
  request: KubeRequest,
): { ok: true; kind: ReadableKind | "event" } | { ok: false; reason: string } {
  const verb = readOnlyVerb("Kubernetes", request.verb, VERBS);
  if (!verb.ok) return verb;
  const secret = namesSecret(request.kind);
  if (!secret.ok) return secret;
  const kind = /^events?$/i.test(request.kind) ? ("event" as const) : readableKind(request.kind);
  if (!kind)
    return {
      ok: false,
      reason: `kind ${JSON.stringify(request.kind.slice(0, 40))} is not one the collector reads`,
    };
  if ((request.verb === "list") !== (kind === "event"))
    return { ok: false, reason: "list is only for the events of an object; get or describe one object" };
  if (request.verb === "logs" && kind !== "pod") return { ok: false, reason: "logs are read from a pod" };
  for (const [what, value] of [
    ["name", request.name],
    ["namespace", request.namespace],
    ["container", request.container],
  ] as const) {
    if (value !== undefined && !isKubeName(value))
      return { ok: false, reason: `${what} ${JSON.stringify(value.slice(0, 80))} is not a Kubernetes name` };
  }
  if (kind !== "node" && request.namespace === undefined)
    return { ok: false, reason: `a ${kind} is read in a namespace: give namespace` };
  return { ok: true, kind };
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

async function readJson<T>(
  target: KubeTarget,
  access: CollectorAccess,
  path: string,
  schema: z.ZodType<T>,
): Promise<Read<T>> {
  const answer = await kubeGet(target, path, limits(access));
  if (answer.status === "error") return { ok: false, reason: answer.reason };
  return parseAnswer(answer, schema);
}

function parseAnswer<T>(answer: Extract<BoundedResponse, { status: "ok" }>, schema: z.ZodType<T>): Read<T> {
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return { ok: false, reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
  const status = StatusSchema.safeParse(json);
  if (status.success || answer.httpStatus >= 400)
    return {
      ok: false,
      reason: `HTTP ${answer.httpStatus}: ${(status.success ? (status.data.message ?? status.data.reason) : undefined)?.slice(0, 300) ?? "refused"}`,
    };
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: `HTTP ${answer.httpStatus}: not the object shape the API documents` };
}

function limits(access: CollectorAccess, allowTruncated = false) {
  return {
    timeoutMs: access.settings.timeoutSeconds * 1000,
    maxBytes: access.settings.maxResponseBytes,
    allowTruncated,
  };
}

/** The pod's owner chain (ReplicaSet → Deployment, or StatefulSet, Job…), two hops at most. */
async function ownerRecords(target: KubeTarget, access: CollectorAccess, pod: Pod): Promise<KubeRecord[]> {
  const records: KubeRecord[] = [];
  let owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const namespace = pod.metadata.namespace ?? "default";
  for (let hop = 0; owner && hop < 2; hop += 1) {
    const kind = readableKind(owner.kind);
    if (!kind || !isKubeName(owner.name)) break;
    const read = await readJson(target, access, objectPath(kind, owner.name, namespace), WorkloadSchema);
    if (!read.ok) break;
    records.push(workloadRecord(owner.kind, read.value));
    owner = read.value.metadata.ownerReferences?.find((o) => o.controller);
  }
  return records;
}

async function describe(
  target: KubeTarget,
  access: CollectorAccess,
  kind: ReadableKind,
  request: KubeRequest,
): Promise<CollectorOutcome> {
  const ns = request.namespace;
  const events = ns ? readJson(target, access, eventsPath(ns, request.name), EventListSchema) : undefined;
  const records: KubeRecord[] = [];
  if (kind === "pod") {
    const pod = await readJson(target, access, objectPath("pod", request.name, ns), PodSchema);
    if (!pod.ok) return { status: "error", reason: `pod ${ns}/${request.name}: ${pod.reason}` };
    records.push(...podRecords(pod.value), ...(await ownerRecords(target, access, pod.value)));
    const nodeName = pod.value.spec?.nodeName;
    if (request.verb === "describe" && nodeName && isKubeName(nodeName)) {
      const node = await readJson(target, access, objectPath("node", nodeName), NodeSchema);
      if (node.ok) records.push(...nodeRecords(node.value));
    }
  } else if (kind === "node") {
    const node = await readJson(target, access, objectPath("node", request.name), NodeSchema);
    if (!node.ok) return { status: "error", reason: `node ${request.name}: ${node.reason}` };
    records.push(...nodeRecords(node.value));
  } else {
    const workload = await readJson(target, access, objectPath(kind, request.name, ns), WorkloadSchema);
    if (!workload.ok) return { status: "error", reason: `${kind} ${ns}/${request.name}: ${workload.reason}` };
    records.push(workloadRecord(kind, workload.value));
  }
  if (request.verb === "describe" && events) {
    const list = await events;
    if (list.ok) records.push(...eventRecords(list.value.items, `${kind}/${ns}/${request.name}`));
    else
      records.push({ kind: "k8s-object", subject: request.name, fields: {}, text: `events: ${list.reason}` });
  }
  return { status: "ok", output: renderRecords(records) };
}

async function logs(
  target: KubeTarget,
  access: CollectorAccess,
  request: KubeRequest,
): Promise<CollectorOutcome> {
  const ns = request.namespace ?? "default";
  const path = logPath(ns, request.name, {
    ...(request.container ? { container: request.container } : {}),
    previous: request.previous ?? true,
    tailLines: request.tailLines ?? DEFAULT_TAIL,
    limitBytes: access.settings.maxResponseBytes,
  });
  const answer = await kubeGet(target, path, limits(access, true));
  if (answer.status === "error") return { status: "error", reason: answer.reason };
  if (answer.httpStatus >= 400) {
    const refused = parseAnswer(answer, StatusSchema);
    return { status: "error", reason: refused.ok ? `HTTP ${answer.httpStatus}` : refused.reason };
  }
  const which = `${ns}/${request.name}${request.container ? `/${request.container}` : ""}${request.previous === false ? "" : " (previous container)"}`;
  const lines = answer.body.split("\n").filter((line) => line.trim() !== "");
  // A hostile server ignores tailLines: keep the tail ourselves.
  const tail = lines.slice(-(request.tailLines ?? DEFAULT_TAIL));
  const cut = answer.truncated ? ` (cut at ${access.settings.maxResponseBytes} bytes)` : "";
  return {
    status: "ok",
    output: [
      `k8s-log ${tail.length} lines of ${which}${cut}:`,
      ...tail.map((l) => `log ${l.slice(0, 2_000)}`),
    ].join("\n"),
  };
}

export async function readKubernetes(
  access: CollectorAccess,
  request: KubeRequest,
): Promise<CollectorOutcome> {
  const checked = checkKubeRequest(request);
  if (!checked.ok) return { status: "denied", reason: checked.reason };
  const source = access.settings.kubernetes.source;
  if (!source)
    return { status: "denied", reason: "Kubernetes is not configured by the operator (SENTRY_KUBERNETES)" };
  const loaded = await kubeTarget(source, access.settings.kubernetes.context);
  if (loaded.status === "error") return loaded;
  const endpoint = operatorEndpoint("Kubernetes", loaded.target.server.href, request.endpoint);
  if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
  const { target } = loaded;
  if (request.verb === "logs") return logs(target, access, request);
  if (checked.kind === "event") {
    const list = await readJson(
      target,
      access,
      eventsPath(request.namespace ?? "default", request.name),
      EventListSchema,
    );
    if (!list.ok) return { status: "error", reason: list.reason };
    return { status: "ok", output: renderRecords(eventRecords(list.value.items, request.name)) };
  }
  return describe(target, access, checked.kind, request);
}
