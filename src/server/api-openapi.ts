import { z } from "zod";
import {
  ErrorBodySchema,
  OutcomeBodySchema,
  TriggerBodySchema,
  WatcherStartBodySchema,
} from "./api-schemas.js";
import { AcknowledgeBodySchema, IncidentOutcomeBodySchema } from "./incident-actions.js";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = {
  "400": { description: "Bad input", content: { "application/json": { schema: ref("Error") } } },
  "401": {
    description: "Missing or wrong bearer token",
    content: { "application/json": { schema: ref("Error") } },
  },
};
const ok = (description: string) => ({
  "200": { description, content: { "application/json": { schema: { type: "object" } } } },
});
const get = (summary: string, extra: Record<string, unknown> = {}) => ({
  get: { summary, security: [{ bearer: [] }], responses: { ...ok(summary), ...errors }, ...extra },
});

const incidentAction = (summary: string, body: string) => ({
  post: {
    summary,
    security: [{ bearer: [] }],
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
    requestBody: { required: true, content: { "application/json": { schema: ref(body) } } },
    responses: {
      ...ok("The incident, as GET /api/incidents/{id} returns it"),
      ...errors,
      "404": { description: "No such incident" },
      "409": { description: "No proposed fix to judge (outcome only)" },
    },
  },
});

/** The OpenAPI 3.1 description served at /api/openapi.json; request bodies come from the zod schemas. */
export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claude Sentry API",
      version,
      description: "Status, incidents, memory, security posture and triggers.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: json(ErrorBodySchema),
        TriggerBody: json(TriggerBodySchema),
        OutcomeBody: json(OutcomeBodySchema),
        WatcherStartBody: json(WatcherStartBodySchema),
        AcknowledgeBody: json(AcknowledgeBodySchema),
        IncidentOutcomeBody: json(IncidentOutcomeBodySchema),
      },
    },
    paths: {
      "/api/health": { get: { summary: "Liveness (no token)", security: [], responses: ok("Alive") } },
      "/api/status": get("Mode, kill switch, circuit breaker, watcher and queue"),
      "/api/incidents": get("Recent incidents", {
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
          { name: "state", in: "query", schema: { type: "string" } },
          { name: "severity", in: "query", schema: { type: "string", pattern: "^[Pp][1-4]$" } },
          { name: "service", in: "query", schema: { type: "string" } },
          { name: "q", in: "query", schema: { type: "string" } },
        ],
      }),
      "/api/incidents/{id}/acknowledge": incidentAction(
        "A person takes the incident (audited)",
        "AcknowledgeBody",
      ),
      "/api/incidents/{id}/outcome": incidentAction(
        "A person says whether the proposed fix worked (audited; fed to memory)",
        "IncidentOutcomeBody",
      ),
      "/api/incidents/{id}": get("One incident with its run and full activity log", {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { ...ok("The incident"), ...errors, "404": { description: "No such incident" } },
      }),
      "/api/memory": get("Stored past incidents, or those most similar to q", {
        parameters: [
          { name: "q", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
      }),
      "/api/memory/{runId}/outcome": {
        post: {
          summary: "Confirm whether a remembered run's fix worked (offered first next time if it did)",
          security: [{ bearer: [] }],
          parameters: [{ name: "runId", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, content: { "application/json": { schema: ref("OutcomeBody") } } },
          responses: { ...ok("Recorded"), ...errors, "404": { description: "No such remembered run" } },
        },
      },
      "/api/tools": get("The six tools, their input schemas and which role may use each"),
      "/api/security": get(
        "Agent identities and expiry, throttle, gateway counters, audit chain head and verification",
      ),
      "/api/trigger": {
        post: {
          summary: "Open an incident and queue a run",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { "application/json": { schema: ref("TriggerBody") } } },
          responses: {
            "202": { description: "Queued", content: { "application/json": { schema: { type: "object" } } } },
            ...errors,
            "503": { description: "Queue full" },
          },
        },
      },
      "/api/watcher/start": {
        post: {
          summary: "Start the log watcher on files under the allowed roots",
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("WatcherStartBody") } },
          },
          responses: {
            ...ok("Started"),
            ...errors,
            "403": { description: "File outside the allowed roots" },
            "409": { description: "Already running" },
          },
        },
      },
      "/api/watcher/stop": {
        post: {
          summary: "Stop the log watcher",
          security: [{ bearer: [] }],
          responses: { ...ok("Stopped"), ...errors },
        },
      },
      "/metrics": {
        get: {
          summary: "Prometheus metrics (bearer token)",
          security: [{ bearer: [] }],
          responses: { "200": { description: "text/plain exposition" }, ...errors },
        },
      },
    },
  };
}
