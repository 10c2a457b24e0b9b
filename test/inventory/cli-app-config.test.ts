import { describe, expect, it } from "vitest";
import { applies, diagnose, relationCheck as relation, workspace } from "../offline/repo-e2e.js";

/**
 * Through the bundled CLI: the application's own config file (TOML, Java properties, JSON) holds the wrong
 * host, while the compose file or a Kubernetes Service (another file) names the dependency.
 */
const celeryLog = Array.from({ length: 40 }, (_, i) =>
  i % 4 === 1
    ? `[2026-12-05 10:00:${String(i).padStart(2, "0")},500: ERROR/MainProcess] consumer: Cannot connect to redis://localhost:6379/0: Error 111 connecting to localhost:6379. Connection refused..`
    : `[2026-12-05 10:00:${String(i).padStart(2, "0")},120: INFO/MainProcess] Task reports.build[${i}] succeeded in 0.2s: None`,
).join("\n");

const worker =
  "services:\n  worker:\n    build: .\n    depends_on: [cache]\n  cache:\n    image: redis:7.2-alpine\n";

describe("application config files resolved through the CLI", () => {
  it("TOML names localhost for Redis inside compose: the host becomes the compose service that runs Redis", async () => {
    const root = workspace({
      "logs/worker.log": celeryLog,
      "repo/docker-compose.yml": worker,
      "repo/config/settings.toml": '[app]\nname = "reports"\n\n[redis]\nurl = "redis://localhost:6379/0"\n',
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "config/settings.toml", line: 5 }),
    );
    expect(run.proposal?.patch).toContain('+url = "redis://cache:6379/0"');
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
    expect(relation(run)).toBe("pass");
  });

  it("Java properties dial a host no Service has: the JDBC URL names the Service the manifest defines", async () => {
    const trace = [
      "2026-12-05T10:00:{i}.500Z ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.",
      "org.postgresql.util.PSQLException: The connection attempt failed.",
      "Caused by: java.net.UnknownHostException: orders-postgress",
    ].join("\n");
    const root = workspace({
      "logs/app.log": Array.from({ length: 6 }, (_, i) => trace.replace("{i}", String(10 + i))).join("\n"),
      "repo/k8s/db.yaml":
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: orders-postgres\nspec:\n  ports:\n    - port: 5432\n",
      "repo/src/main/resources/application.properties":
        "server.port=8080\nspring.datasource.url=jdbc:postgresql://orders-postgress:5432/orders\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain(
      "+spring.datasource.url=jdbc:postgresql://orders-postgres:5432/orders",
    );
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
    expect(relation(run)).toBe("pass");
  });

  it("must not pick a service when two compose services run Redis on that port", async () => {
    const root = workspace({
      "logs/worker.log": celeryLog,
      "repo/docker-compose.yml": `${worker}  sessions:\n    image: redis:7.2-alpine\n`,
      "repo/config/settings.toml": '[redis]\nurl = "redis://localhost:6379/0"\n',
    });
    const run = await diagnose(root);
    expect(run.proposal).toBeUndefined();
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "config/settings.toml", line: 2 }),
    );
  });

  it("a client timeout in the YAML config below what the upstream's own log measures: raised past it", async () => {
    const pad = (i: number) => String(i).padStart(2, "0");
    const cart = Array.from({ length: 60 }, (_, i) =>
      i % 6 === 2
        ? `time="2026-12-05T10:00:${pad(i)}Z" level=error msg="pricing call failed" error="Get \\"http://pricing:9000/v1/quote\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"`
        : `time="2026-12-05T10:00:${pad(i)}Z" level=info msg="GET /cart 200" duration=0.${(i % 9) + 1}s`,
    ).join("\n");
    const pricing = Array.from(
      { length: 60 },
      (_, i) =>
        `2026-12-05T10:00:${pad(i)}Z INFO pricing request path=/v1/quote status=200 duration=${(2.1 + (i % 7) * 0.3).toFixed(1)}s`,
    ).join("\n");
    const root = workspace({
      "logs/cart.log": cart,
      "logs/pricing.log": pricing,
      "repo/config/app.yaml":
        "server:\n  port: 8080\nupstreams:\n  inventory:\n    url: http://inventory:9100\n    timeout: 5s\n  pricing:\n    url: http://pricing:9000\n    timeout: 2s\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+    timeout: 6s");
    expect(run.proposal?.patch).toContain("-    timeout: 2s");
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
    expect(
      run.verification?.checks.find((c) => c.name === "the value now satisfies the latency the logs measured")
        ?.outcome,
    ).toBe("pass");
  });
});
