import type { RepoLocator } from "../failure-pattern.js";
import { CODE } from "./locators.js";

/**
 * The retry loop around a rate-limited call: a `for`/`while` whose header counts attempts or retries. The
 * fix reads the loop whole (src/llm/offline/retry-backoff.ts) and changes only a loop that makes an HTTP call,
 * checks its status and goes round without a computed wait; any other such loop is cited.
 */
export const RETRY_LOOP: RepoLocator[] = [
  {
    grep: "^\\s*(for|while)\\b.*([Aa]ttempt|[Rr]etr(y|ies)|[Tt]ries|ATTEMPT|RETR)",
    files: CODE,
    fix: "backoff-retry",
    when: /\b429\b|Too Many Requests|rate.?limit/i,
    what: "the retry loop around the rate-limited call (it retries without waiting)",
  },
];

/** The Go statement a `concurrent map writes` trace names; the map it touches gets a mutex when unambiguous. */
export const MAP_LOCK: RepoLocator[] = [
  {
    grep: "",
    fromStackTrace: true,
    files: /\.go$/,
    fix: "lock-shared-map",
    what: "the map access the trace names (the map is shared by goroutines without a lock)",
  },
];

/**
 * The migration (or schema file) that creates or indexes the table a plan scanned whole. The fix
 * (src/llm/offline/index-migration.ts) cites the index that cannot serve the filter, else the table's
 * creation, and writes the index as a NEW migration beside it; an applied migration is never edited.
 */
export const INDEX_MIGRATION: RepoLocator[] = [
  {
    grep: "CREATE\\s+(UNIQUE\\s+)?INDEX|CREATE\\s+TABLE|add_index\\s+:|create_table\\s+:",
    files:
      /(^|\/)(db\/migrate|migrations?|db\/migration|sql\/migrations?|flyway)\/[^/]+\.(sql|rb)$|(^|\/)V\d+(_\d+)*__\w+\.sql$/i,
    fix: "index-migration",
    when: /Seq Scan on /,
    what: "the schema of the table the plan reads whole (no index the filter can use)",
  },
];

/**
 * A slow statement without a plan names the table it filters, not why it is slow (a missing index, a lock, a
 * cold cache): the migration that creates that table is cited with what to check, and nothing is written.
 */
export const SLOW_TABLE_MIGRATION: RepoLocator[] = [
  {
    grep: 'CREATE\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?("?\\w+"?\\.)?"?{subject}"?\\s*\\(|create_table\\s+[:"]{subject}\\b|createTable\\(\\s*["\']{subject}["\']',
    // Prisma keeps each migration in its own folder (`prisma/migrations/<stamp>_x/migration.sql`); Knex writes JS/TS.
    files:
      /(^|\/)(db\/migrate|migrations?|db\/migration|sql\/migrations?|flyway)\/([^/]+\/)?[^/]+\.(sql|rb|[cm]?[jt]s)$|(^|\/)V\d+(_\d+)*__\w+\.sql$|(^|\/)(schema|structure)\.(sql|rb)$/i,
    what: "the migration creating the table the slow statement filters (check EXPLAIN for a Seq Scan on its WHERE columns before adding an index there)",
  },
];
