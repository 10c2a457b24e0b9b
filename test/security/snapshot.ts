import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

/** A digest of every file, link and directory under root: "nothing on disk changed" is snapshot equality. */
export function snapshot(root: string): string {
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = lstatSync(path);
      if (info.isSymbolicLink()) hash.update(`L ${path} ${readlinkSync(path)}\n`);
      else if (info.isDirectory()) {
        hash.update(`D ${path}\n`);
        visit(path);
      } else hash.update(`F ${path} ${info.mode} `).update(readFileSync(path)).update("\n");
    }
  };
  visit(root);
  return hash.digest("hex");
}
