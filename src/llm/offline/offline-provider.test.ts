import { describe, expect, it } from "vitest";
import { contextFor, drive, EMFILE, type FakeTools } from "../../../test/helpers/offline-harness.js";
import { type Diagnosis, DiagnosisSchema } from "../../core/diagnosis.js";
import { SurgeonResultSchema } from "../../core/proposal.js";
import { VerificationSchema } from "../../core/verification.js";

const UNIT =
  "[Service]\nExecStart=/usr/bin/node server.js\nRestart=on-failure\nLimitNOFILE=1024\n\n[Install]\nWantedBy=multi-user.target\n";

describe("the offline provider's playbooks", () => {
  it("Detective greps, reads and cites the repository line; Surgeon patches it; Validator checks it", async () => {
    const tools: FakeTools = {
      files: {
        "deploy/ingest.service": UNIT,
        "README.md": "LimitNOFILE=1024 in docs",
        "app.log": EMFILE.join("\n"),
      },
    };
    const context = contextFor(EMFILE, ["deploy/ingest.service", "README.md"]);
    const detective = await drive("detective", context, ["read_file", "grep_search"], tools);
    const diagnosis: Diagnosis = DiagnosisSchema.parse(detective.output);
    // One candidate file: read whole rather than searched.
    expect(detective.calls).toEqual([{ name: "read_file", input: { path: "deploy/ingest.service" } }]);
    expect(diagnosis.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/ingest.service", line: 4 }),
    );
    expect(diagnosis.fixability).toBeGreaterThanOrEqual(0.7);

    const surgeonContext = {
      ...context,
      diagnosis,
      evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }],
    };
    const surgeon = await drive("surgeon", surgeonContext, ["apply_patch", "restart_service"], tools);
    const proposal = SurgeonResultSchema.parse(surgeon.output);
    expect(proposal).toMatchObject({ risk: "low", applied: false });
    expect("patch" in proposal && proposal.patch).toContain("+LimitNOFILE=65536");

    const validatorContext = { ...surgeonContext, ...("patch" in proposal ? { proposal } : {}) };
    const validator = await drive("validator", validatorContext, ["read_file", "grep_search"], tools);
    const verification = VerificationSchema.parse(validator.output);
    expect(verification.checks.filter((c) => c.outcome !== "pass")).toEqual([]);
    expect(verification.outcome).toBe("passed");
  });

  it("Validator checks a patch written in ACTIVE mode is really in the file", async () => {
    const tools: FakeTools = { files: { "deploy/ingest.service": UNIT, "app.log": EMFILE.join("\n") } };
    const context = contextFor(EMFILE, ["deploy/ingest.service"]);
    const diagnosis = DiagnosisSchema.parse(
      (await drive("detective", context, ["read_file", "grep_search"], tools)).output,
    );
    const withFile = {
      ...context,
      diagnosis,
      evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }],
    };
    const surgeon = await drive("surgeon", withFile, ["apply_patch"], tools);
    const proposal = SurgeonResultSchema.parse(surgeon.output);
    if (!("patch" in proposal)) throw new Error("expected a proposal");
    const applied = { ...withFile, proposal: { ...proposal, applied: true } };
    const written: FakeTools = {
      files: { ...tools.files, "deploy/ingest.service": UNIT.replace("=1024", "=65536") },
    };
    const pass = VerificationSchema.parse(
      (await drive("validator", applied, ["read_file", "grep_search"], written)).output,
    );
    expect(pass.outcome).toBe("passed");
    const fail = VerificationSchema.parse(
      (await drive("validator", applied, ["read_file", "grep_search"], tools)).output,
    );
    expect(fail.outcome).toBe("failed");
    expect(fail.checks).toContainEqual(
      expect.objectContaining({ name: "the patch is in the file", outcome: "fail" }),
    );
  });

  it("Surgeon says plainly why there is no fix when apply_patch refuses, or the file was not handed on", async () => {
    const tools: FakeTools = {
      files: { "deploy/ingest.service": UNIT },
      patchAnswer: { ok: false, text: "Refused: STOP_SENTRY" },
    };
    const context = contextFor(EMFILE, ["deploy/ingest.service"]);
    const diagnosis = DiagnosisSchema.parse(
      (await drive("detective", context, ["read_file", "grep_search"], tools)).output,
    );
    const refused = await drive(
      "surgeon",
      { ...context, diagnosis, evidenceFiles: [{ path: "deploy/ingest.service", content: UNIT }] },
      ["apply_patch"],
      tools,
    );
    expect(refused.output).toEqual({ noFix: expect.stringContaining("STOP_SENTRY") });
    const missing = await drive("surgeon", { ...context, diagnosis }, ["apply_patch"], tools);
    expect(missing.output).toEqual({ noFix: expect.stringContaining("not handed on") });
  });

  it("Detective uses only the tools the request offers", async () => {
    const tools: FakeTools = { files: { "deploy/ingest.service": UNIT } };
    const { output, calls } = await drive(
      "detective",
      contextFor(EMFILE, ["deploy/ingest.service"]),
      ["grep_search"],
      tools,
    );
    // It can find the line but may not read the file, so it cites the logs only.
    expect(calls.map((c) => c.name)).toEqual(["grep_search"]);
    expect(DiagnosisSchema.parse(output).evidence.every((e) => e.kind === "log")).toBe(true);
  });

  it("Detective greps first when many files could hold the cause, then reads only the files hit", async () => {
    const files: Record<string, string> = { "deploy/units/ingest.service": UNIT };
    for (let i = 0; i < 6; i += 1)
      files[`deploy/units/other-${i}.service`] = "[Service]\nExecStart=/bin/true\n";
    const { output, calls } = await drive(
      "detective",
      contextFor(EMFILE, Object.keys(files)),
      ["read_file", "grep_search"],
      { files },
    );
    expect(calls).toEqual([
      {
        name: "grep_search",
        input: { pattern: expect.stringContaining("LimitNOFILE"), path: "deploy/units" },
      },
      { name: "read_file", input: { path: "deploy/units/ingest.service" } },
    ]);
    expect(DiagnosisSchema.parse(output).evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "deploy/units/ingest.service", line: 4 }),
    );
  });
});
