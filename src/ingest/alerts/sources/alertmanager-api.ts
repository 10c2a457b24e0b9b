import { z } from "zod";
import { vendorFingerprint } from "../fingerprint.js";
import {
  invalidFromZod,
  isoTime,
  type NormalizeOptions,
  type NormalizeResult,
  ok,
} from "../normalize-helpers.js";
import { prometheusAlertIncident } from "./alertmanager.js";

const StringMap = z.record(z.string(), z.string());

/**
 * Alertmanager API v2 `postableAlert`, what Prometheus, vmalert and the Mimir/Loki rulers POST to
 * `/api/v2/alerts` (alertmanager/api/v2/openapi.yaml): only `labels` is required.
 */
const PostableAlertSchema = z.looseObject({
  labels: StringMap.refine((labels) => Object.keys(labels).length > 0, "an alert needs at least one label"),
  annotations: StringMap.nullish().catch(undefined),
  startsAt: z.string().nullish(),
  endsAt: z.string().nullish(),
  generatorURL: z.string().nullish(),
});

export const PostableAlertsSchema = z.array(PostableAlertSchema).max(10_000);

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * Alertmanager's own fingerprint of a label set (prometheus/common model.LabelSet.Fingerprint: FNV-1a 64
 * over the names in byte order, each name and value followed by 0xff, printed as 16 hex digits). Computing
 * the same key means an alert pushed here and the same alert relayed by an Alertmanager webhook are one
 * identity.
 */
export function alertmanagerFingerprint(labels: Record<string, string>): string {
  const names = Object.keys(labels).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  let hash = FNV_OFFSET;
  const add = (bytes: Uint8Array) => {
    for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK;
  };
  const separator = Uint8Array.of(0xff);
  for (const name of names) {
    add(Buffer.from(name));
    add(separator);
    add(Buffer.from(labels[name] ?? ""));
    add(separator);
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * A body of `POST /api/v2/alerts`: a JSON array of postable alerts. Identity: the label set's Alertmanager
 * fingerprint. State: an `endsAt` at or before now is resolved (Prometheus sends the resolution time), a
 * later or absent one is firing (Prometheus sends now + 4 × resend delay while an alert fires).
 */
export function normalizeAlertmanagerApi(body: unknown, options: NormalizeOptions): NormalizeResult {
  const parsed = PostableAlertsSchema.safeParse(body);
  if (!parsed.success) return invalidFromZod(parsed.error);
  const now = options.now.getTime();
  const incidents = parsed.data.map((alert) => {
    const endsAt = isoTime(alert.endsAt ?? undefined);
    const resolved = endsAt !== undefined && Date.parse(endsAt) <= now;
    const fingerprint = vendorFingerprint("alertmanager", alertmanagerFingerprint(alert.labels));
    return prometheusAlertIncident(
      "alertmanager",
      {
        status: resolved ? "resolved" : "firing",
        labels: alert.labels,
        annotations: alert.annotations ?? {},
        ...(alert.startsAt ? { startsAt: alert.startsAt } : {}),
        ...(endsAt ? { endsAt } : {}),
        ...(alert.generatorURL ? { generatorURL: alert.generatorURL } : {}),
      },
      fingerprint,
      body,
      options,
    );
  });
  return ok(incidents);
}
