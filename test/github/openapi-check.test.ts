import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createOctokit } from "../../src/github/octokit.js";
import { githubApi, takeViolations } from "./helpers/github-nock.js";
import { checkGitHubRequest } from "./helpers/openapi-check.js";

describe("the REST description check", () => {
  it("knows real operations and templated paths with slashes", () => {
    expect(checkGitHubRequest("POST", "/repos/o/r/issues", { title: "t", labels: ["a"] })).toMatchObject({
      ok: true,
    });
    expect(
      checkGitHubRequest("PATCH", "/repos/o/r/git/refs/heads%2Fsentry%2Faudit", { sha: "a" }),
    ).toMatchObject({
      ok: true,
      operation: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
    });
    expect(checkGitHubRequest("GET", "/repos/o/r/contents/a/b.md?ref=main", undefined)).toMatchObject({
      ok: true,
    });
  });

  it("rejects unknown paths, wrong methods and bodies missing required fields", () => {
    expect(checkGitHubRequest("GET", "/repos/o/r/nope", undefined)).toMatchObject({ ok: false });
    expect(checkGitHubRequest("PUT", "/repos/o/r/issues", {})).toMatchObject({ ok: false });
    const verdict = checkGitHubRequest("POST", "/repos/o/r/issues", { body: "no title" });
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? "" : verdict.problem).toContain("title");
    expect(checkGitHubRequest("POST", "/repos/o/r/git/refs", { ref: "refs/heads/x" })).toMatchObject({
      ok: false,
    });
    expect(checkGitHubRequest("POST", "/graphql", { variables: {} })).toMatchObject({ ok: false });
  });

  it("records a request the code really sent when GitHub would not accept it", async () => {
    githubApi().post("/repos/o/r/issues").reply(201, { number: 1 });
    const gh = createOctokit({ auth: "t", throttle: false, retries: 0 });
    await gh.request("POST /repos/{owner}/{repo}/issues", { owner: "o", repo: "r", body: "x" } as never);
    expect(takeViolations()).toEqual([expect.stringContaining("required property 'title'")]);
  });

  it("strips a GHES /api/v3 prefix", () => {
    expect(checkGitHubRequest("GET", "/api/v3/repos/o/r", undefined, "/api/v3")).toMatchObject({ ok: true });
  });
});

/** Every GitHub mock goes through githubApi(), so no test can skip the check. */
describe("guard", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
    });
  }

  it("no test mocks GitHub with bare nock", () => {
    const offenders = [...files("test"), ...files("src")]
      .filter((path) => !path.includes("github-nock.ts"))
      .filter((path) => /nock\(\s*["'`]https:\/\/api\.github\.com/.test(readFileSync(path, "utf8")));
    expect(offenders).toEqual([]);
  });
});
