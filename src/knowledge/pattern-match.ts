import type { FailurePattern } from "./failure-pattern.js";

/** How a pattern is tested against text: its keyword prefilter and index, and its matchers' verdict. */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One alternation of every keyword: most records fail this single test and cost nothing more. */
export function buildPrefilter(patterns: readonly FailurePattern[]): RegExp {
  const words = [...new Set(patterns.flatMap((s) => s.keywords))];
  return new RegExp(words.map(escapeRegExp).join("|"), "i");
}

/**
 * The pattern's verdict on one text: undefined, or the subject its pattern captured (possibly empty) and the
 * phrase that matched (the first matcher's), which reports cut long lines around.
 */
export function matchPattern(
  pattern: FailurePattern,
  text: string,
): { subject?: string; phrase: string } | undefined {
  if (pattern.exclude?.some((re) => re.test(text))) return undefined;
  let matched: { subject?: string; phrase: string } | undefined;
  for (const matcher of pattern.matchers) {
    const m = matcher.exec(text);
    if (!m) continue;
    const phrase = matched?.phrase ?? m[0];
    const subject = m.groups?.subject;
    if (subject) return { subject, phrase };
    matched ??= { phrase };
  }
  return matched;
}

/**
 * The patterns whose keywords occur in a lower-cased text, found with one regular expression over all
 * keywords (longest first) instead of one substring search per keyword per pattern: with ninety patterns the
 * per-pattern search cost ten times the reading. A keyword that is a prefix of a longer one found at the same
 * place still counts, and every start position is tried, so overlapping keywords are all found.
 */
export function createKeywordIndex(
  patterns: readonly FailurePattern[],
): (lower: string) => ReadonlySet<FailurePattern> {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords))].sort((a, b) => b.length - a.length);
  const re = new RegExp(keywords.map(escapeRegExp).join("|"), "g");
  // The alternation matches whole keywords, so each hit maps straight to the patterns of every keyword it
  // starts with (itself included): one lookup per hit instead of a pass over all keywords.
  const byHit = new Map<string, FailurePattern[]>();
  for (const hit of keywords) {
    const owners = patterns.filter((p) => p.keywords.some((k) => hit.startsWith(k)));
    byHit.set(hit, owners);
  }
  const none: ReadonlySet<FailurePattern> = new Set();
  return (lower) => {
    re.lastIndex = 0;
    let m = re.exec(lower);
    if (!m) return none;
    const found = new Set<FailurePattern>();
    for (; m; m = re.exec(lower)) {
      for (const p of byHit.get(m[0]) ?? []) found.add(p);
      re.lastIndex = m.index + 1;
    }
    return found;
  };
}
