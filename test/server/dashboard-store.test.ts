import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Run } from "../../src/core/run.js";
import { ZERO_USAGE } from "../../src/core/usage.js";
import { createIncidentBook, pushActivity } from "../../src/server/api-incidents.js";
import { incidentFromTrigger } from "../../src/server/api-routes.js";
import { createIncidentStore } from "../../src/server/incident-store.js";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sentry-store-"));
  file = join(dir, "incidents.jsonl");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const incident = (title: string) =>
  incidentFromTrigger({ title, severity: "P2" }, new Date("2026-12-07T01:00:00Z"));

function finishedRun(inc: ReturnType<typeof incident>): Run {
  return {
    id: "run-1",
    incident: inc,
    mode: "AUDIT",
    provider: "offline",
    startedAt: "2026-12-07T01:00:00.000Z",
    finishedAt: "2026-12-07T01:00:02.000Z",
    states: [],
    finalState: "ESCALATED",
    reason: "no cause established (confidence 0.20)",
    agentOutputs: [],
    toolCalls: [
      {
        agent: "detective",
        agentId: "a1",
        tool: "read_file",
        input: { path: "x".repeat(10_000) },
        decision: "allowed",
        reason: "ok",
        outcome: "ok",
        durationMs: 1,
      },
    ],
    usage: ZERO_USAGE,
  };
}

describe("incident store", () => {
  it("gives a restarted book the same incidents, their runs and people's marks", () => {
    const book = createIncidentBook({ store: createIncidentStore(file) });
    const a = book.open(incident("first"), "api");
    const b = book.open(incident("second"), "alert:grafana");
    a.run = finishedRun(a.incident);
    a.status = "done";
    a.state = "ESCALATED";
    a.acknowledged = { at: "2026-12-07T01:05:00.000Z", by: "alex" };
    book.save(a);
    b.status = "running";
    b.state = "DIAGNOSIS";
    book.save(b);

    const again = createIncidentBook({ store: createIncidentStore(file) });
    expect(again.list().map((r) => r.incident.title)).toEqual(["second", "first"]);
    const first = again.get(a.id);
    expect(first?.run?.reason).toBe("no cause established (confidence 0.20)");
    expect(first?.acknowledged?.by).toBe("alex");
    // Tool inputs stay in the audit log: the store keeps what the page shows.
    expect(first?.run?.toolCalls).toEqual([]);
    // A run cut off by the restart is not left running for ever.
    const second = again.get(b.id);
    expect(second?.status).toBe("failed");
    expect(second?.error).toBe("serve stopped before the run finished");
  });

  it("still shows a run whose final state this version does not know", () => {
    const book = createIncidentBook({ store: createIncidentStore(file) });
    const a = book.open(incident("first"), "api");
    a.run = { ...finishedRun(a.incident), finalState: "SOMETHING_NEW" as Run["finalState"] };
    a.status = "done";
    book.save(a);
    expect(createIncidentBook({ store: createIncidentStore(file) }).get(a.id)?.run?.finalState).toBe(
      "SOMETHING_NEW",
    );
  });

  it("skips unreadable lines and compacts the file to one line per incident", () => {
    const book = createIncidentBook({ store: createIncidentStore(file) });
    const a = book.open(incident("first"), "api");
    for (let i = 0; i < 5; i += 1) {
      pushActivity(a, { time: new Date().toISOString(), kind: "state", text: `S${i}` });
      book.save(a);
    }
    appendFileSync(file, 'not json\n{"id":"inc-1"}\n');
    const logged: string[] = [];
    const again = createIncidentBook({ store: createIncidentStore(file), log: (m) => logged.push(m) });
    expect(again.get(a.id)?.activity.map((x) => x.text)).toContain("S4");
    expect(logged).toEqual(["incident store: 2 unreadable line(s) skipped"]);
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("keeps the newest incidents when over its bound", () => {
    const store = createIncidentStore(file, { max: 2 });
    const book = createIncidentBook({ store, max: 2 });
    for (const t of ["one", "two", "three"]) book.open(incident(t), "api");
    expect(
      createIncidentBook({ store, max: 2 })
        .list()
        .map((r) => r.incident.title),
    ).toEqual(["three", "two"]);
  });

  it("does not fail the request when the file cannot be written", () => {
    const logged: string[] = [];
    const book = createIncidentBook({
      store: createIncidentStore(join(file, "under-a-file")),
      log: (m) => logged.push(m),
    });
    appendFileSync(file, "");
    expect(() => book.open(incident("first"), "api")).not.toThrow();
    expect(logged[0]).toMatch(/incident store: cannot write inc-/);
  });
});
