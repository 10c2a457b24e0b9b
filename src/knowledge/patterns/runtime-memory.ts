import type { FailurePattern } from "../failure-pattern.js";
import { JVM_HEAP, MEMORY_LIMIT } from "./locators.js";
import { DIRECT_MEMORY, METASPACE, PIDS_LIMIT, THREAD_STACK } from "./locators-settings.js";

const HEAP_CONFIRM = [
  "Memory of the process climbs to its limit just before the error (container_memory_working_set_bytes).",
];
const SPIKE_OR_LEAK = [
  "Memory was flat and far below the limit when it failed: look for a single huge allocation.",
];

/** Running out of memory inside a runtime (not the kernel's OOM killer), and leaks that lead there. */
export const RUNTIME_MEMORY_PATTERNS: FailurePattern[] = [
  {
    id: "oom-jvm",
    title: "JVM ran out of heap",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["outofmemoryerror"],
    matchers: [/java\.lang\.OutOfMemoryError/, /OutOfMemoryError: Java heap space/],
    // Other limits than the heap, each with its own entry and advice (runtime-memory.ts): -Xmx is not their fix.
    exclude: [
      /OutOfMemoryError: (Metaspace|Compressed class space|Direct buffer memory|Cannot reserve \d+ bytes of direct|unable to create (new )?native thread|GC overhead limit|Requested array size)/,
    ],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (OutOfMemoryError messages "Java heap space", "GC overhead limit exceeded", "Requested array size exceeds VM limit")',
    ],
    fixability: 0.6,
    confirm: [
      "GC logs show full GCs reclaiming little right before the error; a heap dump shows what fills it.",
    ],
    ruleOut: ["The message names Metaspace, direct buffer memory or native threads: a different limit."],
    cause: "The JVM exhausted its heap (java.lang.OutOfMemoryError: Java heap space).",
    actions: [
      "Raise -Xmx (and the container limit with it), or find the allocation that grows with a heap dump.",
      "Add -XX:+HeapDumpOnOutOfMemoryError to capture the next occurrence.",
    ],
    repo: JVM_HEAP,
  },
  {
    id: "oom-jvm-metaspace",
    title: "JVM ran out of Metaspace",
    category: "out_of_memory",
    severity: "P1",
    rank: 8,
    keywords: ["outofmemoryerror: metaspace", "outofmemoryerror: compressed class space"],
    matchers: [/OutOfMemoryError: Metaspace/, /OutOfMemoryError: Compressed class space/],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (OutOfMemoryError messages "Metaspace" and "Compressed class space")',
    ],
    fixability: 0.4,
    cause:
      "The JVM filled its Metaspace (class metadata): usually a class-loader leak from redeploys or generated proxies, or a MaxMetaspaceSize set too low.",
    actions: [
      "Raise -XX:MaxMetaspaceSize only after checking the loaded class count is stable (jcmd PID VM.classloader_stats).",
      "Look for class loaders that survive redeploys.",
    ],
    confirm: ["Loaded class count grows steadily until the error (jstat -class)."],
    ruleOut: ["The message says `Java heap space`: that is the heap, not Metaspace."],
    repo: [...METASPACE, ...MEMORY_LIMIT],
  },
  {
    id: "oom-jvm-native-thread",
    title: "JVM cannot create native threads",
    category: "resource_limits",
    severity: "P1",
    rank: 8,
    keywords: ["unable to create native thread", "unable to create new native thread"],
    matchers: [/OutOfMemoryError: unable to create (new )?native thread/],
    sources: [
      'openjdk/jdk src/hotspot/share/runtime/os.hpp (OS_NATIVE_THREAD_CREATION_FAILED_MSG "unable to create native thread: possibly out of memory or process/resource limits reached"; JDK 8 printed "unable to create new native thread")',
    ],
    fixability: 0.3,
    cause:
      "The JVM hit the process or cgroup thread limit (pids.max, ulimit -u) or ran out of memory for thread stacks; usually a thread leak.",
    actions: [
      "Count threads (`jcmd PID Thread.print | grep -c '^\"'`) and find the pool that grows.",
      "Check pids.max / LimitNPROC for the container or unit.",
    ],
    confirm: ["Thread count rises to the pids limit before the error."],
    ruleOut: ["Thread count is stable and low: look at memory for stacks (-Xss × threads)."],
    repo: [...PIDS_LIMIT, ...THREAD_STACK],
  },
  {
    id: "oom-jvm-direct-memory",
    title: "JVM ran out of direct (off-heap) buffer memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 8,
    keywords: ["direct buffer memory", "outofdirectmemoryerror"],
    matchers: [
      /OutOfMemoryError: Direct buffer memory/,
      // JDK 16 and later name the sizes instead.
      /OutOfMemoryError: Cannot reserve \d+ bytes of direct buffer memory/,
      /OutOfDirectMemoryError: failed to allocate \d+ byte\(s\) of direct memory/,
    ],
    sources: [
      'openjdk/jdk src/java.base/share/classes/java/nio/Bits.java (reserveMemory: "Direct buffer memory"; since JDK 16 "Cannot reserve " + size + " bytes of direct buffer memory (allocated: …, limit: …)")',
      'netty/netty common/src/main/java/io/netty/util/internal/PlatformDependent.java (incrementMemoryCounter: OutOfDirectMemoryError "failed to allocate " + capacity + " byte(s) of direct memory (used: …, max: …)")',
    ],
    fixability: 0.3,
    cause:
      "The JVM used up its direct (off-heap) buffer memory, which -XX:MaxDirectMemorySize caps (by default the size of -Xmx) and which the heap does not hold: usually Netty or NIO buffers that are allocated faster than they are released (a ByteBuf that is never release()d, a slow reader that lets outbound buffers pile up), or very large messages. Raising -Xmx does not fix it.",
    actions: [
      "Run with -Dio.netty.leakDetection.level=paranoid (or advanced) and look for `LEAK: ByteBuf.release() was not called`; read direct use with jcmd PID VM.native_memory (-XX:NativeMemoryTracking=summary) or the BufferPool MXBean.",
      "Set -XX:MaxDirectMemorySize (and io.netty.maxDirectMemory) explicitly, and keep heap + direct + metaspace + thread stacks inside the container limit.",
    ],
    confirm: [
      'Direct buffer use (jvm_buffer_memory_used_bytes{id="direct"}, Netty\'s usedDirectMemory) climbs to the limit the error names while the heap stays flat.',
    ],
    ruleOut: ["The message says `Java heap space`: that is the heap, not direct memory."],
    repo: [...DIRECT_MEMORY, ...MEMORY_LIMIT],
  },
  {
    id: "oom-jvm-gc-overhead",
    title: "JVM GC overhead limit exceeded: the heap is nearly full of live objects",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["gc overhead limit exceeded"],
    matchers: [/OutOfMemoryError: GC overhead limit exceeded/],
    sources: [
      'openjdk/jdk src/hotspot/share/gc/parallel/psScavenge.cpp and universe.cpp (Universe::out_of_memory_error_gc_overhead_limit "GC overhead limit exceeded", thrown by the Parallel collector under -XX:+UseGCOverheadLimit)',
    ],
    fixability: 0.5,
    cause:
      "The JVM spent almost all its time in garbage collection (over 98%) while freeing almost nothing (under 2% of the heap): the live objects fill the heap. Either a leak keeps objects reachable or the live set needs a larger heap; the service crawls in GC before it fails.",
    actions: [
      "Take a heap dump (-XX:+HeapDumpOnOutOfMemoryError or jcmd PID GC.heap_dump) and find what dominates the retained size.",
      "If the live set is legitimately larger, raise -Xmx together with the container limit; -XX:-UseGCOverheadLimit only postpones the failure.",
    ],
    confirm: [
      "GC logs show back-to-back full collections each reclaiming little, old generation near 100% after GC.",
    ],
    ruleOut: [
      "The heap after each full GC is low: the error is from a burst, look for a single large allocation.",
    ],
    repo: JVM_HEAP,
  },
  {
    id: "oom-jvm-array-size",
    title: "JVM refused an array larger than the VM allows",
    category: "out_of_memory",
    severity: "P2",
    rank: 8,
    keywords: ["requested array size exceeds vm limit"],
    matchers: [/OutOfMemoryError: Requested array size exceeds VM limit/],
    sources: [
      'openjdk/jdk src/hotspot/share/memory/universe.cpp (Universe::out_of_memory_error_array_size "Requested array size exceeds VM limit")',
    ],
    fixability: 0.2,
    cause:
      "The code asked for one array of close to 2^31 elements (Integer.MAX_VALUE), more than any JVM can allocate whatever the heap size: typically a whole file, response or result set read into one byte[] or String, a StringBuilder or ByteArrayOutputStream that keeps growing, or a length read from corrupt input. A larger -Xmx does not help.",
    actions: [
      "Find the allocation in the stack trace (Arrays.copyOf, StringBuilder, ByteArrayOutputStream, readAllBytes) and stream or chunk that data instead of holding it in one array.",
      "Check the size that was asked for: a length field from a corrupt or hostile payload should be bounded before allocating.",
    ],
    confirm: [
      "The stack trace ends in an array growth (Arrays.copyOf, AbstractStringBuilder.ensureCapacity) under the code that reads the large input.",
    ],
    ruleOut: ["The message says `Java heap space`: the heap was full, not one array too large."],
  },
  {
    id: "oom-go",
    title: "Go runtime ran out of memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["runtime: out of memory", "cannot allocate memory", "fatal error: out of memory"],
    matchers: [
      /fatal error: runtime: out of memory/,
      // What the heap's growth failure prints after the "cannot allocate" line (mheap.go, then throw).
      /^fatal error: out of memory$/m,
      /runtime: out of memory: cannot allocate \d+-byte block/,
    ],
    sources: [
      'golang/go src/runtime/mheap.go (grow: print("runtime: out of memory: cannot allocate ", ask, "-byte block (", …, " in use)\\n"), then "fatal error: out of memory")',
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The Go runtime could not get memory from the OS for an allocation and aborted the process.",
    actions: [
      "Set GOMEMLIMIT a little below the container limit so the GC works before the kernel kills.",
      "Profile the heap (pprof /debug/pprof/heap) for what grows.",
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK,
  },
  {
    id: "oom-python",
    title: "Python raised MemoryError",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["memoryerror", "unable to allocate"],
    matchers: [
      /^\s*MemoryError\b/m,
      /numpy\._?core\._exceptions\._ArrayMemoryError/,
      /Unable to allocate [\d.]+ [KMGT]i?B for an array/,
    ],
    exclude: [/except MemoryError/],
    sources: [
      "https://docs.python.org/3/library/exceptions.html#MemoryError",
      'numpy/numpy numpy/core/_exceptions.py (_ArrayMemoryError: "Unable to allocate {} for an array with shape {} and data type {}"; numpy 2 moved it to numpy/_core/_exceptions.py)',
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause:
      "The Python process could not allocate memory (MemoryError): a large load into memory or a limit too low.",
    actions: [
      "Process the data in chunks or streams instead of loading it whole.",
      "Raise the memory limit only if the working set is expected.",
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK,
  },
  {
    id: "oom-dotnet",
    title: ".NET OutOfMemoryException",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["system.outofmemoryexception", "insufficient memory to continue"],
    matchers: [
      /System\.OutOfMemoryException/,
      /Insufficient memory to continue the execution of the program/,
    ],
    sources: [
      'dotnet/runtime src/libraries/System.Private.CoreLib/src/Resources/Strings.resx (Arg_OutOfMemoryException "Insufficient memory to continue the execution of the program.")',
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause:
      "The .NET runtime could not allocate: the managed heap reached the container limit or a GC heap hard limit.",
    actions: [
      "Check DOTNET_GCHeapHardLimit / the container limit and the heap's growth (dotnet-counters).",
      "Take a dump (dotnet-dump collect) to find the growing objects.",
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK,
  },
  {
    id: "oom-ruby",
    title: "Ruby failed to allocate memory",
    category: "out_of_memory",
    severity: "P1",
    rank: 9,
    keywords: ["nomemoryerror", "failed to allocate memory"],
    matchers: [/failed to allocate memory \(NoMemoryError\)/, /\bNoMemoryError\b/],
    sources: [
      'https://docs.ruby-lang.org/en/master/NoMemoryError.html ("failed to allocate memory (NoMemoryError)")',
    ],
    fixability: 0.4,
    repo: MEMORY_LIMIT,
    cause: "The Ruby VM could not allocate memory (NoMemoryError).",
    actions: [
      "Check the worker's RSS growth; recycle workers (puma_worker_killer) while finding the leak.",
      "Use jemalloc or MALLOC_ARENA_MAX=2 to curb fragmentation.",
    ],
    confirm: HEAP_CONFIRM,
    ruleOut: SPIKE_OR_LEAK,
  },
  {
    id: "memory-leak",
    title: "Memory leak: steady growth reported by the runtime",
    category: "out_of_memory",
    severity: "P3",
    rank: 13,
    keywords: ["memory leak", "leak:", "leaksanitizer"],
    // Steady growth itself is read from the numbers (src/inventory/growth.ts), not from words in a line.
    matchers: [
      /Possible EventEmitter memory leak detected/,
      /LEAK: ByteBuf\.release\(\) was not called before it's garbage-collected/,
      /ERROR: LeakSanitizer: detected memory leaks/,
    ],
    sources: [
      'nodejs/node lib/events.js (MaxListenersExceededWarning "Possible EventEmitter memory leak detected. %d %s listeners added to %s…")',
      'netty/netty common/src/main/java/io/netty/util/ResourceLeakDetector.java ("LEAK: {}.release() was not called before it\'s garbage-collected.")',
      'llvm/llvm-project compiler-rt/lib/lsan/lsan_common.cpp (Report("ERROR: LeakSanitizer: detected memory leaks\\n")), printed as "==PID==ERROR: LeakSanitizer: detected memory leaks"',
    ],
    fixability: 0.1,
    cause:
      "Memory grows steadily with uptime rather than with load: objects (listeners, buffers, cache entries) are kept after they are needed. A leak ends in an OOM kill hours later, unlike a spike.",
    actions: [
      "Compare heap snapshots taken some time apart and look for the type whose count keeps growing.",
      "Restarting only resets the clock; find the retaining reference.",
    ],
    confirm: ["Memory rises roughly linearly across restarts' lifetimes, independent of request rate."],
    ruleOut: ["Memory jumps with one request or batch and falls back: a spike, not a leak."],
  },
];
