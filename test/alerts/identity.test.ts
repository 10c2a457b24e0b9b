import { afterEach, describe, expect, it } from "vitest";
import type { Incident } from "../../src/core/incident.js";
import { detectAlertSource } from "../../src/ingest/alerts/detect.js";
import { ALERT_SOURCES, normalizeAlert } from "../../src/ingest/alerts/index.js";
import { fixture, fixtureText, NOW } from "./fixtures.js";
import { type Harness, post, startHarness, TOKEN } from "./harness.js";
import { IDENTITY_CASES } from "./identity-cases.js";

function one(source: string, file: string): Incident {
  const result = normalizeAlert(source, fixture(file), { now: NOW });
  if (result.status !== "ok") throw new Error(`${file}: ${result.path}: ${result.reason}`);
  expect(result.incidents, file).toHaveLength(1);
  return result.incidents[0] as Incident;
}

describe.each(IDENTITY_CASES)("$source identity ($firing)", (c) => {
  it("one fingerprint from firing to repeat to resolution; another scope is another", () => {
    const [firing, repeat, other, resolved] = [c.firing, c.repeat, c.other, c.resolved].map((f) =>
      one(c.source, f),
    ) as [Incident, Incident, Incident, Incident];
    expect(firing.status).not.toBe("resolved");
    expect(repeat.fingerprint).toBe(firing.fingerprint);
    expect(other.fingerprint).not.toBe(firing.fingerprint);
    expect(resolved.status).toBe("resolved");
    expect(resolved.fingerprint).toBe(firing.fingerprint);
    if (c.severity) expect(firing.severity).toBe(c.severity);
  });

  it.runIf(c.detected)("is detected without --source", () => {
    for (const file of [c.firing, c.repeat, c.other])
      expect(detectAlertSource(fixture(file)), file).toBe(c.source);
  });
});

describe("identity through serve's route (loopback HTTP, default settings: no grouping)", () => {
  let h: Harness | undefined;
  afterEach(() => h?.close());

  it.each(IDENTITY_CASES.filter((c) => c.http !== false))(
    "$source: $firing opens, repeats, separates and resolves only its own",
    async (c) => {
      const tokens = { tokens: [TOKEN] };
      h = await startHarness({
        sources: Object.fromEntries(ALERT_SOURCES.map((s) => [s, tokens])),
      });
      const send = async (file: string) => {
        const res = await post(`${h?.url}/api/alerts/${c.source}`, fixtureText(file));
        expect(res.status, file).toBe(202);
        await h?.idle();
      };
      await send(c.firing);
      await send(c.repeat);
      await send(c.other);
      await send(c.resolved);
      const kinds = h.events.map((e) => [e.kind, e.incident.id]);
      const first = h.events[0]?.incident.id;
      const second = h.events[2]?.incident.id;
      expect(second).not.toBe(first);
      expect(kinds).toEqual([
        ["opened", first],
        ["updated", first],
        ["opened", second],
        ["resolved", first],
      ]);
    },
  );
});
