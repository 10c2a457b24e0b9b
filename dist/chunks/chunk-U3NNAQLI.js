import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/core/errors.ts
var USER_ERROR_CODES = ["usage", "config", "provider_config"];
var SentryError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
  code;
};
var UsageError = class extends SentryError {
  constructor(message, options) {
    super("usage", message, options);
  }
};
var ConfigError = class extends SentryError {
  constructor(message, path, options) {
    super("config", message, options);
    this.path = path;
  }
  path;
};

export {
  USER_ERROR_CODES,
  SentryError,
  UsageError,
  ConfigError
};
