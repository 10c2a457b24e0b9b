import { expect } from "vitest";
import { matchPattern } from "../../src/knowledge/pattern-match.js";
import { patternById } from "../../src/knowledge/patterns/index.js";
import type { Finding } from "../../src/llm/offline/findings.js";
import { locateCause, type RepoTarget, repoTargets } from "../../src/llm/offline/repo-targets.js";

/** A finding as the scanner would make it from these log lines (the first that matches gives the subject). */
export function findingFrom(patternId: string, log: readonly string[]): Finding {
  const pattern = patternById(patternId);
  if (!pattern) throw new Error(`no pattern ${patternId}`);
  const subject = log.map((l) => matchPattern(pattern, l)?.subject).find((s) => s !== undefined);
  const evidence = log.map((excerpt, i) => ({ file: "logs/app.log", line: i + 1, excerpt }));
  return {
    hint: { patternId, title: pattern.title, category: pattern.category, evidence },
    pattern,
    count: log.length,
    ...(subject ? { subject } : {}),
  };
}

/**
 * Where the Detective would cite the cause: each locator's pattern run over the candidate files read whole
 * (what the first turn does for a small repository), then ranked by locateCause.
 */
export function locate(finding: Finding, repo: Record<string, string>, others: Finding[] = []) {
  const files = Object.keys(repo);
  const targets = repoTargets(finding, files, others);
  const hits = targets.flatMap((target): { target: RepoTarget; file: string; line: number }[] => {
    if (target.kind === "frame") return [{ target, file: target.file, line: target.line }];
    const own = new RegExp(target.pattern);
    return target.candidates.flatMap((file) =>
      (repo[file] ?? "")
        .split("\n")
        .flatMap((text, i) => (own.test(text) ? [{ target, file, line: i + 1 }] : [])),
    );
  });
  return locateCause(finding, hits, (file) => repo[file], others);
}

/** The cited file:line and the text there, checked against the line the test means. */
export function expectCited(cause: ReturnType<typeof locate>, file: string, text: string | RegExp): void {
  expect(cause?.file).toBe(file);
  expect(cause?.text).toMatch(text);
}
