import { describe, expect, it } from "vitest";
import { MIGRATION_DDL, STACK_FRAME_CITE } from "./locators.js";

const ddl = MIGRATION_DDL[0];

describe("MIGRATION_DDL", () => {
  it("finds schema changes in the migration layouts teams keep", () => {
    const grep = new RegExp(ddl?.grep ?? "^$");
    for (const [path, line] of [
      ["db/migrate/20250101000000_add_state_to_carts.rb", "    add_index :carts, :state"],
      ["shop/migrations/0042_cart_state.py", "        migrations.AddField("],
      ["alembic/versions/9f2a_cart_state.py", '    op.add_column("carts", sa.Column("state", sa.Text()))'],
      [
        "src/main/resources/db/migration/V7__cart_state.sql",
        "CREATE INDEX carts_state_idx ON carts (state);",
      ],
      [
        "migrations/20250101_cart_state.js",
        "  await knex.schema.alterTable('carts', (t) => t.addIndex('state'))",
      ],
    ]) {
      expect(ddl?.files.test(path ?? ""), path).toBe(true);
      expect(grep.test(line ?? ""), line).toBe(true);
    }
  });

  it("applies to lock waits, not to a deadlock or to source files outside migrations", () => {
    expect(
      ddl?.when?.test("LOG:  process 81 still waiting for ShareLock on transaction 77 after 1000.2 ms"),
    ).toBe(true);
    expect(ddl?.when?.test("Lock wait timeout exceeded; try restarting transaction")).toBe(true);
    expect(ddl?.when?.test("ERROR:  deadlock detected")).toBe(false);
    expect(ddl?.files.test("app/models/cart.rb")).toBe(false);
    expect(ddl?.fix).toBeUndefined();
  });

  it("cites a deadlock's frame without a change", () => {
    expect(STACK_FRAME_CITE[0]?.fromStackTrace).toBe(true);
    expect(STACK_FRAME_CITE[0]?.fix).toBeUndefined();
  });
});
