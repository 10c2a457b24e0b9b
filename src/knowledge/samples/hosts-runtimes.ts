import type { Sample } from "./sample.js";

const OOM_FLAG = "JVM flags: -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps";

export const HOST_RUNTIME_SAMPLES: Record<string, Sample> = {
  "oom-node-heap": {
    match: [
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory",
    ],
    nearMiss: [
      "javascript heap snapshot written to /tmp/Heap.20261124.heapsnapshot",
      "NODE_OPTIONS=--max-old-space-size=4096",
    ],
  },
  "oom-jvm": {
    match: [
      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
      "java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    ],
    nearMiss: [
      OOM_FLAG,
      "-XX:+ExitOnOutOfMemoryError set; heap 2g",
      "java.lang.OutOfMemoryError: Direct buffer memory",
      "java.lang.OutOfMemoryError: GC overhead limit exceeded",
      "java.lang.OutOfMemoryError: Metaspace",
    ],
  },
  "oom-jvm-direct-memory": {
    match: [
      "io.netty.handler.codec.DecoderException: java.lang.OutOfMemoryError: Direct buffer memory",
      'Exception in thread "main" java.lang.OutOfMemoryError: Cannot reserve 1048576 bytes of direct buffer memory (allocated: 16777216, limit: 16777216)',
      "io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 520093983, max: 536870912)",
    ],
    nearMiss: [
      "-XX:MaxDirectMemorySize=512m",
      "buffer pool direct: count=12 used=786432 capacity=786432",
      OOM_FLAG,
    ],
  },
  "oom-jvm-gc-overhead": {
    match: [
      "java.lang.OutOfMemoryError: GC overhead limit exceeded",
      'Exception in thread "kafka-producer-network-thread | producer-1" java.lang.OutOfMemoryError: GC overhead limit exceeded',
    ],
    nearMiss: [
      "-XX:-UseGCOverheadLimit",
      "[gc] GC(1042) Pause Full (Ergonomics) 1901M->1890M(2048M) 1203.442ms",
    ],
  },
  "oom-jvm-array-size": {
    match: [
      'Exception in thread "main" java.lang.OutOfMemoryError: Requested array size exceeds VM limit',
      "java.lang.OutOfMemoryError: Requested array size exceeds VM limit\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    ],
    nearMiss: ["array size 2048 exceeds the page size", "java.lang.OutOfMemoryError: Java heap space"],
  },
  "oom-jvm-metaspace": {
    match: ["java.lang.OutOfMemoryError: Metaspace", "java.lang.OutOfMemoryError: Compressed class space"],
    nearMiss: ["-XX:MaxMetaspaceSize=256m", OOM_FLAG],
  },
  "oom-jvm-native-thread": {
    match: [
      'Exception in thread "pool-3-thread-1" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      "java.lang.OutOfMemoryError: unable to create new native thread",
    ],
    nearMiss: ["created native thread pool-3 with 16 threads", OOM_FLAG],
  },
  "oom-kernel": {
    match: [
      "kernel: Out of memory: Killed process 3120 (java) total-vm:8123456kB, anon-rss:4012345kB",
      "Warning  SystemOOM  3m    kubelet  System OOM encountered, victim process: java, pid: 23811",
      "kernel: Memory cgroup out of memory: Killed process 7286 (node) total-vm:1400000kB, anon-rss:262000kB",
      "kernel: postgres invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0",
    ],
    nearMiss: [
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      "vm.oom_kill_allocating_task = 0",
    ],
  },
  "oom-container": {
    match: [
      "    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137",
      "stoppedReason: OutOfMemoryError: Container killed due to memory usage",
      "worker-5f6d7c-abcde   0/1     OOMKilled   3          5m",
    ],
    nearMiss: [
      "worker 3 exited with code 0 after finishing its batch",
      "  ✓ handles oom killer gracefully (12 ms)",
      "tests/test_runner.py::test_exit_code_137_is_reported PASSED                [ 40%]",
    ],
  },
  "oom-go": {
    match: [
      "fatal error: runtime: out of memory",
      "runtime: out of memory: cannot allocate 4194304-byte block (3976200192 in use)",
      "fatal error: out of memory",
    ],
    nearMiss: ["GOMEMLIMIT=900MiB", "runtime: memory limit set to 900 MiB"],
  },
  "oom-python": {
    match: [
      "MemoryError",
      "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64",
      "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 2.00 MiB for an array with shape (261820,) and data type float64",
    ],
    nearMiss: ["    except MemoryError:", "memory usage: 412 MiB of 2 GiB"],
  },
  "oom-dotnet": {
    match: [
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      "Insufficient memory to continue the execution of the program.",
    ],
    nearMiss: ["DOTNET_GCHeapHardLimit=0x20000000", "GC heap size 512 MB (out of 2048 MB)"],
  },
  "oom-ruby": {
    match: [
      "failed to allocate memory (NoMemoryError)",
      "/app/lib/report.rb:12:in `join': failed to allocate memory (NoMemoryError)",
    ],
    nearMiss: ["MALLOC_ARENA_MAX=2", "allocated 12 MB for report buffer"],
  },
  "memory-leak": {
    match: [
      "(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added to [Socket]. Use emitter.setMaxListeners() to increase limit",
      "ERROR io.netty.util.ResourceLeakDetector - LEAK: ByteBuf.release() was not called before it's garbage-collected. See https://netty.io/wiki/reference-counted-objects.html for more information.",
      "==3842==ERROR: LeakSanitizer: detected memory leaks",
    ],
    nearMiss: [
      "-Dio.netty.leakDetection.level=advanced",
      "no memory leak found by valgrind (definitely lost: 0 bytes)",
      "memory usage growing steadily since the deploy, 1.2 GiB now",
    ],
  },
  "disk-full": {
    match: [
      "write /var/lib/docker/overlay2/x/diff/app.log: no space left on device",
      'ERROR:  could not extend file "base/16384/24610": No space left on device',
      "DiskPressure     True    Tue, 24 Nov 2026 02:10:11 +0000   KubeletHasDiskPressure   kubelet has disk pressure",
      "3m52s  Warning  FreeDiskSpaceFailed  node/k3s-server01  Failed to garbage collect required amount of images. Attempted to free 388231987 bytes, but only found 0 bytes eligible to free.",
    ],
    nearMiss: [
      "Error: ENOSPC: System limit for number of file watchers reached, watch '/app/src'",
      "DiskPressure     False   Tue, 24 Nov 2026 02:10:11 +0000   KubeletHasNoDiskPressure   kubelet has no disk pressure",
      "node-1: no disk pressure, 41% used",
    ],
  },
  "inodes-exhausted": {
    match: [
      "The node was low on resource: inodes.",
      'I1124 02:31:07.412345    1187 eviction_manager.go:381] "Eviction manager: attempting to reclaim" resourceName="inodes"',
      "Warning  EvictionThresholdMet  kubelet  Attempting to reclaim inodes",
      "Filesystem on /dev/nvme0n1p1, mounted on /, at 10.0.3.7:9100 has only 2.41% available inodes left.",
    ],
    nearMiss: [
      "inodes: 1.2M used of 6.5M (18%)",
      "Filesystem inode table rebuilt",
      "Filesystem on /dev/nvme0n1p1, mounted on /, at 10.0.3.7:9100 has only 2.41% available space left.",
    ],
  },
  "too-many-open-files": {
    match: [
      "2026/11/24 02:31:07 [crit] 31#31: accept4() failed (24: Too many open files)",
      "Error: EMFILE: too many open files, open '/app/data/chunk-0042.json'",
    ],
    nearMiss: [
      "LimitNOFILE=65536 applied; 812 files open (emfile guard disabled)",
      "open files limit: 1048576",
    ],
  },
  "nginx-worker-connections": {
    match: [
      "[alert] 21#21: 512 worker_connections are not enough while connecting to upstream",
      "2026/11/24 02:31:07 [alert] 29#29: *4812 1024 worker_connections are not enough while connecting to upstream, client: 10.0.0.4",
    ],
    nearMiss: [
      '[notice] 1#1: using the "epoll" event method; worker_connections 4096',
      "events { worker_connections 4096; }",
    ],
  },
  "clock-skew": {
    match: [
      "HEALTH_WARN clock skew detected on mon.b",
      "mon.b clock skew 0.143182s > max 0.05s (latency 0.000419s)",
      "chronyd[812]: System clock wrong by -12.432179 seconds, adjustment started",
      "Mar 14 14:06:28 raspberrypi4 chronyd[754]: System clock was stepped by 16.044301 seconds",
      "Oct 24 09:45:00 db-2 ntpd[1022]: time reset +4.005564 s",
      '{"level":"warn","ts":"2026-11-24T08:48:44.522Z","caller":"rafthttp/probing_status.go:82","msg":"prober found high clock drift","round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE","remote-peer-id":"4df3de4b88bd271","clock-drift":"1.123978766s","rtt":"15.900899ms"}',
      "javax.security.auth.login.LoginException: Clock skew too great (37)",
    ],
    nearMiss: [
      "chronyd[812]: Selected source 169.254.169.123",
      "max clock skew tolerated: 500ms",
      "chronyd[812]: System clock wrong by 0.003421 seconds",
      "chronyd[812]: System clock was stepped by 0.003421 seconds",
    ],
  },
  "jwt-not-before": {
    match: [
      "ERROR auth jwt validation failed: Token used before issued",
      "NotBeforeError: jwt not active",
      "jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)",
    ],
    nearMiss: ["jwt verified for user 4211 (iat 1764030000)", "TokenExpiredError: jwt expired"],
  },
};
