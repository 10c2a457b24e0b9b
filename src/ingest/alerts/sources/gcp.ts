import { z } from "zod";
import { vendorFingerprint } from "../fingerprint.js";
import { scanJsonText } from "../intake-limits.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
  stringLabels,
} from "../normalize-helpers.js";

const Labels = z.record(z.string(), z.unknown()).nullish().catch(undefined);

/** Google Cloud Monitoring webhook notification channel, schema version 1.2. */
const GcpPayloadSchema = z.looseObject({
  version: z.string().optional(),
  incident: z.looseObject({
    incident_id: z.string().min(1).max(500),
    state: z.string(),
    started_at: z.union([z.number(), z.string()]).nullish(),
    ended_at: z.union([z.number(), z.string()]).nullish(),
    url: z.string().nullish(),
    summary: z.string().nullish(),
    policy_name: z.string().nullish(),
    condition_name: z.string().nullish(),
    severity: z.string().nullish(),
    scoping_project_id: z.string().nullish(),
    resource_display_name: z.string().nullish(),
    resource_name: z.string().nullish(),
    resource: z.looseObject({ type: z.string().nullish(), labels: Labels }).nullish().catch(undefined),
    policy_user_labels: Labels,
    documentation: z.looseObject({ content: z.string().nullish() }).nullish().catch(undefined),
  }),
});

/** A Pub/Sub push delivery (`{message: {data: base64, …}, subscription}`) wrapping the same notification. */
const PubSubPushSchema = z.looseObject({
  message: z.looseObject({ data: z.string().max(1_400_000) }),
  subscription: z.string().optional(),
});

type Unwrapped = { ok: true; body: unknown } | { ok: false; result: NormalizeResult };

/** The notification itself, whether posted by a webhook channel or pushed by a Pub/Sub subscription. */
function unwrapPubSub(body: unknown): Unwrapped {
  const push = PubSubPushSchema.safeParse(body);
  if (!push.success) return { ok: true, body };
  const text = Buffer.from(push.data.message.data, "base64").toString("utf8");
  const over = scanJsonText(text);
  if (over)
    return {
      ok: false,
      result: { status: "invalid", path: "message.data", reason: over.reason, limit: true },
    };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      result: { status: "invalid", path: "message.data", reason: "not base64 of a JSON notification" },
    };
  }
}

/**
 * Identity: `incident.incident_id`, one per policy condition and monitored resource (time series), the same
 * on the `open` and the `closed` notification. Severity: the policy's `severity` (Critical, Error, Warning).
 */
export function normalizeGcp(delivered: unknown, options: NormalizeOptions): NormalizeResult {
  const unwrapped = unwrapPubSub(delivered);
  if (!unwrapped.ok) return unwrapped.result;
  const body = unwrapped.body;
  const parsed = GcpPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const i = parsed.data.incident;
  const state = i.state.toLowerCase();
  if (state !== "open" && state !== "closed") return ok([]);
  const status = state === "closed" ? "resolved" : "firing";
  const labels: Record<string, string> = {
    ...stringLabels(i.resource?.labels),
    ...stringLabels(i.policy_user_labels),
  };
  if (i.resource?.type) labels.resource_type = i.resource.type;
  if (i.scoping_project_id) labels.project = i.scoping_project_id;
  if (i.url) labels.url = i.url;
  const resource = i.resource_display_name ?? i.resource_name ?? undefined;
  const name = i.policy_name ?? i.condition_name ?? `Cloud Monitoring incident ${i.incident_id}`;
  return ok([
    buildIncident({
      source: "gcp",
      fingerprint: vendorFingerprint("gcp", i.incident_id),
      severity: severityFrom(i.severity, "P3"),
      title: resource ? `${name} on ${resource}` : name,
      description: [i.summary, i.documentation?.content].filter(Boolean).join("\n\n") || undefined,
      service: stringLabels(i.policy_user_labels).service,
      labels,
      startedAt: isoTime(i.started_at) ?? options.now.toISOString(),
      endedAt: status === "resolved" ? (isoTime(i.ended_at) ?? options.now.toISOString()) : undefined,
      status,
      raw: body,
    }),
  ]);
}
