import type { FailurePattern } from "../failure-pattern.js";
import { STACK_FRAME } from "./locators.js";
import { MAP_LOCK } from "./locators-code.js";
import { THREAD_STACK } from "./locators-settings.js";

const TRACE_CONFIRM = [
  "The stack trace's top application frame, read in the repository, fails on this input.",
];
const TRACE_RULE_OUT = ["The error is caught and answered (a 4xx) and the service keeps serving."];

/** Language runtimes failing in the program itself: recursion, panics, unhandled errors, version skew. */
export const RUNTIME_ERROR_PATTERNS: FailurePattern[] = [
  {
    id: "stack-overflow-jvm",
    title: "JVM StackOverflowError (runaway recursion)",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["stackoverflowerror"],
    matchers: [/java\.lang\.StackOverflowError/, /\bStackOverflowError\b/],
    exclude: [/-Xss\d/],
    sources: [
      "openjdk/jdk src/java.base/share/classes/java/lang/StackOverflowError.java",
      'openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java (uncaughtException: "Exception in thread \\"" + t.getName() + "\\" ")',
    ],
    fixability: 0.3,
    repo: [...STACK_FRAME, ...THREAD_STACK],
    cause:
      "A thread's stack overflowed: a recursion without a working base case (often a cyclic object graph in toString, equals or JSON serialisation).",
    actions: [
      "Read the repeating frames in the trace: the cycle names the method to fix.",
      "Raising -Xss only hides an unbounded recursion.",
    ],
    confirm: ["The same few frames repeat hundreds of times in the trace."],
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "recursion-python",
    title: "Python RecursionError",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["recursionerror", "maximum recursion depth"],
    matchers: [/RecursionError: maximum recursion depth exceeded/, /maximum recursion depth exceeded/],
    sources: [
      'python/cpython Python/ceval.c (_PyErr_Format(tstate, PyExc_RecursionError, "maximum recursion depth exceeded%s", where); where is e.g. " while calling a Python object", " in comparison")',
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause:
      "Python hit its recursion limit: a function recurses without reaching its base case, or on a cyclic structure.",
    actions: ["Read the repeated frame in the traceback and fix the recursion (or make it iterative)."],
    confirm: ["The traceback repeats one frame (`[Previous line repeated N more times]`)."],
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "stack-overflow-node",
    title: "Node.js Maximum call stack size exceeded",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["maximum call stack size exceeded"],
    matchers: [/RangeError: Maximum call stack size exceeded/, /Maximum call stack size exceeded/],
    sources: [
      'v8/v8 src/common/message-template.h (kStackOverflow "Maximum call stack size exceeded", thrown as RangeError)',
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause:
      "V8's call stack overflowed: unbounded recursion, or a very large array spread into a call's arguments.",
    actions: ["Find the repeating frame in the trace; replace `fn(...bigArray)` with a loop."],
    confirm: ["Repeating frames in the stack trace, or a spread of a large array at the top frame."],
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "stack-overflow-native",
    title: "Stack overflow in Go or Ruby",
    category: "application_error",
    severity: "P2",
    rank: 27,
    keywords: ["stack exceeds", "stack overflow", "stack level too deep"],
    matchers: [
      /goroutine stack exceeds \d+-byte limit/,
      /fatal error: stack overflow/,
      /stack level too deep \(SystemStackError\)/,
      /\bSystemStackError\b/,
    ],
    sources: [
      'golang/go src/runtime/stack.go ("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit" then throw("stack overflow") → "fatal error: stack overflow")',
      'https://docs.ruby-lang.org/en/master/SystemStackError.html ("stack level too deep")',
    ],
    fixability: 0.3,
    repo: STACK_FRAME,
    cause: "A goroutine or Ruby thread recursed until its stack limit: a recursion without a base case.",
    actions: ["Read the repeated frames; fix the recursion or the cyclic data it walks."],
    confirm: ["The trace repeats the same function."],
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "unhandled-rejection",
    title: "Node.js unhandled promise rejection",
    category: "application_error",
    severity: "P2",
    rank: 29,
    keywords: [
      "unhandledpromiserejection",
      "unhandled promise rejection",
      "err_unhandled_rejection",
      "frompromise",
    ],
    matchers: [
      // What Node 15+ prints above the rejection's own error when it exits (lib/internal/process/promises.js).
      /triggerUncaughtException\(err, true \/\* fromPromise \*\/\)/,
      /UnhandledPromiseRejection(Warning)?/,
      /This error originated either by throwing inside of an async function without a catch block/,
      /ERR_UNHANDLED_REJECTION/,
    ],
    sources: [
      'nodejs/node lib/internal/process/promises.js ("This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch()…", ERR_UNHANDLED_REJECTION, triggerUncaughtException(err, true /* fromPromise */))',
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause:
      "A promise rejected with no handler; since Node 15 that terminates the process, so one failed await takes the service down.",
    actions: [
      "Await or `.catch()` the promise the trace names and handle its failure.",
      "Find the rejection's own error (the line after the warning): it is the real failure.",
    ],
    confirm: ["The process exits right after the rejection and restarts."],
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "go-panic",
    title: "Go panic",
    category: "application_error",
    severity: "P2",
    rank: 25,
    keywords: ["panic:", "panic serving"],
    matchers: [
      // net/http recovers a handler's panic and logs "http: panic serving ADDR: VALUE" then the stack: the
      // server lives on, but every such request fails at the line the trace names.
      /http: panic serving \S+: (?:runtime error: )?(?<subject>invalid memory address or nil pointer dereference|index out of range[^\n]*|slice bounds out of range[^\n]*|assignment to entry in nil map)/,
      /panic: runtime error: (?<subject>invalid memory address or nil pointer dereference|index out of range[^\n]*|slice bounds out of range[^\n]*)/,
      /panic: assignment to entry in nil map/,
      /^panic: .+\n+goroutine \d+ \[running\]/m,
    ],
    sources: [
      'golang/go src/runtime/error.go ("invalid memory address or nil pointer dereference", "index out of range [%x] with length %y") and src/runtime/panic.go ("panic: " then "goroutine %d [running]:")',
      'golang/go src/runtime/map.go (panic(plainError("assignment to entry in nil map")))',
      'golang/go src/net/http/server.go (c.server.logf("http: panic serving %v: %v\\n%s", c.remoteAddr, err, buf))',
    ],
    // A nil dereference guarded in the function's error return is a proposal (below 0.4 only a diagnosis);
    // the builder caps it at 0.3 when no guard is proposed (index out of range, no error result).
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "A goroutine panicked (nil pointer, index out of range, nil map) and took the process down.",
    actions: [
      "Open the first frame in your module below `goroutine N [running]` and handle the nil/out-of-range case.",
      "Recover in HTTP handlers only to log and answer 500, not to hide the bug.",
    ],
    confirm: ["`goroutine N [running]:` follows, naming a file in the repository."],
    ruleOut: [
      "The panic is recovered by the server (`http: panic serving`) once, not on each request to the route.",
    ],
  },
  {
    id: "go-concurrent-map",
    title: "Go concurrent map access",
    category: "concurrency",
    severity: "P2",
    rank: 24,
    keywords: ["concurrent map"],
    matchers: [/fatal error: concurrent map (writes|read and map write|iteration and map write)/],
    sources: [
      'golang/go src/internal/runtime/maps/runtime_fast32.go and older src/runtime/map.go (fatal("concurrent map writes"), fatal("concurrent map read and map write"))',
    ],
    // A backoff/lock the code-fix rules write is a proposal; the builder caps it at 0.3 when none is.
    fixability: 0.4,
    repo: MAP_LOCK,
    cause: "Two goroutines used one map at the same time without a lock; the runtime aborts the process.",
    actions: ["Guard the map with a sync.Mutex/RWMutex or use sync.Map; run the tests with -race."],
    confirm: ["`go test -race` reports a data race on the same map."],
    ruleOut: ["The map is only touched by one goroutine (check every caller in the trace)."],
  },
  {
    id: "ruby-nomethod-nil",
    title: "Ruby NoMethodError on nil",
    category: "application_error",
    severity: "P2",
    rank: 30,
    keywords: ["nomethoderror", "undefined method"],
    matchers: [
      /undefined method [`'](?<subject>\w+[?!]?)' for nil/,
      /\(NoMethodError\)/,
      /NoMethodError: undefined method/,
    ],
    sources: [
      'ruby/ruby vm_eval.c (rb_make_no_method_exception: "undefined method \'%1$s\' for %3$s%4$s"; before Ruby 3.4 "undefined method `%s\' for nil:NilClass")',
      "https://www.ruby-lang.org/en/news/2024/12/25/ruby-3-4-0-released/ (error messages use a single quote instead of a backtick)",
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause: "Ruby code called a method on nil: a record, param or lookup it assumed present is missing.",
    actions: [
      "Open the frame the backtrace names and handle the missing value (or fix the query that returns nil).",
    ],
    confirm: TRACE_CONFIRM,
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "dotnet-unhandled",
    title: ".NET unhandled exception",
    category: "application_error",
    severity: "P2",
    rank: 30,
    keywords: [
      "unhandled exception.",
      "unhandled exception:",
      "system.nullreferenceexception",
      "object reference not set",
    ],
    matchers: [
      /Unhandled [Ee]xception[.:]\s+(?<subject>System(?:\.\w+)+)/,
      /System\.NullReferenceException: Object reference not set to an instance of an object/,
    ],
    sources: [
      'dotnet/dotnet-api-docs xml/System/InvalidOperationException.xml (example output "Unhandled Exception: System.InvalidOperationException: Enumeration has not started. Call MoveNext."; .NET Core 3+ prints "Unhandled exception. System.…")',
      'https://learn.microsoft.com/en-us/dotnet/api/system.nullreferenceexception (message "Object reference not set to an instance of an object.")',
    ],
    fixability: 0.4,
    repo: STACK_FRAME,
    cause:
      "A .NET process threw an exception nothing caught; the runtime printed it and terminated the process.",
    actions: [
      "Open the frame the trace names (`at Namespace.Type.Method() in File.cs:line N`) and handle the case.",
    ],
    confirm: TRACE_CONFIRM,
    ruleOut: TRACE_RULE_OUT,
  },
  {
    id: "dependency-version-mismatch",
    title: "Library version mismatch (a symbol the code expects is missing)",
    category: "dependency",
    severity: "P2",
    rank: 17,
    keywords: [
      "cannot import name",
      "nosuchmethoderror",
      "nosuchfielderror",
      "undefined symbol",
      "err_require_esm",
    ],
    matchers: [
      /ImportError: cannot import name '(?<subject>\w+)' from '[\w.]+'/,
      // A dependency that went ESM-only in a major release (node-fetch 3, chalk 5) under CommonJS code.
      /\bERR_REQUIRE_ESM\b[^\n]*require\(\) of ES Module \S*node_modules\/(?<subject>(?:@[\w.-]+\/)?[\w.-]+)\//,
      /java\.lang\.NoSuchMethodError: '?(?<subject>[^'\s]+)/,
      /java\.lang\.NoSuchFieldError/,
      /undefined symbol: (?<subject>\w+)/,
    ],
    sources: [
      'python/cpython Python/ceval.c (import_from: "cannot import name %R from %R (%S)")',
      'bminor/glibc elf/dl-lookup.c ("undefined symbol: %s")',
      'nodejs/node lib/internal/errors.js (ERR_REQUIRE_ESM "require() of ES Module %s from %s not supported.")',
      "https://docs.oracle.com/javase/8/docs/api/java/lang/NoSuchMethodError.html (thrown when a class's definition changed incompatibly)",
    ],
    fixability: 0.3,
    subjectKind: "module",
    cause:
      "The code was built against a different version of a library than the one installed: a name it imports or calls no longer exists.",
    actions: [
      "Pin the library to the version the code was written for (lock file), or update the calling code.",
      "Look for a recent dependency bump or an unpinned transitive dependency.",
    ],
    confirm: [
      "The installed version (pip show / mvn dependency:tree) differs from the one in the lock file.",
    ],
    ruleOut: ["The symbol exists in the installed version: then it is a circular import."],
  },
];
