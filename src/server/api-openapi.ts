import { z } from "zod";
import { ALERT_SOURCES } from "../ingest/alerts/source-name.js";
import {
  AlertAcceptedResponseSchema,
  HealthResponseSchema,
  HealthzResponseSchema,
  IncidentDetailResponseSchema,
  IncidentListResponseSchema,
  MemoryResponseSchema,
  OutcomeResponseSchema,
  SecurityResponseSchema,
  StatusResponseSchema,
  ToolsResponseSchema,
  TriggerResponseSchema,
  WatcherResponseSchema,
} from "./api-response-schemas.js";
import {
  ErrorBodySchema,
  OutcomeBodySchema,
  TriggerBodySchema,
  WatcherStartBodySchema,
} from "./api-schemas.js";
import { AcknowledgeBodySchema, IncidentOutcomeBodySchema } from "./incident-actions.js";

type Json = Record<string, unknown>;

/** Request bodies as they are read (input), answers as they are sent (output). */
const schemaOf = (schema: z.ZodType, io: "input" | "output"): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (description: string, name: string) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
const errors = {
  "400": jsonBody("Bad input", "Error"),
  "401": jsonBody("Missing or wrong bearer token", "Error"),
};
const bearer = [{ bearer: [] }];

const RESPONSES = {
  Health: HealthResponseSchema,
  Healthz: HealthzResponseSchema,
  Status: StatusResponseSchema,
  IncidentList: IncidentListResponseSchema,
  IncidentDetail: IncidentDetailResponseSchema,
  Memory: MemoryResponseSchema,
  OutcomeRecorded: OutcomeResponseSchema,
  Tools: ToolsResponseSchema,
  Security: SecurityResponseSchema,
  Queued: TriggerResponseSchema,
  Watcher: WatcherResponseSchema,
  AlertAccepted: AlertAcceptedResponseSchema,
} satisfies Record<string, z.ZodType>;

const get = (summary: string, response: keyof typeof RESPONSES, extra: Json = {}) => ({
  get: {
    summary,
    security: bearer,
    responses: { "200": jsonBody(summary, response), ...errors },
    ...extra,
  },
});
const page = (summary: string, type: string) => ({
  get: { summary, security: [], responses: { "200": { description: summary, content: { [type]: {} } } } },
});
const pathParam = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

function alertPath() {
  return {
    post: {
      summary:
        "An alert notification from a monitoring tool, authenticated the way the vendor signs (HMAC, SNS, bearer or basic); normalized, deduplicated and queued",
      security: [{ bearer: [] }, { basic: [] }, { hmac: [] }],
      parameters: [
        {
          ...pathParam("source"),
          schema: {
            type: "string",
            enum: [...ALERT_SOURCES],
          },
        },
      ],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
      responses: {
        "200": jsonBody("A delivery already seen (vendor retry): nothing new", "AlertAccepted"),
        "202": jsonBody("Accepted: the incidents it became are queued", "AlertAccepted"),
        "400": jsonBody("Malformed payload", "Error"),
        "401": jsonBody("Authentication failed", "Error"),
        "404": jsonBody("Unknown alert source", "Error"),
        "413": jsonBody("Payload too large", "Error"),
        "415": jsonBody("Not JSON", "Error"),
        "422": jsonBody("Payload over an intake limit", "Error"),
        "503": jsonBody("Intake queue full", "Error"),
      },
    },
  };
}

const incidentAction = (summary: string, body: string) => ({
  post: {
    summary,
    security: bearer,
    parameters: [pathParam("id")],
    requestBody: { required: true, content: { "application/json": { schema: ref(body) } } },
    responses: {
      "200": jsonBody("The incident, as GET /api/incidents/{id} returns it", "IncidentDetail"),
      ...errors,
      "404": jsonBody("No such incident", "Error"),
      "409": jsonBody("No proposed fix to judge (outcome only)", "Error"),
    },
  },
});

/**
 * The OpenAPI 3.1 description served at /api/openapi.json: every route the server mounts (the test compares
 * them), request and 2xx bodies generated from the zod schemas the handlers use.
 */
export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claude Sentry API",
      version,
      description:
        "Alert webhooks, status, incidents, memory, security posture, triggers and metrics. Runs end NOTHING_WRONG, PROPOSED, FIXED, ESCALATED or HALTED.",
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        basic: { type: "http", scheme: "basic" },
        hmac: {
          type: "apiKey",
          in: "header",
          name: "X-Signature",
          description:
            "The vendor's HMAC signature header (Grafana, PagerDuty, Sentry, GitHub): see docs/alerts.md",
        },
      },
      schemas: {
        Error: schemaOf(ErrorBodySchema, "output"),
        TriggerBody: schemaOf(TriggerBodySchema, "input"),
        OutcomeBody: schemaOf(OutcomeBodySchema, "input"),
        WatcherStartBody: schemaOf(WatcherStartBodySchema, "input"),
        AcknowledgeBody: schemaOf(AcknowledgeBodySchema, "input"),
        IncidentOutcomeBody: schemaOf(IncidentOutcomeBodySchema, "input"),
        ...Object.fromEntries(Object.entries(RESPONSES).map(([name, s]) => [name, schemaOf(s, "output")])),
      },
    },
    paths: {
      "/healthz": {
        get: {
          summary: "Liveness of the alert server (no token)",
          security: [],
          responses: { "200": jsonBody("Alive", "Healthz") },
        },
      },
      "/api/health": {
        get: {
          summary: "Liveness and version (no token)",
          security: [],
          responses: { "200": jsonBody("Alive", "Health") },
        },
      },
      "/api/openapi.json": {
        get: {
          summary: "This document (no token)",
          security: [],
          responses: {
            "200": {
              description: "OpenAPI 3.1",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
      "/api/alerts/{source}": alertPath(),
      "/api/status": get("Mode, kill switch, circuit breaker, watcher and queue", "Status"),
      "/api/incidents": get("Recent incidents, newest first", "IncidentList", {
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
          {
            name: "state",
            in: "query",
            description: "An outcome, a stage, or queued/running/done",
            schema: { type: "string" },
          },
          { name: "severity", in: "query", schema: { type: "string", pattern: "^[Pp][1-4]$" } },
          { name: "service", in: "query", schema: { type: "string" } },
          {
            name: "q",
            in: "query",
            description: "Words the incident's text must hold",
            schema: { type: "string" },
          },
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
      "/api/incidents/{id}": get("One incident with its run and full activity log", "IncidentDetail", {
        parameters: [pathParam("id")],
        responses: {
          "200": jsonBody("The incident", "IncidentDetail"),
          ...errors,
          "404": jsonBody("No such incident", "Error"),
        },
      }),
      "/api/memory": get("Stored past incidents, or those most similar to q", "Memory", {
        parameters: [
          { name: "q", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
      }),
      "/api/memory/{runId}/outcome": {
        post: {
          summary: "Confirm whether a remembered run's fix worked (offered first next time if it did)",
          security: bearer,
          parameters: [pathParam("runId")],
          requestBody: { required: true, content: { "application/json": { schema: ref("OutcomeBody") } } },
          responses: {
            "200": jsonBody("Recorded", "OutcomeRecorded"),
            ...errors,
            "404": jsonBody("No such remembered run", "Error"),
            "501": jsonBody("Memory is off", "Error"),
          },
        },
      },
      "/api/tools": get("The tools, their input schemas and which role may use each", "Tools"),
      "/api/security": get(
        "Agent identities and expiry, throttle, gateway counters, audit chain head and verification",
        "Security",
      ),
      "/api/trigger": {
        post: {
          summary: "Open an incident and queue a run",
          security: bearer,
          requestBody: { required: true, content: { "application/json": { schema: ref("TriggerBody") } } },
          responses: {
            "202": jsonBody("Queued", "Queued"),
            ...errors,
            "503": jsonBody("Queue full", "Error"),
          },
        },
      },
      "/api/watcher/start": {
        post: {
          summary: "Start the log watcher on files under the allowed roots",
          security: bearer,
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("WatcherStartBody") } },
          },
          responses: {
            "200": jsonBody("Started", "Watcher"),
            ...errors,
            "403": jsonBody("File outside the allowed roots", "Error"),
            "409": jsonBody("Already running", "Error"),
          },
        },
      },
      "/api/watcher/stop": {
        post: {
          summary: "Stop the log watcher",
          security: bearer,
          responses: { "200": jsonBody("Stopped", "Watcher"), ...errors },
        },
      },
      "/metrics": {
        get: {
          summary: "Prometheus metrics (bearer: SENTRY_METRICS_TOKEN, read-only, or the API token)",
          security: bearer,
          responses: {
            "200": { description: "Prometheus text exposition", content: { "text/plain": {} } },
            ...errors,
          },
        },
      },
      "/": page("The dashboard (asks for the token)", "text/html"),
      "/dashboard": page("The dashboard (asks for the token)", "text/html"),
      "/dashboard/app.js": page("The dashboard's script", "text/javascript"),
      "/dashboard/app.css": page("The dashboard's styles", "text/css"),
    },
  };
}
