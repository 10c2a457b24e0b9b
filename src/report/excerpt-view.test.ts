import { describe, expect, it } from "vitest";
import { excerptView } from "./excerpt-view.js";

const JSON_LINE = JSON.stringify({
  timestamp: "2026-11-24T03:10:00Z",
  level: "error",
  logger: "com.example.uploads.storage.LocalBlobStore",
  request_id: "a1b2c3d4-e5f6-7890-abcd-ef0123456789",
  tenant: "acme-corp",
  message: "failed to persist upload chunk /var/lib/uploads/tmp/chunk-7.part: No space left on device, write",
});

describe("excerptView", () => {
  it("shows a short line whole and a long one cut at the width when its phrase is near the start", () => {
    expect(excerptView({ excerpt: "kernel: Out of memory: Killed process 7286" })).toBe(
      "kernel: Out of memory: Killed process 7286",
    );
    const long = `Out of memory: Killed process 7286 ${"x".repeat(300)}`;
    const view = excerptView({ excerpt: long, match: "Out of memory" });
    expect(view).toHaveLength(160);
    expect(view.startsWith("Out of memory")).toBe(true);
  });

  it("cuts around the matched phrase when it lies past the width", () => {
    expect(JSON_LINE.indexOf("No space left")).toBeGreaterThan(160);
    const view = excerptView({ excerpt: JSON_LINE, match: "No space left on device" });
    expect(view).toMatch(/^….*No space left on device.*$/);
    expect(view.length).toBeLessThanOrEqual(160);
  });

  it("shows a trace's cited first line, then the line that holds the phrase; falls back to telling words", () => {
    const trace =
      "Exception in thread main\n\tat a.b(C.java:1)\nCaused by: java.io.IOException: No space left on device";
    expect(excerptView({ excerpt: trace, match: "No space left on device" })).toBe(
      "Exception in thread main … Caused by: java.io.IOException: No space left on device",
    );
    const block = "Last State:     Terminated\n  Reason:       OOMKilled\n  Exit Code:    137";
    expect(excerptView({ excerpt: block, match: "OOMKilled" })).toBe(
      "Last State:     Terminated … Reason:       OOMKilled",
    );
    const long = `${"x".repeat(300)}\nCaused by: ${"y".repeat(300)} No space left on device`;
    const cut = excerptView({ excerpt: long, match: "No space left on device" });
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/^x+… … …y+ No space left on device$/);
    // A model's evidence names no phrase: the first telling word is kept in view.
    const view = excerptView({ excerpt: `${"k=v ".repeat(60)}error: upstream refused the connection` });
    expect(view).toContain("error: upstream refused the connection");
  });
});
