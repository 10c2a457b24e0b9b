import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

/**
 * The slice of Octokit this folder uses. Both `@octokit/rest` (the Action) and Probot's `context.octokit`
 * (the App) satisfy it, so every function below runs unchanged in either.
 */
export type GitHub = Pick<Octokit, "request" | "graphql">;

/** Where a piece of work lands: one repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface OctokitSettings {
  auth: string;
  /** GitHub Enterprise Server: `https://HOST/api/v3`. */
  baseUrl?: string;
  /** Retries for 5xx and rate limits; GitHub asks clients to back off, not to hammer. */
  retries?: number;
  /**
   * Milliseconds per "second" GitHub asks us to wait. 1000 in production; tests shrink it so a retried
   * 502 or secondary limit still completes in milliseconds.
   */
  retryAfterBaseValue?: number;
  /** The throttling plugin spaces writes one second apart; tests that are not about it turn it off. */
  throttle?: boolean;
  log?: (message: string) => void;
}

const SentryOctokit = Octokit.plugin(retry, throttling);

/** An Octokit that retries 5xx responses and obeys primary and secondary rate limits. */
export function createOctokit(settings: OctokitSettings): Octokit {
  const retries = settings.retries ?? 3;
  const base = settings.retryAfterBaseValue ?? 1000;
  const log = settings.log ?? (() => undefined);
  return new SentryOctokit({
    auth: settings.auth,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    userAgent: "claude-sentry",
    // Expected 404s (a branch not created yet) are not errors worth a line; callers decide what to log.
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    retry: { retries, retryAfterBaseValue: base },
    throttle: {
      enabled: settings.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
        log(`rate limit on ${options.method} ${options.url}; retry ${count + 1} in ${after}s`);
        return count < retries;
      },
      onSecondaryRateLimit: (
        after: number,
        options: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        log(`secondary rate limit on ${options.method} ${options.url}; retry ${count + 1} in ${after}s`);
        return count < retries;
      },
    },
  });
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === "number" ? status : undefined;
  }
  return undefined;
}
