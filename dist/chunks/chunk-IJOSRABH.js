import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  configProblemLines,
  operatorSettings,
  parseSentryConfigText,
  resolveRepoConfig
} from "./chunk-FZAKC7TB.js";
import {
  ConfigError,
  UsageError
} from "./chunk-UOHJ52NF.js";

// src/entrypoints/shared/audit-head.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var TAIL_BYTES = 64 * 1024;
async function readAuditHead(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`cannot read audit log ${file}: ${error.code}`, {
      cause: error
    });
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const last = buffer.toString("utf8").trimEnd().split("\n").at(-1);
    if (!last) return void 0;
    const entry = JSON.parse(last);
    if (typeof entry.seq !== "number" || typeof entry.hash !== "string") {
      throw new UsageError(`audit log ${file} does not end with an audit entry: refusing to append to it`);
    }
    return { seq: entry.seq, hash: entry.hash };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`audit log ${file} does not end with a JSON entry: refusing to append to it`, {
      cause: error
    });
  } finally {
    closeSync(fd);
  }
}

// src/entrypoints/shared/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
function loadConfigFile(explicit, repoRoot, cwd, options = {}) {
  let operatorFile = { status: "missing" };
  if (explicit) {
    operatorFile = readConfig(resolve(cwd, explicit), explicit);
    if (operatorFile.status === "missing")
      throw new ConfigError(`cannot read config ${explicit}: ENOENT`, "(file)");
  }
  const operator = operatorSettings(operatorFile.status === "ok" ? operatorFile.file : void 0, {
    mode: options.mode
  });
  const repoFile = repoRoot ? join(repoRoot, CONFIG_PATH) : void 0;
  const repoResult = repoFile && existsSync(repoFile) ? readConfig(repoFile, repoFile) : { status: "missing" };
  const resolved = resolveRepoConfig(operator, repoResult);
  for (const line of configProblemLines(resolved, repoFile ?? CONFIG_PATH)) options.warn?.(line);
  return resolved.config;
}
function loadOperatorSettings(file, cwd) {
  const result = readConfig(resolve(cwd, file), file);
  if (result.status === "missing") throw new ConfigError(`cannot read config ${file}: ENOENT`, "(file)");
  return operatorSettings(result.status === "ok" ? result.file : void 0);
}
function readConfig(file, shown) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { status: "missing" };
    throw new ConfigError(`cannot read config ${shown}: ${code}`, "(file)");
  }
  const result = parseSentryConfigText(text);
  if (result.status === "invalid")
    throw new ConfigError(`config ${shown}: ${result.key}: ${result.message}`, result.key);
  return result;
}

export {
  readAuditHead,
  loadConfigFile,
  loadOperatorSettings
};
