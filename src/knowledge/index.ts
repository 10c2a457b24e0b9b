export type { FailurePattern, FixKind, RepoLocator, SubjectKind } from "./failure-pattern.js";
export { buildPrefilter, matchPattern } from "./pattern-match.js";
export {
  ALERT_TEXT,
  createPatternScanner,
  type PatternFinding,
  type PatternScanner,
} from "./pattern-scanner.js";
export { FAILURE_PATTERNS, patternById } from "./patterns/index.js";
