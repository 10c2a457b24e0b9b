import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * A Postgres slow-statement log without a plan (Prisma's quoted, schema-qualified SELECT): the table it filters
 * is named, its creating migration cited with what to check, and no index is written on a guess.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "slow-table-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const LOG = [
  ...Array.from(
    { length: 150 },
    (_, i) =>
      `2026-12-07 13:${String(i % 60).padStart(2, "0")}:01.123 UTC [3004] LOG:  duration: 0.${i % 9}12 ms  statement: SELECT 1`,
  ),
  ...Array.from({ length: 8 }, (_, k) =>
    [
      `2026-12-07 14:00:1${k}.431 UTC [3121] LOG:  duration: 5${k}34.112 ms  execute <unnamed>: SELECT "public"."orders"."id", "public"."orders"."total" FROM "public"."orders" WHERE "public"."orders"."user_id" = $1 ORDER BY "public"."orders"."id" DESC LIMIT $2 OFFSET $3`,
      `2026-12-07 14:00:1${k}.431 UTC [3121] DETAIL:  parameters: $1 = '4${k}1', $2 = '20', $3 = '0'`,
    ].join("\n"),
  ),
].join("\n");

describe("a slow statement without a plan", () => {
  it("cites the migration creating the filtered table (a Prisma folder per migration), proposes nothing", async () => {
    const root = workspace({
      "logs/postgresql.log": LOG,
      "repo/prisma/migrations/20250110093000_init/migration.sql":
        'CREATE TABLE "users" (\n    "id" SERIAL NOT NULL,\n    "email" TEXT NOT NULL\n);\n',
      "repo/prisma/migrations/20250301120000_add_orders/migration.sql":
        '-- CreateTable\nCREATE TABLE "orders" (\n    "id" SERIAL NOT NULL,\n    "user_id" INTEGER NOT NULL\n);\n',
    });
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    const run = JSON.parse(res.stdout) as {
      diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
      proposal?: { patch: string } | null;
    };
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({
        kind: "repo",
        file: "prisma/migrations/20250301120000_add_orders/migration.sql",
        line: 2,
      }),
    );
    // No plan shows a Seq Scan: an index would be a guess (the time may be a lock or a cold cache).
    expect(run.proposal?.patch ?? "").not.toMatch(/CREATE INDEX/);
  });
});
