import { z } from "zod";
import type { Severity } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  knownSeverity,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
} from "../normalize-helpers.js";

const Text = z.union([z.string(), z.number(), z.boolean()]).transform(String).nullish().catch(undefined);
/** `{{rule.tags}}` renders as `a,b`; a template may also send a JSON array. */
const Tags = z
  .union([z.array(z.unknown()).transform((a) => a.map(String)), z.string().transform((s) => s.split(","))])
  .transform((tags) => tags.map((t) => t.trim()).filter(Boolean))
  .nullish()
  .catch(undefined);

/** Kibana alerting webhook connector with the body documented in docs/alerts.md (Kibana's action variables). */
const ElasticPayloadSchema = z.looseObject({
  rule: z.looseObject({ id: z.string().min(1).max(200), name: Text, tags: Tags, url: Text, type: Text }),
  alert: z.looseObject({
    id: z.string().min(1).max(1000),
    uuid: Text,
    actionGroup: Text,
    actionGroupName: Text,
    actionSubgroup: Text,
    flapping: Text,
    consecutiveMatches: Text,
  }),
  /** `{{{context}}}` renders the rule type's context object; `"{{context}}"` a JSON string of it. */
  context: z
    .union([
      z.looseObject({ reason: Text, message: Text, title: Text }),
      z.string().transform((reason) => ({ reason, message: undefined, title: undefined })),
    ])
    .nullish()
    .catch(undefined),
  severity: Text,
  service: Text,
  date: Text,
});

function severityOf(p: z.infer<typeof ElasticPayloadSchema>): Severity {
  const fromTags = p.rule.tags
    ?.map((tag) => knownSeverity(tag.replace(/^(severity|priority)[:=]/i, "")))
    .find((s) => s !== undefined);
  const group = (p.alert.actionGroup ?? "").toLowerCase();
  const fromGroup = group.includes("critical") ? "P1" : group.includes("warning") ? "P3" : undefined;
  return knownSeverity(p.severity) ?? fromTags ?? fromGroup ?? "P3";
}

/**
 * A body written with dotted keys (`{"rule.id": "{{rule.id}}", "alert.id": "{{alert.id}}"}`) names the same
 * variables: nest them so both spellings read alike.
 */
function nestDottedKeys(body: unknown): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const [head, ...rest] = key.split(".");
    if (rest.length === 0 || !head || !["rule", "alert", "context"].includes(head)) {
      out[key] = out[key] ?? value;
      continue;
    }
    const existing = out[head];
    if (existing !== undefined && (typeof existing !== "object" || existing === null)) continue;
    out[head] = { ...(existing as Record<string, unknown> | undefined), [rest.join(".")]: value };
  }
  return out;
}

/**
 * Identity: `rule.id` + `alert.id` (the alert instance: the host, group or document the rule fired for).
 * `alert.uuid` changes when an instance fires again after recovering and is left out. State: action group
 * `recovered` resolves, any other fires. Severity: `severity`, then a `severity:x`/`Pn` rule tag, then the
 * action group's name (…critical P1, …warning P3).
 */
export function normalizeElastic(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = ElasticPayloadSchema.safeParse(nestDottedKeys(body));
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const status = (p.alert.actionGroup ?? "").toLowerCase() === "recovered" ? "resolved" : "firing";
  const labels: Record<string, string> = { rule_id: p.rule.id, alert_id: p.alert.id };
  if (p.alert.actionGroup) labels.action_group = p.alert.actionGroup;
  if (p.rule.type) labels.rule_type = p.rule.type;
  if (p.rule.url) labels.url = p.rule.url;
  if (p.rule.tags?.length) labels.tags = p.rule.tags.slice(0, 30).join(",");
  for (const [key, value] of [
    ["action_subgroup", p.alert.actionSubgroup],
    ["flapping", p.alert.flapping],
    ["consecutive_matches", p.alert.consecutiveMatches],
  ] as const)
    if (value) labels[key] = value;
  const at = isoTime(p.date) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "elastic",
      fingerprint: vendorFingerprint("elastic", p.rule.id, p.alert.id),
      severity: severityOf(p),
      title: `${p.rule.name ?? p.rule.id} on ${p.alert.id}`,
      description: p.context?.reason ?? p.context?.message ?? p.context?.title ?? undefined,
      service: p.service ?? undefined,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
