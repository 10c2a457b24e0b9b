import {
  BASE64_RUN,
  CORE_RULE_IDS,
  HIDDEN_CHARS,
  INJECTION_RULES,
  type InjectionRule,
} from "./injection-patterns.js";

export interface ScreenResult {
  text: string;
  flags: string[];
}

/**
 * Neutralises injection attempts in untrusted text: hidden characters are removed, matched phrases are
 * bracketed as quoted data (`⟦flagged:id: ...⟧`) so they read as evidence rather than instructions, and
 * delimiters lose the characters that make them parse as turns or tags. The text stays useful for diagnosis.
 */
export function screenText(input: string): ScreenResult {
  const flags = new Set<string>();
  let text = input;
  if (HIDDEN_CHARS.test(text)) {
    flags.add("hidden-characters");
    text = text.replace(HIDDEN_CHARS, "");
  }
  HIDDEN_CHARS.lastIndex = 0;
  text = screenBase64(text, flags);
  for (const rule of INJECTION_RULES) text = applyRule(text, rule, flags);
  text = screenObfuscated(text, flags);
  return { text, flags: [...flags] };
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};
const CORE_RULES = INJECTION_RULES.filter((rule) => CORE_RULE_IDS.has(rule.id));

/** De-obfuscated readings of one line: separators as spaces, URL-decoding, leetspeak, letter spacing, ROT13, hex. */
function variants(line: string): string[] {
  const out = [line.replace(/[-_+.]/g, " "), line.replace(/[0134579@$]/g, (c) => LEET[c] ?? c)];
  if (/%[0-9a-f]{2}/i.test(line)) out.push(safeDecode(line));
  if (/(?:\b\w\s){6,}/.test(line)) out.push(line.replace(/\b(\w)\s(?=\w\b)/g, "$1").replace(/\s{2,}/g, " "));
  if (/rot-?13/i.test(line)) out.push(line.replace(/[a-z]/gi, rot13));
  for (const hex of line.match(/\b(?:[0-9a-f]{2}){12,}\b/gi) ?? [])
    out.push(Buffer.from(hex, "hex").toString("latin1"));
  return out;
}

/**
 * A line whose plain reading is clean but whose de-obfuscated reading carries an instruction is wrapped whole:
 * positions do not survive decoding, and an obfuscated instruction has no innocent reason to be there.
 */
function screenObfuscated(text: string, flags: Set<string>): string {
  return text
    .split("\n")
    .map((line) => {
      // No instruction fits in under ten characters; a megabyte of blank lines must not cost a pass each.
      if (line.length < 10 || line.length > 4000 || line.includes("⟦flagged:")) return line;
      const hit = variants(line).some((variant) =>
        CORE_RULES.some((rule) => {
          rule.pattern.lastIndex = 0;
          return rule.pattern.test(variant);
        }),
      );
      if (!hit) return line;
      flags.add("obfuscated-instruction");
      return `⟦flagged:obfuscated-instruction: ${defang(line)}⟧`;
    })
    .join("\n");
}

function safeDecode(line: string): string {
  try {
    return decodeURIComponent(line.replace(/\+/g, " "));
  } catch {
    return line.replace(/%20/g, " ");
  }
}

function rot13(c: string): string {
  const base = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
}

/**
 * Matches on a copy where `_` and `+` read as spaces (`ignore_all_previous_instructions`, URL query strings),
 * which has the same length, so each match is neutralised at the same place in the original.
 */
function applyRule(text: string, rule: InjectionRule, flags: Set<string>): string {
  const once = neutralise(text, text, rule, flags);
  return neutralise(once, spacedCopy(once), rule, flags);
}

/**
 * `_` and `+` as spaces, by char code: `String.replace` costs microseconds per match, and a megabyte of
 * `a+a+a+…` made it the slowest step of the filter.
 */
function spacedCopy(text: string): string {
  if (!text.includes("_") && !text.includes("+")) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c === 95 || c === 43 ? 32 : c;
  }
  return Buffer.from(codes.buffer).toString("utf16le");
}

function neutralise(text: string, spaced: string, rule: InjectionRule, flags: Set<string>): string {
  rule.pattern.lastIndex = 0;
  let out = "";
  let last = 0;
  const inside = flaggedTracker(text);
  for (const match of spaced.matchAll(rule.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inside(start)) continue;
    const original = text.slice(start, end);
    if (rule.id === "html-comment-instruction" && !looksLikeInstruction(original)) continue;
    flags.add(rule.id);
    out += `${text.slice(last, start)}⟦flagged:${rule.id}: ${defang(original)}⟧`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Already neutralised text is left alone, so screening twice changes nothing. Matches arrive in increasing
 * order, so the last opening and closing marks before each are tracked forwards in one pass over the text
 * (searching backwards from every match made a text with many matches quadratic).
 */
function flaggedTracker(text: string): (index: number) => boolean {
  let nextOpen = text.indexOf("⟦flagged:");
  let nextClose = text.indexOf("⟧");
  let lastOpen = -1;
  let lastClose = -1;
  return (index) => {
    while (nextOpen !== -1 && nextOpen <= index) {
      lastOpen = nextOpen;
      nextOpen = text.indexOf("⟦flagged:", nextOpen + 1);
    }
    while (nextClose !== -1 && nextClose < index) {
      lastClose = nextClose;
      nextClose = text.indexOf("⟧", nextClose + 1);
    }
    return lastOpen > lastClose;
  };
}

/** Breaks the syntax of tags and turn markers without hiding what they said. */
function defang(match: string): string {
  return match
    .replace(/</g, "‹")
    .replace(/>/g, "›")
    .replace(/\[/g, "⁅")
    .replace(/\]/g, "⁆")
    .replace(/\|/g, "¦")
    .replace(/:(\s*)$/, "∶$1")
    .replace(/\n/g, " ");
}

function looksLikeInstruction(comment: string): boolean {
  return (
    INJECTION_RULES.some((rule) => {
      if (rule.id === "html-comment-instruction") return false;
      rule.pattern.lastIndex = 0;
      return rule.pattern.test(comment);
    }) ||
    /\b(?:assistant|AI|claude|model|agent|sentry|bot)\b[^\n]{0,80}\b(?:must|should|will|please|now)\b/i.test(
      comment,
    )
  );
}

/** Decodes long base64 runs; one that decodes to readable text containing an injection is replaced. */
function screenBase64(text: string, flags: Set<string>): string {
  BASE64_RUN.lastIndex = 0;
  return text.replace(BASE64_RUN, (run) => {
    const decoded = Buffer.from(run, "base64").toString("utf8");
    if (!/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(decoded) || decoded.includes("\uFFFD")) return run;
    const inner = screenText(decoded);
    if (inner.flags.length === 0) return run;
    flags.add("base64-instruction");
    for (const flag of inner.flags) flags.add(flag);
    return `⟦flagged:base64-instruction: ${inner.text.replace(/\n/g, " ")}⟧`;
  });
}
