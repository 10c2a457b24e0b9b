import { describe, expect, it } from "vitest";
import { contextFor, drive, EMFILE, INCIDENT } from "../../../test/helpers/offline-harness.js";
import type { AgentContext } from "../../core/agent-context.js";
import { DiagnosisSchema } from "../../core/diagnosis.js";
import { TriageSchema } from "../../core/triage.js";

describe("the offline provider with no repository to read", () => {
  it("Detective without a repository diagnoses from the logs alone, with a low fixability", async () => {
    const { output, calls } = await drive("detective", contextFor(EMFILE), ["read_file", "grep_search"], {
      files: {},
    });
    const diagnosis = DiagnosisSchema.parse(output);
    expect(calls).toEqual([]);
    expect(diagnosis.category).toBe("resource_limits");
    expect(diagnosis.evidence).toEqual([expect.objectContaining({ kind: "log", file: "app.log", line: 2 })]);
    expect(diagnosis.fixability).toBeLessThan(0.4);
  });

  it("says 'none' for healthy logs and 'unknown' for a firing alert it cannot explain, naming no cause", async () => {
    // The all-clear needs logs that were read: a summary with records and no error-level template.
    const read = {
      files: [{ file: "app.log", lines: 2, bytes: 30 }],
      totalRecords: 2,
      totalTemplates: 1,
      timeRange: {},
      budgetTokens: 1000,
      estimatedTokens: 10,
      kept: [],
      omitted: { records: 2, templates: 1 },
      text: "",
    };
    const healthy = await drive(
      "detective",
      { ...contextFor(["GET / 200", "GET /healthz 200"]), logSummary: read },
      [],
      { files: {} },
    );
    expect(DiagnosisSchema.parse(healthy.output)).toMatchObject({
      category: "none",
      rootCause: "",
      evidence: [],
    });
    const alert: AgentContext = {
      incident: { ...INCIDENT, source: "alertmanager", title: "QueueDepthHigh" },
      hints: [],
      similar: [],
    };
    const unknown = DiagnosisSchema.parse((await drive("detective", alert, [], { files: {} })).output);
    expect(unknown).toMatchObject({ category: "unknown", patterns: [] });
    expect(unknown.confidence).toBeLessThan(0.3);
    const triage = TriageSchema.parse((await drive("triage", alert, [], { files: {} })).output);
    expect(triage).toMatchObject({ suspectedCategory: "unknown", needsDiagnosis: true });
  });

  it("falls back to the alert's own words when no hints were passed", async () => {
    const alert: AgentContext = {
      incident: {
        ...INCIDENT,
        source: "alertmanager",
        title: "Payments down",
        description: "upstream: certificate has expired",
      },
      hints: [],
      similar: [],
    };
    const diagnosis = DiagnosisSchema.parse((await drive("detective", alert, [], { files: {} })).output);
    expect(diagnosis).toMatchObject({ category: "tls", patterns: ["tls-cert-expired"] });
    expect(diagnosis.evidence[0]).toMatchObject({ kind: "alert", file: "alert", line: 2 });
  });
});
