/**
 * A missing index, proposed as a NEW migration in the repository's own convention: the plan in the logs names
 * the table and the equality filter (seq-scan-plan.ts); the migration that creates the table (or the index on
 * that column that the filter cannot use, e.g. `email` when the query reads `lower(email)`) is the cited line;
 * the next file in its folder creates the index CONCURRENTLY. Applied migrations are never edited. Plain SQL
 * (`0007_x.sql`, Flyway `V7__x.sql`, 14-digit timestamps) and Rails (`db/migrate/*.rb`) are written; any other
 * layout, or an index that already has those keys, is cited without a change.
 */
import { escapeRegExp } from "./code-shape.js";
import { indexName, type SeqScan, seqScanOf } from "./seq-scan-plan.js";

export interface NewFile {
  path: string;
  content: string;
  change: string;
}

const norm = (s: string): string => s.replace(/["\s]/g, "").toLowerCase();

/** SQL: `CREATE [UNIQUE] INDEX … ON [ONLY] t (keys)`; Rails: `add_index :t, :col` / `add_index :t, "lower(col)"`. */
function indexKeys(text: string, table: string): string[] | undefined {
  const t = escapeRegExp(table);
  const sql = new RegExp(
    `CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b.*?\\bON\\s+(?:ONLY\\s+)?(?:"?\\w+"?\\.)?"?${t}"?\\s*(?:USING\\s+\\w+\\s*)?\\((.+)\\)`,
    "i",
  ).exec(text);
  if (sql?.[1]) return splitKeys(sql[1]);
  const rails = new RegExp(`add_index\\s+:${t}\\s*,\\s*(\\[[^\\]]*\\]|:\\w+|"[^"]+"|'[^']+')`).exec(text);
  if (!rails?.[1]) return undefined;
  return rails[1]
    .replace(/^\[|\]$/g, "")
    .split(",")
    .map((k) => k.trim().replace(/^:|^["']|["']$/g, ""));
}

function splitKeys(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === "(") depth += 1;
    if (list[i] === ")") depth -= 1;
    if (list[i] === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((k) => k.trim());
}

function sameKeys(keys: string[] | undefined, scan: SeqScan): boolean {
  return keys !== undefined && keys.map(norm).join(",") === scan.keys.map(norm).join(",");
}

function createsTable(text: string, table: string): boolean {
  const t = escapeRegExp(table);
  return new RegExp(
    `CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:"?\\w+"?\\.)?"?${t}"?\\s*\\(|create_table\\s+:${t}\\b`,
    "i",
  ).test(text);
}

/**
 * The line to cite in a schema file for this scan: an index on the filter's first column that does not have
 * the filter's keys (it cannot serve the query), else the table's creation. Undefined when the file does not
 * create or index the table, or when an index with exactly those keys is already there.
 */
export function indexCauseLine(content: string, scan: SeqScan): number | undefined {
  const lines = content.split("\n");
  const wanted = scan.keys.map(norm).join(",");
  const indexes = lines.flatMap((text, i) => {
    const keys = indexKeys(text, scan.table);
    return keys ? [{ line: i + 1, keys: keys.map(norm) }] : [];
  });
  if (indexes.some((ix) => ix.keys.join(",") === wanted)) return undefined;
  const near = indexes.find(
    (ix) => ix.keys[0]?.replace(/^\w+\((\w+)\)$/, "$1") === norm(scan.columns[0] ?? ""),
  );
  if (near) return near.line;
  const created = lines.findIndex((l) => createsTable(l, scan.table));
  return created >= 0 && lines.some((l) => indexKeys(l, scan.table) || createsTable(l, scan.table))
    ? created + 1
    : undefined;
}

function nextSqlName(file: string, siblings: readonly string[], scan: SeqScan): string | undefined {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const inDir = siblings.filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes("/"));
  const base = (f: string) => f.slice(dir.length);
  if (inDir.some((f) => /\.(up|down)\.sql$/.test(f))) return undefined;
  const slug = indexName(scan);
  const flyway = inDir.flatMap((f) => /^V(\d+)__\w+\.sql$/.exec(base(f))?.[1] ?? []).map(Number);
  if (flyway.length > 0) return `${dir}V${Math.max(...flyway) + 1}__add_${slug}.sql`;
  const numbered = inDir.flatMap((f) => /^(\d+)_[\w-]+\.sql$/.exec(base(f))?.[1] ?? []);
  if (numbered.length === 0) return undefined;
  const width = Math.max(...numbered.map((n) => n.length));
  const next = (BigInt(numbered.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b))) + 1n).toString();
  return `${dir}${next.padStart(width, "0")}_add_${slug}.sql`;
}

function sqlMigration(scan: SeqScan): string {
  return [
    `-- ${scan.table} is read by ${scan.keys.join(", ")} with no index on it: the slow query's plan is a Seq Scan`,
    `-- removing ${scan.removed} rows by filter. CONCURRENTLY builds the index without blocking writes; it cannot run`,
    "-- inside a transaction block, so run this migration outside one.",
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${indexName(scan)} ON ${scan.table} (${scan.keys.join(", ")});`,
    "",
  ].join("\n");
}

function railsMigration(path: string, scan: SeqScan, version: string): string {
  const name = /\d+_(\w+)\.rb$/.exec(path)?.[1] ?? "";
  const klass = name.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase());
  const keys = scan.keys.map((k) => (/^\w+$/.test(k) ? `:${k}` : `"${k}"`));
  const columns = keys.length === 1 ? keys[0] : `[${keys.join(", ")}]`;
  return [
    `class ${klass} < ActiveRecord::Migration[${version}]`,
    "  # CONCURRENTLY builds the index without blocking writes; it cannot run inside a transaction.",
    "  disable_ddl_transaction!",
    "",
    "  def change",
    `    add_index :${scan.table}, ${columns}, name: "${indexName(scan)}", algorithm: :concurrently, if_not_exists: true`,
    "  end",
    "end",
    "",
  ].join("\n");
}

/** The new migration for the scan the evidence shows, next to the cited schema file; undefined when unsure. */
export function indexMigration(
  file: string,
  content: string,
  line: number,
  evidence: string,
  repoFiles: readonly string[],
  related: readonly string[] = [],
): NewFile | undefined {
  const scan = seqScanOf(evidence);
  if (!scan || indexCauseLine(content, scan) !== line) return undefined;
  // An index with these keys added by another migration: the proposal would duplicate it.
  if (related.some((l) => sameKeys(indexKeys(l, scan.table), scan))) return undefined;
  const change = `new migration: index ${indexName(scan)} on ${scan.table} (${scan.keys.join(", ")}), built CONCURRENTLY`;
  if (file.endsWith(".sql")) {
    const path = nextSqlName(file, repoFiles, scan);
    return path && !repoFiles.includes(path) ? { path, content: sqlMigration(scan), change } : undefined;
  }
  const version = /ActiveRecord::Migration\[(\d+\.\d+)\]/.exec(content)?.[1];
  const stamps = repoFiles.flatMap((f) => /^(?:.*\/)?db\/migrate\/(\d{14})_\w+\.rb$/.exec(f)?.[1] ?? []);
  if (!file.endsWith(".rb") || !version || stamps.length === 0) return undefined;
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const next = (BigInt(stamps.reduce((a, b) => (a > b ? a : b))) + 1n).toString();
  const path = `${dir}${next}_add_index_${scan.table}_on_${indexName(scan).replace(`${scan.table}_`, "").replace(/_idx$/, "")}.rb`;
  return { path, content: railsMigration(path, scan, version), change };
}

/** The relation on the new file: it creates an index on the scanned table whose keys are the filter's. */
export function indexHolds(created: string, evidence: string): { ok: boolean; detail: string } {
  const scan = seqScanOf(evidence);
  if (!scan) return { ok: false, detail: "the plan in the evidence no longer reads as a filtered Seq Scan" };
  const keys = created
    .split("\n")
    .flatMap((l) => (indexKeys(l, scan.table) ? [indexKeys(l, scan.table) ?? []] : []));
  const ok = keys.some((k) => k.map(norm).join(",") === scan.keys.map(norm).join(","));
  return {
    ok,
    detail: ok
      ? `the new migration indexes ${scan.table} (${scan.keys.join(", ")}), the keys the plan filtered on`
      : `the new migration does not index ${scan.table} (${scan.keys.join(", ")})`,
  };
}
