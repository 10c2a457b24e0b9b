import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileFollower, type FollowEvent } from "../../src/watcher/follow-file.js";

const linesOf = (events: FollowEvent[]) => events.flatMap((e) => (e.kind === "lines" ? e.lines : []));
const skippedOf = (events: FollowEvent[]) => events.find((e) => e.kind === "skipped");

describe("following a file whatever ends its lines", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR only", "\r"],
  ])("%s: the lines already there are counted, new ones read one by one", async (_name, eol) => {
    const path = join(mkdtempSync(join(tmpdir(), "sentry-follow-")), "console.log");
    writeFileSync(path, ["boot ok", "link up", "ready"].map((l) => l + eol).join(""));
    const follower = createFileFollower(path);
    expect(skippedOf(await follower.poll())).toEqual({ kind: "skipped", lines: 3 });
    appendFileSync(path, `Out of memory: Killed process 4242 (java)${eol}second${eol}`);
    expect(linesOf(await follower.poll())).toEqual(["Out of memory: Killed process 4242 (java)", "second"]);
    await follower.close();
  });

  it("a CRLF split across two writes is one line break, not a CR-only file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sentry-follow-")), "app.log");
    writeFileSync(path, "");
    const follower = createFileFollower(path, { fromStart: true });
    await follower.poll();
    appendFileSync(path, "first\r");
    expect(linesOf(await follower.poll())).toEqual([]);
    appendFileSync(path, "\nsecond\r\n");
    expect(linesOf(await follower.poll())).toEqual(["first", "second"]);
    await follower.close();
  });
});
