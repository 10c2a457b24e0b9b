import type { FixKind } from "../knowledge/failure-pattern.js";
import type { ResolutionKind } from "./resolution.js";

/** A kind of change the offline Surgeon may make, with what it needs and what it must never do. */
export interface FixRule {
  id: ResolutionKind | FixKind;
  evidence: string;
  change: string;
  risk: "low" | "medium" | "high";
  mustNot: string[];
}
