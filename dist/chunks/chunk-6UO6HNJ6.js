import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  isSecretName
} from "./chunk-W6C27GAO.js";
import {
  ConfigError
} from "./chunk-U3NNAQLI.js";

// src/entrypoints/shared/dotenv.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEnv } from "node:util";
function loadDotEnv(cwd, env) {
  const path = join(cwd, ".env");
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { env: readSecretFiles(env, cwd) };
    throw error;
  }
  const fromFile = Object.entries(parseEnv(text)).filter(([, value]) => value !== "");
  const merged = { ...env };
  for (const [key, value] of fromFile) {
    if (merged[key] === void 0 || merged[key] === "") merged[key] = value;
  }
  return { env: readSecretFiles(merged, cwd), path };
}
function readSecretFiles(env, cwd) {
  const out = { ...env };
  for (const [key, location] of Object.entries(env)) {
    if (!key.endsWith("_FILE") || !location) continue;
    const name = key.slice(0, -"_FILE".length);
    if (!isSecretName(name)) continue;
    let value;
    try {
      value = readFileSync(resolve(cwd, location), "utf8").replace(/\r?\n$/, "");
    } catch (error) {
      const code = error.code ?? "unreadable";
      throw new ConfigError(`${key}: cannot read ${location} (${code})`, key, { cause: error });
    }
    if (value === "") throw new ConfigError(`${key}: ${location} is empty`, key);
    const given = env[name];
    if (given !== void 0 && given !== "" && given !== value)
      throw new ConfigError(
        `${name} and ${key} are both set: keep one (the file keeps it out of /proc)`,
        name
      );
    out[name] = value;
  }
  return out;
}

// src/entrypoints/shared/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
function sentryVersion() {
  if (true) return "0.1.0";
  const pkg = JSON.parse(readFileSync2(new URL("../../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

export {
  loadDotEnv,
  readSecretFiles,
  sentryVersion
};
