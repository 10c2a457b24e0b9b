import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isIgnoredComment, quickAnswer } from "../../src/entrypoints/action-quick-exit.js";
import { parseCommand } from "../../src/github/chatops/parse-command.js";

const event = (payload: unknown) => () => JSON.stringify(payload);
const env = (extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: "issue_comment",
  GITHUB_EVENT_PATH: "/event.json",
  ...extra,
});
const created = (body: string) => event({ action: "created", comment: { body } });

describe("the Action's quick exit for comments that are no command", () => {
  it("answers only what the command parser would also ignore", () => {
    const bodies = [
      "thanks!",
      "/sentry diagnose",
      "  /sentry fix\nplease",
      "see\n/sentry",
      "/sentryish diagnose",
      "> /sentry diagnose",
      "```\n/sentry diagnose\n```",
      "/SENTRY diagnose",
      "/sentry\tdiagnose",
    ];
    for (const body of bodies) {
      const quick = isIgnoredComment(env(), created(body));
      // Quick may send a doubtful comment to the full Action, never skip one the parser reads as a command.
      if (quick) expect(parseCommand(body).kind, body).toBe("none");
    }
    expect(isIgnoredComment(env(), created("thanks!"))).toBe(true);
    expect(isIgnoredComment(env(), created("/sentry diagnose"))).toBe(false);
  });

  it("honours the trigger-phrase input and leaves anything unusual to the full Action", () => {
    expect(isIgnoredComment(env({ "INPUT_TRIGGER-PHRASE": "/oncall" }), created("/sentry diagnose"))).toBe(
      true,
    );
    expect(isIgnoredComment(env({ "INPUT_TRIGGER-PHRASE": "/oncall" }), created("/oncall fix"))).toBe(false);
    expect(isIgnoredComment(env({ "INPUT_TRIGGER-PHRASE": "not a phrase" }), created("hi"))).toBe(false);
    expect(isIgnoredComment(env(), () => "{not json")).toBe(false);
    expect(isIgnoredComment(env(), event({ action: "created", comment: {} }))).toBe(false);
    expect(isIgnoredComment({ GITHUB_EVENT_NAME: "schedule" }, created("hi"))).toBe(false);
    expect(isIgnoredComment(env(), event({ action: "edited", comment: { body: "/sentry fix" } }))).toBe(true);
  });

  it("answers a workflow run that did not fail, and sends a failed one on", () => {
    const wr = (conclusion: unknown) => event({ workflow_run: { id: 1, conclusion } });
    const run = { GITHUB_EVENT_NAME: "workflow_run", GITHUB_EVENT_PATH: "/e.json" };
    expect(quickAnswer(run, wr("success"))).toBe("workflow_run success: nothing to diagnose");
    expect(quickAnswer(run, wr("failure"))).toBeUndefined();
    expect(quickAnswer(run, wr(null))).toBeUndefined();
    expect(quickAnswer(env(), created("hi"))).toBe("comment: ignored");
  });

  it.skipIf(!existsSync("dist/index.js"))(
    "dist/index.js answers a plain comment without loading the Action",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "sentry-quick-"));
      const path = join(dir, "event.json");
      writeFileSync(path, JSON.stringify({ action: "created", comment: { body: "LGTM" } }));
      // No github-token input: the full Action would fail on it, so exit 0 shows the rest never loaded.
      const result = spawnSync(process.execPath, ["dist/index.js"], {
        env: { PATH: process.env.PATH ?? "", GITHUB_EVENT_NAME: "issue_comment", GITHUB_EVENT_PATH: path },
        encoding: "utf8",
      });
      expect([result.status, result.stdout]).toEqual([0, "comment: ignored\n"]);
    },
  );
});
