const express = require("express");
const { loadOrder, placeOrder } = require("../store");
const { sendReceipt } = require("../mail");

const router = express.Router();

/**
 * Orders API.
 *
 * GET  /api/orders/:id       one order
 * POST /api/orders/checkout  place the cart as an order and send the receipt
 */

router.get("/api/orders/:id", async (req, res, next) => {
  try {
    const order = await loadOrder(req.params.id);
    if (!order) return res.status(404).json({ error: "not found" });
    res.json(order);
  } catch (error) {
    next(error);
  }
});

function formatMoney(cents, currency) {
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(cents / 100);
}

function lineItems(order) {
  return order.items.map((item) => ({
    sku: item.sku,
    quantity: item.quantity,
    total: formatMoney(item.price * item.quantity, order.currency),
  }));
}

/**
 * The receipt sent after checkout. Guest checkouts (since the one-page checkout) carry contact details on the
 * order itself and no customer record.
 */
function buildReceipt(order) {
  const email = order.customer.email;
  return {
    orderId: order.id,
    email,
    items: lineItems(order),
    total: formatMoney(order.total, order.currency),
  };
}

router.post("/api/orders/checkout", async (req, res) => {
  const order = await placeOrder(req.body);
  // The receipt is best effort: the mailer skips receipts without an address.
  const receipt = buildReceipt(order);
  await sendReceipt(receipt);
  res.status(201).json({ id: order.id });
});

module.exports = router;
