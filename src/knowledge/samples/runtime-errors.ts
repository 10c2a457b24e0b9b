import type { Sample } from "./sample.js";

export const RUNTIME_ERROR_SAMPLES: Record<string, Sample> = {
  "request-body-too-large": {
    match: [
      '2026/11/24 02:31:07 [error] 29#29: *81 client intended to send too large body: 10485760 bytes, client: 10.42.1.9, server: api, request: "POST /api/uploads HTTP/1.1"',
      "<html><head><title>413 Request Entity Too Large</title></head>",
    ],
    nearMiss: [
      "upload accepted: body 10485760 bytes is not too large for the 16m limit",
      "client_max_body_size 16m;",
    ],
    subject: "10485760",
  },
  segfault: {
    match: [
      "kernel: node[2231]: segfault at 0 ip 00007f3a1c2b4e10 sp 00007ffd6f1e8a40 error 4 in libc.so.6",
      "Segmentation fault (core dumped)",
    ],
    nearMiss: [
      "segfault handler installed (faulthandler enabled)",
      "ulimit -c unlimited; cores go to /var/crash",
    ],
  },
  "unhandled-exception": {
    match: [
      "TypeError: Cannot read properties of undefined (reading 'email')\n    at buildReceipt (/app/src/routes/orders.js:41:32)",
      'Traceback (most recent call last):\n  File "/app/app/views.py", line 42, in checkout\n    total = cart["total"]',
      'Exception in thread "http-nio-8080-exec-3" java.lang.NullPointerException: Cannot invoke "Customer.getEmail()" because "customer" is null',
    ],
    nearMiss: [
      "validation retried after a TypeError in the client payload (handled, 400 returned)",
      "exception handler registered for /api/*",
      // An exit someone asked for: sys.exit in a CLI, a server's signal handler (gunicorn's handle_abort).
      'Traceback (most recent call last):\n  File "/app/manage.py", line 22, in <module>\n    sys.exit(main())\nSystemExit: 2',
    ],
  },
  "stack-overflow-jvm": {
    match: [
      'Exception in thread "main" java.lang.StackOverflowError',
      "java.lang.StackOverflowError: null\n\tat com.acme.Node.toString(Node.java:31)",
    ],
    nearMiss: ["-Xss1m", "stack depth 12 (max 1024)"],
  },
  "recursion-python": {
    match: [
      "RecursionError: maximum recursion depth exceeded while calling a Python object",
      "RecursionError: maximum recursion depth exceeded in comparison",
    ],
    nearMiss: ["sys.setrecursionlimit(2000)", "recursion depth 12 of 1000"],
  },
  "stack-overflow-node": {
    match: [
      "RangeError: Maximum call stack size exceeded\n    at walk (/app/src/tree.js:12:10)",
      "Uncaught RangeError: Maximum call stack size exceeded",
    ],
    nearMiss: ["--stack-size=984", "RangeError: Invalid array length"],
  },
  "stack-overflow-native": {
    match: [
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow",
      "/app/models/category.rb:14:in `ancestors': stack level too deep (SystemStackError)",
    ],
    nearMiss: ["debug.SetMaxStack(64 << 20)", "RUBY_THREAD_VM_STACK_SIZE=1048576"],
  },
  "unhandled-rejection": {
    match: [
      "(node:1) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 10.0.0.5:5432",
      "node:internal/process/promises:394\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^",
      "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"timeout\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}",
    ],
    nearMiss: ["process.on('unhandledRejection', handler) installed", "--unhandled-rejections=strict"],
  },
  "go-panic": {
    match: [
      "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6b2f1a]",
      "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 42 [running]:",
      "panic: assignment to entry in nil map",
    ],
    nearMiss: ["http: panic serving 10.0.0.4:51234: recovered and logged", "GOTRACEBACK=all"],
    subject: "invalid memory address or nil pointer dereference",
  },
  "go-concurrent-map": {
    match: ["fatal error: concurrent map writes", "fatal error: concurrent map read and map write"],
    nearMiss: ["sync.Map used for concurrent map access", "race detector: no data races found"],
  },
  "ruby-nomethod-nil": {
    match: [
      "NoMethodError (undefined method `email' for nil:NilClass):",
      "app/models/order.rb:41:in `receipt': undefined method 'email' for nil (NoMethodError)",
    ],
    nearMiss: ["respond_to?(:email) => false", "method_missing handled for :email"],
    subject: "email",
  },
  "dotnet-unhandled": {
    match: [
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly 'Serilog.Sinks.File, Version=7.0.0.0'",
      "Unhandled exception. System.InvalidOperationException: Sequence contains no elements",
      "System.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Orders.Receipt.Build() in /src/Orders/Receipt.cs:line 41",
      "Unhandled Exception: System.InvalidOperationException: Enumeration has not started. Call MoveNext.",
    ],
    nearMiss: [
      "AppDomain.UnhandledException handler registered",
      "NullReferenceException avoided by guard in Receipt.Build",
    ],
    subject: "System.IO.FileNotFoundException",
  },
  "crash-loop": {
    match: [
      "Back-off restarting failed container app in pod checkout-6f7d8b9c4-x2x9q_default(1f0c2c1e-7a5b-4b8e-9a43-2d6a1c1b7f10)",
      "checkout-6f7d8b9c4-x2x9q   0/1     CrashLoopBackOff   7 (2m ago)   14m",
      "systemd[1]: api.service: Start request repeated too quickly.",
    ],
    nearMiss: [
      "systemd[1]: app.service: Main process exited, code=exited, status=0/SUCCESS",
      "restartPolicy: Always",
    ],
  },
  "health-check-failed": {
    match: [
      "Startup probe failed: HTTP probe failed with statuscode: 503",
      "2026-11-24T02:30:01.000000000Z container health_status: unhealthy 3f2a9c41d7e0 (image=shop/orders-api:1.4, name=orders-api)",
      "dependency failed to start: container orders-api is unhealthy",
    ],
    nearMiss: ["health check passed: db ok, redis ok", "healthcheck: interval=30s timeout=3s retries=3"],
    belowCount: true,
  },
  "slow-requests": {
    match: [
      "Completed 200 OK in 5234ms (Views: 12.1ms | ActiveRecord: 5180.4ms | Allocations: 8812)",
      "Completed 500 Internal Server Error in 30012ms (ActiveRecord: 29950.2ms | Allocations: 1204)",
      "[2026-11-24 02:30:01 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:17)",
      "2026-11-24 02:30:01.412 osd.5 [WRN] slow request 30.045 seconds old, received at 2026-11-24 02:29:31.367: osd_op(client.4240.0:8 rbd_data.1 [write 0~4194304]) currently waiting for subops from [6]",
    ],
    nearMiss: [
      "Completed 200 OK in 34ms (Views: 12.1ms | ActiveRecord: 4.4ms)",
      "latency objective: p99 < 2s",
      "alert: p99 latency for checkout-api above 2s objective for 10m",
    ],
    belowCount: true,
    subject: "5234",
  },
};
