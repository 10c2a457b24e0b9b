import { z } from "zod";
import { IncidentSourceSchema } from "../../../core/incident.js";
import { invalidFromZod, type NormalizeOptions, type NormalizeResult, ok } from "../normalize-helpers.js";
import { genericIncident } from "./generic.js";

/**
 * An alert relayed through GitHub (`repository_dispatch` client_payload or `workflow_dispatch` inputs), in
 * the field names of docs/alerts.md. `source` + `fingerprint` make the same key the direct route would, so
 * an alert that arrives both ways is still one incident.
 */
const RelayedAlertSchema = z.looseObject({
  source: z.string().optional(),
  fingerprint: z.string().min(1).max(200),
  status: z.enum(["firing", "acknowledged", "resolved"]).default("firing"),
  severity: z.string().optional(),
  title: z.string().min(1).max(500),
  service: z.string().optional(),
  description: z.string().optional(),
  environment: z.string().optional(),
  starts_at: z.string().optional(),
  url: z.string().optional(),
  runbook_url: z.string().optional(),
});

const DispatchSchema = z.looseObject({
  action: z.string().optional(),
  client_payload: z.record(z.string(), z.unknown()).optional(),
  inputs: z.record(z.string(), z.unknown()).nullish(),
});

export function normalizeGitHub(body: unknown, options: NormalizeOptions): NormalizeResult {
  const envelope = DispatchSchema.safeParse(body);
  if (!envelope.success) return invalidFromZod(envelope.error);
  const { client_payload, inputs } = envelope.data;
  const carrier = client_payload ?? inputs ?? {};
  const prefix = client_payload ? "client_payload" : "inputs";
  if (!("fingerprint" in carrier)) return ok([]); // a dispatch that carries no alert
  const parsed = RelayedAlertSchema.safeParse(carrier);
  if (!parsed.success) return invalidFromZod(parsed.error, prefix);
  const a = parsed.data;
  const source = IncidentSourceSchema.safeParse(a.source);
  const labels: Record<string, string> = {};
  for (const key of ["environment", "url", "runbook_url"] as const) {
    const value = a[key];
    if (value) labels[key] = value;
  }
  const incident = genericIncident(
    {
      fingerprint: a.fingerprint,
      title: a.title,
      status: a.status,
      severity: a.severity,
      description: a.description,
      service: a.service,
      labels,
      startedAt: a.starts_at,
    },
    source.success ? source.data : "generic",
    source.success ? source.data : "generic",
    body,
    options,
  );
  return ok([incident]);
}
