import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  SentryConfigSchema
} from "./chunk-SNGNPRQL.js";
import {
  require_dist
} from "./chunk-Z34VOEOA.js";
import {
  ConfigError,
  UsageError
} from "./chunk-UOHJ52NF.js";
import {
  __toESM
} from "./chunk-3EZXIJC4.js";

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
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
function parseConfigText(text) {
  let raw;
  try {
    raw = (0, import_yaml.parse)(text) ?? {};
  } catch (error) {
    return {
      status: "invalid",
      path: "(file)",
      reason: `not valid YAML: ${error.message.split("\n")[0]}`
    };
  }
  const parsed = SentryConfigSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", config: parsed.data };
  const issue = parsed.error.issues[0];
  const keys = issue && "keys" in issue && Array.isArray(issue.keys) ? `.${issue.keys.join(", ")}` : "";
  const path = `${issue?.path.join(".") ?? ""}${keys}` || "(root)";
  return { status: "invalid", path, reason: issue?.message ?? "invalid" };
}
function loadConfigFile(explicit, repoRoot, cwd) {
  const file = explicit ? resolve(cwd, explicit) : repoRoot ? join(repoRoot, ".github/sentry.yml") : void 0;
  if (!file || !explicit && !existsSync(file)) return SentryConfigSchema.parse({});
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read config ${explicit ?? file}: ${error.code}`,
      "(file)"
    );
  }
  const result = parseConfigText(text);
  if (result.status === "invalid") {
    throw new ConfigError(`config ${explicit ?? file}: ${result.path}: ${result.reason}`, result.path);
  }
  return result.config;
}

export {
  readAuditHead,
  loadConfigFile
};
