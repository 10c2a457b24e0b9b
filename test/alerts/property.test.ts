import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IncidentSchema } from "../../src/core/incident.js";
import { ALERT_SOURCES, normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, NOW } from "./fixtures.js";
import { type Harness, startHarness, TOKEN } from "./harness.js";

const FIXTURES: [string, string][] = [
  ["alertmanager", "alertmanager.firing.json"],
  ["alertmanager", "alertmanager.partially-resolved.json"],
  ["grafana", "grafana.firing.json"],
  ["grafana", "grafana.resolved.json"],
  ["pagerduty", "pagerduty.incident-triggered.json"],
  ["pagerduty", "pagerduty.incident-resolved.json"],
  ["datadog", "datadog.custom.triggered.json"],
  ["datadog", "datadog.default.json"],
  ["sentry", "sentry.issue-alert.json"],
  ["sentry", "sentry.issue-created.json"],
  ["sentry", "sentry.metric-alert.resolved.json"],
  ["opsgenie", "opsgenie.create.json"],
  ["opsgenie", "opsgenie.close.json"],
  ["cloudwatch", "cloudwatch-sns.notification.json"],
  ["github", "github.repository_dispatch.alert.json"],
  ["datadog", "datadog.multi.checkout.warn.json"],
  ["sentry", "sentry.plugin.firing.json"],
  ["azure", "azure.fired.json"],
  ["azure", "azure.resolved.json"],
  ["gcp", "gcp.open.json"],
  ["gcp", "gcp.closed.json"],
  ["newrelic", "newrelic.activated.json"],
  ["newrelic", "newrelic.closed.json"],
  ["splunk", "splunk.result.json"],
  ["elastic", "elastic.fired.json"],
  ["elastic", "elastic.recovered.json"],
  ["zabbix", "zabbix.problem.json"],
  ["zabbix", "zabbix.resolved.json"],
  ["uptimekuma", "uptimekuma.down.json"],
  ["uptimekuma", "uptimekuma.up.json"],
  ["splunk", "splunk.docs-example.json"],
  ["azure", "azure.docs-resolved.json"],
];

type Json = unknown;
type Path = (string | number)[];

function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

interface Mutation {
  seed: number;
  kind: "delete" | "replace" | "wrap" | "stringify";
  value: Json;
}

/** Deletes, replaces, wraps in an array or stringifies the value at one path of a deep copy. */
function mutate(original: Json, mutations: Mutation[]): Json {
  let root = structuredClone(original);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.seed % all.length] as Path;
    if (path.length === 0) {
      root = m.kind === "wrap" ? [root] : m.value;
      continue;
    }
    let parent = root as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const last = path[path.length - 1] as string | number;
    if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (m.kind === "replace") parent[last] = m.value;
    else if (m.kind === "wrap") parent[last] = [parent[last]];
    else parent[last] = JSON.stringify(parent[last]);
  }
  return root;
}

const mutationArb = fc.record({
  seed: fc.nat(),
  kind: fc.constantFrom("delete", "replace", "wrap", "stringify") as fc.Arbitrary<Mutation["kind"]>,
  value: fc.jsonValue({ maxDepth: 2 }),
});
const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([[source, file], ms]) => ({ source, body: mutate(fixture(file), ms) }));
const randomBody = fc.record({
  source: fc.constantFrom(...ALERT_SOURCES),
  body: fc.jsonValue({ maxDepth: 4 }),
});

function assertWellFormed(source: string, body: Json, seen: Set<string>) {
  const result = normalizeAlert(source, body, { now: NOW });
  seen.add(result.status);
  if (result.status === "invalid") {
    expect(result.path.length).toBeGreaterThan(0);
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  expect(result.status).toBe("ok");
  for (const incident of result.incidents) {
    const check = IncidentSchema.safeParse(incident);
    if (!check.success)
      throw new Error(`${source}: invalid incident ${JSON.stringify(check.error.issues[0])}`);
  }
}

describe("normalizers under random and mutated payloads", () => {
  it("never throw: always incidents that validate, or invalid with a path and reason", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(randomBody, mutatedFixture), ({ source, body }) =>
        assertWellFormed(source, body, seen),
      ),
      { numRuns: 3000 },
    );
    expect(seen).toEqual(new Set(["ok", "invalid"])); // the mutations reach both outcomes
  });
});

describe("the route under random and mutated requests", () => {
  let h: Harness;
  beforeAll(async () => {
    const tokens = { tokens: [TOKEN] };
    h = await startHarness({
      sources: Object.fromEntries(
        ALERT_SOURCES.map((s) => [s, s === "cloudwatch" ? { topicArns: ["arn:aws:sns:x"] } : tokens]),
      ),
      route: { sns: { fetchCertificate: async () => "not a certificate" } },
    });
  });
  afterAll(() => h?.close());

  const bodyText = fc.oneof(
    mutatedFixture.map(({ source, body }) => ({ source, text: JSON.stringify(body) ?? "null" })),
    fc.record({
      source: fc.constantFrom(...ALERT_SOURCES, "nagios", "%zz", "..%2f"),
      text: fc.string({ maxLength: 300 }),
    }),
    randomBody.map(({ source, body }) => ({ source, text: JSON.stringify(body) ?? "null" })),
  );

  it("never a crash or a 5xx: always 2xx, or 4xx with a reason", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        bodyText,
        fc.constantFrom("application/json", "text/plain; charset=UTF-8"),
        async ({ source, text }, type) => {
          const res = await fetch(`${h.url}/api/alerts/${source}`, {
            method: "POST",
            headers: { "content-type": type, authorization: `Bearer ${TOKEN}` },
            body: text,
          });
          const payload = (await res.json()) as { error?: string; path?: string; reason?: string };
          statuses.add(res.status);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(payload.error).toEqual(expect.any(String));
          if (res.status === 400)
            expect([payload.path, payload.reason]).toEqual([expect.any(String), expect.any(String)]);
        },
      ),
      { numRuns: 400 },
    );
    await h.idle();
    // The generators reach acceptance, invalid payloads, refused auth and unknown sources alike.
    for (const status of [202, 400, 401, 404]) expect(statuses).toContain(status);
  }, 120_000);
});
