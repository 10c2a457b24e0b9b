import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { createOctokit } from "../../src/github/octokit.js";
import { downloadRepoSnapshot } from "../../src/github/repo-snapshot.js";
import { githubApi } from "./helpers/github-nock.js";

const CODELOAD = "https://codeload.github.com";
const work: string[] = [];
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A tarball shaped like GitHub's (one top folder named owner-repo-sha), made with the system's GNU tar so
 * the hostile entries (a link out of the tree, a path climbing out with `..`) are really in it.
 */
function tarball(): Buffer {
  const root = mkdtempSync(join(tmpdir(), "snapshot-src-"));
  work.push(root);
  const top = join(root, "acme-shop-0a1b2c3");
  mkdirSync(join(top, "k8s"), { recursive: true });
  writeFileSync(join(top, "README.md"), "shop\n");
  writeFileSync(join(top, "k8s", "deployment.yaml"), "resources:\n  limits:\n    memory: 256Mi\n");
  writeFileSync(join(top, "huge.log"), "x".repeat(64 * 1024));
  symlinkSync("/etc/passwd", join(top, "passwd"));
  writeFileSync(join(root, "escape.txt"), "outside\n");
  const out = join(root, "repo.tar.gz");
  execFileSync("tar", [
    "-czf",
    out,
    "-C",
    root,
    "acme-shop-0a1b2c3",
    "--transform",
    "s,^escape.txt,acme-shop-0a1b2c3/../../escape.txt,",
    "escape.txt",
  ]);
  return readFileSync(out);
}

const client = () => createOctokit({ auth: "ghs_test", throttle: false, retries: 0 });

describe("repository snapshots for the App's runs", () => {
  it("unpacks plain files only: no links, nothing outside the folder, no file over the size limit", async () => {
    githubApi()
      .get("/repos/acme/shop/tarball/main")
      .reply(302, "", { location: `${CODELOAD}/acme/shop/legacy.tar.gz/refs/heads/main` });
    nock(CODELOAD)
      .get("/acme/shop/legacy.tar.gz/refs/heads/main")
      .reply(200, tarball(), { "content-type": "application/x-gzip" });
    const result = await downloadRepoSnapshot(client(), { owner: "acme", repo: "shop" }, "main", {
      maxFileBytes: 16 * 1024,
    });
    if (!result.ok) throw new Error(result.reason);
    const { dir } = result.snapshot;
    work.push(dir);
    expect(readFileSync(join(dir, "k8s", "deployment.yaml"), "utf8")).toContain("memory: 256Mi");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("shop\n");
    expect(existsSync(join(dir, "passwd"))).toBe(false);
    expect(existsSync(join(dir, "huge.log"))).toBe(false);
    expect(existsSync(join(dir, "..", "escape.txt"))).toBe(false);
    expect(existsSync(join(dir, "escape.txt"))).toBe(false);
    expect(result.snapshot).toMatchObject({ files: 2, truncated: false });
    expect(result.snapshot.skipped).toBe(3); // the link, the big file and the climbing path
    expect(lstatSync(join(dir, "k8s")).isDirectory()).toBe(true);
    await result.snapshot.remove();
    expect(existsSync(dir)).toBe(false);
  });

  it("a repository GitHub will not serve, or one over the download limit, gives a reason, not a throw", async () => {
    githubApi().get("/repos/acme/gone/tarball/main").reply(404, { message: "Not Found" });
    const gone = await downloadRepoSnapshot(client(), { owner: "acme", repo: "gone" }, "main");
    expect(gone).toMatchObject({
      ok: false,
      reason: expect.stringContaining("could not download acme/gone@main"),
    });

    githubApi()
      .get("/repos/acme/shop/tarball/main")
      .reply(302, "", { location: `${CODELOAD}/acme/shop/legacy.tar.gz/refs/heads/main` });
    nock(CODELOAD).get("/acme/shop/legacy.tar.gz/refs/heads/main").reply(200, tarball());
    const big = await downloadRepoSnapshot(client(), { owner: "acme", repo: "shop" }, "main", {
      maxTarballBytes: 100,
    });
    expect(big).toEqual({
      ok: false,
      reason: "acme/shop is past 100 bytes gzipped, the snapshot's download limit",
    });
  });

  it("stops unpacking at the entry budget and says the tree is partial", async () => {
    githubApi()
      .get("/repos/acme/shop/tarball/main")
      .reply(302, "", { location: `${CODELOAD}/acme/shop/legacy.tar.gz/refs/heads/main` });
    nock(CODELOAD).get("/acme/shop/legacy.tar.gz/refs/heads/main").reply(200, tarball()); // no content-type: the body is read as bytes whatever the header says
    const result = await downloadRepoSnapshot(client(), { owner: "acme", repo: "shop" }, "main", {
      maxEntries: 2,
    });
    if (!result.ok) throw new Error(result.reason);
    work.push(result.snapshot.dir);
    expect(result.snapshot.truncated).toBe(true);
    expect(result.snapshot.files).toBeLessThanOrEqual(2);
  });
});
