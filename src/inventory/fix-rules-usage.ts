import type { FixRule } from "./fix-rule.js";

/** Sizes set from what the evidence measured a workload using (kubelet evictions, Docker's log writer). */
export const USAGE_RULES: readonly FixRule[] = [
  {
    id: "resources-cover-usage",
    evidence:
      "the kubelet evicted a pod and measured its container using more memory or ephemeral-storage than its spec reserves; one resources block is that container's",
    change:
      "the memory request becomes the peak used, the ephemeral-storage limit the peak × 1.25, rounded up (64Mi, 512Mi, 1Gi steps)",
    risk: "low",
    mustNot: [
      "size from readings that rise steadily (a leak or an unbounded cache)",
      "set a request above the container's limit, or a limit below its request",
      "choose between several resources blocks",
    ],
  },
  {
    id: "log-rotation-set",
    evidence:
      "Docker's json-file/local log writer reports the disk full, and one compose service chooses that driver with no max-size",
    change: "that service's logging gains options max-size 20m, max-file 5 (the local driver's own defaults)",
    risk: "low",
    mustNot: [
      "switch the log driver to none or delete logs (the evidence of the next incident)",
      "choose between several services that choose an unrotated driver",
    ],
  },
];
