import { describe, expect, it } from "vitest";
import { createPatternScanner } from "./pattern-scanner.js";
import { FAILURE_PATTERNS } from "./patterns/index.js";
import { SAMPLES } from "./samples/index.js";

/** `times` copies of `text`, after `filler` ordinary lines (a real log has more than the failure in it). */
function scan(text: string, times: number, filler = 0) {
  const scanner = createPatternScanner();
  for (let i = 0; i < filler; i += 1) {
    const ordinary = `2026-11-24T03:00:${String(i % 60).padStart(2, "0")}Z INFO request served in 12ms`;
    scanner.onRecord({ file: "app.log", line: i + 1, endLine: i + 1, text: ordinary, level: "INFO" });
  }
  for (let i = 0; i < times; i += 1) {
    const line = filler + i + 1;
    scanner.onRecord({ file: "app.log", line, endLine: line, text, level: "UNKNOWN" });
  }
  return scanner.findings();
}

describe("the knowledge base", () => {
  it("has at least 60 entries, unique ids, and real phrasings for each", () => {
    expect(FAILURE_PATTERNS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(FAILURE_PATTERNS.map((s) => s.id)).size).toBe(FAILURE_PATTERNS.length);
    expect(Object.keys(SAMPLES).sort()).toEqual(FAILURE_PATTERNS.map((s) => s.id).sort());
  });

  it("names where the checked entries' phrasings were taken from: a repository path or a URL", () => {
    const checked = FAILURE_PATTERNS.filter((p) => p.sources !== undefined);
    // A ratchet: entries gain sources as their phrasings are checked against the software that prints them.
    expect(checked.length).toBeGreaterThanOrEqual(91);
    for (const p of checked) {
      expect(p.sources?.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources ?? []) expect(s, p.id).toMatch(/^(https:\/\/\S+|[\w.-]+\/[\w.-]+ \S+)/);
    }
  });

  it("names the subject as the software prints it, in every casing and version checked", () => {
    const cases: [string, string, string][] = [
      [
        "pvc-provisioning-failed",
        'Warning  ProvisioningFailed  persistentvolume-controller  Failed to provision volume with StorageClass "azurefile": failed to find a matching storage account',
        "azurefile",
      ],
      [
        "dotnet-unhandled",
        "Unhandled Exception: System.InvalidOperationException: Enumeration has not started. Call MoveNext.",
        "System.InvalidOperationException",
      ],
      [
        "tls-hostname-mismatch",
        "java.security.cert.CertificateException: No subject alternative DNS name matching api.partner.example found.",
        "api.partner.example",
      ],
      [
        "tls-hostname-mismatch",
        "x509: cannot validate certificate for 10.0.0.5 because it doesn't contain any IP SANs",
        "10.0.0.5",
      ],
    ];
    for (const [id, text, subject] of cases) {
      const found = scan(text, 1).find((f) => f.patternId === id);
      expect(found?.subject, text).toBe(subject);
    }
  });

  it("keeps keywords lower-case, since the scanner compares them with the lower-cased record", () => {
    for (const s of FAILURE_PATTERNS) for (const k of s.keywords) expect(k).toBe(k.toLowerCase());
  });

  it("says for every entry what confirms it, what rules it out, and names only known causes", () => {
    const ids = new Set(FAILURE_PATTERNS.map((p) => p.id));
    for (const p of FAILURE_PATTERNS) {
      expect(p.confirm.length, p.id).toBeGreaterThan(0);
      expect(p.ruleOut.length, p.id).toBeGreaterThan(0);
      for (const cause of p.consequenceOf ?? []) expect(ids.has(cause), `${p.id} → ${cause}`).toBe(true);
    }
  });

  for (const pattern of FAILURE_PATTERNS) {
    const sample = SAMPLES[pattern.id];
    const need = pattern.minCount ?? 1;
    describe(pattern.id, () => {
      it("has at least two real phrasings and two near misses", () => {
        expect(sample?.match.length).toBeGreaterThanOrEqual(2);
        expect(sample?.nearMiss.length).toBeGreaterThanOrEqual(2);
      });

      it("matches every phrasing, citing the line, with the subject when the log names one", () => {
        for (const [index, text] of (sample?.match ?? []).entries()) {
          const found = scan(text, need).find((f) => f.patternId === pattern.id);
          expect(found, text).toBeDefined();
          expect(found?.category).toBe(pattern.category);
          expect(found?.count).toBe(need);
          expect(found?.evidence[0]).toMatchObject({ file: "app.log", line: 1 });
          if (index === 0 && sample?.subject) expect(found?.subject).toBe(sample.subject);
        }
      });

      it("does not match its near misses", () => {
        for (const text of sample?.nearMiss ?? []) {
          expect(
            scan(text, need).map((f) => f.patternId),
            text,
          ).not.toContain(pattern.id);
        }
        if (sample?.belowCount) {
          // Below its count in a log with other lines in it; alone in a short excerpt, two already dominate.
          const ids = scan(sample.match[0] ?? "", need - 1, 4 * need).map((f) => f.patternId);
          expect(ids).not.toContain(pattern.id);
        }
      });
    });
  }
});
