import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  CONFIG_PATH,
  configProblemLines,
  operatorSettings,
  parseSentryConfigText,
  resolveRepoConfig
} from "./chunk-UNJPGW5C.js";
import {
  ConfigError
} from "./chunk-UOHJ52NF.js";

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
  loadConfigFile,
  loadOperatorSettings
};
