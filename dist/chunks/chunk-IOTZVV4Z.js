import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  SentryError
} from "./chunk-U3NNAQLI.js";

// src/llm/errors.ts
var ProviderUnavailableError = class extends SentryError {
  outage;
  constructor(message, options) {
    super(
      "provider_unavailable",
      message,
      options?.cause === void 0 ? void 0 : { cause: options.cause }
    );
    this.outage = options?.outage ?? false;
  }
};
var ProviderConfigError = class extends SentryError {
  constructor(message, options) {
    super("provider_config", message, options);
  }
};

// src/llm/provider-name.ts
var ProviderNameSchema = external_exports.enum([
  "anthropic",
  "bedrock_gateway",
  "openai_compatible",
  "offline",
  "scripted"
]);

export {
  ProviderUnavailableError,
  ProviderConfigError,
  ProviderNameSchema
};
