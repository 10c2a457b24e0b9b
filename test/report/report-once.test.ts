import { describe, expect, it } from "vitest";
import { splitSentences, withoutRepeats } from "../../src/core/repeats.js";
import { RunSchema } from "../../src/core/run.js";
import { renderTrackingComment } from "../../src/github/render/tracking-comment.js";
import { ANSI_PAINT, wantsColour } from "../../src/report/colour.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import { makeRun } from "../fixtures/github/run-fixture.js";

const ESC = "\u001b[";
const ROOT = "logrotate keeps 52 rotations of verbose logs; the volume filled at 02:50.";

/** A run whose proposal rationale restates the root cause, as generated rationales often do. */
function repetitiveRun() {
  const base = makeRun();
  return makeRun({
    reason: "fix checked but not applied: mode AUDIT only proposes fixes; a person reviews and applies it",
    diagnosis: { ...base.diagnosis!, rootCause: ROOT },
    proposal: { ...base.proposal!, rationale: `config/logrotate.conf: rotate 52 → 7. ${ROOT}` },
  });
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("each fact once", () => {
  it("drops the sentences another text already said, keeps the rest", () => {
    expect(withoutRepeats(`Raise the limit to 512Mi. ${ROOT}`, [ROOT])).toBe("Raise the limit to 512Mi.");
    // A reason that is the summary's own opening, with a parenthetical score, is not said twice.
    expect(withoutRepeats("no cause established (confidence 0.10)", ["No cause established: no logs"])).toBe(
      "",
    );
    expect(withoutRepeats("Restart the pool.", ["something else entirely"])).toBe("Restart the pool.");
    expect(splitSentences("Use e.g. a bigger pool. nginx then restarts.")).toEqual([
      "Use e.g. a bigger pool.",
      "nginx then restarts.",
    ]);
  });

  it("text, Markdown and the tracking comment state the root cause once", () => {
    const run = repetitiveRun();
    const text = renderText(run);
    expect(count(text, ROOT)).toBe(1);
    expect(text).toContain("config/logrotate.conf: rotate 52 → 7.");
    expect(count(renderMarkdown(run), "logrotate keeps 52 rotations")).toBe(1);
    const comment = renderTrackingComment(
      { runId: run.id, entered: [] },
      { repo: { owner: "acme", repo: "shop" }, serverUrl: "https://github.com" },
      run,
    );
    expect(count(comment, "logrotate keeps 52 rotations")).toBe(1);
    expect(comment).toMatch(/## Claude Sentry run — PROPOSED · alert firing/);
  });

  it("leaves out 'Why it stopped here' when the headline already says it", () => {
    const base = makeRun();
    const run = makeRun({
      finalState: "ESCALATED",
      reason: "no cause established (confidence 0.10)",
      diagnosis: { ...base.diagnosis!, summary: "No cause established: read no logs." },
    });
    expect(renderText(run)).not.toMatch(/Why it stopped here/);
    expect(renderText(makeRun())).toMatch(/Why it stopped here: /);
  });
});

describe("colour on a terminal only", () => {
  it("follows NO_COLOR, FORCE_COLOR and the TTY", () => {
    expect(wantsColour({}, true)).toBe(true);
    expect(wantsColour({}, false)).toBe(false);
    expect(wantsColour({ NO_COLOR: "1" }, true)).toBe(false);
    expect(wantsColour({ NO_COLOR: "1", FORCE_COLOR: "1" }, false)).toBe(false);
    expect(wantsColour({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(wantsColour({ FORCE_COLOR: "0" }, true)).toBe(false);
  });

  it("colours the verdict and the diff, and nothing without a paint", () => {
    const run = makeRun();
    const coloured = renderText(run, ANSI_PAINT);
    expect(coloured.split("\n")[0]).toMatch(/^\u001b\[1;33mPROPOSED\u001b\[0m · alert firing/);
    expect(coloured).toContain(`${ESC}32m    +  rotate 7${ESC}0m`);
    expect(coloured).toContain(`${ESC}31m    -  rotate 52${ESC}0m`);
    expect(renderText(run)).not.toContain(ESC);
    expect(renderMarkdown(run)).not.toContain(ESC);
    const fixed = makeRun({ finalState: "FIXED" });
    expect(renderText(fixed, ANSI_PAINT)).toMatch(/^\u001b\[1;32mFIXED/);
  });
});

describe("runs written before outcomes existed", () => {
  it("reads finalState RESOLVED as the outcome it was", () => {
    const legacy = (over: Record<string, unknown>) =>
      RunSchema.parse({
        ...makeRun(),
        finalState: "RESOLVED",
        states: [{ state: "RESOLVED", enteredAt: "2026-11-24T02:51:05.000Z", durationMs: 0 }],
        ...over,
      });
    const proposed = legacy({});
    expect(proposed.finalState).toBe("PROPOSED");
    expect(proposed.states[0]?.state).toBe("PROPOSED");
    const base = makeRun();
    expect(legacy({ proposal: { ...base.proposal!, applied: true } }).finalState).toBe("FIXED");
    expect(legacy({ proposal: undefined }).finalState).toBe("NOTHING_WRONG");
  });
});
