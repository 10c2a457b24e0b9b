import { type CollectorRuntime, credentialsFrom } from "../collectors/collector-access.js";
import type { SentryConfig } from "../core/config.js";

/**
 * The credentials the run's collectors name, read from the door's environment (those variables only): every
 * door (CLI, serve, the App, the Action) hands the engine the same runtime for the same settings.
 */
export function collectorRuntime(
  config: SentryConfig,
  env: Readonly<Record<string, string | undefined>>,
): CollectorRuntime {
  return { credentials: credentialsFrom(config.collectors, env) };
}
