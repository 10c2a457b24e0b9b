import type { FailurePattern } from "../failure-pattern.js";
import { JVM_HEAP } from "./locators.js";
import { PIDS_LIMIT } from "./locators-settings.js";

/** A process or node under pressure without failing outright: stalled threads, back-to-back GCs, no PIDs left, node conditions. */
export const HOST_PRESSURE_PATTERNS: FailurePattern[] = [
  {
    id: "jvm-gc-thrashing",
    title: "JVM stalls in long garbage collections: the heap is nearly full",
    category: "out_of_memory",
    severity: "P2",
    rank: 13,
    keywords: ["to-space exhausted", "pause full", "full gc"],
    matchers: [
      /\bTo-space exhausted\b/,
      // Unified logging (JDK 9+): a full pause of a second or more that freed little.
      /Pause Full \([^)]*\) \d+M->\d+M\(\d+M\) \d{4,}\.\d+ms/,
      // JDK 8 -XX:+PrintGCDetails: a full collection whose wall time is a second or more.
      /\[Full GC \([^)]*\)[^\n]*\breal=[1-9]\d*\.\d+ secs\]/,
    ],
    minCount: 2,
    sources: [
      'openjdk/jdk src/hotspot/share/gc/g1/g1YoungGCPostEvacuateTasks.cpp and g1Trace ("To-space exhausted"); unified logging gc "Pause Full (%s) %uM->%uM(%uM) %.3fms"',
      "https://docs.oracle.com/javase/8/docs/technotes/guides/vm/gctuning/ (PrintGCDetails: [Full GC (cause) … [Times: user=… sys=…, real=… secs])",
    ],
    fixability: 0.2,
    cause:
      "The heap is nearly full of live objects, so the JVM runs full collections back to back that free little and stop every thread for seconds: requests time out and health checks fail long before an OutOfMemoryError (a leak, a cache without a bound, or a heap too small for the load).",
    actions: [
      "Compare heap after each full GC with the maximum: if it stays near the max and grows, take a heap dump (`jcmd PID GC.heap_dump`) and find what holds it.",
      "Raise -Xmx (and the container limit with it) only if live data is legitimately that large.",
    ],
    confirm: ["Heap occupancy after full GCs stays above ~90% of the maximum."],
    ruleOut: ["Full GCs free most of the heap: allocation bursts, not a full heap."],
    repo: JVM_HEAP,
  },
  {
    id: "process-stalled",
    title: "The process stalls: its threads do not run for seconds (starvation, GC or a paused VM)",
    category: "latency",
    severity: "P2",
    rank: 35,
    keywords: ["thread starvation or clock leap detected"],
    matchers: [/Thread starvation or clock leap detected \(housekeeper delta=(?<subject>[\w.µ]+)\)/],
    minCount: 2,
    sources: [
      'brettwooldridge/HikariCP src/main/java/com/zaxxer/hikari/pool/HikariPool.java (HouseKeeper: "{} - Thread starvation or clock leap detected (housekeeper delta={}).")',
    ],
    subjectKind: "timeout",
    consequenceOf: ["jvm-gc-thrashing", "cpu-throttling", "oom-jvm"],
    fixability: 0.1,
    cause:
      "A thread that should run every 30 seconds ran late by the delta shown: the whole JVM was stalled (stop-the-world GC, CPU throttling or starvation on an overcommitted host, swapping, a paused or migrated VM). Requests stall with it; connections time out on both sides.",
    actions: [
      "Line the deltas up with GC logs (long pauses), the container's CPU throttling (container_cpu_cfs_throttled_periods_total) and the host's swap and steal time.",
    ],
    confirm: ["GC pauses, throttled periods or swap activity at the times of the warnings."],
    ruleOut: [
      "A single warning after a host resumed from sleep or a checkpoint restore: a clock leap, harmless.",
    ],
  },
  {
    id: "pids-exhausted",
    title: "No more processes or threads: fork fails (PID or task limit reached)",
    category: "resource_limits",
    severity: "P1",
    rank: 12,
    keywords: ["resource temporarily unavailable", "can't start new thread", "pthread_create failed"],
    matchers: [
      /\bfork(?:\/exec [^:\n]+)?: (?:retry: )?[Rr]esource temporarily unavailable/,
      /pthread_create failed: Resource temporarily unavailable/,
      /RuntimeError: can't start new thread/,
    ],
    sources: [
      'https://man7.org/linux/man-pages/man2/fork.2.html (EAGAIN "Resource temporarily unavailable": RLIMIT_NPROC, the cgroup pids.max, or kernel.threads-max reached)',
      'golang/go src/runtime/cgo/gcc_libinit.c ("runtime/cgo: pthread_create failed: %s"); python/cpython Modules/_threadmodule.c ("can\'t start new thread")',
    ],
    fixability: 0.2,
    cause:
      "The process (or its container) cannot create another process or thread: it hit its PID limit (the cgroup's pids.max from Docker --pids-limit, Kubernetes podPidsLimit, systemd TasksMax) or the user's nproc limit, usually because something leaks threads or spawns children without reaping them.",
    actions: [
      "Count threads and processes: `cat /sys/fs/cgroup/pids.current pids.max` in the container, `ps -eLf | wc -l`; find who holds most (`ps -eo nlwp,pid,cmd --sort=-nlwp | head`).",
      "Fix the leak (unbounded thread pools, zombie children); raise the limit only for real concurrency.",
    ],
    confirm: ["pids.current equals pids.max (or nproc's limit) when the errors start."],
    ruleOut: ["Few threads and processes: EAGAIN from memory (fork needs memory too) instead."],
    repo: PIDS_LIMIT,
  },
  {
    id: "node-pressure",
    title: "Node under memory, disk or PID pressure",
    category: "resource_limits",
    severity: "P2",
    rank: 50,
    keywords: ["pressure"],
    matchers: [/\b(?:MemoryPressure|DiskPressure|PIDPressure)\s+True\b/],
    fields: [
      {
        kind: "k8s-condition",
        fields: { type: /^(?:MemoryPressure|DiskPressure|PIDPressure)$/, status: /^True$/ },
      },
    ],
    sources: [
      "kubernetes/kubernetes pkg/kubelet/nodestatus/setters.go (conditions MemoryPressure, DiskPressure, PIDPressure with reasons KubeletHasInsufficientMemory, KubeletHasDiskPressure, KubeletHasInsufficientPID)",
    ],
    consequenceOf: [
      "oom-kernel",
      "disk-full",
      "pids-exhausted",
      "evicted-memory-pressure",
      "evicted-ephemeral-storage",
    ],
    fixability: 0.1,
    cause:
      "The kubelet reports the node short of memory, disk or PIDs: it taints the node so no new pods land there and evicts running pods (lowest priority and most over their requests first) until the pressure clears.",
    actions: [
      "`kubectl describe node NODE` (Conditions, Allocated resources) and `kubectl top pods -A --sort-by=memory` for that node's pods; for disk, `crictl images` and container logs on the node.",
      "Set requests close to real use so the scheduler stops overcommitting the node; clean images and logs, or give the node more disk.",
    ],
    confirm: ["The condition is True in `kubectl describe node` and evictions or taints follow."],
    ruleOut: ["The condition is False: the node recovered; look at the pods' own limits."],
  },
];
