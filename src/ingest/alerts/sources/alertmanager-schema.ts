import { z } from "zod";

const StringMap = z.record(z.string(), z.string());

/** One alert of an Alertmanager (and Grafana, which reuses its template data) webhook message. */
export const PrometheusAlertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"]),
  labels: StringMap,
  annotations: StringMap.default({}),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().min(1).optional(),
});
export type PrometheusAlert = z.infer<typeof PrometheusAlertSchema>;

/** Alertmanager webhook_config payload, version "4". Newer releases add fields: all extras are tolerated. */
export const AlertmanagerPayloadSchema = z.looseObject({
  version: z.string().optional(),
  groupKey: z.string().optional(),
  receiver: z.string().optional(),
  status: z.enum(["firing", "resolved"]),
  alerts: z.array(PrometheusAlertSchema).max(10_000),
  groupLabels: StringMap.default({}),
  commonLabels: StringMap.default({}),
  commonAnnotations: StringMap.default({}),
  externalURL: z.string().optional(),
});
