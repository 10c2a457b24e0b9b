import type { OperatorSettings } from "../core/operator-settings.js";
import type { RepoRef } from "../github/octokit.js";
import type { ServeSettings } from "./shared/serve-settings.js";

/** Everything the App reads from its environment, parsed once in app-main.ts. */
export interface AppSettings {
  serve: ServeSettings;
  /** The repository whose sentry.yml `alertRouting` decides where alerts go (SENTRY_ROUTING_REPO). */
  routingRepo?: RepoRef;
  /** Where alerts go when no rule matches (SENTRY_DEFAULT_REPO). */
  defaultRepo?: RepoRef;
  /** `actions`: hand alert runs to the target repository's workflow via repository_dispatch (SENTRY_HANDOFF). */
  handOff: "in-process" | "actions";
  /** The app's slug (APP_SLUG): its own comments, as `<slug>[bot]`, never trigger commands. */
  appSlug: string;
  /** https://github.com, or https://GHE_HOST for GitHub Enterprise Server. */
  serverUrl: string;
  auditSigningKey?: string;
  /** SENTRY_MODE: the highest mode any repository's runs may use (DISABLED is the operator's kill switch). */
  modeOverride?: "AUDIT" | "ACTIVE" | "DISABLED";
  /**
   * The operator's grant (SENTRY_CONFIG, a sentry.yml the operator keeps): commands, hosts, restart services,
   * limits. A repository's own sentry.yml can only narrow it; SENTRY_MODE sets its mode.
   */
  operator?: OperatorSettings;
  /** Provider variables (ANTHROPIC_API_KEY, LLM_PROVIDER, …) handed to the shared provider factory. */
  providerEnv: NodeJS.ProcessEnv;
  /** The REST API, dashboard and /metrics on the App's server (SENTRY_API_TOKEN, SENTRY_WATCH_ROOTS). */
  api?: { token: string; watchRoots: string[] };
  /** The `.env` file read at start-up, named in the start-up lines. */
  dotEnvPath?: string;
}
