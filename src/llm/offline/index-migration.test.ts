import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../inventory/fix-rules.js";
import { indexCauseLine, indexHolds, indexMigration } from "./index-migration.js";
import { seqScanOf } from "./seq-scan-plan.js";

const plan = (filter: string, table = "shipments", removed = 812_004) =>
  [
    "2026-10-04 07:12:44.210 UTC [4410] app@logistics LOG:  duration: 5120.004 ms  plan:",
    "\tQuery Text: SELECT * FROM shipments s WHERE ...",
    `\tSeq Scan on public.${table} s  (cost=0.00..98231.10 rows=12 width=120) (actual time=0.1..5119.8 rows=3 loops=1)`,
    `\t  Filter: ${filter}`,
    `\t  Rows Removed by Filter: ${removed}`,
  ].join("\n");

const TWO_KEYS = plan("((tenant_id = 42) AND ((state)::text = 'in_transit'::text))");

const FLYWAY = [
  "CREATE TABLE shipments (",
  "  id bigserial PRIMARY KEY,",
  "  tenant_id bigint NOT NULL,",
  "  state varchar(32) NOT NULL",
  ");",
  "",
].join("\n");

describe("the plan a missing index leaves in the logs", () => {
  it("reads the scanned table and the equality keys (casts and lower() unwrapped)", () => {
    expect(seqScanOf(TWO_KEYS)).toMatchObject({ table: "shipments", keys: ["tenant_id", "state"] });
    expect(seqScanOf(plan("(lower((email)::text) = 'a@b.c'::text)", "accounts"))).toMatchObject({
      table: "accounts",
      keys: ["lower(email)"],
      columns: ["email"],
    });
  });

  it("near misses: an OR, a range, a small table", () => {
    expect(seqScanOf(plan("((state = 'a') OR (state = 'b'))"))).toBeUndefined();
    expect(seqScanOf(plan("(created_at > now() - '1 day'::interval)"))).toBeUndefined();
    expect(seqScanOf(plan("(tenant_id = 42)", "shipments", 120))).toBeUndefined();
  });
});

describe("a new migration with the index, in the repository's convention", () => {
  it("Flyway: the next V number beside the migration creating the table, CONCURRENTLY, both keys", () => {
    const files = [
      "db/migration/V1__shipments.sql",
      "db/migration/V2__carriers.sql",
      "db/migration/V10__rates.sql",
    ];
    expect(
      indexCauseLine(FLYWAY, seqScanOf(TWO_KEYS) ?? { table: "", keys: [], columns: [], removed: 0 }),
    ).toBe(1);
    const made = indexMigration("db/migration/V1__shipments.sql", FLYWAY, 1, TWO_KEYS, files);
    expect(made?.path).toBe("db/migration/V11__add_shipments_tenant_id_state_idx.sql");
    expect(made?.content).toContain(
      "CREATE INDEX CONCURRENTLY IF NOT EXISTS shipments_tenant_id_state_idx ON shipments (tenant_id, state);",
    );
    expect(indexHolds(made?.content ?? "", TWO_KEYS).ok).toBe(true);
    expect(indexHolds("CREATE INDEX x ON shipments (state);", TWO_KEYS).ok).toBe(false);
    const added = (made?.content ?? "").split("\n");
    expect(
      forbiddenBy("index-migration", added, { patternIds: ["seq-scan"], text: TWO_KEYS }),
    ).toBeUndefined();
  });

  it("Rails: the index the filter cannot use is cited; the new migration is timestamped after the last", () => {
    const evidence = plan("(lower((email)::text) = 'a@b.c'::text)", "members");
    const create = [
      "class CreateMembers < ActiveRecord::Migration[7.1]",
      "  def change",
      "    create_table :members do |t|",
      "      t.string :email, null: false",
      "    end",
      "    add_index :members, :email, unique: true",
      "  end",
      "end",
    ].join("\n");
    const files = [
      "db/migrate/20240102030405_create_members.rb",
      "db/migrate/20240301000000_add_plan_to_members.rb",
    ];
    expect(indexMigration(files[0] ?? "", create, 3, evidence, files)).toBeUndefined();
    const made = indexMigration(files[0] ?? "", create, 6, evidence, files);
    expect(made?.path).toBe("db/migrate/20240301000001_add_index_members_on_lower_email.rb");
    expect(made?.content).toContain("class AddIndexMembersOnLowerEmail < ActiveRecord::Migration[7.1]");
    expect(made?.content).toContain("disable_ddl_transaction!");
    expect(made?.content).toContain(
      'add_index :members, "lower(email)", name: "members_lower_email_idx", algorithm: :concurrently, if_not_exists: true',
    );
    expect(indexHolds(made?.content ?? "", evidence).ok).toBe(true);
  });

  it("near misses: the index exists, another table, up/down pairs, a folder without numbered files", () => {
    const withIndex = `${FLYWAY}CREATE INDEX shipments_tenant_state ON shipments (tenant_id, state);\n`;
    expect(indexMigration("m/V1__s.sql", withIndex, 1, TWO_KEYS, ["m/V1__s.sql"])).toBeUndefined();
    const other = FLYWAY.replace("CREATE TABLE shipments", "CREATE TABLE carriers");
    expect(indexMigration("m/V1__s.sql", other, 1, TWO_KEYS, ["m/V1__s.sql"])).toBeUndefined();
    const pairs = ["migrations/000001_init.up.sql", "migrations/000001_init.down.sql"];
    expect(indexMigration(pairs[0] ?? "", FLYWAY, 1, TWO_KEYS, pairs)).toBeUndefined();
    expect(indexMigration("db/schema.sql", FLYWAY, 1, TWO_KEYS, ["db/schema.sql"])).toBeUndefined();
  });
});
