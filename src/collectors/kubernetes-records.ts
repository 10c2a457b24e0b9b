import type { KubeEvent, KubeNode, Pod, Workload } from "./kubernetes-objects.js";

/**
 * Objects as records in the shape the kubectl readers give (src/ingest/logs/kubectl-*.ts): a kind, the fields a
 * describe shows, the subject, and a text worded as `kubectl describe` words it ("Last State: Terminated,
 * Reason: OOMKilled, Exit Code: 137"), so the failure-pattern table matches them as it matches describe output.
 */
export interface KubeRecord {
  kind: "k8s-object" | "k8s-container" | "k8s-condition" | "k8s-event" | "k8s-log";
  subject: string;
  fields: Record<string, string | number | boolean>;
  text: string;
}

type State = NonNullable<NonNullable<Pod["status"]>["containerStatuses"]>[number]["state"];

function stateText(label: string, state: State): { text: string; fields: Record<string, string | number> } {
  if (state?.terminated) {
    const t = state.terminated;
    return {
      text: `${label}: Terminated, Reason: ${t.reason ?? "?"}, Exit Code: ${t.exitCode}${t.finishedAt ? `, Finished: ${t.finishedAt}` : ""}${t.message ? `, Message: ${t.message.slice(0, 300)}` : ""}`,
      fields: {
        [`${label}`]: "Terminated",
        [`${label} reason`]: t.reason ?? "",
        [`${label} exit code`]: t.exitCode,
      },
    };
  }
  if (state?.waiting)
    return {
      text: `${label}: Waiting, Reason: ${state.waiting.reason ?? "?"}${state.waiting.message ? `, Message: ${state.waiting.message.slice(0, 300)}` : ""}`,
      fields: { [label]: "Waiting", [`${label} reason`]: state.waiting.reason ?? "" },
    };
  if (state?.running)
    return {
      text: `${label}: Running since ${state.running.startedAt ?? "?"}`,
      fields: { [label]: "Running" },
    };
  return { text: `${label}: none`, fields: {} };
}

export function podRecords(pod: Pod): KubeRecord[] {
  const ns = pod.metadata.namespace ?? "default";
  const subject = `pod/${ns}/${pod.metadata.name}`;
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const status = pod.status;
  const records: KubeRecord[] = [
    {
      kind: "k8s-object",
      subject,
      fields: {
        phase: status?.phase ?? "",
        node: pod.spec?.nodeName ?? "",
        ...(owner ? { owner: `${owner.kind}/${owner.name}` } : {}),
      },
      text: `Pod ${ns}/${pod.metadata.name}: Status: ${status?.reason ?? status?.phase ?? "?"}, Node: ${pod.spec?.nodeName ?? "?"}${owner ? `, Controlled By: ${owner.kind}/${owner.name}` : ""}`,
    },
  ];
  const limits = new Map(pod.spec?.containers.map((c) => [c.name, c.resources]) ?? []);
  for (const c of [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])]) {
    const now = stateText("State", c.state);
    const last = stateText("Last State", c.lastState);
    const res = limits.get(c.name);
    const limitText = res?.limits
      ? `, Limits: ${Object.entries(res.limits)
          .map(([k, v]) => `${k}=${v}`)
          .join(" ")}`
      : "";
    records.push({
      kind: "k8s-container",
      subject: `${subject}/${c.name}`,
      fields: {
        container: c.name,
        ready: c.ready ?? false,
        restartCount: c.restartCount,
        ...now.fields,
        ...last.fields,
      },
      text: `Container ${c.name} of ${ns}/${pod.metadata.name}: ${now.text}; ${last.text}; Ready: ${c.ready ?? false}; Restart Count: ${c.restartCount}${limitText}`,
    });
  }
  for (const cond of status?.conditions ?? []) {
    if (cond.status === "True") continue;
    records.push({
      kind: "k8s-condition",
      subject,
      fields: { type: cond.type, status: cond.status, reason: cond.reason ?? "" },
      text: `Condition ${cond.type} ${cond.status} on ${ns}/${pod.metadata.name}${cond.reason ? `: ${cond.reason}` : ""}${cond.message ? ` (${cond.message.slice(0, 300)})` : ""}`,
    });
  }
  return records;
}

export function eventRecords(events: KubeEvent[], subject: string): KubeRecord[] {
  const time = (e: KubeEvent) => e.lastTimestamp ?? e.eventTime ?? "";
  return [...events]
    .sort((a, b) => time(b).localeCompare(time(a)))
    .slice(0, 20)
    .map((e) => ({
      kind: "k8s-event" as const,
      subject,
      fields: { type: e.type ?? "", reason: e.reason ?? "", count: e.count ?? 1 },
      text: `Event ${e.type ?? "?"} ${e.reason ?? "?"} (x${e.count ?? 1}, last ${time(e) || "?"}) ${e.involvedObject?.kind ?? ""}/${e.involvedObject?.name ?? ""}: ${(e.message ?? "").slice(0, 500)}`,
    }));
}

/** A node's conditions; pressure conditions that are False are health and kept out. */
export function nodeRecords(node: KubeNode): KubeRecord[] {
  const subject = `node/${node.metadata.name}`;
  const bad = (node.status?.conditions ?? []).filter((c) =>
    c.type === "Ready" ? c.status !== "True" : c.status !== "False",
  );
  if (bad.length === 0)
    return [
      {
        kind: "k8s-object",
        subject,
        fields: { ready: true },
        text: `Node ${node.metadata.name}: Ready, no pressure condition`,
      },
    ];
  return bad.map((c) => ({
    kind: "k8s-condition" as const,
    subject,
    fields: { type: c.type, status: c.status, reason: c.reason ?? "" },
    text: `Node ${node.metadata.name} condition ${c.type} ${c.status}${c.reason ? `: ${c.reason}` : ""}${c.message ? ` (${c.message.slice(0, 300)})` : ""}`,
  }));
}

export function workloadRecord(kind: string, workload: Workload): KubeRecord {
  const ns = workload.metadata.namespace ?? "default";
  const owner =
    workload.metadata.ownerReferences?.find((o) => o.controller) ?? workload.metadata.ownerReferences?.[0];
  const conditions = (workload.status?.conditions ?? [])
    .map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ""}`)
    .join(", ");
  return {
    kind: "k8s-object",
    subject: `${kind.toLowerCase()}/${ns}/${workload.metadata.name}`,
    fields: { ...(owner ? { owner: `${owner.kind}/${owner.name}` } : {}) },
    text: `${kind} ${ns}/${workload.metadata.name}${owner ? `, Controlled By: ${owner.kind}/${owner.name}` : ""}${conditions ? `, Conditions: ${conditions}` : ""}`,
  };
}

/** One line per record: `kind text`. Record text is data from the cluster, never an instruction. */
export function renderRecords(records: KubeRecord[]): string {
  return records.map((r) => `${r.kind} ${r.text.replace(/\r?\n/g, " ")}`).join("\n");
}
