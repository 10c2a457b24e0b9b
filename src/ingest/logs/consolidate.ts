import { assignsIdentity, namesDifferentFields, variableSlot } from "./field-values.js";
import { WILDCARD } from "./tokenize.js";

/** A group of identical masked lines: its tokens and how many records it holds. */
export interface MaskedGroup {
  tokens: string[];
  weight: number;
}

export interface ConsolidateOptions {
  /** A column outside a template's common pattern is a variable when it takes at least this many values. */
  variableValues?: number;
}

export interface Consolidated {
  /** For each input group, the index of the template it belongs to. */
  templateOf: number[];
  /** Each template's tokens, variables masked. */
  templates: string[][];
}

const SEP = "\u0000";

/** How often each token occurs at each position, over groups of one token count, weighted by records. */
function columnFrequencies(groups: MaskedGroup[], length: number): Map<string, number>[] {
  const columns = Array.from({ length }, () => new Map<string, number>());
  for (const g of groups) {
    for (let i = 0; i < length; i++) {
      const column = columns[i]!;
      const token = g.tokens[i]!;
      column.set(token, (column.get(token) ?? 0) + g.weight);
    }
  }
  return columns;
}

/**
 * The positions of a line's longest common pattern, in the manner of Brain (Yu et al., ICDE 2023): the
 * tokens that share one frequency, picking the frequency held by the most tokens. Tokens more frequent
 * than the pattern are constants shared with other templates; less frequent ones may be variables.
 */
function commonPattern(tokens: string[], columns: Map<string, number>[]): Pattern {
  const freqs = tokens.map((t, i) => (t === WILDCARD ? -1 : columns[i]!.get(t)!));
  const tally = new Map<number, number>();
  for (const f of freqs) if (f > 0) tally.set(f, (tally.get(f) ?? 0) + 1);
  let best = -1;
  let bestCount = 0;
  for (const [f, count] of tally) {
    if (count > bestCount || (count === bestCount && f > best)) {
      best = f;
      bestCount = count;
    }
  }
  return { constant: freqs.map((f) => f >= best && f > 0), shared: freqs.map((f) => f > best) };
}

interface Pattern {
  constant: boolean[];
  /** Constant columns more frequent than the pattern: words other templates share at that position. */
  shared: boolean[];
}

function patternKey(tokens: string[], constant: boolean[], except = -1): string {
  return tokens.map((t, p) => (constant[p] && p !== except ? t : "")).join(SEP);
}

interface PatternEntry {
  members: number[];
  constant: boolean[];
  shared: boolean[];
  tokens: string[];
}

/**
 * A pattern that is another one plus a shared word where the other has a variable (`Invalid user user
 * from`, beside `Invalid user <*> from`) holds that variable taking a common word's value: it joins
 * the other, where the column's values decide.
 */
function joinSubPatterns(byPattern: Map<string, PatternEntry>): PatternEntry[] {
  const targetOf = new Map<PatternEntry, PatternEntry>();
  for (const entry of byPattern.values()) {
    for (let p = 0; p < entry.tokens.length; p++) {
      if (!entry.shared[p]) continue;
      const other = byPattern.get(patternKey(entry.tokens, entry.constant, p));
      if (other && other !== entry && !other.constant[p]) {
        targetOf.set(entry, other);
        break;
      }
    }
  }
  // Each join drops one constant column, so following joins ends at an entry that joins nothing.
  const rootOf = (entry: PatternEntry): PatternEntry => {
    let root = entry;
    for (let next = targetOf.get(root); next; next = targetOf.get(root)) root = next;
    return root;
  };
  const kept = new Map<PatternEntry, number[]>();
  for (const entry of byPattern.values()) {
    const root = rootOf(entry);
    const members = kept.get(root);
    if (members) members.push(...entry.members);
    else kept.set(root, [...entry.members]);
  }
  return [...kept].map(([root, members]) => ({ ...root, members }));
}

/**
 * Values that name things rather than word a message: booleans and dotted names (`com.example.App`),
 * but not a dotted constant (`android.intent.action.SCREEN_ON`), which names an event.
 */
const NAMED_VALUE =
  /\b(?:[Tt]rue|[Ff]alse|TRUE|FALSE)\b|[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*\.(?![A-Z0-9_]+\b)[A-Za-z_$][\w$-]*/g;

/** The letters of a value outside its masked parts and names: `LOGIN(uid=<*>)` → `LOGINuid`. */
function skeleton(value: string): string {
  return value
    .replace(NAMED_VALUE, "")
    .replaceAll(WILDCARD, "")
    .replace(/[^A-Za-z]+/g, "");
}

/**
 * A column where some values were masked holds one variable that sometimes lacked digits, unless every
 * value is masked and the words around the masks differ (`(uid=<*>)`, `LOGIN(uid=<*>)`): those are
 * wordings. A value that is all mask (`<*>,` beside `LOCAL(<*>),`) is the variable with no words. One whose
 * values differ only by a boolean or a dotted name (`expand=false,`, `key=0|com.example.app|…`) holds a
 * flag's value or a class, package or host name, however few.
 */
function looksVariable(values: Set<string>): boolean {
  if (namesDifferentFields(values)) return false;
  if (assignsIdentity(values)) return true;
  let masked = 0;
  const words = new Set<string>();
  for (const v of values) {
    if (!v.includes(WILDCARD)) continue;
    masked++;
    const word = skeleton(v);
    if (word !== "") words.add(word);
  }
  if (masked > 0) return masked < values.size || words.size <= 1;
  let unflagged: string | undefined;
  for (const v of values) {
    NAMED_VALUE.lastIndex = 0;
    if (!NAMED_VALUE.test(v)) return false;
    const bare = v.replace(NAMED_VALUE, WILDCARD);
    if (unflagged !== undefined && bare !== unflagged) return false;
    unflagged = bare;
  }
  return true;
}

/** The first column that is not masked in every member: where the message's first word is. */
function firstWordColumn(members: MaskedGroup[], length: number): number {
  for (let i = 0; i < length; i++) {
    if (members.some((m) => m.tokens[i] !== WILDCARD)) return i;
  }
  return 0;
}

/** Past this many values a column is a variable however even its values are. */
const ENUM_MAX_VALUES = 8;

/**
 * A few values that each hold a large share of the column's records are states, each its own event;
 * a variable's values (users, hosts) are uneven, most of them rare.
 */
function isEnumeration(weights: Map<string, number>): boolean {
  if (weights.size >= ENUM_MAX_VALUES) return false;
  let total = 0;
  for (const w of weights.values()) total += w;
  for (const w of weights.values()) if (w * 10 < total || w < 5) return false;
  return true;
}

/** Splits a group whose members agree on the pattern by the columns that take few values. */
function splitByColumns(
  members: MaskedGroup[],
  constant: boolean[],
  variableValues: number,
): Map<string, number[]> {
  const length = constant.length;
  const isVariable: boolean[] = [];
  const firstWord = firstWordColumn(members, length);
  for (let i = 0; i < length; i++) {
    if (constant[i]) {
      isVariable.push(false);
      continue;
    }
    const weights = new Map<string, number>();
    for (const m of members) weights.set(m.tokens[i]!, (weights.get(m.tokens[i]!) ?? 0) + m.weight);
    const values = new Set(weights.keys());
    // Like Drain's prefix tree, trust the first word of a message to be constant unless it is masked.
    // A leading masked column (a flag, a count) does not hide the word after it.
    const threshold = i === firstWord ? Number.POSITIVE_INFINITY : variableValues;
    const many = values.size >= threshold && !isEnumeration(weights);
    isVariable.push(values.size > 1 && (many || looksVariable(values)));
  }
  const parts = new Map<string, number[]>();
  members.forEach((m, index) => {
    const key = m.tokens.map((t, i) => (isVariable[i] ? variableSlot(t) : t)).join(SEP);
    const list = parts.get(key);
    if (list) list.push(index);
    else parts.set(key, [index]);
  });
  return parts;
}

/** Units after a number: `5 sec` and `00:05` are one variable, `(3 KB)` an aside about the one before. */
const UNIT = /^\(?(?:s|sec|secs|seconds|ms|us|ns|min|mins|B|KB|kB|MB|GB|TB|K|M|G)\)?[,;]?$/;

/**
 * Drops unit words after a variable and parenthesised asides made only of variables and units, so
 * messages that print a value with or without them (`lifetime 00:05` / `lifetime <1 sec`,
 * `120 bytes (1.2 KB) sent`) keep one token count.
 */
export function normalizeTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev?.includes(WILDCARD) && UNIT.test(t)) continue;
    if (t.startsWith("(") && t.includes(WILDCARD) && !t.endsWith(")")) {
      const next = tokens[i + 1];
      if (next !== undefined && UNIT.test(next) && next.endsWith(")")) {
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * Merges groups of masked lines into templates: within each token count, lines that share their longest
 * common pattern form one template, split again only by the columns that take few distinct values.
 */
export function consolidate(input: MaskedGroup[], options: ConsolidateOptions = {}): Consolidated {
  const variableValues = options.variableValues ?? 4;
  const groups = input.map((g) => ({ tokens: normalizeTokens(g.tokens), weight: g.weight }));
  const byLength = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const list = byLength.get(g.tokens.length);
    if (list) list.push(i);
    else byLength.set(g.tokens.length, [i]);
  });
  const templateOf = new Array<number>(groups.length).fill(-1);
  const templates: string[][] = [];
  for (const [length, indexes] of byLength) {
    const sameLength = indexes.map((i) => groups[i]!);
    const columns = columnFrequencies(sameLength, length);
    const byPattern = new Map<string, PatternEntry>();
    for (const i of indexes) {
      const tokens = groups[i]!.tokens;
      const { constant, shared } = commonPattern(tokens, columns);
      const key = patternKey(tokens, constant);
      const entry = byPattern.get(key);
      if (entry) entry.members.push(i);
      else byPattern.set(key, { members: [i], constant, shared, tokens });
    }
    for (const { members, constant } of joinSubPatterns(byPattern)) {
      const memberGroups = members.map((i) => groups[i]!);
      for (const [key, parts] of splitByColumns(memberGroups, constant, variableValues)) {
        const index = templates.length;
        templates.push(length === 0 ? [] : key.split(SEP));
        for (const p of parts) templateOf[members[p]!] = index;
      }
    }
  }
  return { templateOf, templates };
}
