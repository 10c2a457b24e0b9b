import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * Stack traces from stacks the guards must read as they print: a NestJS service traced through its compiled
 * dist/*.js (only src/*.ts is in the repository), a Java helpful NullPointerException, and a FastAPI route
 * whose HTTPException takes a status first.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "compiled-frames-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string; risk: string } | null;
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return JSON.parse(res.stdout) as RunJson;
}

const noise = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i));

const nestLog = (frame: string) =>
  [
    ...noise(120, (i) => `[Nest] 1  - 12/07/2026, 1:59:${i % 60} PM     LOG [HTTP] GET /health 200 2ms`),
    "[Nest] 1  - 12/07/2026, 2:00:11 PM   ERROR [ExceptionsHandler] Cannot read properties of null (reading 'id')",
    "TypeError: Cannot read properties of null (reading 'id')",
    `    at ${frame} (/app/dist/orders/orders.service.js:24:57)`,
    "    at async OrdersController.list (/app/dist/orders/orders.controller.js:19:16)",
    "    at async /app/node_modules/@nestjs/core/router/router-execution-context.js:46:28",
    ...noise(20, (i) => `[Nest] 1  - 12/07/2026, 2:00:${i + 12} PM     LOG [HTTP] GET /health 200 1ms`),
  ].join("\n");

const NEST_SERVICE = [
  "import { Injectable, NotFoundException } from '@nestjs/common';",
  "",
  "@Injectable()",
  "export class OrdersService {",
  "  constructor(private readonly users: UsersRepository) {}",
  "",
  "  async findForUser(email: string) {",
  "    if (!email) {",
  "      throw new NotFoundException('email required');",
  "    }",
  "    const user = await this.users.findByEmail(email);",
  "    const orders = await this.users.ordersOf(user.id);",
  "    return orders.map((o) => ({ id: o.id, total: o.total }));",
  "  }",
  "",
  "  async history(user: { id: string } | null) {",
  "    const first = await this.users.ordersOf(user.id);",
  "    const again = await this.users.ordersOf(user.id);",
  "    return [first, again];",
  "  }",
  "}",
  "",
].join("\n");

describe("frames and null reads from less common stacks, through the CLI", () => {
  it("a compiled dist/*.js frame maps to src/*.ts and to the line that reads the property", async () => {
    const root = workspace({
      "logs/nest.log": nestLog("OrdersService.findForUser"),
      "repo/src/orders/orders.service.ts": NEST_SERVICE,
      "repo/package.json": '{"name":"orders","scripts":{"start:prod":"node dist/main"}}\n',
    });
    const run = await diagnose(root);
    // Line 24 is the compiled file's; the source reads user.id on line 12 (o.id is the callback's own frame).
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "src/orders/orders.service.ts", line: 12 }),
    );
    expect(run.proposal?.risk).toBe("medium");
    expect(run.proposal?.patch).toContain(
      '+    if (user == null) throw new NotFoundException("user is missing");',
    );
  });

  it("a compiled frame whose function reads the property twice: the function is cited, no guard is placed", async () => {
    const root = workspace({
      "logs/nest.log": nestLog("OrdersService.history"),
      "repo/src/orders/orders.service.ts": NEST_SERVICE,
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "src/orders/orders.service.ts", line: 16 }),
    );
    expect(run.proposal?.patch ?? "").not.toContain("== null");
    // Never the compiled line number applied to the source file.
    expect(run.diagnosis?.evidence.some((e) => e.kind === "repo" && e.line === 24)).toBe(false);
  });

  const JAVA = [
    "package com.acme.shop;",
    "",
    "public class OrderService {",
    "    public BigDecimal price(Order order) {",
    "        if (order.getLines().isEmpty()) {",
    '            throw new IllegalArgumentException("order has no lines");',
    "        }",
    "        Customer customer = customers.findById(order.getCustomerId());",
    "        BigDecimal discount = customer.getTier().discountFor(order.subtotal());",
    "        return order.subtotal().subtract(discount);",
    "    }",
    "}",
    "",
  ].join("\n");

  const javaLog = (because: string) =>
    [
      ...noise(
        100,
        (i) =>
          `2026-12-07T13:59:${String(i % 60).padStart(2, "0")}.100Z  INFO 1 --- [exec-${i % 9}] c.a.s.Web : GET /health 200`,
      ),
      `2026-12-07T14:00:01.220Z ERROR 1 --- [exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] threw exception`,
      `java.lang.NullPointerException: Cannot invoke "com.acme.shop.Customer.getTier()" because ${because} is null`,
      "\tat com.acme.shop.OrderService.price(OrderService.java:9)",
      "\tat com.acme.shop.OrderController.checkout(OrderController.java:31)",
      "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
    ].join("\n");

  it("a Java helpful NPE: the named local is checked and the method's own exception thrown", async () => {
    const root = workspace({
      "logs/app.log": javaLog('"customer"'),
      "repo/pom.xml": "<project><artifactId>shop</artifactId></project>\n",
      "repo/src/main/java/com/acme/shop/OrderService.java": JAVA,
    });
    const run = await diagnose(root);
    expect(run.proposal?.risk).toBe("medium");
    expect(run.proposal?.patch).toContain("+        if (customer == null) {");
    expect(run.proposal?.patch).toContain(
      '+            throw new IllegalArgumentException("customer is null");',
    );
    expect(run.proposal?.patch).not.toMatch(/catch \(NullPointerException|Optional\.ofNullable/);
  });

  it("a Java NPE naming no variable (<local4>, compiled without -g): the line is cited, nothing proposed", async () => {
    const root = workspace({
      "logs/app.log": javaLog('"<local4>"'),
      "repo/src/main/java/com/acme/shop/OrderService.java": JAVA,
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({
        kind: "repo",
        file: "src/main/java/com/acme/shop/OrderService.java",
        line: 9,
      }),
    );
    expect(run.proposal?.patch ?? "").toBe("");
  });

  it("a FastAPI route raising HTTPException(status_code=…): the guard raises it with a status, not a bare message", async () => {
    const root = workspace({
      "logs/uvicorn.log": [
        ...noise(100, (i) => `INFO:     10.0.3.${i}:51234 - "GET /healthz HTTP/1.1" 200 OK`),
        'INFO:     10.0.3.17:51234 - "POST /invoices/4411/send HTTP/1.1" 500 Internal Server Error',
        "ERROR:    Exception in ASGI application",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/fastapi/routing.py", line 212, in run_endpoint_function',
        "    return await dependant.call(**values)",
        '  File "/srv/billing/app/routers/invoices.py", line 10, in send_invoice',
        "    mailer.send(to=account.billing_contact.email)",
        "AttributeError: 'NoneType' object has no attribute 'email'",
      ].join("\n"),
      "repo/app/routers/invoices.py": [
        "from fastapi import APIRouter, HTTPException",
        "router = APIRouter()",
        "",
        '@router.post("/invoices/{account_id}/send")',
        "async def send_invoice(account_id: int):",
        "    invoice = find_invoice(account_id)",
        "    if invoice is None:",
        '        raise HTTPException(status_code=404, detail="no invoice")',
        "    account = find_account(account_id)",
        "    mailer.send(to=account.billing_contact.email)",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain(
      '+        raise HTTPException(status_code=404, detail="account.billing_contact is None")',
    );
    expect(run.proposal?.patch).not.toMatch(/except|HTTPException\("/);
  });

  it("a Go handler panic net/http recovered (http: panic serving): the frame is cited, nothing recovered", async () => {
    const root = workspace({
      "logs/app.log": [
        ...noise(
          100,
          (i) => `time=2026-12-07T13:59:${i % 60}.000Z level=INFO msg=request path=/healthz status=200`,
        ),
        "2026/12/07 14:00:01 http: panic serving 10.0.0.7:51122: assignment to entry in nil map",
        "goroutine 41 [running]:",
        "net/http.(*conn).serve.func1()",
        "\t/usr/local/go/src/net/http/server.go:1947 +0xbe",
        "example.com/shop/internal/cart.(*Cart).Add(0xc000120000, {0xc00001a0f0, 0x6}, 0x1)",
        "\t/build/internal/cart/cart.go:9 +0x7a",
      ].join("\n"),
      "repo/go.mod": "module example.com/shop\n\ngo 1.22\n",
      "repo/internal/cart/cart.go": [
        "package cart",
        "",
        "type Cart struct{ Items map[string]int }",
        "",
        "func (c *Cart) Add(sku string, qty int) error {",
        "\tif qty <= 0 {",
        "\t\treturn errBadQty",
        "\t}",
        "\tc.Items[sku] += qty",
        "\treturn nil",
        "}",
        "",
      ].join("\n"),
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "internal/cart/cart.go", line: 9 }),
    );
    expect(run.proposal?.patch ?? "").not.toMatch(/recover\(\)|== nil/);
  });
});
