import { z } from "zod";
import { SentryConfigSchema } from "./config.js";
import { IncidentSchema } from "./incident.js";
import { RunSchema } from "./run.js";

/** The JSON Schemas published under schema/: what `diagnose --format json` prints, and the config file. */
export function publishedSchemas(): Record<string, unknown> {
  const describe = (schema: z.ZodType, id: string, title: string, io: "input" | "output") => ({
    $id: `https://github.com/claude-sentry/claude-sentry/schema/${id}`,
    title,
    ...z.toJSONSchema(schema, { io, unrepresentable: "any" }),
  });
  return {
    "run.schema.json": describe(RunSchema, "run.schema.json", "Claude Sentry Run", "output"),
    "incident.schema.json": describe(
      IncidentSchema,
      "incident.schema.json",
      "Claude Sentry Incident",
      "output",
    ),
    "sentry-config.schema.json": describe(
      SentryConfigSchema,
      "sentry-config.schema.json",
      "Claude Sentry .github/sentry.yml",
      "input",
    ),
  };
}
