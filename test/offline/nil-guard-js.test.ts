import { describe, expect, it } from "vitest";
import { guardJs } from "../../src/llm/offline/nil-guard-js.js";

const handler = (params: string, extra = "") =>
  [
    `async function createOrder(${params}) {`,
    "  const customer = await findCustomer(req.body.customerId);",
    extra,
    "  const discount = customer.tier.discount;",
    "  res.json({ total: 10 * (1 - discount) });",
    "}",
  ]
    .filter((l) => l !== "")
    .join("\n");

describe("a JS/TS guard before an undefined read, failing the way the function already fails", () => {
  it("an Express handler answers 404 before the read, on the line's own statement", () => {
    const out = guardJs("src/orders.js", handler("req, res"), 3, "discount");
    expect(out?.content.split("\n")[2]).toBe(
      '  if (customer.tier == null) return res.status(404).json({ error: "customer.tier is missing" });',
    );
    expect(out?.content.split("\n")[3]).toBe("  const discount = customer.tier.discount;");
  });

  it("a handler with next passes the error on; an inline arrow route is a handler too", () => {
    expect(guardJs("src/orders.ts", handler("req, res, next"), 3, "discount")?.content).toContain(
      'if (customer.tier == null) return next(new Error("customer.tier is missing"));',
    );
    const route = [
      'router.post("/orders", async (req, res) => {',
      "  const customer = await findCustomer(req.body.customerId);",
      "  const discount = customer.tier.discount;",
      "});",
    ].join("\n");
    expect(guardJs("src/routes.js", route, 3, "discount")?.content).toContain(
      "  if (customer.tier == null) return res.status(404)",
    );
  });

  it("a function that already throws its own error class throws it", () => {
    const code = [
      "export function priceFor(order) {",
      '  if (!order) throw new PricingError("no order");',
      "  const rate = order.region.rate;",
      "  return order.amount * rate;",
      "}",
    ].join("\n");
    expect(guardJs("src/price.ts", code, 3, "rate")?.content).toContain(
      '  if (order.region == null) throw new PricingError("order.region is missing");',
    );
  });

  it("nothing where the function has no way to fail, or the line is inside a longer expression", () => {
    const plain = [
      "function total(order) {",
      "  const rate = order.region.rate;",
      "  return rate;",
      "}",
    ].join("\n");
    expect(guardJs("src/a.js", plain, 2, "rate")).toBeUndefined();
    const continued = [
      "function show(req, res) {",
      "  res.json({",
      "    rate: order.region.rate,",
      "  });",
      "}",
    ].join("\n");
    expect(guardJs("src/a.js", continued, 3, "rate")).toBeUndefined();
    expect(guardJs("src/a.py", handler("req, res"), 3, "discount")).toBeUndefined();
  });
});
