const express = require("express");
const orders = require("./routes/orders");

const app = express();
app.use(express.json());
app.use(orders);
app.get("/healthz", (_req, res) => res.json({ ok: true }));
app.listen(Number(process.env.PORT ?? 8080));
