import Fastify from "fastify";
import multipart from "@fastify/multipart";

const app = Fastify();
// The service itself accepts photos up to 32 MiB; the proxy in front decides what reaches it.
await app.register(multipart, { limits: { fileSize: 32 * 1024 * 1024 } });

app.post("/api/photos", async (request) => {
  const file = await request.file();
  return { name: file?.filename, stored: true };
});

await app.listen({ host: "0.0.0.0", port: 8080 });
