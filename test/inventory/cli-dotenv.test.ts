import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI: the truth is in a dotenv file, which the Detective reads only as its redacted
 * view. The run must locate the setting, propose the change the compose file justifies, and never let a
 * secret from the file reach the Run.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SECRETS = ["hunter2-correct-horse", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "pgS3cretInUrl"];
const COMPOSE = [
  "services:",
  "  api:",
  "    build: .",
  "    env_file: .env",
  "    depends_on: [db]",
  "  db:",
  "    image: postgres:16.4",
  "    ports:",
  '      - "5432"',
  "",
].join("\n");
const LOGS = Array.from(
  { length: 12 },
  (_, i) =>
    `{"level":50,"time":"2026-11-24T08:00:${String(i).padStart(2, "0")}Z","err":{"message":"connect ECONNREFUSED 127.0.0.1:5432","code":"ECONNREFUSED"},"msg":"database query failed"}`,
).join("\n");
const CODE = "import pg from 'pg';\nexport const pool = new pg.Pool({ host: process.env.DATABASE_HOST });\n";

function workspace(env: string, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "inventory-dotenv-"));
  dirs.push(root);
  const files: Record<string, string> = {
    "logs/api.log": LOGS,
    "repo/docker-compose.yml": COMPOSE,
    "repo/.env": env,
    "repo/src/db.js": CODE,
    ...extra,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
}

async function diagnose(root: string): Promise<{ run: RunJson; stdout: string }> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return { run: JSON.parse(res.stdout) as RunJson, stdout: res.stdout };
}

describe("a cause in a dotenv file, read through its redacted view", () => {
  it("locates DATABASE_HOST=localhost in .env and proposes the compose service, with no secret in the Run", async () => {
    const env = [
      "NODE_ENV=production",
      `DB_PASSWORD=${SECRETS[0]}`,
      "DATABASE_HOST=localhost",
      "DATABASE_PORT=5432",
      `AWS_SECRET_ACCESS_KEY=${SECRETS[1]}`,
      "",
    ].join("\n");
    const root = workspace(env);
    const { run, stdout } = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(expect.objectContaining({ file: ".env", line: 3 }));
    expect(run.proposal?.patch).toContain("+DATABASE_HOST=db");
    expect(run.proposal?.patch).not.toMatch(/^[-+]DB_PASSWORD/m);
    for (const secret of SECRETS) expect(stdout).not.toContain(secret);
    expect(readFileSync(join(root, "repo/.env"), "utf8")).toBe(env);
  });

  it("cites a loopback URL whose password is hidden but proposes no rewrite of that line", async () => {
    const root = workspace(
      `NODE_ENV=production\nDATABASE_URL=postgres://shop:${SECRETS[2]}@localhost:5432/shop\n`,
    );
    const { run, stdout } = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(expect.objectContaining({ file: ".env", line: 2 }));
    expect(run.proposal?.patch ?? "").not.toContain("DATABASE_URL");
    for (const secret of SECRETS) expect(stdout).not.toContain(secret);
  });

  it("takes no fact from a committed template (.env.example) and never edits it", async () => {
    const root = workspace("DATABASE_HOST=localhost\nDATABASE_PORT=5432\n", {
      "repo/.env.example": "# copy to .env\nDATABASE_HOST=localhost\nDB_PASSWORD=\n",
    });
    const { run } = await diagnose(root);
    expect(run.proposal?.patch).toContain("+DATABASE_HOST=db");
    expect(run.proposal?.patch).not.toContain(".env.example");
  });

  it("a redacted value is no host: a hidden DATABASE_HOST proposes nothing", async () => {
    const root = workspace(`DATABASE_HOST=${SECRETS[1]}\nDATABASE_PORT=5432\n`);
    const { run, stdout } = await diagnose(root);
    expect(run.proposal?.patch ?? "").not.toContain("DATABASE_HOST");
    for (const secret of SECRETS) expect(stdout).not.toContain(secret);
  });
});
