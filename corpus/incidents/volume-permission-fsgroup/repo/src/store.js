import { createWriteStream } from "node:fs";
import { join } from "node:path";

const ROOT = process.env.UPLOAD_DIR ?? "/data/uploads";

export function save(id, stream) {
  const out = createWriteStream(join(ROOT, `${id}.bin`));
  stream.pipe(out);
  return new Promise((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
}
