import { consolidate } from "./consolidate.js";
import { splitHeader } from "./header.js";
import { parseJsonLine } from "./json-line.js";
import { findTimestamp } from "./timestamp.js";
import { HASH_HIGH, maskHash, maskKey, WILDCARD } from "./tokenize.js";

/** One template after merging: its masked tokens and how many records it took. */
export interface MinedTemplate {
  id: string;
  template: string;
  count: number;
}

export interface TemplateMiner {
  /**
   * Maps one record to its group online and returns the group's id. `bodyStart` is where the message
   * starts when the caller already split the header; without it the miner finds the header itself.
   * `shape` is maskHash of the first line when the caller already computed it.
   */
  add(text: string, bodyStart?: number, shape?: Shape): string;
  /** As `add`, returning the group's index (`G<index>`): the hot path builds no string per line. */
  addIndex(text: string, bodyStart?: number, shape?: Shape): number;
  /** The id of the template a group belongs to once groups are merged (see `templates`). */
  resolve(groupId: string): string;
  /** As `resolve`, by the group's index. */
  resolveIndex(index: number): string;
  /** Merges the groups into templates (Brain-style) and lists them in order of first appearance. */
  templates(): MinedTemplate[];
  /** Number of online groups so far. */
  readonly groupCount: number;
}

/** maskHash of a record's first line, both halves, when the reader already computed it. */
export interface Shape {
  low: number;
  high: number;
}

export interface MinerOptions {
  /** Online groups kept exactly; past this, new lines share a coarse group so memory stays bounded. */
  maxGroups?: number;
  /** See ConsolidateOptions.variableValues. */
  variableValues?: number;
}

interface Group {
  tokens: string[];
  weight: number;
}

/** Groups past the cap: keyed by token count and first two tokens, positions that differ masked. */
function coarseKey(tokens: string[]): string {
  return `${tokens.length}\u0000${tokens[0] ?? ""}\u0000${tokens[1] ?? ""}`;
}

function absorb(group: Group, tokens: string[]): void {
  for (let i = 0; i < group.tokens.length; i++) {
    if (group.tokens[i] !== tokens[i]) group.tokens[i] = WILDCARD;
  }
}

const TRACEBACK = "Traceback (most recent call last)";

/** End of a record's first line: templates are made of it (frames vary with a trace's depth). */
function firstLineEnd(text: string): number {
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}

/** A Python traceback names its exception on its last line, so that line joins the message. */
function tracebackTail(text: string, bodyStart: number, lineEnd: number): string | undefined {
  if (lineEnd === text.length || !text.startsWith(TRACEBACK, bodyStart)) return undefined;
  return maskKey(text, text.lastIndexOf("\n") + 1);
}

/** The masked message tokens (header left out) that templates are merged from. */
function messageTokens(text: string, bodyStart: number, lineEnd: number): string[] {
  const key = maskKey(text, bodyStart, lineEnd);
  const tail = tracebackTail(text, bodyStart, lineEnd);
  const full = tail === undefined ? key : `${key} ${tail}`;
  return full === "" ? [] : joinQuoted(full.split(" "));
}

/** Past this many words a quote is taken for a stray mark, not a quoted value. */
const MAX_QUOTED_WORDS = 8;

/**
 * A field's quoted value with spaces (`tag="View Lock",`) is one value: kept as one token, a message keeps its
 * token count whichever value it prints, so its lines line up column by column.
 */
function joinQuoted(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const open = t.indexOf('="') + 1;
    if (open === 0 || t.indexOf('"', open + 1) >= 0) {
      out.push(t);
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_QUOTED_WORDS && !tokens[end]!.includes('"')) end++;
    if (end >= tokens.length || end - i >= MAX_QUOTED_WORDS) {
      out.push(t);
      continue;
    }
    out.push(tokens.slice(i, end + 1).join(" "));
    i = end;
  }
  return out;
}

export function createTemplateMiner(options: MinerOptions = {}): TemplateMiner {
  const maxGroups = options.maxGroups ?? 200_000;
  const groups: Group[] = [];
  const groupIds: string[] = [];
  let exactCount = 0;
  // Low 30 bits of a masked first line's hash → its group, whose high 32 bits must match too; shapes
  // whose low bits collide with another's are found by their high bits in `spill`.
  const byHash = new Map<number, number>();
  const highOf: number[] = [];
  const spill = new Map<string, number>();
  const coarse = new Map<string, number>();
  let hint = -1;
  let merged: { templateOf: number[]; ids: string[]; list: MinedTemplate[] } | undefined;

  const bodyStartOf = (text: string, lineEnd: number): number => {
    const line = lineEnd === text.length ? text : text.slice(0, lineEnd);
    const ts = findTimestamp(line, 2000, hint, false);
    if (ts) hint = ts.pattern;
    return splitHeader(line, ts ? ts.end : 0, ts !== undefined).bodyStart;
  };

  const newGroup = (tokens: string[]): number => {
    groups.push({ tokens: tokens.slice(), weight: 0 });
    groupIds.push(`G${groups.length - 1}`);
    merged = undefined;
    return groups.length - 1;
  };

  // The hot path never splits the header: the whole first line, masked, is hashed and looked up.
  // Timestamps and pids mask alike on every line of a shape, so the header is split only for a
  // shape not seen before, and its message tokens are what templates are merged from.

  /** A shape not seen before: a new group, or past the cap a coarse one that absorbs it. */
  const place = (tokens: string[]): number => {
    if (exactCount < maxGroups) {
      exactCount++;
      return newGroup(tokens);
    }
    const ck = coarseKey(tokens);
    let index = coarse.get(ck);
    if (index === undefined) {
      index = newGroup(tokens);
      coarse.set(ck, index);
    } else absorb(groups[index]!, tokens);
    return index;
  };

  const find = (low: number, high: number): number | undefined => {
    const index = byHash.get(low);
    if (index === undefined || highOf[index] === high) return index;
    return spill.get(`${low}:${high}`);
  };

  const remember = (low: number, high: number, index: number): void => {
    highOf[index] = high;
    if (!byHash.has(low)) byHash.set(low, index);
    else spill.set(`${low}:${high}`, index);
  };

  // A JSON line is mined by its message, unwrapped once: the message is never parsed again, so a message
  // that is itself JSON (or an object without one, rendered as JSON before) cannot recurse without end.
  const addIndex = (text: string, bodyStart?: number, shape?: Shape): number => {
    if (bodyStart === undefined && text.charCodeAt(0) === 123) {
      const json = parseJsonLine(text.slice(0, firstLineEnd(text)));
      if (json) return addText(json.message, json.message.length === 0 ? 0 : undefined);
    }
    return addText(text, bodyStart, shape);
  };

  const addText = (text: string, bodyStart?: number, shape?: Shape): number => {
    const lineEnd = firstLineEnd(text);
    // A traceback's shape includes its last line: hashing the first alone would merge them all.
    const traceback = lineEnd < text.length && text.includes(TRACEBACK);
    let low: number;
    let high: number;
    if (shape && !traceback) {
      low = shape.low;
      high = shape.high;
    } else {
      low = traceback
        ? maskHash(`${maskKey(text, 0, lineEnd)} ${maskKey(text, text.lastIndexOf("\n") + 1)}`)
        : maskHash(text, 0, lineEnd);
      high = HASH_HIGH[0]!;
    }
    let index = find(low, high);
    if (index === undefined) {
      const start = bodyStart ?? bodyStartOf(text, lineEnd);
      const exactRoom = exactCount < maxGroups;
      index = place(messageTokens(text, start, lineEnd));
      if (exactRoom) remember(low, high, index);
    }
    groups[index]!.weight++;
    return index;
  };

  const merge = () => {
    if (merged) return merged;
    const { templateOf, templates } = consolidate(groups, { variableValues: options.variableValues ?? 4 });
    // Number templates by first appearance so ids are stable for a given input.
    const order = new Map<number, number>();
    for (const t of templateOf) if (!order.has(t)) order.set(t, order.size);
    const ids = templates.map((_, t) => `T${(order.get(t) ?? 0) + 1}`);
    const counts = new Array<number>(templates.length).fill(0);
    groups.forEach((g, i) => {
      counts[templateOf[i]!]! += g.weight;
    });
    const list = [...order.keys()].map((t) => ({
      id: ids[t]!,
      template: templates[t]!.join(" "),
      count: counts[t]!,
    }));
    merged = { templateOf, ids, list };
    return merged;
  };

  const resolveIndex = (index: number): string => {
    const m = merge();
    const t = m.templateOf[index];
    return t === undefined ? `G${index}` : m.ids[t]!;
  };

  return {
    add: (text, bodyStart, shape) => groupIds[addIndex(text, bodyStart, shape)]!,
    addIndex,
    resolve: (groupId) => {
      const m = merge();
      const t = m.templateOf[Number(groupId.slice(1))];
      return t === undefined ? groupId : m.ids[t]!;
    },
    resolveIndex,
    templates: () => merge().list,
    get groupCount() {
      return groups.length;
    },
  };
}
