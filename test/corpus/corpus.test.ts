// The evaluation corpus's structure (not the diagnoser's score): every incident parses, cites lines and repository
// places that exist, states a relation its repository really violates, and generates the same logs every time.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateLog } from "../../corpus/lib/generate.js";
import { acceptedLines, listIncidentIds, loadIncident, materialise } from "../../corpus/lib/incidents.js";
import { capture, satisfies } from "../../corpus/lib/relations.js";
import type { Relation } from "../../corpus/lib/schema.js";

const ids = listIncidentIds();
const incidents = ids.map(loadIncident);
const tmp = mkdtempSync(join(tmpdir(), "corpus-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function relationFiles(r: Relation): string[] {
  if (r.kind === "any-of" || r.kind === "all-of") return r.relations.flatMap(relationFiles);
  return "file" in r ? [r.file] : [];
}

describe("corpus size", () => {
  const positives = incidents.filter((i) => !i.expected.negative);
  it("has at least 60 incidents of at least 45 failure types and 10 hard negatives", () => {
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(new Set(positives.map((i) => i.expected.failureType)).size).toBeGreaterThanOrEqual(45);
    expect(incidents.filter((i) => i.expected.negative).length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(incidents.map((i) => [i.id, i] as const))("%s", (id, incident) => {
  const exp = incident.expected;
  const m = materialise(incident, join(tmp, id));
  const repo = join(incident.dir, "repo");

  it("has logs or an alert to diagnose from", () => {
    expect(m.logs.size > 0 || incident.hasAlert).toBe(true);
    if (incident.hasAlert)
      expect(() => JSON.parse(readFileSync(join(incident.dir, "alert.json"), "utf8"))).not.toThrow();
  });

  it("cites log lines that exist, come from the signal and nowhere from the noise", () => {
    for (const want of exp.evidence) {
      const log = m.logs.get(want.file);
      expect(log, `${want.file} is produced`).toBeDefined();
      expect(acceptedLines(log!, want.match).size, `${want.file} ~ /${want.match}/`).toBeGreaterThan(0);
      const re = new RegExp(want.match);
      const noisy = log!.text.split("\n").filter((line, i) => re.test(line) && !log!.signalLines.has(i + 1));
      expect(noisy, "noise lines must not match the evidence").toEqual([]);
    }
  });

  it("locates its cause on repository lines that exist", () => {
    if (!exp.cause.inRepo) return;
    for (const loc of exp.cause.locations) {
      const lines = readFileSync(join(repo, loc.file), "utf8").split("\n");
      expect(lines[loc.line - 1]?.trim(), `${loc.file}:${loc.line}`).toBeTruthy();
    }
  });

  it("states a relation that the repository as committed violates", () => {
    if (!exp.fix) return;
    expect(exp.cause.inRepo).toBe(true);
    for (const file of relationFiles(exp.fix)) expect(existsSync(join(repo, file)), file).toBe(true);
    expect(satisfies(exp.fix, repo, repo)).toBe(false);
  });

  it("names forbidden values that exist in the repository", () => {
    for (const rule of exp.forbidden) {
      if (rule.kind === "raises-number" || rule.kind === "number-above")
        expect(capture(repo, rule.file, rule.pattern), `${rule.file} ~ /${rule.pattern}/`).toBeDefined();
    }
  });

  it("marks hard negatives as quiet", () => {
    if (!exp.negative) return;
    expect(exp.category).toBe("none");
    expect(exp.fix).toBeUndefined();
    expect(exp.forbidden.map((f) => f.kind)).toContain("any-patch");
  });

  it("generates the same logs every time", () => {
    for (const spec of incident.logSpecs) expect(generateLog(spec).text).toBe(m.logs.get(spec.file)?.text);
  });
});
