import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

export interface DotEnv {
  /** The environment with the file's variables under it: a variable already set wins over the file. */
  env: NodeJS.ProcessEnv;
  /** The file read, when there was one. */
  path?: string;
}

/**
 * `.env` in the working directory, read before any setting is: `serve` and the App read the same file
 * the same way. Empty values count as unset, so a copy of .env.example (every key, most empty) changes
 * nothing until a value is filled in.
 */
export function loadDotEnv(cwd: string, env: NodeJS.ProcessEnv): DotEnv {
  const path = join(cwd, ".env");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { env };
    throw error;
  }
  const fromFile = Object.entries(parseEnv(text)).filter(([, value]) => value !== "");
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [key, value] of fromFile) {
    if (merged[key] === undefined || merged[key] === "") merged[key] = value;
  }
  return { env: merged, path };
}
