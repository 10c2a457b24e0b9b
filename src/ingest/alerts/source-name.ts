import { z } from "zod";
import { MONITORING_SOURCES } from "../../core/incident.js";

/** The `:source` of `POST /api/alerts/:source`: a vendor, our generic form, or a GitHub dispatch relay. */
export const AlertSourceNameSchema = z.enum([...MONITORING_SOURCES, "generic", "github"]);
export type AlertSourceName = z.infer<typeof AlertSourceNameSchema>;
export const ALERT_SOURCES = AlertSourceNameSchema.options;
