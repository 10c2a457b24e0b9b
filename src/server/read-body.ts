import type { IncomingMessage } from "node:http";

export type BodyResult = { status: "ok"; body: Buffer } | { status: "too-large" } | { status: "aborted" };

/** The raw body bytes (signatures are over them), refused as soon as they pass `limit`. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume(); // drain so the connection can answer
    return Promise.resolve({ status: "too-large" });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        finish({ status: "too-large" });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    // A webhook body mostly arrives in one chunk: no copy then.
    req.on("end", () =>
      finish({ status: "ok", body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) }),
    );
    req.on("error", () => finish({ status: "aborted" }));
    req.on("aborted", () => finish({ status: "aborted" }));
  });
}
