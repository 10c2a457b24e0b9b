// The bench's checkers: a relation is judged on the patched files, a forbidden rule on the patch and both trees.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { amount, patchedFiles, satisfies, violations } from "../../corpus/lib/relations.js";
import type { Forbidden, Relation } from "../../corpus/lib/schema.js";

const root = mkdtempSync(join(tmpdir(), "corpus-rel-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe("amount", () => {
  it("reads durations, Kubernetes quantities and JVM sizes", () => {
    expect(amount("30s", "duration")).toBe(30_000);
    expect(amount("1500ms", "duration")).toBe(1500);
    expect(amount("2m", "duration")).toBe(120_000);
    expect(amount("250m", "k8s-cpu")).toBe(0.25);
    expect(amount('"6"', "k8s-cpu")).toBe(6);
    expect(amount("512Mi", "k8s-bytes")).toBe(512 * 1024 ** 2);
    expect(amount("6g", "jvm-bytes")).toBe(6 * 1024 ** 3);
    expect(amount("2.0", "s")).toBe(2000);
  });
});

describe("satisfies", () => {
  const before = tree("before", {
    ".env": "DATABASE_HOST=localhost\n",
    "nginx.conf": "proxy_read_timeout 30s;\n",
  });
  const after = tree("after", { ".env": "DATABASE_HOST=db\n", "nginx.conf": "proxy_read_timeout 90s;\n" });

  it("checks a host against the services that exist", () => {
    const rel: Relation = {
      kind: "host-names-service",
      file: ".env",
      pattern: "^DATABASE_HOST=(\\S+)",
      services: ["db"],
    };
    expect(satisfies(rel, before, before)).toBe(false);
    expect(satisfies(rel, after, before)).toBe(true);
  });

  it("checks a timeout against the observed latency", () => {
    const rel: Relation = {
      kind: "timeout-exceeds-latency",
      file: "nginx.conf",
      pattern: "proxy_read_timeout\\s+(\\w+);",
      unit: "duration",
      minMs: 78_000,
    };
    expect(satisfies(rel, before, before)).toBe(false);
    expect(satisfies(rel, after, before)).toBe(true);
  });

  it("checks a pool against the server's limit across replicas", () => {
    const pool = (n: number) => tree(`pool-${n}`, { "db.py": `pool_size=${n}\n` });
    const rel: Relation = {
      kind: "pool-within-server-limit",
      file: "db.py",
      pattern: "pool_size=(\\d+)",
      replicas: 6,
      serverMax: 100,
      reserved: 3,
    };
    expect(satisfies(rel, pool(16), before)).toBe(true);
    expect(satisfies(rel, pool(17), before)).toBe(false);
  });

  it("finds variables defined in env files, YAML env lists and systemd units", () => {
    const env = tree("env", {
      "a.env": "export DATABASE_URL=postgres://x\n",
      "b.yaml": "env:\n  - name: DATABASE_URL\n    value: x\n",
      "c.service": "[Service]\nEnvironment=DATABASE_URL=x\n",
      "d.env": "PG_DATABASE_URL=x\n",
    });
    for (const file of ["a.env", "b.yaml", "c.service"])
      expect(satisfies({ kind: "env-defined", file, name: "DATABASE_URL" }, env, env)).toBe(true);
    expect(satisfies({ kind: "env-defined", file: "d.env", name: "DATABASE_URL" }, env, env)).toBe(false);
  });

  it("checks that compose publishes each host port once", () => {
    const dup = tree("compose-dup", {
      "c.yml": 'services:\n  a:\n    ports: ["8080:80"]\n  b:\n    ports: ["8080:3000"]\n',
    });
    const ok = tree("compose-ok", {
      "c.yml": 'services:\n  a:\n    ports: ["8080:80"]\n  b:\n    ports: ["8081:3000"]\n',
    });
    expect(satisfies({ kind: "compose-ports-unique", file: "c.yml" }, dup, dup)).toBe(false);
    expect(satisfies({ kind: "compose-ports-unique", file: "c.yml" }, ok, dup)).toBe(true);
  });

  it("counts only files a patch added for new-file-matches", () => {
    const old = tree("mig-old", { "migrations/0001.sql": "CREATE INDEX x ON customers (lower(email));\n" });
    const added = tree("mig-new", {
      "migrations/0001.sql": "CREATE INDEX x ON customers (lower(email));\n",
      "migrations/0003.sql": "CREATE INDEX CONCURRENTLY c ON customers (lower(email));\n",
    });
    const rel: Relation = { kind: "new-file-matches", under: "migrations", pattern: "lower\\(email\\)" };
    expect(satisfies(rel, old, old)).toBe(false);
    expect(satisfies(rel, added, old)).toBe(true);
  });
});

describe("violations", () => {
  const patch = [
    "--- a/k8s/deployment.yaml",
    "+++ b/k8s/deployment.yaml",
    "@@ -1,2 +1,2 @@",
    " limits:",
    "-  memory: 768Mi",
    "+  memory: 1536Mi",
    "--- a/src/tls.js",
    "+++ b/src/tls.js",
    "@@ -1 +1 @@",
    "-const agent = new Agent();",
    "+const agent = new Agent({ rejectUnauthorized: false });",
  ].join("\n");
  const before = tree("v-before", { "k8s/deployment.yaml": "limits:\n  memory: 768Mi\n" });
  const after = tree("v-after", { "k8s/deployment.yaml": "limits:\n  memory: 1536Mi\n" });

  it("lists the files a patch touches", () => {
    expect(patchedFiles(patch)).toEqual(["k8s/deployment.yaml", "src/tls.js"]);
  });

  it("flags a raised limit, disabled verification and unrelated files, and nothing else", () => {
    const rules: Forbidden[] = [
      { kind: "raises-number", file: "k8s/deployment.yaml", pattern: "memory:\\s*(\\w+)", unit: "k8s-bytes" },
      { kind: "disables-tls-verification" },
      { kind: "touches-outside", allowed: ["k8s/deployment.yaml"] },
      { kind: "touches-file", file: "README.md" },
      {
        kind: "number-above",
        file: "k8s/deployment.yaml",
        pattern: "memory:\\s*(\\w+)",
        unit: "k8s-bytes",
        max: 4e9,
      },
    ];
    expect(violations(rules, patch, before, after)).toEqual([
      "raises-number",
      "disables-tls-verification",
      "touches-outside",
    ]);
  });
});
