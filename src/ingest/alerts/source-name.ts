import { z } from "zod";

/** The `:source` of `POST /api/alerts/:source`: a vendor, our generic form, or a GitHub dispatch relay. */
export const AlertSourceNameSchema = z.enum([
  "alertmanager",
  "grafana",
  "pagerduty",
  "datadog",
  "sentry",
  "opsgenie",
  "cloudwatch",
  "generic",
  "github",
]);
export type AlertSourceName = z.infer<typeof AlertSourceNameSchema>;
export const ALERT_SOURCES = AlertSourceNameSchema.options;
