import { BASE64_RUN, HIDDEN_CHARS, INJECTION_RULES } from "./injection-patterns.js";

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
  for (const rule of INJECTION_RULES) {
    rule.pattern.lastIndex = 0;
    text = text.replace(rule.pattern, (match) => {
      if (rule.id === "html-comment-instruction" && !looksLikeInstruction(match)) return match;
      flags.add(rule.id);
      return `⟦flagged:${rule.id}: ${defang(match)}⟧`;
    });
  }
  return { text, flags: [...flags] };
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
