import type { Category } from "../core/diagnosis.js";
import type { Severity } from "../core/incident.js";
import type { RecordFields, RecordKind } from "../core/log-summary.js";

/**
 * A test on a structured record's parsed fields (see LogRecord.kind): an access-log entry's `status`, an
 * event's `reason`, a condition's `type` and `status`. When a record has a kind that a pattern names here, the
 * pattern decides from the fields alone and ignores the text: a `429` in the request-length column is not a
 * 429 response.
 */
export interface FieldMatcher {
  kind: RecordKind;
  /** Every named field must be present and match (numbers are compared as their decimal text). */
  fields: Record<string, RegExp>;
  /** Optional numeric floor on one field, e.g. durationMs ≥ 1000 for slow requests. */
  atLeast?: { field: string; value: number };
  /** The record must not be about one of these (a pod's `Ready False` is not a node's). */
  notAbout?: ("pod" | "container" | "node" | "service" | "host")[];
}

export type { RecordFields };

/**
 * How a pattern's cause is found in a repository and (when `fix` is set) changed. The Detective greps for
 * `grep` through the security layer, keeps hits in files whose path matches `files`, and cites the first line
 * the fix recognises; the Surgeon rewrites that one line (or block) with the named fix.
 */
export interface RepoLocator {
  /** Regular expression handed to grep_search (JavaScript syntax, no flags); `{subject}` is filled from the log. */
  grep: string;
  /** The cause is the repository frame a stack trace names, found from the trace rather than by grep. */
  fromStackTrace?: boolean;
  /** The cause is the file and line a configuration parser's error names (see config-positions.ts). */
  fromConfigError?: boolean;
  /** Which repository paths can hold the cause (matched against the repo-relative path). */
  files: RegExp;
  /** A fix from repo-fixes.ts; absent when the repository can be cited but not safely changed. */
  fix?: FixKind;
  /** What the cited line is, in words: "the container's memory limit". */
  what: string;
  /** The YAML block the line must sit in (at any depth), e.g. `requests` or `nodeSelector`; a hit outside is none. */
  within?: string;
  /** The locator applies only when the evidence says this (a probe's port on "connection refused", its path on a 404). */
  when?: RegExp;
}

export type FixKind =
  | "raise-memory-limit"
  | "raise-node-heap"
  | "raise-jvm-heap"
  | "raise-nofile"
  | "raise-worker-connections"
  | "raise-body-size"
  | "raise-pool-size"
  | "move-dev-dependency"
  | "guard-property-access"
  | "raise-timeout"
  | "raise-probe-delay"
  | "raise-job-deadline"
  | "backoff-retry"
  | "lock-shared-map"
  | "index-migration";

/**
 * What a pattern's `subject` capture names, so the repository inventory knows where to look it up: a host
 * that does not resolve is compared with the services the repository defines, a missing variable with the
 * variables its deploy files set, a timeout with the latencies the logs show.
 */
export type SubjectKind =
  | "host"
  | "port"
  | "env-var"
  | "module"
  | "file-path"
  | "url-path"
  | "timeout"
  | "pool"
  | "limit"
  | "certificate"
  | "user"
  | "unit"
  | "service"
  | "query";

/** One incident pattern: data, matched against every log record by the scanner. */
export interface FailurePattern {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  /**
   * Lower ranks are closer to a root cause: when several patterns match, the lowest rank is the diagnosis and
   * the rest are reported as symptoms (a crash loop is usually the consequence of an OOM kill, not its cause).
   */
  rank: number;
  /** Lower-case literals; a record is only tested against `patterns` when its text contains one of them. */
  keywords: string[];
  matchers: RegExp[];
  /** Records that look alike but are a different (or harmless) thing: the near misses. */
  exclude?: RegExp[];
  /** Structured tests; a record whose kind one of these names is judged by its fields, not its text. */
  fields?: FieldMatcher[];
  /** Matching records needed before it counts: one 502 among thousands of 200s is not a storm. */
  minCount?: number;
  /** Share of the records in the files it matched in (0–1) needed before it counts, for rates. */
  minShare?: number;
  fixability: number;
  /** The root cause in words, as the diagnosis states it: what the failure means. */
  cause: string;
  actions: string[];
  /** Pattern ids this failure is usually a consequence of: when one of them is also seen, it is the cause. */
  consequenceOf?: string[];
  /** Evidence that would confirm this diagnosis (what to look at next). */
  confirm: string[];
  /** Evidence that would rule it out, or point at a neighbouring failure instead. */
  ruleOut: string[];
  /**
   * A failure that healthy systems show now and then (one DNS retry, a reset connection): it only counts as
   * the incident when it is a real share of what went wrong, not a few lines beside a dominant pattern.
   */
  incidental?: boolean;
  /**
   * Where the phrasings in `matchers` and the entry's samples were checked against the software that prints
   * them: `owner/repo path (the format string)` in its source, or the URL of its documentation or of a real
   * report. Entries without it have not been checked yet (see patterns.test.ts).
   */
  sources?: string[];
  /** What the `subject` capture of `matchers` names, when they capture one. */
  subjectKind?: SubjectKind;
  /** Where the cause can live in a repository; several locators are tried in order. */
  repo?: RepoLocator[];
}
