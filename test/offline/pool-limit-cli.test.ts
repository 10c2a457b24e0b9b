import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): the database refuses clients; the pool is set in an env
 * file, the replicas in the compose file, the server's limit in postgresql.conf — three files, none the log
 * names. The pool is LOWERED to what fits; when the pools already fit, nothing is proposed.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "pool-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
  agentOutputs: { agent: string; output?: { checks?: { name: string; outcome: string }[] } }[];
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function stack(pool: number): Record<string, string> {
  return {
    "logs/ledger-db.log": [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `2026-11-30 10:0${i}:01.123 UTC [47${i}1] ledger@ledger FATAL:  sorry, too many clients already`,
      )
      .join("\n"),
    "repo/deploy/ledger.env": `DB_HOST=pg\nDB_POOL_MAX=${pool}\n`,
    "repo/deploy/docker-compose.yml": [
      "services:",
      "  ledger:",
      "    image: ghcr.io/acme/ledger:2.0.1",
      "    env_file: ledger.env",
      "    deploy:",
      "      replicas: 4",
      "  pg:",
      "    image: postgres:16",
      "    volumes:",
      "      - ../pg/postgresql.conf:/etc/postgresql/postgresql.conf:ro",
      "",
    ].join("\n"),
    "repo/pg/postgresql.conf":
      "listen_addresses = '*'\nmax_connections = 80\nsuperuser_reserved_connections = 5\n",
  };
}

describe("too many clients: the client pool × replicas fitted under the server's limit, through the CLI", () => {
  it("lowers the env file's pool to (80 − 5) ÷ 4 and the Validator checks the relation", async () => {
    const run = await diagnose(workspace(stack(30)));
    expect(run.proposal?.patch).toContain("-DB_POOL_MAX=30");
    expect(run.proposal?.patch).toContain("+DB_POOL_MAX=18");
    const checks = run.agentOutputs.find((a) => a.agent === "validator")?.output?.checks ?? [];
    expect(checks).toContainEqual(
      expect.objectContaining({
        name: "the proposed value satisfies the violated relation",
        outcome: "pass",
      }),
    );
  });

  it("near miss: the pools already fit (something else holds the connections); nothing is proposed", async () => {
    const run = await diagnose(workspace(stack(10)));
    expect(run.proposal).toBeUndefined();
  });
});
