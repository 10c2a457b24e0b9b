import { z } from "zod";
import { vendorFingerprint } from "../fingerprint.js";
import {
  buildIncident,
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
} from "../normalize-helpers.js";

const Id = z.union([z.number().int(), z.string().min(1).max(100)]).transform(String);

/** Uptime Kuma webhook notification (JSON body): `heartbeat`, `monitor` and `msg`; both null for a test. */
const UptimeKumaPayloadSchema = z.looseObject({
  msg: z.string().nullish(),
  heartbeat: z
    .looseObject({
      monitorID: Id.nullish(),
      status: z.number().int(),
      time: z.string().nullish(),
      msg: z.string().nullish(),
    })
    .nullish(),
  monitor: z
    .looseObject({
      id: Id,
      name: z.string().nullish(),
      url: z.string().nullish(),
      hostname: z.string().nullish(),
      type: z.string().nullish(),
    })
    .nullish(),
});

/**
 * Identity: the monitor id. State: heartbeat `status` 0 (down) fires, 1 (up) resolves; 2 (pending, still
 * retrying) and 3 (maintenance) are not alerts. Uptime Kuma has no severity: a down monitor is P2.
 */
export function normalizeUptimeKuma(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = UptimeKumaPayloadSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const { heartbeat, monitor, msg } = parsed.data;
  if (!heartbeat || !monitor) return ok([]); // "Test" notifications carry neither
  if (heartbeat.status !== 0 && heartbeat.status !== 1) return ok([]);
  const status = heartbeat.status === 1 ? "resolved" : "firing";
  const labels: Record<string, string> = { monitor_id: monitor.id };
  if (monitor.type) labels.type = monitor.type;
  if (monitor.url && monitor.url !== "https://") labels.url = monitor.url;
  if (monitor.hostname) labels.hostname = monitor.hostname;
  const name = monitor.name ?? `monitor ${monitor.id}`;
  // `time` is the server's local time without an offset; read as UTC, it is off by at most the offset.
  const at =
    isoTime(heartbeat.time ? `${heartbeat.time.replace(" ", "T")}Z` : undefined) ?? options.now.toISOString();
  return ok([
    buildIncident({
      source: "uptimekuma",
      fingerprint: vendorFingerprint("uptimekuma", monitor.id),
      severity: "P2",
      title: `${name} is down`,
      description: heartbeat.msg ?? msg ?? undefined,
      service: name,
      labels,
      startedAt: at,
      endedAt: status === "resolved" ? at : undefined,
      status,
      raw: body,
    }),
  ]);
}
