import { z } from "zod";
import type { Incident, Severity } from "../../../core/incident.js";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
  severityFrom,
} from "../normalize-helpers.js";

/** Zabbix leaves an unknown macro as written (`{EVENT.RECOVERY.ID}`): that is no value. */
const Macro = z
  .union([z.string(), z.number()])
  .transform(String)
  .nullish()
  .catch(undefined)
  .transform((v) =>
    v == null || /^\{[A-Z$][A-Z0-9._]*\}$/.test(v.trim()) ? undefined : v.trim() || undefined,
  );

/** Zabbix webhook media type with the parameters documented in docs/alerts.md (Zabbix macros). */
const ZabbixPayloadSchema = z.looseObject({
  event_id: z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative()]).transform(String),
  event_name: Macro,
  event_severity: Macro,
  event_nseverity: Macro,
  event_value: Macro,
  /** {EVENT.RECOVERY.VALUE} and {EVENT.SOURCE}, as Zabbix's own media types pass them. */
  event_recovery_value: Macro,
  event_source: Macro,
  event_status: Macro,
  event_update_status: Macro,
  event_update_action: Macro,
  event_date: Macro,
  event_time: Macro,
  event_tags: Macro,
  host_name: Macro,
  host_host: Macro,
  trigger_id: Macro,
  trigger_description: Macro,
  zabbix_url: Macro,
});
type ZabbixPayload = z.infer<typeof ZabbixPayloadSchema>;

/** {EVENT.NSEVERITY}: 5 Disaster … 0 Not classified. */
const NSEVERITY: Record<string, Severity> = {
  "5": "P1",
  "4": "P2",
  "3": "P3",
  "2": "P3",
  "1": "P4",
  "0": "P4",
};
const NAMED: Record<string, Severity> = {
  disaster: "P1",
  high: "P2",
  average: "P3",
  "not classified": "P4",
  information: "P4",
};

function statusOf(p: ZabbixPayload): Incident["status"] {
  if (p.event_value === "0" || p.event_recovery_value === "0" || p.event_status?.toUpperCase() === "RESOLVED")
    return "resolved";
  // `unacknowledged` must not read as acknowledged.
  if (p.event_update_status === "1" && /\backnowledged\b/i.test(p.event_update_action ?? ""))
    return "acknowledged";
  return "firing";
}

/** `{EVENT.DATE}` `2026.11.24` and `{EVENT.TIME}` `02:05:07` (Zabbix server time, read as UTC). */
function zabbixTime(date: string | undefined, time: string | undefined): string | undefined {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(date ?? "");
  if (!m || !/^\d{2}:\d{2}:\d{2}$/.test(time ?? "")) return undefined;
  const parsed = new Date(`${m[1]}-${m[2]}-${m[3]}T${time}Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/**
 * Identity: the problem event `{EVENT.ID}`, which recovery and update messages repeat (the recovery event
 * has its own `{EVENT.RECOVERY.ID}`). One per trigger and host. State: `{EVENT.VALUE}` 1 fires, 0 resolves;
 * an update whose action says acknowledged acknowledges. Severity: `{EVENT.NSEVERITY}` or its name.
 */
export function normalizeZabbix(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = ZabbixPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const p = parsed.data;
  // Discovery (1) and autoregistration (2) events are not problems: nothing to open or close.
  if (p.event_source === "1" || p.event_source === "2") return ok([]);
  const status = statusOf(p);
  const labels: Record<string, string> = { event_id: p.event_id };
  for (const key of ["host_host", "trigger_id", "event_severity", "event_tags", "zabbix_url"] as const) {
    const value = p[key];
    if (value) labels[key] = value;
  }
  const host = p.host_name ?? p.host_host;
  const name = p.event_name ?? `Zabbix problem ${p.event_id}`;
  const at = zabbixTime(p.event_date, p.event_time) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "zabbix",
      fingerprint: vendorFingerprint("zabbix", p.event_id),
      severity:
        NSEVERITY[p.event_nseverity ?? ""] ??
        NAMED[(p.event_severity ?? "").toLowerCase()] ??
        severityFrom(p.event_severity, "P3"),
      title: host && !name.includes(host) ? `${name} on ${host}` : name,
      description: p.trigger_description,
      service: host,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? options.now.toISOString() : undefined,
      status,
      raw: body,
    }),
  ]);
}
