/**
 * Text from alerts, logs, comments and models is untrusted when it is posted to GitHub (issues, comments, PR
 * bodies, commit messages, Markdown reports). It is escaped, not filtered: every character that could start
 * Markdown or HTML syntax is escaped, so nothing an attacker writes can become an image (fetched by GitHub's
 * image proxy with data in its URL), a link, an HTML comment, a table cell break or a code-fence breakout, ping
 * people or teams, or close an issue. Secrets are redacted separately, by the posting guard, on every request.
 */

/** Zero-width, bidi (embeddings, overrides, isolates, marks), soft hyphen and Unicode tag characters. */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Bidi controls only: what the posting guard removes from text our renderers already neutralised. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI, "");
}

const ZWSP = "\u200b";

/**
 * Breaks what GitHub parses in plain text, Markdown or not: `@user`/`@org/team` mentions, closing keywords in
 * every form (`fixes #1`, `Fixes: #1`, `closes owner/repo#2`, `resolved https://github.com/o/r/issues/3`) and
 * bare URLs that would autolink. A zero-width space goes where the parser needs adjacency; invisible
 * characters were stripped first, so an attacker cannot place one to make text look neutralised.
 */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(
      /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b(?=[^\S\n]*:?[^\S\n]*(?:[\w.-]+\/[\w.-]+)?\\?#\d|[^\S\n]*:?[^\S\n]*https?:\/\/)/gi,
      (keyword) => `${keyword}${ZWSP}`,
    )
    .replace(/\b(https?):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, `www${ZWSP}.`);
}

/** ASCII punctuation that can open Markdown or HTML syntax inline; each gets a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()<>!|~#{}]/g;

/**
 * One line of untrusted text inside our Markdown: clipped, invisible characters removed, every Markdown and
 * HTML metacharacter escaped (`&` too, so no entity survives), references neutralised, line breaks as spaces.
 * A `|` is escaped, so the text is safe in a table cell as well.
 */
export function inlineText(text: string, max = 1_000): string {
  const clean = stripInvisible(text);
  const clipped = clean.length > max ? `${clean.slice(0, max)}…` : clean;
  return neutraliseReferences(
    clipped
      .replace(/&/g, "&amp;")
      .replace(MARKDOWN_PUNCTUATION, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`))
      .replace(/\r?\n|\r/g, " "),
  );
}

/**
 * A fenced block whose fence is longer than any backtick run inside, so the excerpt cannot break out; inside
 * it nothing renders, but mentions and closing keywords are still parsed by GitHub, so those are neutralised.
 */
export function codeBlock(text: string, max = 2_000, lang = ""): string {
  const clean = stripInvisible(text);
  const clipped = clean.length > max ? `${clean.slice(0, max)}\n…` : clean;
  const body = neutraliseReferences(clipped);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang.replace(/[^\w+-]/g, "")}\n${body}\n${fence}`;
}

/**
 * An inline code span holding untrusted text: its fence is longer than any backtick run inside (padded with
 * a space where the text starts or ends with a backtick or space, as CommonMark strips one from each end), and `|` is escaped because GFM tables split cells before
 * they parse code spans.
 */
export function inlineCode(text: string, max = 300): string {
  const clean = stripInvisible(text).replace(/\r?\n|\r/g, " ");
  const clipped = neutraliseReferences(clean.length > max ? `${clean.slice(0, max)}…` : clean).replace(
    /\|/g,
    "\\|",
  );
  const longest = Math.max(0, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(clipped) ? " " : "";
  return `${fence}${pad}${clipped}${pad}${fence}`;
}

/** Plain text (a commit message, a title): no Markdown renders there, but references are still parsed. */
export function plainText(text: string, max = 10_000): string {
  const clean = stripInvisible(text);
  return neutraliseReferences(clean.length > max ? `${clean.slice(0, max)}…` : clean);
}
