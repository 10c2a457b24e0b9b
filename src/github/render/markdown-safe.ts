/**
 * Text from alerts, logs and models is untrusted when it is posted to GitHub: it must not ping people
 * (`@team`), close issues (`fixes #1`), hide content in HTML comments or forge our own markers.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export function inlineText(text: string, max = 1_000): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  return clipped
    .replace(INVISIBLE, "")
    .replace(/<!--|-->/g, (m) => m.replace(/-/g, "&#45;"))
    .replace(/<\/?[a-z][^>]*>/gi, (m) => m.replace(/</g, "&lt;"))
    .replace(/@(?=[\w-])/g, "@\u200b")
    .replace(/\b(close[sd]?|fix(e[sd])?|resolve[sd]?)(\s+#\d)/gi, "$1\u200b$2")
    .replace(/\r?\n/g, " ");
}

/** A fenced block whose fence is longer than any backtick run inside, so the excerpt cannot break out. */
export function codeBlock(text: string, max = 2_000, lang = ""): string {
  const clipped = (text.length > max ? `${text.slice(0, max)}\n…` : text).replace(INVISIBLE, "");
  const longest = Math.max(2, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${clipped}\n${fence}`;
}
