import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const oom = (constraint: string, i: number) =>
  [
    `Mar  3 02:1${i}:01 vm-9 kernel: [81234.1] postgres invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0`,
    `Mar  3 02:1${i}:01 vm-9 kernel: [81234.2] oom-kill:constraint=${constraint},nodemask=(null),cpuset=/,mems_allowed=0,task=java,pid=41${i},uid=1000`,
    `Mar  3 02:1${i}:01 vm-9 kernel: [81234.3] Out of memory: Killed process 41${i} (java) total-vm:9823412kB, anon-rss:6391228kB, file-rss:0kB, shmem-rss:0kB`,
  ].join("\n");

const COMPOSE =
  'services:\n  api:\n    image: example/api:1\n    environment:\n      JAVA_TOOL_OPTIONS: "-Xmx5g -XX:+UseG1GC"\n  db:\n    image: postgres:16\n';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function diagnose(constraint: string) {
  const root = mkdtempSync(join(tmpdir(), "host-oom-e2e-"));
  dirs.push(root);
  const files: Record<string, string> = {
    "logs/syslog": [0, 1, 2].map((i) => oom(constraint, i)).join("\n"),
    "repo/docker-compose.yml": COMPOSE,
    "repo/db/postgresql.conf": "max_connections = 100\nshared_buffers = 2GB\n",
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return JSON.parse(res.stdout) as {
    diagnosis?: { evidence: { kind: string; file: string; line?: number }[] };
    proposal?: unknown;
  };
}

describe("a global OOM on a host through the CLI", () => {
  it("cites the heap the host's processes reserve, and raises nothing", async () => {
    const run = await diagnose("CONSTRAINT_NONE");
    const repo = run.diagnosis?.evidence.filter((e) => e.kind === "repo") ?? [];
    expect(repo.some((e) => /docker-compose\.yml|postgresql\.conf/.test(e.file))).toBe(true);
    expect(run.proposal).toBeUndefined();
  }, 30_000);

  it("must not blame the host's reservations when a cgroup limit was what ran out", async () => {
    const run = await diagnose("CONSTRAINT_MEMCG");
    const repo = run.diagnosis?.evidence.filter((e) => e.kind === "repo") ?? [];
    expect(repo.some((e) => /postgresql\.conf/.test(e.file) || e.line === 5)).toBe(false);
  }, 30_000);
});
