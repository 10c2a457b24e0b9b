import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, NOW } from "./fixtures.js";

/** Per firing fixture: the fields its vendor changes between deliveries of one alert. */
const VOLATILE: [string, string, string[][]][] = [
  ["datadog", "datadog.multi.checkout.triggered.json", [["id"], ["date"], ["link"], ["body"]]],
  ["datadog", "datadog.default.json", [["id"], ["date"], ["last_updated"]]],
  [
    "sentry",
    "sentry.plugin.firing.json",
    [
      ["event", "event_id"],
      ["event", "id"],
      ["event", "received"],
      ["event", "timestamp"],
    ],
  ],
  [
    "alertmanager",
    "alertmanager.firing.json",
    [["alerts", "0", "startsAt"], ["alerts", "0", "annotations", "description"], ["groupKey"]],
  ],
  [
    "azure",
    "azure.fired.json",
    [
      ["data", "essentials", "firedDateTime"],
      ["data", "alertContext", "condition", "windowEndTime"],
      ["data", "essentials", "description"],
    ],
  ],
  [
    "gcp",
    "gcp.open.json",
    [
      ["incident", "started_at"],
      ["incident", "observed_value"],
      ["incident", "summary"],
      ["incident", "url"],
    ],
  ],
  [
    "newrelic",
    "newrelic.activated.json",
    [["updatedAt"], ["createdAt"], ["totalIncidents"], ["trigger"], ["issueUrl"]],
  ],
  ["splunk", "splunk.result.json", [["sid"], ["results_link"], ["result", "count"], ["result", "_time"]]],
  ["elastic", "elastic.fired.json", [["date"], ["alert", "uuid"], ["context", "reason"], ["rule", "url"]]],
  [
    "zabbix",
    "zabbix.problem.json",
    [["event_date"], ["event_time"], ["event_update_status"], ["trigger_description"]],
  ],
  [
    "uptimekuma",
    "uptimekuma.down.json",
    [["heartbeat", "time"], ["heartbeat", "msg"], ["heartbeat", "duration"], ["msg"]],
  ],
];

type Json = unknown;

function fingerprints(source: string, body: Json): string[] {
  const result = normalizeAlert(source, body, { now: NOW });
  if (result.status !== "ok") throw new Error(`${source}: ${result.path}: ${result.reason}`);
  return result.incidents.map((i) => i.fingerprint);
}

/** The same JSON with every object's keys in an order drawn from `seed`. */
function reorder(value: Json, seed: number): Json {
  if (Array.isArray(value)) return value.map((v, i) => reorder(v, seed + i));
  if (!value || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const keyed = entries.map(([k, v], i) => ({ k, v, rank: Math.sin(seed * 7919 + i * 104729) }));
  keyed.sort((a, b) => a.rank - b.rank);
  return Object.fromEntries(keyed.map(({ k, v }) => [k, reorder(v, seed + 1)]));
}

/** Replaces the value at `path` with one of the same type. */
function change(body: Json, path: string[], text: string, n: number): Json {
  const copy = structuredClone(body) as Record<string, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, Json>;
  const last = path[path.length - 1] as string;
  const old = parent[last];
  parent[last] = typeof old === "number" ? n : `${text}`;
  return copy;
}

describe("alert identity is stable (property)", () => {
  it.each(VOLATILE)(
    "%s %s: under key reordering and the fields the vendor changes",
    (source, file, paths) => {
      const body = fixture(file);
      const expected = fingerprints(source, body);
      fc.assert(
        fc.property(
          fc.nat(),
          fc.subarray(paths, { minLength: 1 }),
          fc.string({ maxLength: 40 }),
          fc.nat(),
          (seed, changed, text, n) => {
            let mutated = reorder(body, seed);
            for (const path of changed) mutated = change(mutated, path, text, n);
            expect(fingerprints(source, mutated)).toEqual(expected);
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
