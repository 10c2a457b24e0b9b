import express from "express";
import { exportOrders } from "./export.js";

const app = express();

app.post("/api/exports/:id", async (req, res, next) => {
  try {
    res.json(await exportOrders(req.params.id));
  } catch (error) {
    next(error);
  }
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));
app.listen(Number(process.env.PORT ?? 8080));
