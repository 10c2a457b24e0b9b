/**
 * Comparison facts: what the cluster says exists (the StorageClasses it lists, the labels its nodes carry),
 * read from any log file the user gave or a companion finding. They never create a subject — the failing
 * finding does that — they are only what a subject is compared with. Each fact is parsed from the shape kubectl
 * really prints: `kubectl get storageclass`, `kubectl get nodes` (with `-L key` columns or `--show-labels`),
 * and `kubectl describe node`'s Labels block.
 */

/** One line of evidence from a log file (or a companion finding), as grep_search prints it. */
export interface FactLine {
  file: string;
  line: number;
  text: string;
}

/** `kubectl get storageclass` rows: NAME [(default)] PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE. */
const STORAGE_CLASS_ROW =
  /^\s*([a-z0-9][\w.-]*)( \(default\))?\s+[\w./-]+\s+(?:Delete|Retain)\s+(?:Immediate|WaitForFirstConsumer)\b/;
/** `kubectl get nodes` header (its `-L` columns follow VERSION or the -o wide columns). */
const NODE_HEADER = /^\s*NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\b/;
const NODE_ROW = /^\s*([a-z0-9][\w.-]*)\s+(?:Ready|NotReady|Unknown)(?:,\S+)?\s+\S+\s+\d+[smhdy]\S*\s+v\d\S*/;
/** `kubectl describe node`: its name, then `Labels:` with one key=value a line. */
const DESCRIBE_NAME = /^Name:\s+([a-z0-9][\w.-]*)\s*$/;
const DESCRIBE_LABEL = /^(?:Labels:)?\s+([\w./-]+)=([\w.-]*)\s*$/;

/** The lines grep_search looks for in the logs: every shape above, as one pattern. */
export const FACTS_SEARCH = [
  STORAGE_CLASS_ROW,
  NODE_HEADER,
  NODE_ROW,
  DESCRIBE_NAME,
  /^Labels:\s+[\w./-]+=/,
  /^\s{8,}[\w./-]+=[\w.-]*\s*$/,
]
  .map((re) => `(?:${re.source})`)
  .join("|");

const FACTS_RE = new RegExp(FACTS_SEARCH);

/** Whether a line has a fact's shape (grep hits are re-tested: a search may return more than asked). */
export function isFactLine(text: string): boolean {
  return FACTS_RE.test(text);
}

/** StorageClass names a `kubectl get storageclass` table lists, and which one is the default. */
export function storageClassesIn(lines: readonly FactLine[]): { name: string; isDefault: boolean }[] {
  return lines.flatMap((l) => {
    const m = STORAGE_CLASS_ROW.exec(l.text);
    return m?.[1] ? [{ name: m[1], isDefault: Boolean(m[2]) }] : [];
  });
}

/** A node and the labels the evidence shows it carries (a `-L` column counts under its key's last segment). */
export interface NodeFact {
  name: string;
  labels: Map<string, string>;
  at: FactLine;
}

function byFile(lines: readonly FactLine[]): FactLine[][] {
  const files = new Map<string, FactLine[]>();
  for (const l of lines) files.set(l.file, [...(files.get(l.file) ?? []), l]);
  return [...files.values()].map((ls) => [...ls].sort((a, b) => a.line - b.line));
}

/** Labels written `k=v,k=v` (the --show-labels column). */
function labelList(text: string): [string, string][] {
  return text.split(",").flatMap((pair) => {
    const m = /^([\w./-]+)=([\w.-]*)$/.exec(pair.trim());
    return m?.[1] !== undefined && m[2] !== undefined ? [[m[1], m[2]] as [string, string]] : [];
  });
}

function tableRow(header: string[], row: FactLine): NodeFact | undefined {
  const name = NODE_ROW.exec(row.text)?.[1];
  if (!name) return undefined;
  const cells = row.text.trim().split(/\s+/);
  const labels = new Map<string, string>();
  // Columns after VERSION: -o wide's fixed ones, then one per -L key, or LABELS.
  header.forEach((col, i) => {
    const cell = cells[i];
    if (i < 5 || cell === undefined) return;
    if (col === "LABELS") for (const [k, v] of labelList(cell)) labels.set(k, v);
    else labels.set(`-L ${col}`, cell === "<none>" ? "" : cell);
  });
  return { name, labels, at: row };
}

/** The nodes the evidence shows, with their labels, from node tables and describe output, file by file. */
export function nodesIn(lines: readonly FactLine[]): NodeFact[] {
  const nodes: NodeFact[] = [];
  for (const file of byFile(lines)) {
    let header: string[] | undefined;
    let described: NodeFact | undefined;
    // The line of the block's last label: `Labels:` opens it, each next line continues it, a gap ends it.
    let labelAt = 0;
    for (const l of file) {
      if (NODE_HEADER.test(l.text)) {
        header = l.text.trim().split(/\s+/);
        continue;
      }
      const row = header && NODE_ROW.test(l.text) ? tableRow(header, l) : undefined;
      if (row) {
        nodes.push(row);
        continue;
      }
      const name = DESCRIBE_NAME.exec(l.text)?.[1];
      if (name) {
        described = { name, labels: new Map(), at: l };
        nodes.push(described);
        labelAt = 0;
        continue;
      }
      const label = DESCRIBE_LABEL.exec(l.text);
      const opens = l.text.startsWith("Labels:");
      if (!described || !label?.[1] || label[2] === undefined || (!opens && l.line !== labelAt + 1)) continue;
      described.labels.set(label[1], label[2]);
      labelAt = l.line;
    }
  }
  return nodes;
}

/**
 * The value a node carries for a label key: the label itself, or the `-L` column kubectl heads with the key's
 * last segment upper-cased (`node.kubernetes.io/instance-type` → INSTANCE-TYPE).
 */
export function labelOf(node: NodeFact, key: string): string | undefined {
  const direct = node.labels.get(key);
  if (direct !== undefined) return direct;
  const column = (key.split("/").at(-1) ?? key).toUpperCase();
  return node.labels.get(`-L ${column}`);
}
