import { existsSync, readFileSync } from "node:fs";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { downloadLog, findAlertJson, findLogLinks } from "../../src/github/chatops/attachments.js";
import { logsFromIssue } from "../../src/github/incident-inputs.js";

// These hosts serve files, not the REST API: plain nock is right here (the REST check is for api.github.com).
const ATTACHMENT = "https://github.com/user-attachments/files/17/app.log";

describe("log attachments", () => {
  it("finds attachment and raw links only, and the alert JSON block", () => {
    const text = [
      `logs: ${ATTACHMENT}`,
      "see https://github.com/acme/shop/issues/3 and https://evil.example/app.log",
      "raw https://raw.githubusercontent.com/acme/shop/main/logs/app.log.",
      '```json\n{"title": "Disk full", "service": "api"}\n```',
    ].join("\n");
    expect(findLogLinks(text)).toEqual([
      ATTACHMENT,
      "https://raw.githubusercontent.com/acme/shop/main/logs/app.log",
    ]);
    expect(findAlertJson(text)).toEqual({ title: "Disk full", service: "api" });
  });

  it("follows GitHub's redirect to its content host and returns the text", async () => {
    nock("https://github.com").get("/user-attachments/files/17/app.log").reply(302, "", {
      location: "https://objects.githubusercontent.com/files/17?sig=abc",
    });
    nock("https://objects.githubusercontent.com")
      .get("/files/17")
      .query(true)
      .reply(200, "ERROR disk full\n");
    expect(await downloadLog(ATTACHMENT)).toMatchObject({ ok: true, text: "ERROR disk full\n", bytes: 16 });
  });

  it("a network failure is a reported problem, not a crash", async () => {
    expect(await downloadLog("https://raw.githubusercontent.com/acme/shop/main/gone.log")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("download failed"),
    });
  });

  it("refuses a redirect off GitHub's hosts, plain http, and anything over the size cap", async () => {
    nock("https://github.com")
      .get("/user-attachments/files/17/app.log")
      .reply(302, "", { location: "http://169.254.169.254/latest/meta-data" });
    expect(await downloadLog(ATTACHMENT)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("not one of GitHub's content hosts"),
    });
    expect(await downloadLog("https://evil.example/app.log")).toMatchObject({ ok: false });
    nock("https://github.com").get("/user-attachments/files/17/app.log").reply(200, "x".repeat(2048));
    expect(await downloadLog(ATTACHMENT, { maxBytes: 1024 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("cap"),
    });
    nock("https://github.com")
      .get("/user-attachments/files/17/app.log")
      .reply(200, "x".repeat(2048), { "content-length": "2048" });
    expect(await downloadLog(ATTACHMENT, { maxBytes: 1024 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("2048 bytes"),
    });
  });

  it("saves an issue's attached logs for the run and reports the ones it skipped", async () => {
    nock("https://github.com").get("/user-attachments/files/17/app.log").reply(200, "FATAL out of memory\n");
    nock("https://gist.githubusercontent.com").get("/x/raw/huge.log").reply(200, "y".repeat(4096));
    const { files, problems, remove } = await logsFromIssue(
      {
        repo: { owner: "acme", repo: "shop" },
        commentId: 1,
        body: "/sentry diagnose https://gist.githubusercontent.com/x/raw/huge.log",
        author: { login: "carol" },
        issue: { number: 1, title: "OOM", body: `attached: ${ATTACHMENT}`, isPullRequest: false },
      },
      { maxBytes: 1024 },
    );
    expect(files).toHaveLength(1);
    expect(files[0]!.display).toBe("app.log");
    expect(readFileSync(files[0]!.path, "utf8")).toBe("FATAL out of memory\n");
    expect(problems).toEqual([expect.stringMatching(/gist\.githubusercontent\.com.*cap/)]);
    await remove();
    expect(existsSync(files[0]!.path)).toBe(false);
  });
});
