import { createWriteStream } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

const spool = process.env.SPOOL_DIR ?? "/var/lib/ingest/spool";

// Each upload is spooled to its own file until the flusher ships it: one descriptor per upload in flight,
// plus the client socket.
createServer((req, res) => {
  const id = randomUUID();
  const out = createWriteStream(join(spool, `${id}.part`));
  req.pipe(out);
  out.on("finish", () => res.end(JSON.stringify({ id })));
  out.on("error", (error) => {
    res.statusCode = 503;
    res.end(String(error));
  });
}).listen(Number(process.env.PORT ?? 8080));
