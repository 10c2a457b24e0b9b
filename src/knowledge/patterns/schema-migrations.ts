import type { FailurePattern, RepoLocator } from "../failure-pattern.js";

const MIGRATION_FILES =
  /(^|\/)(db\/migrate|migrations?|alembic\/versions|db\/changelog|flyway|liquibase)\/|(^|\/)V\d+(_\d+)*__\w+\.sql$|(^|\/)(alembic\.ini|flyway\.conf|liquibase\.properties)$/;

/** The migration the error names (Flyway's version, Alembic's revision): cited, since an applied one is not edited. */
const NAMED_MIGRATION: RepoLocator[] = [
  { grep: "{subject}", files: MIGRATION_FILES, what: "the migration the error names" },
];

/** Schema migrations that stop a service at start-up: history that no longer matches, a lock a dead run left. */
export const SCHEMA_MIGRATION_PATTERNS: FailurePattern[] = [
  {
    id: "migration-history-mismatch",
    title: "Start-up migration refused: the applied history does not match the code's migrations",
    category: "configuration",
    severity: "P1",
    rank: 14,
    keywords: [
      "checksum mismatch",
      "migrations have failed validation",
      "can't locate revision",
      "inconsistentmigrationhistory",
      "pendingmigrationerror",
      "detected resolved migration not applied",
      "not resolved locally",
      "validate failed",
      "changesets check sum",
      "changeset check sum",
    ],
    matchers: [
      /Migration checksum mismatch for migration (?:version )?(?<subject>[\w.]+)/,
      /Validate failed: Migrations have failed validation/,
      /Detected (?:resolved|applied) migration not (?:applied to database|resolved locally): (?<subject>[\w.]+)/,
      /Can't locate revision identified by '(?<subject>\w+)'/,
      /InconsistentMigrationHistory: Migration (?<subject>\S+) is applied before its dependency/,
      /ActiveRecord::PendingMigrationError\b/,
      /Validation Failed:\s*\d+ changesets? check ?sum/,
    ],
    sources: [
      'flyway/flyway …/core/internal/command/DbValidate ("Validate failed: Migrations have failed validation"), ErrorCode CHECKSUM_MISMATCH ("Migration checksum mismatch for migration version %s")',
      "sqlalchemy/alembic alembic/script/revision.py (\"Can't locate revision identified by '%s'\")",
      'django/django django/db/migrations/loader.py (InconsistentMigrationHistory "Migration %s is applied before its dependency %s")',
      'rails/rails activerecord/lib/active_record/migration.rb (PendingMigrationError); liquibase ValidationFailedException ("Validation Failed: N changesets check sum")',
    ],
    fixability: 0.1,
    cause:
      "The service runs its schema migrations at start-up and they refuse to run: a migration that was already applied was edited (its checksum changed), a migration file the database has applied is missing from this build (a rollback to an older image, a branch merged out of order), or migrations are pending that nobody ran. The service exits, so every replica crash-loops.",
    actions: [
      "Compare the schema history table (flyway_schema_history, alembic_version, django_migrations, schema_migrations) with the migration files of the deployed build.",
      "Restore the edited migration to what was applied and put the change in a new migration; repair the history (flyway repair, alembic stamp) only once it matches the schema.",
    ],
    confirm: [
      "The history table's checksum or revision for the named migration differs from the build's file.",
    ],
    ruleOut: [
      "The history matches and migrations fail on SQL errors: the migration itself is wrong, not the history.",
    ],
    repo: NAMED_MIGRATION,
  },
  {
    id: "migration-lock-held",
    title: "Migrations wait for a lock a dead run left behind",
    category: "configuration",
    severity: "P2",
    rank: 15,
    keywords: ["changelog lock", "change log lock", "migration lock", "is already locked"],
    matchers: [
      /Could not acquire change ?log lock/,
      /Waiting for changelog lock\.*/,
      /LockException: Could not acquire/,
      /Timed out waiting for (?:the )?migration lock|Migration table is already locked/,
    ],
    minCount: 2,
    sources: [
      'liquibase/liquibase …/lockservice/StandardLockService.java ("Waiting for changelog lock....", LockException "Could not acquire change log lock.  Currently locked by %s since %s")',
      'knex/knex lib/migrations/migrate/Migrator.js ("Migration table is already locked")',
    ],
    fixability: 0.1,
    cause:
      "A migration run took the migration lock and died before releasing it (a pod killed mid-migration, an OOM, a deploy rolled over it), so every new replica waits for the lock at start-up and never becomes ready.",
    actions: [
      "Check no migration is running (the host the lock names), then release it: `UPDATE DATABASECHANGELOGLOCK SET LOCKED=FALSE` (Liquibase), `knex migrate:unlock`.",
      "Run migrations once per deploy (a Job or init step) rather than in every replica's start-up.",
    ],
    confirm: ["The lock row names a host or pod that no longer exists, locked since before the deploy."],
    ruleOut: ["The lock's holder is alive and migrating: a long migration, not a stale lock."],
  },
];
