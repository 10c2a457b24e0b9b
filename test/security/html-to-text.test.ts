import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/tools/fetch-docs.js";

describe("htmlToText", () => {
  it("keeps the text and drops scripts, styles and comments", () => {
    const html =
      "<h1>Title</h1><script>alert(1)</script><p>Use <code>proxy_read_timeout</code> &amp; retry.</p><!-- hidden --><style>p{}</style>";
    expect(htmlToText(html)).toBe("Title\nUse proxy_read_timeout & retry.");
  });

  it("stays linear on a hostile page of unclosed tags", () => {
    const started = Date.now();
    const text = htmlToText(`${"<script ".repeat(50_000)}${"<!-- ".repeat(50_000)}<p>end`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(text).toBe("");
  });
});
