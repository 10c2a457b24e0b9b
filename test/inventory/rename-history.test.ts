import { describe, expect, it } from "vitest";
import {
  parseHistory,
  type RenameSides,
  renamedIn,
  renameSides,
  whichSideMoved,
} from "../../src/inventory/rename-history.js";
import type { Resolution } from "../../src/inventory/resolution.js";
import { renameRelationHolds, resolveRenameByHistory } from "../../src/inventory/resolve-rename-history.js";

const H1 = "1".repeat(40);
const H2 = "2".repeat(40);

function commit(hash: string, subject: string, diff: string[]): string {
  return [`commit ${hash}`, "Date: 2026-06-01T08:00:00+02:00", `Subject: ${subject}`, "", "", ...diff].join(
    "\n",
  );
}

const SIDES: RenameSides = {
  read: "SMTP_RELAY",
  defined: "MAIL_SMTP_RELAY",
  definition: { file: "ops/mailer.properties", line: 3, text: "MAIL_SMTP_RELAY=relay.internal" },
  reader: { file: "mailer/app.rb", line: 7, text: "relay = ENV['SMTP_RELAY']" },
};

describe("reading git_history output", () => {
  it("takes commits only from exact headers, never from lines inside a diff", () => {
    const out = [
      "remote: https://github.com/acme/mailer",
      commit(H2, "rename relay key", [
        "--- a/ops/mailer.properties",
        "+++ b/ops/mailer.properties",
        "-SMTP_RELAY=relay.internal",
        `+commit ${H1}`,
        "+MAIL_SMTP_RELAY=relay.internal",
      ]),
    ].join("\n");
    const history = parseHistory(out);
    expect(history.remote).toBe("https://github.com/acme/mailer");
    expect(history.commits.map((c) => c.hash)).toEqual([H2]);
    expect(history.commits[0]?.removed).toEqual(["SMTP_RELAY=relay.internal"]);
    expect(parseHistory("remote: https://evil.example/x\nno commits touch these paths").commits).toEqual([]);
    expect(parseHistory("remote: https://evil.example/x").remote).toBeUndefined();
  });

  it("a rename is a commit that removed the old name and added the new one (whole names only)", () => {
    const h = parseHistory(
      commit(H1, "x", [
        "-SMTP_RELAY_PORT=25",
        "+MAIL_SMTP_RELAY_PORT=25",
        "-SMTP_RELAY=r",
        "+MAIL_SMTP_RELAY=r",
      ]),
    );
    expect(renamedIn(h, "SMTP_RELAY", "MAIL_SMTP_RELAY")?.hash).toBe(H1);
    const partial = parseHistory(commit(H1, "x", ["-SMTP_RELAY_PORT=25", "+MAIL_SMTP_RELAY_PORT=25"]));
    expect(renamedIn(partial, "SMTP_RELAY", "MAIL_SMTP_RELAY")).toBeUndefined();
  });
});

describe("which side of a rename moved", () => {
  const deployRenamed = parseHistory(
    commit(H2, "ops: MAIL_* names", ["-SMTP_RELAY=r", "+MAIL_SMTP_RELAY=r"]),
  );
  const codeRenamed = parseHistory(
    commit(H1, "mailer: read SMTP_RELAY", ["-relay = ENV['MAIL_SMTP_RELAY']", "+relay = ENV['SMTP_RELAY']"]),
  );
  const quiet = parseHistory(commit(H1, "add mailer", ["+relay = ENV['SMTP_RELAY']"]));
  const quietDeploy = parseHistory(commit(H1, "add mailer", ["+MAIL_SMTP_RELAY=r"]));

  it("one side renamed: that side moved", () => {
    expect(whichSideMoved(SIDES, deployRenamed, quiet)).toMatchObject({
      moved: "deploy",
      file: "ops/mailer.properties",
    });
    expect(whichSideMoved(SIDES, quietDeploy, codeRenamed)).toMatchObject({
      moved: "code",
      file: "mailer/app.rb",
    });
  });

  it("a side with no commits, or whose history was cut, leaves the direction open", () => {
    expect(whichSideMoved(SIDES, deployRenamed, parseHistory("no commits touch these paths"))).toMatchObject({
      moved: undefined,
      reason: expect.stringContaining("mailer/app.rb has no git history"),
    });
    const cut = parseHistory(
      `${commit(H1, "add mailer", ["+relay = ENV['SMTP_RELAY']"])}\n[output cut: showing 16000 of 90000 characters; x]`,
    );
    expect(cut.complete).toBe(false);
    expect(whichSideMoved(SIDES, deployRenamed, cut)).toMatchObject({
      moved: undefined,
      reason: expect.stringContaining("was cut"),
    });
  });

  it("both or neither renamed: no direction", () => {
    expect(whichSideMoved(SIDES, deployRenamed, codeRenamed)).toMatchObject({
      moved: undefined,
      reason: expect.stringContaining("both sides were renamed"),
    });
    expect(whichSideMoved(SIDES, quietDeploy, quiet).moved).toBeUndefined();
  });

  it("the side left behind follows at its one line; a definition other code reads is not renamed", () => {
    const base: Resolution = {
      kind: "env-var-defined",
      subject: "SMTP_RELAY",
      cause: SIDES.definition,
      truth: [SIDES.definition, SIDES.reader],
      candidates: ["MAIL_SMTP_RELAY"],
      reason: "which side was renamed is not in the evidence",
    };
    const deploy = resolveRenameByHistory(base, SIDES, whichSideMoved(SIDES, deployRenamed, quiet));
    expect(deploy.change).toMatchObject({ file: "mailer/app.rb", after: "relay = ENV['MAIL_SMTP_RELAY']" });
    const code = whichSideMoved(SIDES, quietDeploy, codeRenamed);
    expect(resolveRenameByHistory(base, SIDES, code).change).toMatchObject({
      file: "ops/mailer.properties",
      after: "SMTP_RELAY=relay.internal",
    });
    const other = { file: "jobs/digest.rb", line: 2, text: "ENV['MAIL_SMTP_RELAY']" };
    const refused = resolveRenameByHistory(base, SIDES, code, [other]);
    expect(refused.change).toBeUndefined();
    expect(refused.reason).toMatch(/jobs\/digest\.rb:2 still reads MAIL_SMTP_RELAY/);
  });

  it("splits only a resolution with one definition and one read", () => {
    const files: Record<string, string> = {
      "ops/mailer.env": "A=1\nMAIL_SMTP_RELAY=relay\n",
      "mailer/app.rb": "x\nrelay = ENV['SMTP_RELAY']\n",
    };
    const r: Resolution = {
      kind: "env-var-defined",
      subject: "SMTP_RELAY",
      cause: { file: "ops/mailer.env", line: 2, text: "MAIL_SMTP_RELAY=relay" },
      truth: [
        { file: "ops/mailer.env", line: 2 },
        { file: "mailer/app.rb", line: 2 },
      ],
      candidates: ["MAIL_SMTP_RELAY"],
      reason: "r",
    };
    expect(renameSides(r, (f) => files[f])).toMatchObject({ definition: { line: 2 }, reader: { line: 2 } });
    expect(
      renameSides({ ...r, candidates: ["MAIL_SMTP_RELAY", "SMTP_RELAY_HOST"] }, (f) => files[f]),
    ).toBeUndefined();
  });

  it("the relation holds when either side now agrees, and not while code still reads the missing name", () => {
    const env = { path: "ops/mailer.env", content: "MAIL_SMTP_RELAY=relay\n" };
    const readsNew = { path: "mailer/app.rb", content: "relay = ENV['MAIL_SMTP_RELAY']\n" };
    const readsOld = { path: "mailer/app.rb", content: "relay = ENV['SMTP_RELAY']\n" };
    expect(renameRelationHolds("SMTP_RELAY", [env, readsNew]).ok).toBe(true);
    expect(renameRelationHolds("SMTP_RELAY", [{ ...env, content: "SMTP_RELAY=relay\n" }, readsOld]).ok).toBe(
      true,
    );
    expect(renameRelationHolds("SMTP_RELAY", [env, readsOld]).ok).toBe(false);
  });
});
