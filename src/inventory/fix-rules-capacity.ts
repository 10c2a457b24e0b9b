import type { FixRule } from "./fix-rule.js";

/** Limits other than a memory reservation: threads, metaspace, Redis's policy, a node's allocatable capacity. */
export const CAPACITY_RULES: readonly FixRule[] = [
  {
    id: "pids-cover-threads",
    evidence:
      "a thread refused (pthread_create failed, unable to create native thread, fork: retry) and one compose service whose pids limit is below the threads its own settings configure",
    change:
      "the pids limit becomes the configured threads × 1.5 (the runtime's own threads), rounded up to a multiple of 64",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (thread counts that rise steadily are a thread leak)",
      "raise the heap (-Xmx) or a memory limit: threads, not heap, ran out",
      "choose between several services that set a pids limit",
    ],
  },
  {
    id: "metaspace-covers-use",
    evidence: "OutOfMemoryError: Metaspace and one -XX:MaxMetaspaceSize the deploy files set",
    change:
      "MaxMetaspaceSize becomes twice the use the error measured (the cap), rounded up to 64m, at most 1g",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (metaspace or loaded classes that rise steadily: a class-loader leak)",
      "raise -Xmx or a memory limit: class metadata is not heap",
      "set a cap above 1g",
    ],
  },
  {
    id: "redis-evicts-cache",
    evidence:
      "Redis's OOM reply under maxmemory-policy noeviction, and the repository naming the instance a cache (service, variable or comment) with nothing naming it a queue, broker, session or primary store",
    change: "maxmemory-policy becomes allkeys-lru",
    risk: "medium",
    mustNot: [
      "evict from an instance that holds a queue, sessions or primary data (cite it and propose none)",
      "raise maxmemory blindly: a cache without eviction fills any size",
    ],
  },
  {
    id: "cpu-limit-uncapped",
    evidence:
      "CFS throttling of a container (CPUThrottlingHigh) and CPU use its own logs report pinned at (90% or more of) its CPU limit",
    change:
      "the CPU limit is removed (its real need is above what the quota lets be measured); the request is kept",
    risk: "medium",
    mustNot: [
      "raise a limit to hide steady growth (CPU readings that rise steadily)",
      "touch the request, which is what schedules the pod",
      "remove a limit the container is not using (throttled bursts below it are sized by hand)",
    ],
  },
  {
    id: "cleanup-enabled",
    evidence:
      "a write refused with No space left on device, `df -i` showing that filesystem out of inodes while `df -h` shows free blocks, and the config of the software writing there switching its cleanup off (PHP session.gc_probability = 0, the failing file under session.save_path)",
    change: "the cleanup switched back on at the software's own default (session.gc_probability = 1)",
    risk: "low",
    mustNot: [
      "enable a cleanup when blocks, not inodes, ran out (the files are large, not many)",
      "delete the files or move them to another filesystem: that only postpones it",
    ],
  },
  {
    id: "request-fits-node",
    evidence:
      "0/N nodes are available: N Insufficient cpu|memory, and the logs list every node's allocatable capacity, all below the request",
    change: "the request becomes 90% of the largest node's allocatable, rounded down (100m, 256Mi steps)",
    risk: "medium",
    mustNot: [
      "shrink a request that fits a node: the nodes are full, not too small",
      "touch the limit or another container's request",
    ],
  },
];
