import Fastify from "fastify";
import Redis from "ioredis";
import { priceCart } from "./pricing.js";

const app = Fastify({ logger: true });
const redis = new Redis(process.env.REDIS_URL ?? "redis://redis:6379");

// Carts are priced in memory: promotions are evaluated against the whole catalogue snapshot.
app.get("/api/cart/:id", async (request) => {
  const cart = JSON.parse((await redis.get(`cart:${request.params.id}`)) ?? "{}");
  return priceCart(cart);
});

app.get("/healthz", async () => ({ ok: true }));

await app.listen({ host: "0.0.0.0", port: Number(process.env.PORT ?? 8080) });
