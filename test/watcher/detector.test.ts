import { describe, expect, it } from "vitest";
import type { LogRecord } from "../../src/core/log-summary.js";
import { createErrorDetector, DetectorSettingsSchema, type Trigger } from "../../src/watcher/detector.js";

const settings = (patch: Record<string, unknown> = {}) => DetectorSettingsSchema.parse(patch);
const at = (minute: number) => `2026-11-24T03:${String(minute).padStart(2, "0")}:00.000Z`;

function record(line: number, level: LogRecord["level"], text: string, time?: string): LogRecord {
  return { file: "app.log", line, endLine: line, text, level, ...(time ? { time } : {}) };
}

describe("error detector", () => {
  it("holds back a repeat of the same finding in its cooldown, but not a different one", () => {
    const detector = createErrorDetector("app.log", settings({ cooldownSeconds: 300, burstErrors: 3 }));
    const triggers: Trigger[] = [];
    const push = (r: LogRecord) => {
      const t = detector.push(r);
      if (t) triggers.push(t);
    };
    push(record(1, "ERROR", "ssh: maximum authentication attempts exceeded for root", at(0)));
    // Three more of the same within a minute: a burst of the finding that already triggered, held back.
    for (let i = 2; i <= 4; i++)
      push(record(i, "ERROR", "ssh: maximum authentication attempts exceeded for root", at(1)));
    // A different error two minutes later: the real incident, not swallowed by the first one's cooldown.
    push(record(5, "ERROR", "Memory cgroup out of memory: Killed process 7286 (node)", at(2)));
    expect(triggers.map((t) => [t.reason, t.template.slice(0, 12), t.at])).toEqual([
      ["new-template", "ssh: maximum", at(0)],
      ["new-template", "Memory cgrou", at(2)],
    ]);
  });

  it("hands over an excerpt whose lines are the file's, gaps included", () => {
    const detector = createErrorDetector("app.log", settings());
    detector.push(record(2590, "INFO", "a", at(0)));
    detector.push(record(2593, "INFO", "b", at(0))); // two blank lines the reader skipped
    const trigger = detector.push(record(2594, "ERROR", "node invoked oom-killer", at(0)));
    expect(trigger).toMatchObject({ firstLine: 2590, logText: "a\n\n\nb\nnode invoked oom-killer" });
    detector.restart(); // rotated: the new file's excerpt starts afresh
    const next = detector.push(record(1, "ERROR", "cannot find module 'ioredis'", at(9)));
    expect(next).toMatchObject({ firstLine: 1, logText: "cannot find module 'ioredis'" });
  });
});
