/**
 * What a Postgres plan in the logs says about a missing index: the table read whole (`Seq Scan on T`), the
 * equality filter it applied row by row (`Filter: (lower(email) = '…'::text)`), and how many rows it threw
 * away. Only equality conjuncts on a column or on lower()/upper() of one are read; any other filter (a range,
 * an OR, a function of several columns) leaves the index to a person.
 */

export interface SeqScan {
  table: string;
  /** Index keys in filter order: a column name, or `lower(col)` / `upper(col)`. */
  keys: string[];
  /** The plain columns the keys read, in the same order. */
  columns: string[];
  removed: number;
}

const MIN_REMOVED = 10_000;

function unwrap(text: string): string {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")") && balancedInside(t)) t = t.slice(1, -1).trim();
  return t;
}

/** Whether the parentheses at both ends belong together (`(a) = (b)` does not unwrap). */
function balancedInside(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i += 1) {
    if (t[i] === "(") depth += 1;
    if (t[i] === ")") depth -= 1;
    if (depth === 0 && i < t.length - 1) return false;
  }
  return true;
}

function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "(") depth += 1;
    if (text[i] === ")") depth -= 1;
    if (depth === 0 && text.slice(i, i + 5) === " AND ") {
      parts.push(text.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `lower((email)::text)` → lower(email); `(status)::text` → status; anything else → undefined. */
function keyOf(lhs: string): { key: string; column: string } | undefined {
  const bare = unwrap(lhs);
  const fn = /^(lower|upper)\(\s*\(?\s*"?(\w+)"?\s*\)?(?:::[\w ]+)?\s*\)$/i.exec(bare);
  if (fn?.[1] && fn[2]) return { key: `${fn[1].toLowerCase()}(${fn[2]})`, column: fn[2] };
  const col = /^\(?\s*"?(\w+)"?\s*\)?(?:::[\w ]+)?$/.exec(bare);
  return col?.[1] ? { key: col[1], column: col[1] } : undefined;
}

export function seqScanOf(evidence: string): SeqScan | undefined {
  const lines = evidence.split("\n");
  const at = lines.findIndex((l) => /Seq Scan on /.test(l));
  const table = /Seq Scan on (?:"?\w+"?\.)?"?(\w+)"?/.exec(lines[at] ?? "")?.[1];
  if (at < 0 || !table) return undefined;
  const rest = lines.slice(at + 1, at + 6);
  const filter = rest.map((l) => /^\s*Filter: (.+)$/.exec(l)?.[1]).find((f) => f !== undefined);
  const removed = Number(rest.map((l) => /Rows Removed by Filter: (\d+)/.exec(l)?.[1]).find((r) => r) ?? 0);
  if (!filter || removed < MIN_REMOVED || /\bOR\b/.test(filter)) return undefined;
  const keys: string[] = [];
  const columns: string[] = [];
  for (const part of splitAnd(unwrap(filter))) {
    const eq = /^(.+?)\s+=\s+(.+)$/.exec(unwrap(part));
    const key = eq?.[1] ? keyOf(eq[1]) : undefined;
    if (!key) return undefined;
    keys.push(key.key);
    columns.push(key.column);
  }
  return keys.length > 0 ? { table, keys, columns, removed } : undefined;
}

/** The index's name as Postgres would write it: `customers_lower_email_idx`, within 63 characters. */
export function indexName(scan: SeqScan): string {
  const words = scan.keys.map((k) => k.replace(/^(lower|upper)\((\w+)\)$/, "$1_$2"));
  return `${scan.table}_${words.join("_")}_idx`.slice(0, 63);
}
