import { z } from "zod";
import { checkUrl } from "../security/policy/url-policy.js";
import { defineTool } from "./define-tool.js";

const MAX_BYTES = 512 * 1024;
const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

export const FetchDocsInputSchema = z.strictObject({
  url: z.string().min(1).max(2000).describe("An https URL on the documentation allow-list"),
});

export const fetchDocsTool = defineTool({
  name: "fetch_docs",
  description:
    "Fetch a documentation page over https from an allow-listed host (redirects only within the list). Returns its text, capped at 512 KB.",
  input: FetchDocsInputSchema,
  writes: false,
  async handler(input, ctx) {
    let target = input.url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const checked = await checkUrl(target, ctx.config.fetchDocsHosts, ctx.lookup);
      if (!checked.ok)
        return {
          status: "denied",
          reason: hop === 0 ? checked.reason : `redirect to ${target} refused: ${checked.reason}`,
        };
      let response: Awaited<ReturnType<typeof ctx.httpGet>>;
      try {
        response = await ctx.httpGet(checked.url, checked.address, {
          maxBytes: MAX_BYTES,
          timeoutMs: TIMEOUT_MS,
        });
      } catch (error) {
        return { status: "error", reason: `fetch failed: ${(error as Error).message}` };
      }
      if (response.status >= 300 && response.status < 400) {
        if (!response.location)
          return { status: "error", reason: `redirect ${response.status} without a location` };
        target = new URL(response.location, checked.url).toString();
        continue;
      }
      if (response.status >= 400)
        return { status: "error", reason: `HTTP ${response.status} from ${checked.url.hostname}` };
      const text = /html/i.test(response.contentType ?? "") ? htmlToText(response.body) : response.body;
      return {
        status: "ok",
        output: response.truncated ? `${text}\n[page cut at ${MAX_BYTES} bytes]` : text,
      };
    }
    return { status: "denied", reason: `more than ${MAX_REDIRECTS} redirects` };
  },
});

/**
 * Enough to read documentation: scripts, styles and comments dropped, tags removed, entities decoded. Written
 * with indexOf rather than lazy regexes, so a page full of unclosed `<script` tags stays linear.
 */
export function htmlToText(html: string): string {
  const withoutBlocks = dropBetween(
    dropBetween(dropBetween(html, "<!--", "-->"), "<script", "</script"),
    "<style",
    "</style",
  );
  return withoutBlocks
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|pre)>/gi, "\n")
    .replace(/<[^<>]{0,2000}>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Removes every `open … close>` span (case-insensitive); an unclosed one runs to the end. */
function dropBetween(text: string, open: string, close: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let at = 0;
  for (;;) {
    const start = lower.indexOf(open, at);
    if (start === -1) return out + text.slice(at);
    out += text.slice(at, start);
    const end = lower.indexOf(close, start + open.length);
    if (end === -1) return out;
    const gt = text.indexOf(">", end);
    at = gt === -1 ? text.length : gt + 1;
  }
}
