import { z } from "zod";
import type { Incident } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
} from "../normalize-helpers.js";

/** The SNS HTTP(S) envelope; the signature over it is checked by auth/sns.ts before this runs. */
export const SnsEnvelopeSchema = z.looseObject({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1),
  TopicArn: z.string().min(1),
  Message: z.string(),
  Timestamp: z.string().min(1),
  Subject: z.string().nullish(),
  SubscribeURL: z.string().optional(),
  Token: z.string().optional(),
});
export type SnsEnvelope = z.infer<typeof SnsEnvelopeSchema>;

/** The CloudWatch alarm state change, a JSON string inside the envelope's `Message`. */
export const CloudWatchAlarmSchema = z.looseObject({
  AlarmName: z.string().min(1),
  AlarmDescription: z.string().nullish(),
  AWSAccountId: z.string().optional(),
  NewStateValue: z.enum(["ALARM", "OK", "INSUFFICIENT_DATA"]),
  NewStateReason: z.string().optional(),
  OldStateValue: z.string().optional(),
  StateChangeTime: z.string().optional(),
  Region: z.string().optional(),
  AlarmArn: z.string().optional(),
  Trigger: z
    .looseObject({
      MetricName: z.string().optional(),
      Namespace: z.string().optional(),
      Dimensions: z.array(z.looseObject({ name: z.string(), value: z.string() })).optional(),
    })
    .optional(),
});

function parseMessage(message: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(message) };
  } catch (error) {
    return {
      ok: false,
      reason: `Message is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Convention (no severity field in CloudWatch): `severity: critical` or `[P1]` in the alarm description. */
function severityOfDescription(description: string | null | undefined) {
  const match = /severity[:=]\s*(\w+)|\[(P[1-5])\]/i.exec(description ?? "");
  return severityFrom(match?.[1] ?? match?.[2]);
}

/**
 * Keyed on `AlarmArn` (else account + name). ALARM fires, OK resolves, INSUFFICIENT_DATA changes nothing.
 * Subscription confirmations carry no alarm: the route confirms them, the normalizer returns none.
 */
export function normalizeCloudWatch(body: unknown, options: NormalizeOptions): NormalizeResult {
  const envelope = SnsEnvelopeSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  if (envelope.data.Type !== "Notification") return ok([]);
  const message = parseMessage(envelope.data.Message);
  if (!message.ok) return { status: "invalid", path: "Message", reason: message.reason };
  const alarm = CloudWatchAlarmSchema.safeParse(message.value);
  if (!alarm.success) return invalidFromZod(alarm.error, "Message");
  const a = alarm.data;
  if (a.NewStateValue === "INSUFFICIENT_DATA") return ok([]);
  const status: Incident["status"] = a.NewStateValue === "OK" ? "resolved" : "firing";
  const labels: Record<string, string> = { alarm: a.AlarmName, topic: envelope.data.TopicArn };
  if (a.AlarmArn) labels.alarmArn = a.AlarmArn;
  if (a.AWSAccountId) labels.account = a.AWSAccountId;
  if (a.Region) labels.region = a.Region;
  if (a.Trigger?.Namespace) labels.namespace = a.Trigger.Namespace;
  if (a.Trigger?.MetricName) labels.metric = a.Trigger.MetricName;
  for (const d of a.Trigger?.Dimensions ?? []) labels[`dimension_${d.name}`] = d.value;
  const at = isoTime(a.StateChangeTime) ?? isoTime(envelope.data.Timestamp) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "cloudwatch",
      fingerprint: vendorFingerprint("cloudwatch", a.AlarmArn ?? `${a.AWSAccountId ?? ""}:${a.AlarmName}`),
      severity: severityOfDescription(a.AlarmDescription),
      title: a.AlarmName,
      description: [a.AlarmDescription, a.NewStateReason].filter(Boolean).join("\n\n"),
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
