import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * A missing index end to end through the CLI: Postgres logs a slow plan (Seq Scan with a filter), the code
 * holds the query, the migrations hold the table; the proposal is a NEW migration (never an edit of an applied
 * one) that the Validator checks against the plan's keys. An index a later migration already adds is not
 * proposed again.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "index-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface Check {
  name: string;
  outcome: string;
}
interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  agentOutputs?: { agent: string; output?: { patch?: string; risk?: string; checks?: Check[] } }[];
}

function postgresLog(): string {
  const rows: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    rows.push(
      `2026-10-05 10:0${i % 10}:1${i % 10}.120 UTC [71${i}] api@billing LOG:  checkpoint starting: time`,
    );
    rows.push(
      `2026-10-05 10:0${i % 10}:2${i % 10}.500 UTC [72${i}] api@billing LOG:  duration: 4${i}12.300 ms  execute <unnamed>: SELECT id, total FROM invoices WHERE account_id = $1 AND status = $2`,
    );
  }
  rows.push(
    "2026-10-05 10:09:59.001 UTC [7300] api@billing LOG:  duration: 4410.872 ms  plan:",
    "\tQuery Text: SELECT id, total FROM invoices WHERE account_id = $1 AND status = $2",
    "\tSeq Scan on invoices  (cost=0.00..181233.00 rows=40 width=16) (actual time=12.4..4410.6 rows=38 loops=1)",
    "\t  Filter: ((account_id = 9012) AND (status = 'open'::text))",
    "\t  Rows Removed by Filter: 2901553",
  );
  return `${rows.join("\n")}\n`;
}

const REPO = {
  "repo/sql/migrations/001_accounts.sql": "CREATE TABLE accounts (\n  id bigserial PRIMARY KEY\n);\n",
  "repo/sql/migrations/002_invoices.sql": [
    "CREATE TABLE invoices (",
    "  id bigserial PRIMARY KEY,",
    "  account_id bigint NOT NULL REFERENCES accounts (id),",
    "  status text NOT NULL,",
    "  total bigint NOT NULL",
    ");",
    "",
  ].join("\n"),
  "repo/src/invoices/query.ts":
    'export const OPEN_FOR_ACCOUNT = "SELECT id, total FROM invoices WHERE account_id = $1 AND status = $2";\n',
};

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

describe("a missing index through the CLI", () => {
  it("proposes the next numbered migration creating the index CONCURRENTLY on the plan's keys", async () => {
    const root = workspace({ "logs/postgres.log": postgresLog(), ...REPO });
    const run = await diagnose(root);
    const cites = (run.diagnosis?.evidence ?? [])
      .filter((e) => e.kind === "repo")
      .map((e) => `${e.file}:${e.line}`);
    expect(cites).toContain("sql/migrations/002_invoices.sql:1");
    const surgeon = run.agentOutputs?.find((a) => a.agent === "surgeon")?.output;
    expect(surgeon?.risk).toBe("medium");
    expect(surgeon?.patch).toMatch(/^--- \/dev\/null$/m);
    expect(surgeon?.patch).toMatch(
      /^\+\+\+ b\/sql\/migrations\/003_add_invoices_account_id_status_idx\.sql$/m,
    );
    expect(surgeon?.patch).toMatch(
      /^\+CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_account_id_status_idx ON invoices \(account_id, status\);$/m,
    );
    const checks = run.agentOutputs?.find((a) => a.agent === "validator")?.output?.checks ?? [];
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => c.outcome === "fail")).toEqual([]);
    expect(checks.find((c) => /satisfies the relation/.test(c.name))?.outcome).toBe("pass");
  });

  it("near miss: a later migration already adds that index, so none is proposed", async () => {
    const root = workspace({
      "logs/postgres.log": postgresLog(),
      ...REPO,
      "repo/sql/migrations/003_invoice_lookup.sql":
        "CREATE INDEX CONCURRENTLY invoices_account_status ON invoices (account_id, status);\n",
    });
    const run = await diagnose(root);
    expect(run.agentOutputs?.find((a) => a.agent === "surgeon")?.output?.patch).toBeUndefined();
  });
});
