import type { Evidence } from "../core/diagnosis.js";

/** How much of one excerpt a report line shows. */
const EXCERPT_WIDTH = 160;
/** Words that usually carry a line's meaning, for evidence that names no matched phrase (a model's). */
const SALIENT =
  /\b(?:fatal|panic|error|exception|fail(?:ed|ure)?|refused|denied|killed|timed? ?out|no space|cannot|unable)\b/i;

/**
 * The part of an excerpt a report line shows: the start when it fits, else a window around the phrase that
 * matched (a JSON line's key words sit far past any fixed column), marked with "…" where it was cut. A
 * multi-line excerpt (a stack trace, a kubectl block) starts at the cited line: that line is shown first, then
 * the line below that holds the phrase (`Last State: Terminated … Reason: OOMKilled`).
 */
export function excerptView(evidence: Pick<Evidence, "excerpt" | "match">, width = EXCERPT_WIDTH): string {
  const lines = evidence.excerpt.split("\n").map((l) => l.trim());
  const phrase = evidence.match?.trim();
  const first = lines[0] ?? "";
  const at = phrase ? lines.findIndex((l) => l.includes(phrase)) : -1;
  if (at <= 0) return cutLine(first, phrase, width);
  const head = cutLine(first, undefined, Math.max(24, Math.floor(width / 3)));
  return `${head} … ${cutLine(lines[at]!, phrase, width - head.length - 3)}`;
}

function cutLine(line: string, phrase: string | undefined, width: number): string {
  if (line.length <= width) return line;
  let at = phrase ? line.indexOf(phrase) : -1;
  let length = phrase?.length ?? 0;
  if (at < 0) {
    const salient = SALIENT.exec(line);
    at = salient?.index ?? 0;
    length = salient?.[0].length ?? 0;
  }
  if (at + Math.min(length, width) <= width - 1) return `${line.slice(0, width - 1)}…`;
  // Some context before the phrase, the phrase itself, and what follows it up to the width.
  const lead = Math.min(at, Math.max(8, Math.floor((width - Math.min(length, width)) / 3)));
  const start = at - lead;
  const end = Math.min(line.length, start + width - 2);
  return `…${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}
