/**
 * Code changes a stack trace or the logs justify in a repository file (risk medium: they change behaviour,
 * not a number), each with the relation the Validator checks on the patched file. The cited line is where the
 * relation is read again; in the patched file it is found by its text, since a change may add lines above it.
 */
import type { FixKind } from "../../knowledge/failure-pattern.js";
import { lockMap, mapLockHolds } from "./map-lock-go.js";
import { addBackoff, backoffHolds } from "./retry-backoff.js";

export interface CodeFix {
  /** The relation in words, for the Validator's check. */
  relation: string;
  apply: (file: string, content: string, line: number) => { content: string; change: string } | undefined;
  holds: (file: string, content: string, line: number) => { ok: boolean; detail: string };
}

export const CODE_FIXES: Partial<Record<FixKind, CodeFix>> = {
  "backoff-retry": {
    relation: "the retry loop waits a jittered backoff honouring Retry-After",
    apply: (file, content, line) => addBackoff({ file, content, line }),
    holds: backoffHolds,
  },
  "lock-shared-map": {
    relation: "every function touching the map holds its mutex",
    apply: (file, content, line) => (file.endsWith(".go") ? lockMap({ content, line }) : undefined),
    holds: (_file, content, line) => mapLockHolds(content, line),
  },
};

export function codeFixOf(kind: FixKind | undefined): CodeFix | undefined {
  return kind ? CODE_FIXES[kind] : undefined;
}

/** The 1-based line in `content` reading `text`, the one nearest `near` when several do. */
export function lineNear(content: string, text: string, near: number): number | undefined {
  const found = content
    .split("\n")
    .flatMap((l, i) => (l === text ? [i + 1] : []))
    .sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  return found[0];
}
