import { describe, expect, it } from "vitest";
import { citedFrame, repoFrames, unreadableProperty } from "./stack-frames.js";

const FILES = [
  "src/routes/orders.js",
  "app/views.py",
  "src/main/java/com/acme/orders/web/OrderController.java",
  "internal/store/store.go",
];

describe("repoFrames", () => {
  it("maps a compiled dist/*.js frame to its one TypeScript source, marked compiled with the function", () => {
    const files = [
      "src/orders/orders.service.ts",
      "apps/api/src/main.ts",
      "src/orders/orders.service.spec.ts",
    ];
    const trace = [
      "TypeError: Cannot read properties of null (reading 'id')",
      "    at async OrdersService.findForUser (/app/dist/orders/orders.service.js:24:57)",
      "    at bootstrap (/srv/dist/apps/api/main.js:8:3)",
      "    at Object.<anonymous> (/app/dist/nowhere.js:1:1)",
    ].join("\n");
    expect(repoFrames(trace, files)).toEqual([
      { file: "src/orders/orders.service.ts", line: 24, compiled: { fn: "findForUser" } },
      { file: "apps/api/src/main.ts", line: 8, compiled: { fn: "bootstrap" } },
    ]);
    // The compiled file itself in the repository is its own frame.
    expect(repoFrames(trace, ["dist/orders/orders.service.js", ...files])[0]).toEqual({
      file: "dist/orders/orders.service.js",
      line: 24,
      column: 57,
    });
  });

  it("maps Node frames to repository paths and skips dependencies and runtime internals", () => {
    const trace = [
      "TypeError: Cannot read properties of undefined (reading 'email')",
      "    at buildReceipt (/app/src/routes/orders.js:41:32)",
      "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)",
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ].join("\n");
    expect(repoFrames(trace, FILES)).toEqual([{ file: "src/routes/orders.js", line: 41, column: 32 }]);
    expect(unreadableProperty(trace)).toBe("email");
  });

  it("puts Python's innermost frame first", () => {
    const trace = [
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
      '  File "/srv/app/app/views.py", line 12, in index',
      '  File "/srv/app/app/views.py", line 30, in helper',
      "KeyError: 'user'",
    ].join("\n");
    expect(repoFrames(trace, FILES).map((f) => f.line)).toEqual([30, 12]);
  });

  it("finds Java frames by package and Go frames by path", () => {
    const java = "\tat com.acme.orders.web.OrderController.list(OrderController.java:34)";
    expect(repoFrames(java, FILES)).toEqual([
      { file: "src/main/java/com/acme/orders/web/OrderController.java", line: 34 },
    ]);
    const go = "\t/build/internal/store/store.go:88 +0x1d";
    expect(repoFrames(go, FILES)).toEqual([{ file: "internal/store/store.go", line: 88 }]);
  });

  it("names nothing when no frame is in the repository", () => {
    expect(repoFrames("    at f (/app/node_modules/x/index.js:1:1)", FILES)).toEqual([]);
  });
});

describe("repoFrames: Ruby and .NET", () => {
  const files = ["app/models/order.rb", "src/Billing/InvoiceService.cs"];

  it("reads a Rails backtrace line (backtick or Ruby 3.4 quote) and skips gems", () => {
    const trace = [
      "F, [2026-01-01T00:00:00 #1] FATAL -- : [ab12] app/models/order.rb:41:in `receipt'",
      "/usr/local/bundle/gems/actionpack-7.1.3/lib/action_controller/metal.rb:227:in 'dispatch'",
      "/srv/app/app/models/order.rb:12:in 'Order#total'",
    ].join("\n");
    expect(repoFrames(trace, files)).toEqual([
      { file: "app/models/order.rb", line: 41 },
      { file: "app/models/order.rb", line: 12 },
    ]);
  });

  it("reads a .NET frame's file and line", () => {
    const trace =
      "   at Billing.InvoiceService.Render(Guid id) in /build/src/Billing/InvoiceService.cs:line 57";
    expect(repoFrames(trace, files)).toEqual([{ file: "src/Billing/InvoiceService.cs", line: 57 }]);
  });
});

describe("citedFrame", () => {
  it("cites the repeating frame of runaway recursion, not the innermost one", () => {
    const trace = [
      "java.lang.StackOverflowError",
      "\tat com.acme.orders.web.OrderController.walk(OrderController.java:12)",
      ...Array.from(
        { length: 5 },
        () => "\tat com.acme.orders.web.OrderController.walk(OrderController.java:20)",
      ),
    ].join("\n");
    expect(citedFrame(repoFrames(trace, FILES))?.line).toBe(20);
  });

  it("cites the innermost frame when nothing repeats", () => {
    const trace = "\tat /app/src/routes/orders.js:41:3\n\tat /app/src/routes/orders.js:9:1";
    expect(citedFrame(repoFrames(`    at x (/app/src/routes/orders.js:41:3)\n${trace}`, FILES))?.line).toBe(
      41,
    );
  });
});
