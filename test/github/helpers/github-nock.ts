import nock from "nock";
import { afterEach, expect } from "vitest";
import { checkGitHubRequest } from "./openapi-check.js";

/**
 * Every GitHub mock in the suite is made through `githubApi()`, which checks each request the code under
 * test actually sends against GitHub's REST description. Violations fail the test in `afterEach`, so a
 * request GitHub would reject with 404/422 can never pass only because our mock accepted it.
 * (test/github/openapi-guard.test.ts fails if a test mocks api.github.com without this helper.)
 */
const violations: string[] = [];

export const GITHUB = "https://api.github.com";

export function githubApi(base = GITHUB, prefix = ""): nock.Scope {
  const scope = nock(base);
  scope.on("request", (req: { method?: string; path?: string }, _interceptor: unknown, body: string) => {
    let parsed: unknown = body;
    if (body) {
      try {
        parsed = JSON.parse(body);
      } catch (error) {
        violations.push(`${req.method} ${req.path}: body is not JSON (${String(error)})`);
        return;
      }
    }
    const verdict = checkGitHubRequest(req.method ?? "GET", req.path ?? "/", parsed || undefined, prefix);
    if (!verdict.ok) violations.push(verdict.problem);
  });
  return scope;
}

/** For tests of the checker itself: what it has recorded so far. */
export function takeViolations(): string[] {
  return violations.splice(0);
}

afterEach(() => {
  const found = violations.splice(0);
  nock.cleanAll();
  expect(found, "requests unknown to GitHub's REST description").toEqual([]);
});
