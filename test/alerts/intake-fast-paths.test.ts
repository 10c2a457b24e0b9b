/**
 * The alert hot path's shortcuts give exactly what the checks they stand in for give: the bracket count
 * before the character walk, the length bound before stringifying `raw`, the plain-JSON shape check before
 * zod, on real fixtures and on payloads mutated field by field (every refusal still comes from zod).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  boundedRaw,
  INTAKE_LIMITS,
  scanEveryCharacter,
  scanJsonText,
} from "../../src/ingest/alerts/intake-limits.js";
import { normalizeAlert } from "../../src/ingest/alerts/normalize-alert.js";
import { ALERT_SOURCES } from "../../src/ingest/alerts/source-name.js";
import { normalizeAlertmanager } from "../../src/ingest/alerts/sources/alertmanager.js";
import { alertsOfPlainPayload } from "../../src/ingest/alerts/sources/alertmanager-shape.js";
import { PLAIN_PATH } from "../../src/server/http-server.js";
import { NOW } from "./fixtures.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "alerts");
const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));

describe("scanJsonText's bracket count", () => {
  it("agrees with the character walk on every fixture and at each limit's edge", () => {
    const texts = fixtureFiles.map((f) => readFileSync(join(FIXTURES, f), "utf8"));
    const { maxDepth, maxString } = INTAKE_LIMITS;
    const nest = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    texts.push(
      nest(maxDepth),
      nest(maxDepth + 1),
      // Brackets inside strings count for the shortcut, not for the walk: the walk decides and passes.
      JSON.stringify({ s: "[{".repeat(maxDepth) }),
      JSON.stringify({ s: "x".repeat(maxString - 2) }),
      JSON.stringify({ s: "x".repeat(maxString) }),
      JSON.stringify({ s: "x".repeat(maxString + 1) }),
      `"${"x".repeat(maxString + 1)}`, // unterminated
      "",
      "{}",
    );
    for (const text of texts) expect(scanJsonText(text)).toEqual(scanEveryCharacter(text));
    expect(scanJsonText(nest(maxDepth + 1))?.reason).toMatch(/nested deeper/);
  });
});

describe("boundedRaw's length bound", () => {
  it("keeps the body whole exactly when stringifying it would have", () => {
    const worst = `[${Array.from({ length: 1090 }, () => "1e20").join(",")}]`; // grows most when stringified
    const bodies = [worst, ...fixtureFiles.map((f) => readFileSync(join(FIXTURES, f), "utf8"))];
    for (const text of bodies) {
      const body = JSON.parse(text);
      expect(boundedRaw(body, text.length)).toEqual(boundedRaw(body));
    }
    expect(worst.length * 6).toBeLessThanOrEqual(INTAKE_LIMITS.maxRawChars);
    expect(JSON.stringify(JSON.parse(worst)).length).toBeGreaterThan(worst.length * 4); // 5 characters ("1e20,") become 22
  });
});

const valid = () => ({
  version: "4",
  groupKey: '{}:{alertname="HighErrorRate"}',
  truncatedAlerts: 0,
  status: "firing",
  receiver: "sentry",
  groupLabels: { alertname: "HighErrorRate" },
  commonLabels: { alertname: "HighErrorRate", severity: "critical" },
  commonAnnotations: { summary: "error rate above 5%" },
  externalURL: "http://alertmanager.example:9093",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "HighErrorRate", service: "checkout", severity: "critical" },
      annotations: { summary: "error rate above 5%", description: "seq 1" },
      startsAt: "2026-12-07T03:00:00.000Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus.example:9090/graph",
      fingerprint: "0123456789abcdef",
    },
  ],
});

/** Values each field is set to in turn (`undefined` deletes it), as JSON text so `__proto__` stays a key. */
const REPLACEMENTS = [
  undefined,
  "null",
  "0",
  "true",
  '""',
  '"x"',
  '"firing"',
  '"resolved"',
  "{}",
  "[]",
  '{"a":"b"}',
  '{"a":1}',
  '{"a":null}',
  '{"__proto__":"x","a":"b"}',
  '[{"status":"firing","labels":{}}]',
];
const TOP = [
  "version",
  "groupKey",
  "receiver",
  "status",
  "alerts",
  "groupLabels",
  "commonLabels",
  "commonAnnotations",
  "externalURL",
];
const ALERT = ["status", "labels", "annotations", "startsAt", "endsAt", "generatorURL", "fingerprint"];

function mutated(): string[] {
  const texts: string[] = [JSON.stringify(valid())];
  const set = (target: Record<string, unknown>, key: string, value: string | undefined) => {
    if (value === undefined) delete target[key];
    else target[key] = JSON.parse(value);
  };
  for (const value of REPLACEMENTS) {
    for (const key of TOP) {
      const body = valid() as Record<string, unknown>;
      set(body, key, value);
      texts.push(JSON.stringify(body));
    }
    for (const key of ALERT) {
      const body = valid();
      set(body.alerts[0] as Record<string, unknown>, key, value);
      texts.push(JSON.stringify(body));
    }
    const body = valid() as Record<string, unknown>;
    set(body, "alerts", `[${value ?? "1"}]`);
    texts.push(JSON.stringify(body));
  }
  // `__proto__` as a key survives only in JSON text, where zod's copy of the map drops it.
  const text = JSON.stringify(valid());
  texts.push(text.replace('"labels":{', '"labels":{"__proto__":"x",'));
  texts.push(text.replace('"annotations":{', '"annotations":{"__proto__":"x",'));
  texts.push(text.replace('"commonLabels":{', '"commonLabels":{"__proto__":"x",'));
  texts.push(text.replace('"alerts":[', `"alerts":[${text.slice(text.indexOf('"alerts":[') + 10, -2)},`));
  const many = valid();
  many.alerts = Array.from({ length: 10_001 }, () => valid().alerts[0] as (typeof many.alerts)[0]);
  texts.push(JSON.stringify(many));
  many.alerts.pop();
  texts.push(JSON.stringify(many));
  return texts;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("the Alertmanager shape check without zod", () => {
  const texts = mutated();

  it("normalizes and refuses every mutated payload exactly as the schema does", () => {
    let refused = 0;
    let fast = 0;
    // One frozen body for both: neither side may change it, and `raw` is then the same object (not
    // compared again for each of 10,000 alerts).
    const withoutRaw = (result: unknown) => JSON.stringify(result, (key, v) => (key === "raw" ? "(raw)" : v));
    for (const text of texts) {
      const body = deepFreeze(JSON.parse(text));
      const withZod = normalizeAlertmanager(body, { now: NOW });
      const withCheck = normalizeAlertmanager(body, { now: NOW, fromJsonText: true });
      expect(withoutRaw(withCheck)).toBe(withoutRaw(withZod)); // key order too
      if (withCheck.status === "ok" && withZod.status === "ok")
        expect(withCheck.incidents.every((incident) => incident.raw === body)).toBe(true);
      if (withZod.status === "invalid") refused += 1;
      if (alertsOfPlainPayload(JSON.parse(text))) fast += 1;
    }
    // The mutations reach both sides: many are refused, many take the shortcut.
    expect(refused).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(40);
  });

  it("takes the shortcut only for payloads the schema passes", () => {
    for (const text of texts) {
      if (!alertsOfPlainPayload(JSON.parse(text))) continue;
      expect(normalizeAlertmanager(JSON.parse(text), { now: NOW }).status).toBe("ok");
    }
  });

  it("gives the route's answer unchanged for every fixture, of every source", () => {
    for (const file of fixtureFiles) {
      const text = readFileSync(join(FIXTURES, file), "utf8");
      const prefix = file.split(/[.-]/)[0] ?? "";
      const source = (ALERT_SOURCES as readonly string[]).includes(prefix) ? prefix : "generic";
      const plain = normalizeAlert(source, JSON.parse(text), { now: NOW, scannedText: true });
      const fast = normalizeAlert(source, JSON.parse(text), {
        now: NOW,
        scannedText: true,
        textLength: text.length,
      });
      expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
    }
  });
});

describe("the router's plain-path shortcut", () => {
  it("takes a request target as its pathname only where new URL gives it back unchanged", () => {
    const alphabet = ["/", "a", "Z", "0", "-", "_", "~", ".", "%2e", "%", "?", "#", "\\", " ", ":", "@", "é"];
    let next = 7;
    const random = () => {
      next = (next * 1103515245 + 12345) % 2 ** 31;
      return next / 2 ** 31;
    };
    const targets = ["/", "//x", "/a//b", "/api/alerts/alertmanager", "/api/v2/alerts", "/a/./b", "/a/../b"];
    for (let i = 0; i < 20_000; i += 1) {
      const length = 1 + Math.floor(random() * 8);
      targets.push(
        `/${Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("")}`,
      );
    }
    let plain = 0;
    for (const target of targets) {
      if (!PLAIN_PATH.test(target)) continue;
      plain += 1;
      expect(new URL(target, "http://localhost").pathname).toBe(target);
    }
    expect(plain).toBeGreaterThan(500);
    expect(PLAIN_PATH.test("//x")).toBe(false);
  });
});
