import { describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import type { RepoRead } from "../../src/inventory/resolve.js";
import { resolvePoolLimit } from "../../src/inventory/resolve-pool.js";
import { lookupOf } from "../../src/inventory/subjects.js";

const compose = (pool: string, replicas: number): RepoRead => ({
  path: "ops/docker-compose.yml",
  content: [
    "services:",
    "  ledger:",
    "    image: ghcr.io/acme/ledger:2.0.1",
    "    environment:",
    `      DB_POOL_MAX: "${pool}"`,
    '      DB_HOST: "pg"',
    "    deploy:",
    `      replicas: ${replicas}`,
    "  pg:",
    "    image: postgres:16",
    "    command: postgres -c max_connections=80 -c superuser_reserved_connections=5",
    "",
  ].join("\n"),
});

function patchedWith(file: RepoRead, line: number, text: string): RepoRead {
  const lines = file.content.split("\n");
  lines[line - 1] = text;
  return { ...file, content: lines.join("\n") };
}

describe("client pool × replicas against the server's usable connections", () => {
  it("is looked up when the database refuses clients for its own limit", () => {
    expect(lookupOf(undefined, undefined, "FATAL:  sorry, too many clients already")).toEqual({
      kind: "server-connections",
    });
    expect(lookupOf(undefined, undefined, "ERROR 1040 (08004): Too many connections")).toEqual({
      kind: "server-connections",
    });
  });

  it("compose: deploy.replicas and the server's -c flags; the pool lowered to what fits", () => {
    const file = compose("30", 4);
    const r = resolvePoolLimit([file]);
    expect(r?.kind).toBe("pool-within-server-limit");
    expect(r?.change).toMatchObject({
      file: "ops/docker-compose.yml",
      line: 5,
      after: '      DB_POOL_MAX: "18"',
    });
    expect(r?.truth).toContainEqual({ file: "ops/docker-compose.yml", line: 8 });
    const change = r?.change;
    if (!r || !change) throw new Error("no change");
    expect(relationHolds(r, [patchedWith(file, change.line, change.after)]).ok).toBe(true);
    expect(relationHolds(r, [file]).ok).toBe(false);
  });

  it("a .properties pool, a Deployment scaled by an HPA, MySQL's max_connections: the ceiling counts", () => {
    const files: RepoRead[] = [
      {
        path: "src/main/resources/application.properties",
        content:
          "spring.datasource.url=jdbc:mysql://db:3306/ledger\nspring.datasource.hikari.maximum-pool-size=25\n",
      },
      { path: "mysql/my.cnf", content: "[mysqld]\nmax_connections = 151\n" },
      {
        path: "deploy/ledger.yaml",
        content: [
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  name: ledger",
          "spec:",
          "  replicas: 2",
          "---",
          "apiVersion: autoscaling/v2",
          "kind: HorizontalPodAutoscaler",
          "metadata:",
          "  name: ledger",
          "spec:",
          "  scaleTargetRef:",
          "    kind: Deployment",
          "    name: ledger",
          "  minReplicas: 2",
          "  maxReplicas: 8",
          "",
        ].join("\n"),
      },
    ];
    const r = resolvePoolLimit(files);
    expect(r?.change?.after).toBe("spring.datasource.hikari.maximum-pool-size=18");
    expect(r?.truth).toContainEqual({ file: "deploy/ledger.yaml", line: 17 });
  });

  it("must not: raise the pool — when pool × replicas already fits, nothing is proposed", () => {
    const r = resolvePoolLimit([compose("10", 4)]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/something else holds/);
  });

  it("must not: lower a pool below 2; the server's limit is a person's call", () => {
    const r = resolvePoolLimit([compose("30", 60)]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/starve/);
  });

  it("must not: choose between several pools sharing the server", () => {
    const other: RepoRead = { path: "billing/.env", content: "BILLING_POOL_SIZE=40\n" };
    expect(resolvePoolLimit([compose("30", 4), other])).toBeUndefined();
  });

  it("replicas the repository does not say: no value", () => {
    const files: RepoRead[] = [
      { path: "config/app.yaml", content: "database:\n  pool_size: 50\n" },
      { path: "pg/postgresql.conf", content: "max_connections = 100\n" },
    ];
    expect(resolvePoolLimit(files)).toBeUndefined();
  });
});
