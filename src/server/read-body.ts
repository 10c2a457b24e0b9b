import type { IncomingMessage } from "node:http";

export type BodyResult = { status: "ok"; body: Buffer } | { status: "too-large" } | { status: "aborted" };

/** The raw body bytes (signatures are over them), refused as soon as they pass `limit`. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume(); // drain so the connection can answer
    return Promise.resolve({ status: "too-large" });
  }
  // Resolving twice is a no-op, so every outcome resolves directly; `done` only stops collecting chunks.
  // No named closures here: this runs once per request, and each named one costs a `name` definition
  // under the dev loader's keepNames.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ status: "too-large" });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    // A webhook body mostly arrives in one chunk: no copy then.
    req.on("end", () => {
      if (done) return;
      done = true;
      resolve({ status: "ok", body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) });
    });
    req.on("error", () => {
      done = true;
      resolve({ status: "aborted" });
    });
    req.on("aborted", () => {
      done = true;
      resolve({ status: "aborted" });
    });
  });
}
