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

const Names = z
  .union([
    z.array(z.unknown()).transform((a) => a.filter((v): v is string => typeof v === "string")),
    z.string(),
  ])
  .transform((v) => (Array.isArray(v) ? v : v.split(",").map((s) => s.trim())))
  .nullish()
  .catch(undefined);

/** New Relic workflow webhook with the default payload template (issue fields as Handlebars variables). */
const NewRelicPayloadSchema = z.looseObject({
  id: z.union([z.string().min(1).max(200), z.number()]).transform(String),
  issueUrl: z.string().nullish(),
  title: z.string().nullish(),
  priority: z.string().nullish(),
  state: z.string(),
  trigger: z.string().nullish(),
  impactedEntities: Names,
  alertPolicyNames: Names,
  alertConditionNames: Names,
  createdAt: z.union([z.number(), z.string()]).nullish(),
  updatedAt: z.union([z.number(), z.string()]).nullish(),
  closedAt: z.union([z.number(), z.string()]).nullish(),
});

const STATES: Record<string, Incident["status"]> = {
  created: "firing",
  activated: "firing",
  acknowledged: "acknowledged",
  closed: "resolved",
};

/**
 * Identity: the issue `id` (New Relic's own grouping of incidents: one per condition and entity unless
 * the workflow correlates them). State: CREATED/ACTIVATED fire, ACKNOWLEDGED acknowledges, CLOSED resolves.
 * Severity: `priority` CRITICAL P1, HIGH P2, MEDIUM P3, LOW P4.
 */
export function normalizeNewRelic(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = NewRelicPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  const status = STATES[p.state.toLowerCase()];
  if (!status) return ok([]);
  const entity = p.impactedEntities?.[0];
  const labels: Record<string, string> = { state: p.state };
  if (p.trigger) labels.trigger = p.trigger;
  if (p.issueUrl) labels.url = p.issueUrl;
  if (p.alertPolicyNames?.length) labels.policy = p.alertPolicyNames.slice(0, 10).join(", ");
  if (p.alertConditionNames?.length) labels.condition = p.alertConditionNames.slice(0, 10).join(", ");
  if (p.impactedEntities?.length) labels.entities = p.impactedEntities.slice(0, 20).join(", ");
  const at = isoTime(p.createdAt) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "newrelic",
      fingerprint: vendorFingerprint("newrelic", p.id),
      severity: severityFrom(p.priority, "P3"),
      title: p.title ?? p.alertConditionNames?.[0] ?? `New Relic issue ${p.id}`,
      service: entity,
      labels,
      startedAt: at,
      endedAt:
        status === "resolved"
          ? (isoTime(p.closedAt) ?? isoTime(p.updatedAt) ?? options.now.toISOString())
          : undefined,
      status,
      raw: body,
    }),
  ]);
}
