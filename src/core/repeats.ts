/**
 * Each fact once: a report repeats a sentence only when a reader gains nothing from it. These helpers drop the
 * sentences of one text that another, already shown, says (compared without case, spacing or a trailing
 * parenthetical, so "no cause established (confidence 0.10)" repeats "No cause established: …").
 */
// A sentence ends at . ! or ? and a space, except after "e.g." / "i.e." / "vs." (a lowercase start counts:
// generated rationales begin sentences with file and program names such as "nginx").
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc)\.)(?<=[.!?])\s+(?=\S)/;

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!?:;,]+$/, "")
    .trim();
}

function core(sentence: string): string {
  return normal(sentence.replace(/\s*\([^()]*\)\s*[.!?]?$/, ""));
}

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `text` without the sentences that `said` already contains; "" when nothing new is left. */
export function withoutRepeats(text: string, said: readonly string[]): string {
  const seen = said.map(normal).filter(Boolean);
  const repeated = (sentence: string) => {
    const forms = [normal(sentence), core(sentence)].filter((f) => f.length >= 12);
    return forms.some((form) => seen.some((s) => s.includes(form)));
  };
  return splitSentences(text)
    .filter((sentence) => !repeated(sentence))
    .join(" ");
}
