import type { AppDeliverySettings } from "../github/app-delivery.js";
import type { ApiEnvSettings } from "./shared/api-env.js";
import type { ServeSettings } from "./shared/serve-settings.js";

/** Everything the App reads from its environment, parsed once in app-main.ts. */
export interface AppSettings extends AppDeliverySettings {
  serve: ServeSettings;
  /** The app's slug (APP_SLUG): its own comments, as `<slug>[bot]`, never trigger commands. */
  appSlug: string;
  /** The App's environment after `.env`: provider variables (ANTHROPIC_API_KEY, LLM_PROVIDER, …) and the collectors' credentials. */
  providerEnv: NodeJS.ProcessEnv;
  /** The REST API, dashboard and /metrics on the App's server (SENTRY_API_TOKEN and the variables beside it). */
  api?: { token: string } & ApiEnvSettings;
  /** The `.env` file read at start-up, named in the start-up lines. */
  dotEnvPath?: string;
}
