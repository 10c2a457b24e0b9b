import type { FixKind } from "../../knowledge/failure-pattern.js";
import { codeFixOf } from "./code-fixes.js";
import { indexMigration } from "./index-migration.js";
import { measureOf } from "./measured.js";
import { guardNil } from "./nil-guard.js";
import { guardJs } from "./nil-guard-js.js";

/**
 * The minimal patches the offline Surgeon knows how to make. Each recognises the cause in a file (so the
 * Detective can cite the exact line) and rewrites as little as possible: one number on one line, one line moved.
 * A rewrite that does not recognise its input returns undefined, and nothing is proposed.
 */
export interface FixInput {
  content: string;
  /** 1-based line the Detective cited (or a grep hit to try). */
  line: number;
  /** What the log named: a package, a property. */
  subject?: string;
  /** The file's repository path: a guard is written in its language. */
  file?: string;
  /** What the logs measured, in milliseconds (a latency, a start-up), for a value sized to outlast it. */
  measuredMs?: number;
  /** The evidence's text (a query plan) and the repository's files, for a fix that adds a new file. */
  evidence?: string;
  repoFiles?: readonly string[];
  /** The other lines the locator found across the repository (an index a later migration already adds). */
  related?: readonly string[];
}

export interface FixResult {
  content: string;
  /** "memory: 256Mi → 512Mi", for the rationale. */
  change: string;
  /** Set when the fix creates this file (then `content` is the new file's) instead of editing the cited one. */
  newFile?: string;
}

interface NumberRule {
  pattern: RegExp;
  scale: (value: number) => number;
}

const NUMBER_RULES: Partial<Record<FixKind, NumberRule>> = {
  "raise-memory-limit": {
    pattern: /((?:memory|mem_limit):\s*"?|^Memory(?:Max|Limit)=)(\d+)(Mi|Gi|M|G|m|g)?/,
    scale: (v) => v * 2,
  },
  "raise-node-heap": { pattern: /(--max-old-space-size=)(\d+)()/, scale: (v) => v * 2 },
  "raise-jvm-heap": { pattern: /(-Xmx)(\d+)([mMgG])/, scale: (v) => v * 2 },
  "raise-nofile": {
    pattern: /(LimitNOFILE=|worker_rlimit_nofile\s+|ulimit -n\s+)(\d+)()/,
    scale: (v) => (v < 65_536 ? 65_536 : v * 2),
  },
  "raise-worker-connections": { pattern: /(worker_connections\s+)(\d+)()/, scale: (v) => v * 4 },
  "raise-pool-size": {
    pattern:
      /((?:maximum-pool-size|maximumPoolSize|max_pool_size|maxPoolSize|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\s*[:=]\s*"?)(\d+)()/,
    scale: (v) => v * 2,
  },
};

function splitLines(content: string): string[] {
  return content.split("\n");
}

export function applyFix(kind: FixKind, input: FixInput): FixResult | undefined {
  const rule = NUMBER_RULES[kind];
  if (rule) return scaleNumber(rule, input);
  if (kind === "move-dev-dependency") return moveDevDependency(input);
  if (kind === "raise-body-size") return raiseBodySize(input);
  if (kind === "guard-property-access")
    return input.file && /\.(go|rb|py|java)$/.test(input.file)
      ? guardNil({ ...input, file: input.file })
      : ((input.file && input.subject
          ? guardJs(input.file, input.content, input.line, input.subject)
          : undefined) ?? guardPropertyAccess(input));
  if (measureOf(kind)) return measuredFix(kind, input);
  if (kind === "index-migration") return newIndexMigration(input);
  const code = codeFixOf(kind);
  if (code) return input.file ? code.apply(input.file, input.content, input.line) : undefined;
  return undefined;
}

/** The lines a rewrite adds (for the must-nots), whether it edits a line or inserts a guard. */
export function addedLines(before: string, after: string | undefined, created = false): string[] {
  if (after === undefined) return [];
  if (created) return after.split("\n");
  const old = new Set(before.split("\n"));
  return after.split("\n").filter((l) => !old.has(l));
}

function replaceLine(content: string, line: number, text: string): string {
  const lines = splitLines(content);
  lines[line - 1] = text;
  return lines.join("\n");
}

function scaleNumber(rule: NumberRule, input: FixInput): FixResult | undefined {
  const old = splitLines(input.content)[input.line - 1];
  if (old === undefined || /^\s*(#|\/\/)/.test(old)) return undefined;
  const m = rule.pattern.exec(old);
  if (!m || m.index === undefined) return undefined;
  const [whole, prefix = "", digits = "", unit = ""] = m;
  const next = rule.scale(Number(digits));
  if (!Number.isSafeInteger(next) || next <= Number(digits)) return undefined;
  const text = old.slice(0, m.index) + prefix + String(next) + unit + old.slice(m.index + whole.length);
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${prefix.replace(/[\s"=:]+$/, "").trim()} ${digits}${unit} → ${next}${unit}`,
  };
}

const UNIT_BYTES: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * nginx's client_max_body_size, raised to cover the body the log says was refused (in whole mebibytes, rounded
 * up to a power of two), and at least doubled: the smallest value that lets that upload through.
 */
function raiseBodySize(input: FixInput): FixResult | undefined {
  const old = splitLines(input.content)[input.line - 1];
  const m = old === undefined ? null : /(client_max_body_size\s+)(\d+)([kKmMgG]?)(\s*;)/.exec(old);
  if (!old || !m || m.index === undefined || /^\s*#/.test(old)) return undefined;
  const [whole, prefix = "", digits = "", unit = "", end = ""] = m;
  const current = Number(digits) * (UNIT_BYTES[unit.toLowerCase()] ?? 1);
  const refused = Number(input.subject ?? 0);
  let mib = 1;
  while (mib * 1024 ** 2 < Math.max(current * 2, refused)) mib *= 2;
  const text = `${old.slice(0, m.index)}${prefix}${mib}m${end}${old.slice(m.index + whole.length)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `client_max_body_size ${digits}${unit} → ${mib}m`,
  };
}

/** The line range of a top-level `"key": {` block in package.json, found by indentation. */
function blockRange(lines: string[], key: string): { open: number; close: number } | undefined {
  const open = lines.findIndex((l) => new RegExp(`^(\\s*)"${key}"\\s*:\\s*\\{\\s*$`).test(l));
  if (open < 0) return undefined;
  const indent = /^(\s*)/.exec(lines[open] ?? "")?.[1] ?? "";
  for (let i = open + 1; i < lines.length; i += 1) {
    if (new RegExp(`^${indent}\\}`).test(lines[i] ?? "")) return { open, close: i };
  }
  return undefined;
}

/**
 * A runtime import declared only as a devDependency is missing from a production install (`npm ci
 * --omit=dev`): move its line into dependencies, keeping the version and alphabetical order.
 */
function moveDevDependency(input: FixInput): FixResult | undefined {
  const name = input.subject;
  if (!name) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(input.content);
  } catch {
    // Not valid JSON: no safe textual edit can be made, so nothing is proposed.
    return undefined;
  }
  if (typeof manifest !== "object" || manifest === null) return undefined;
  const deps = (manifest as { dependencies?: Record<string, unknown> }).dependencies;
  const devDeps = (manifest as { devDependencies?: Record<string, unknown> }).devDependencies;
  if (!devDeps || !(name in devDeps) || (deps && name in deps)) return undefined;

  const lines = splitLines(input.content);
  const dev = blockRange(lines, "devDependencies");
  const prod = blockRange(lines, "dependencies");
  if (!dev || !prod) return undefined;
  const at = lines.findIndex(
    (l, i) => i > dev.open && i < dev.close && l.trimStart().startsWith(`"${name}"`),
  );
  if (at < 0) return undefined;
  const entry = (lines[at] ?? "").replace(/,\s*$/, "");
  const without = [...lines];
  without.splice(at, 1);
  // The entry was last in its block: the one before it now is, and loses its comma.
  if (at === dev.close - 1 && at - 1 > dev.open)
    without[at - 1] = (without[at - 1] ?? "").replace(/,\s*$/, "");

  const target = blockRange(without, "dependencies");
  if (!target) return undefined;
  const members = without.slice(target.open + 1, target.close);
  let index = members.findIndex((l) => (/"([^"]+)"/.exec(l)?.[1] ?? "") > name);
  if (index < 0) index = members.length;
  const isLast = index === members.length;
  const insertAt = target.open + 1 + index;
  if (isLast && members.length > 0) {
    without[insertAt - 1] = `${(without[insertAt - 1] ?? "").replace(/,\s*$/, "")},`;
  }
  without.splice(insertAt, 0, isLast ? entry : `${entry},`);
  const content = without.join("\n");
  return isJson(content) ? { content, change: `${name}: devDependencies → dependencies` } : undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // The edit broke the manifest: the caller proposes nothing rather than a patch that would not parse.
    return false;
  }
}

/**
 * `TypeError: Cannot read properties of undefined (reading 'id')` at a repository line: read the property
 * through optional chaining there, so a missing object no longer crashes the request. A guard, not a cure: the
 * rationale says so and the risk is medium.
 */
function guardPropertyAccess(input: FixInput): FixResult | undefined {
  const property = input.subject;
  if (!property || !/^[A-Za-z_$][\w$]*$/.test(property)) return undefined;
  const old = splitLines(input.content)[input.line - 1];
  if (old === undefined) return undefined;
  const access = new RegExp(
    `([\\w$\\])]+)(?<!\\?)\\.${property.replace(/\$/g, "\\$")}(?![\\w$])(?!\\s*=[^=>])`,
    "g",
  );
  const matches = [...old.matchAll(access)];
  const first = matches[0];
  if (!first || matches.length !== 1 || first.index === undefined) return undefined;
  const at = first.index + (first[1]?.length ?? 0);
  const text = `${old.slice(0, at)}?${old.slice(at)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${first[0].trim()} → ${first[0].trim().replace(`.${property}`, `?.${property}`)}`,
  };
}

/** A value sized from what the logs measured (src/llm/offline/measured.ts names each rule). */
function measuredFix(kind: FixKind, input: FixInput): FixResult | undefined {
  const measure = measureOf(kind);
  if (!measure || input.measuredMs === undefined) return undefined;
  const proposal = measure.propose(input.content, input.line, input.measuredMs);
  return proposal
    ? { content: replaceLine(input.content, input.line, proposal.line), change: proposal.change }
    : undefined;
}

/** A missing index the plan in the evidence shows: a new migration beside the cited schema file. */
function newIndexMigration(input: FixInput): FixResult | undefined {
  if (!input.file || input.evidence === undefined) return undefined;
  const made = indexMigration(
    input.file,
    input.content,
    input.line,
    input.evidence,
    input.repoFiles ?? [],
    input.related ?? [],
  );
  return made ? { content: made.content, change: made.change, newFile: made.path } : undefined;
}
