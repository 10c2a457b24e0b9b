import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/** A pino-logged 429 storm from an axios call in a `while (attempt < N)` loop, through the CLI. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "retry-while-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const pino = (level: number, t: number, extra: string) =>
  `{"level":${level},"time":${1765110000000 + t},"pid":7,"hostname":"sync-5f",${extra}}`;

const LOG = [
  ...Array.from({ length: 150 }, (_, i) => pino(30, i * 1000, `"msg":"synced contact","id":${i}`)),
  ...Array.from({ length: 60 }, (_, i) =>
    pino(40, 200000 + i, `"status":429,"msg":"crm rate limited, retrying (attempt ${(i % 8) + 1})"`),
  ),
].join("\n");

const client = (wait: string) =>
  [
    'import axios from "axios";',
    "",
    "const api = axios.create({ baseURL: process.env.CRM_URL, validateStatus: () => true });",
    "",
    "export async function pushContact(contact) {",
    "  let attempt = 0;",
    "  while (attempt < 8) {",
    "    attempt++;",
    '    const res = await api.post("/v2/contacts", contact);',
    "    if (res.status === 429) {",
    "      console.warn(`crm rate limited, retrying (attempt ${attempt})`);",
    wait,
    "      continue;",
    "    }",
    "    return res.data;",
    "  }",
    '  throw new Error("crm: gave up after 8 attempts");',
    "}",
    "",
  ]
    .filter((l) => l !== "")
    .join("\n");

async function diagnose(root: string) {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return JSON.parse(res.stdout) as {
    diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
    proposal?: { patch: string; risk: string } | null;
  };
}

describe("a while-loop retry around an axios call", () => {
  it("waits a jittered backoff honouring Retry-After, read the way axios exposes headers", async () => {
    const root = workspace({ "logs/worker.log": LOG, "repo/src/crm-client.js": client("") });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "src/crm-client.js", line: 5 }),
    );
    expect(run.proposal?.risk).toBe("medium");
    expect(run.proposal?.patch).toContain('retryDelayMs(attempt, String(res.headers["retry-after"] ?? ""))');
    // The attempts stay as they are: the bound is not raised to ride out the limit.
    expect(run.proposal?.patch).not.toMatch(/^[-+].*while \(attempt </m);
  });

  it("a loop that already waits a computed delay is cited, not rewritten", async () => {
    const root = workspace({
      "logs/worker.log": LOG,
      "repo/src/crm-client.js": client("      await sleep(backoffFor(attempt));"),
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "src/crm-client.js", line: 5 }),
    );
    expect(run.proposal?.patch ?? "").not.toContain("retryDelayMs");
  });
});
