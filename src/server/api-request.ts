import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import type { Incident } from "../core/incident.js";
import { safeEqual } from "../ingest/alerts/auth/constant-time.js";
import { incidentIdFor } from "../ingest/alerts/index.js";
import type { TriggerBody } from "./api-schemas.js";
import { type Route, sendJson } from "./http-server.js";
import { readBody } from "./read-body.js";

/** The API's request edge: the bearer check, JSON bodies read within a limit, a trigger made an Incident. */

export const fail = (res: ServerResponse, status: number, error: string, reason?: string) =>
  sendJson(res, status, { error, ...(reason ? { reason } : {}) });

export function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
    .join("; ");
}

/** Wraps a handler so it runs only with the right bearer token (compared in constant time). */
/** Bearer auth: any one of `token` (each compared in constant time) opens the handler. */
export function requireToken(token: string | readonly string[], handler: Route["handler"]): Route["handler"] {
  const tokens = typeof token === "string" ? [token] : token;
  return (ctx) => {
    const header = ctx.req.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      return fail(ctx.res, 401, "unauthorized", "send Authorization: Bearer <SENTRY_API_TOKEN>");
    const given = match[1];
    if (!tokens.some((t) => safeEqual(given, t))) return fail(ctx.res, 401, "unauthorized", "wrong token");
    return handler(ctx);
  };
}

export async function readJson<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
  limit: number,
) {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/json\b/i.test(type)) {
    req.resume();
    fail(res, 415, "unsupported media type", "send Content-Type: application/json");
    return undefined;
  }
  const body = await readBody(req, limit);
  if (body.status === "too-large") return void fail(res, 413, "body too large", `limit is ${limit} bytes`);
  if (body.status !== "ok") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body.body.toString("utf8"));
  } catch (error) {
    return void fail(res, 400, "invalid JSON", (error as Error).message.slice(0, 200));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return void fail(res, 400, "invalid body", issuesText(parsed.error));
  return parsed.data;
}

export function incidentFromTrigger(body: TriggerBody, now: Date): Incident {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ title: body.title, service: body.service ?? null, labels: body.labels ?? {} }))
    .digest("hex");
  return {
    id: incidentIdFor(fingerprint),
    fingerprint,
    source: "generic",
    severity: body.severity,
    title: body.title,
    ...(body.description ? { description: body.description } : {}),
    ...(body.service ? { service: body.service } : {}),
    labels: body.labels ?? {},
    startedAt: now.toISOString(),
    status: "firing",
    raw: { via: "api", title: body.title },
  };
}
