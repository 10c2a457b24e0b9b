import { applyPatch, createTwoFilesPatch } from "diff";
import { describe, expect, it } from "vitest";
import { applyFix } from "./repo-fixes.js";

const DEPLOYMENT = [
  "resources:",
  "  requests:",
  '    memory: "128Mi"',
  "  limits:",
  '    memory: "256Mi"',
  "",
].join("\n");

describe("number fixes change one value on one line", () => {
  const cases = [
    { kind: "raise-memory-limit", line: '    memory: "256Mi"', want: '    memory: "512Mi"' },
    { kind: "raise-memory-limit", line: "    mem_limit: 300m", want: "    mem_limit: 600m" },
    { kind: "raise-memory-limit", line: "MemoryMax=512M", want: "MemoryMax=1024M" },
    {
      kind: "raise-node-heap",
      line: 'CMD ["node", "--max-old-space-size=384", "s.js"]',
      want: 'CMD ["node", "--max-old-space-size=768", "s.js"]',
    },
    { kind: "raise-jvm-heap", line: 'JAVA_OPTS="-Xms256m -Xmx512m"', want: 'JAVA_OPTS="-Xms256m -Xmx1024m"' },
    { kind: "raise-nofile", line: "LimitNOFILE=1024", want: "LimitNOFILE=65536" },
    { kind: "raise-nofile", line: "worker_rlimit_nofile 100000;", want: "worker_rlimit_nofile 200000;" },
    {
      kind: "raise-worker-connections",
      line: "    worker_connections 512;",
      want: "    worker_connections 2048;",
    },
    { kind: "raise-pool-size", line: "      maximum-pool-size: 5", want: "      maximum-pool-size: 10" },
    { kind: "raise-pool-size", line: "DB_POOL_SIZE=8", want: "DB_POOL_SIZE=16" },
  ] as const;
  for (const c of cases) {
    it(`${c.kind}: ${c.line.trim()}`, () => {
      const result = applyFix(c.kind, { content: `before\n${c.line}\nafter\n`, line: 2 });
      expect(result?.content).toBe(`before\n${c.want}\nafter\n`);
    });
  }

  it("raise-body-size lets the refused upload through: 10 MB refused under 1m becomes 16m", () => {
    const content = "http {\n    client_max_body_size 1m;\n}\n";
    const result = applyFix("raise-body-size", { content, line: 2, subject: "10485760" });
    expect(result?.content).toBe("http {\n    client_max_body_size 16m;\n}\n");
    expect(applyFix("raise-body-size", { content, line: 2 })?.content).toContain("client_max_body_size 2m;");
  });

  it("refuses a commented-out line and a line without the setting", () => {
    expect(applyFix("raise-nofile", { content: "# LimitNOFILE=1024\n", line: 1 })).toBeUndefined();
    expect(applyFix("raise-memory-limit", { content: "  cpu: 250m\n", line: 1 })).toBeUndefined();
    expect(applyFix("raise-memory-limit", { content: DEPLOYMENT, line: 99 })).toBeUndefined();
  });

  it("makes a diff that applies exactly to the original", () => {
    const result = applyFix("raise-memory-limit", { content: DEPLOYMENT, line: 5 });
    expect(result?.change).toBe("memory 256Mi → 512Mi");
    const diff = createTwoFilesPatch("a/d.yaml", "b/d.yaml", DEPLOYMENT, result!.content);
    expect(applyPatch(DEPLOYMENT, diff)).toBe(result!.content);
  });
});

describe("move-dev-dependency", () => {
  const manifest = `{
  "name": "worker",
  "dependencies": {
    "bullmq": "^5.21.2",
    "sharp": "^0.33.5"
  },
  "devDependencies": {
    "eslint": "^9.13.0",
    "pino-pretty": "^11.3.0"
  }
}
`;

  it("moves the entry into dependencies in order, fixing commas, keeping the version", () => {
    const result = applyFix("move-dev-dependency", { content: manifest, line: 9, subject: "pino-pretty" });
    expect(result).toBeDefined();
    const parsed = JSON.parse(result!.content) as { dependencies: object; devDependencies: object };
    expect(Object.keys(parsed.dependencies)).toEqual(["bullmq", "pino-pretty", "sharp"]);
    expect(parsed.dependencies).toMatchObject({ "pino-pretty": "^11.3.0" });
    expect(Object.keys(parsed.devDependencies)).toEqual(["eslint"]);
  });

  it("appends after the last dependency when the name sorts last", () => {
    const content = manifest.replace('"pino-pretty"', '"zod"');
    const result = applyFix("move-dev-dependency", { content, line: 9, subject: "zod" });
    expect(Object.keys((JSON.parse(result!.content) as { dependencies: object }).dependencies)).toEqual([
      "bullmq",
      "sharp",
      "zod",
    ]);
  });

  it("proposes nothing when the package is already a dependency, absent, or the manifest is not JSON", () => {
    expect(
      applyFix("move-dev-dependency", { content: manifest, line: 4, subject: "bullmq" }),
    ).toBeUndefined();
    expect(
      applyFix("move-dev-dependency", { content: manifest, line: 1, subject: "left-pad" }),
    ).toBeUndefined();
    expect(applyFix("move-dev-dependency", { content: "{ not json", line: 1, subject: "x" })).toBeUndefined();
  });
});

describe("guard-property-access", () => {
  it("reads the named property through optional chaining", () => {
    const content = "function f(order) {\n  const email = order.customer.email;\n}\n";
    const result = applyFix("guard-property-access", { content, line: 2, subject: "email" });
    expect(result?.content).toBe("function f(order) {\n  const email = order.customer?.email;\n}\n");
  });

  it("refuses assignments, ambiguous lines and lines without the property", () => {
    const assign = "  order.customer.email = input;\n";
    expect(applyFix("guard-property-access", { content: assign, line: 1, subject: "email" })).toBeUndefined();
    const twice = "  send(a.email, b.email);\n";
    expect(applyFix("guard-property-access", { content: twice, line: 1, subject: "email" })).toBeUndefined();
    expect(
      applyFix("guard-property-access", { content: "  x();\n", line: 1, subject: "email" }),
    ).toBeUndefined();
  });
});
