import { createMemoryStateStore } from "../../src/core/memory-state-store.js";
import type { StateStore } from "../../src/core/state-store.js";
import { AlertAuthSettingsSchema } from "../../src/ingest/alerts/auth/verify-request.js";
import { createDedupeEngine, type DedupeSettings } from "../../src/ingest/alerts/dedupe.js";
import {
  type AlertIncidentEvent,
  type AlertRouteOptions,
  createAlertRoute,
} from "../../src/server/alert-route.js";
import { createSentryServer, healthRoute } from "../../src/server/http-server.js";

export const TOKEN = "test-token-0123456789abcdef";

export interface Harness {
  url: string;
  events: AlertIncidentEvent[];
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The alert route on a real loopback server, with every incident event recorded. */
export async function startHarness(
  options: {
    store?: StateStore;
    sources?: Record<string, unknown>;
    dedupe?: Partial<DedupeSettings>;
    route?: Partial<AlertRouteOptions>;
    onIncident?: (event: AlertIncidentEvent) => void | Promise<void>;
  } = {},
): Promise<Harness> {
  const events: AlertIncidentEvent[] = [];
  const dedupe = createDedupeEngine({
    store: options.store ?? createMemoryStateStore(),
    settings: options.dedupe ?? {},
    onDeferred: (e) => events.push(e),
  });
  const auth = AlertAuthSettingsSchema.parse({
    sources: options.sources ?? {
      alertmanager: { tokens: [TOKEN] },
      generic: { tokens: [TOKEN] },
      datadog: { tokens: [TOKEN] },
      opsgenie: { tokens: [TOKEN] },
    },
  });
  const alerts = createAlertRoute({
    auth,
    dedupe,
    onIncident: async (e) => {
      events.push(e);
      await options.onIncident?.(e);
    },
    ...options.route,
  });
  const server = createSentryServer({ routes: [healthRoute, alerts.route, alerts.apiRoute] });
  const port = await server.listen(0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    idle: () => alerts.queue.idle(),
    async close() {
      await alerts.queue.idle();
      dedupe.close();
      await server.close();
    },
  };
}

export function post(url: string, body: string | object, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
