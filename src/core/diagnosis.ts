import { z } from "zod";
import { SeveritySchema } from "./incident.js";
import { renamedKey } from "./legacy-key.js";

/**
 * Categories are a closed set so that labels, memory and metrics agree across providers.
 * `none` means the evidence shows nothing wrong; `unknown` means something is wrong but no cause is established.
 */
export const CategorySchema = z.enum([
  "out_of_memory",
  "disk_full",
  "resource_limits",
  "port_conflict",
  "connectivity",
  "dns",
  "tls",
  "permissions",
  "configuration",
  "dependency",
  "crash",
  "application_error",
  "upstream_errors",
  "connection_pool",
  "concurrency",
  "health_check",
  // Added in 0.2 for failure classes the first set could not name; the older names keep their meaning.
  /** A pod cannot be placed: FailedScheduling (resources, selectors, taints, pod count), an unbound claim. */
  "scheduling",
  /** An image cannot be pulled: ErrImagePull, ImagePullBackOff, manifest unknown, registry auth. */
  "image_pull",
  /** Volumes cannot be provisioned, attached or mounted (ProvisioningFailed, FailedMount). */
  "storage",
  /** Slow, not failing: latency objectives breached, slow queries, sequential scans. */
  "latency",
  /** Clocks disagree: tokens used before issued, certificates not yet valid, skew between hosts. */
  "clock_skew",
  "none",
  "unknown",
]);
export type Category = z.infer<typeof CategorySchema>;

/** One piece of evidence, always pointing at the place it was read so a person can click through. */
export const EvidenceSchema = z.object({
  // `metric` and `k8s`: what a collector read (a Prometheus series, a Kubernetes object); `file` names the source.
  kind: z.enum(["log", "repo", "alert", "command", "metric", "k8s"]),
  /** Log or repository path as the user gave it (repo paths are relative to the repo root). */
  file: z.string().min(1),
  line: z.number().int().positive().optional(),
  excerpt: z.string().max(2_000),
  note: z.string().max(500).optional(),
  /** The phrase of the excerpt that matters (what a failure pattern matched): a short view is cut around it. */
  match: z.string().max(500).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const DiagnosisSchema = z.object({
  severity: SeveritySchema,
  category: CategorySchema,
  summary: z.string().min(1).max(2_000),
  rootCause: z.string().max(4_000),
  evidence: z.array(EvidenceSchema).max(50),
  confidence: z.number().min(0).max(1),
  /** How safely this can be fixed automatically; decides how far the run goes (as Sentry's Autofix does). */
  fixability: z.number().min(0).max(1),
  recommendedActions: z.array(z.string().max(1_000)).max(20),
  /** Failure-pattern ids (the knowledge base's) that matched, when any; hints, not proof. */
  patterns: z.array(z.string()).default([]),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

/** A diagnosis read back (a stored Run): runs written before the rename carry `signatures`. */
export const StoredDiagnosisSchema = z.preprocess(renamedKey("signatures", "patterns"), DiagnosisSchema);
