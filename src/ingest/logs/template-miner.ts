import { consolidate } from "./consolidate.js";
import { splitHeader } from "./header.js";
import { findTimestamp } from "./timestamp.js";
import { maskTokens, WILDCARD } from "./tokenize.js";

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
   */
  add(text: string, bodyStart?: number): string;
  /** The id of the template a group belongs to once groups are merged (see `templates`). */
  resolve(groupId: string): string;
  /** Merges the groups into templates (Brain-style) and lists them in order of first appearance. */
  templates(): MinedTemplate[];
  /** Number of online groups so far. */
  readonly groupCount: number;
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

/**
 * The part of a record a template is made of: the message of its first line. A multi-line record's
 * frames vary with depth; a Python traceback names its exception on its last line, so that line is used.
 */
function messageOf(text: string, bodyStart: number): string {
  const newline = text.indexOf("\n", bodyStart);
  if (newline < 0) return bodyStart === 0 ? text : text.slice(bodyStart);
  const first = text.slice(bodyStart, newline);
  if (!first.startsWith("Traceback (most recent call last)")) return first;
  return `${first} ${text.slice(text.lastIndexOf("\n") + 1)}`;
}

export function createTemplateMiner(options: MinerOptions = {}): TemplateMiner {
  const maxGroups = options.maxGroups ?? 200_000;
  const groups: Group[] = [];
  const exact = new Map<string, number>();
  const coarse = new Map<string, number>();
  let hint = -1;
  let merged: { templateOf: number[]; ids: string[]; list: MinedTemplate[] } | undefined;

  const bodyOf = (text: string): string => {
    const ts = findTimestamp(text, 2000, hint);
    if (ts) hint = ts.pattern;
    return messageOf(text, splitHeader(text, ts ? ts.end : 0, ts !== undefined).bodyStart);
  };

  const newGroup = (tokens: string[]): number => {
    groups.push({ tokens: tokens.slice(), weight: 0 });
    merged = undefined;
    return groups.length - 1;
  };

  const add = (text: string, bodyStart?: number): string => {
    const body = bodyStart === undefined ? bodyOf(text) : messageOf(text, bodyStart);
    const tokens = maskTokens(body);
    const key = tokens.join(" ");
    let index = exact.get(key);
    if (index === undefined) {
      if (exact.size < maxGroups) {
        index = newGroup(tokens);
        exact.set(key, index);
      } else {
        const ck = coarseKey(tokens);
        index = coarse.get(ck);
        if (index === undefined) {
          index = newGroup(tokens);
          coarse.set(ck, index);
        } else absorb(groups[index]!, tokens);
      }
    }
    groups[index]!.weight++;
    return `G${index}`;
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

  return {
    add,
    resolve: (groupId) => {
      const m = merge();
      const t = m.templateOf[Number(groupId.slice(1))];
      return t === undefined ? groupId : m.ids[t]!;
    },
    templates: () => merge().list,
    get groupCount() {
      return groups.length;
    },
  };
}
