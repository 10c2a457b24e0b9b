import type { Category } from "../core/diagnosis.js";
import type { Severity } from "../core/incident.js";

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
  /** Which repository paths can hold the cause (matched against the repo-relative path). */
  files: RegExp;
  /** A fix from repo-fixes.ts; absent when the repository can be cited but not safely changed. */
  fix?: FixKind;
  /** What the cited line is, in words: "the container's memory limit". */
  what: string;
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
  | "guard-property-access";

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
  /** Matching records needed before it counts: one 502 among thousands of 200s is not a storm. */
  minCount?: number;
  fixability: number;
  /** The root cause in words, as the diagnosis states it. */
  cause: string;
  actions: string[];
  /** What the `subject` capture of `matchers` names, when they capture one. */
  subjectKind?: SubjectKind;
  /** Where the cause can live in a repository; several locators are tried in order. */
  repo?: RepoLocator[];
}
