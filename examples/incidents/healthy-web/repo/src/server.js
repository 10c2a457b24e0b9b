import Fastify from "fastify";
import Redis from "ioredis";

const app = Fastify({ logger: true });
// ioredis retries with backoff: a refused connection while Redis starts is expected and logged at warn.
const redis = new Redis(process.env.REDIS_URL ?? "redis://redis:6379", { maxRetriesPerRequest: 3 });

app.get("/api/cart/:id", async (request) => JSON.parse((await redis.get(`cart:${request.params.id}`)) ?? "{}"));
app.get("/healthz", async () => ({ ok: true }));

await app.listen({ host: "0.0.0.0", port: 8080 });
