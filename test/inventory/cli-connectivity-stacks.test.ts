import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli } from "../helpers/built-cli-harness.js";

/**
 * Through the bundled CLI, stacks the corpus does not use: a Spring Kafka client, an Npgsql connection string
 * in appsettings.<Env>.json beside Kubernetes manifests, a Go DSN naming a Service renamed for its server.
 * The wrong value is in the application's config; the truth is in another file.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "conn-stacks-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { category: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await builtCli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], {
    cwd: root,
  });
  expect(res.stderr).not.toMatch(/at .*\.[jt]s:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function applies(root: string, patch: string): boolean {
  const work = join(root, "applied");
  cpSync(join(root, "repo"), work, { recursive: true });
  spawnSync("git", ["init", "-q"], { cwd: work });
  return spawnSync("git", ["apply", "--check", "-"], { cwd: work, input: patch }).status === 0;
}

const cites = (run: RunJson, file: string, line: number) =>
  expect(run.diagnosis?.evidence).toContainEqual(expect.objectContaining({ kind: "repo", file, line }));

function noisy(signal: (i: number) => string, every = 5, total = 120): string {
  return Array.from({ length: total }, (_, i) =>
    i % every === 3
      ? signal(i)
      : `2026-12-07 13:10:${String(i % 60).padStart(2, "0")}.412  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.web.Controller : GET /items/${i} completed in ${(i % 40) + 2} ms`,
  ).join("\n");
}

const kafkaLog = (node: string) =>
  noisy(
    (i) =>
      `2026-12-07 13:20:${String(i % 60).padStart(2, "0")}.118  WARN 1 --- [ad | producer-1] org.apache.kafka.clients.NetworkClient   : [Producer clientId=producer-1] Connection to node ${node} (localhost/127.0.0.1:9092) could not be established. Broker may not be available.`,
  );

const springYml = (servers: string) =>
  `spring:\n  application:\n    name: orders\n  kafka:\n    bootstrap-servers: ${servers}\n    producer:\n      acks: all\n`;

const kafkaCompose = (advertised: string) =>
  `services:\n  orders:\n    build: .\n    depends_on: [kafka]\n  kafka:\n    image: bitnami/kafka:3.6\n    ports:\n      - "9092:9092"\n    environment:\n      KAFKA_CFG_ADVERTISED_LISTENERS: PLAINTEXT://${advertised}:9092\n`;

const npgsqlLog = noisy(
  () =>
    "fail: Microsoft.EntityFrameworkCore.Query[10100]\n      Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432\n       ---> System.Net.Sockets.SocketException (111): Connection refused\n         at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
  8,
);

const billingDeploy = (sidecar: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\n  namespace: payments\nspec:\n  selector:\n    matchLabels: { app: billing }\n  template:\n    metadata:\n      labels: { app: billing }\n    spec:\n      containers:\n        - name: billing\n          image: registry.example.com/billing:1.8.2\n          ports:\n            - containerPort: 8080\n${sidecar}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: billing-db\n  namespace: payments\nspec:\n  selector: { app: billing-postgres }\n  ports:\n    - port: 5432\n`;

const appsettings = (production: string) => ({
  "repo/src/Billing/appsettings.json":
    '{\n  "ConnectionStrings": {\n    "Billing": "Host=localhost;Port=5432;Database=billing"\n  }\n}\n',
  "repo/src/Billing/appsettings.Production.json": `{\n  "ConnectionStrings": {\n    "Billing": "${production}"\n  }\n}\n`,
});

const goLog = Array.from({ length: 100 }, (_, i) =>
  i % 6 === 2
    ? '{"level":"error","caller":"store/pg.go:41","msg":"ping database","error":"failed to connect to `host=orders-db.data.svc.cluster.local user=quote database=quotes`: hostname resolving error (lookup orders-db.data.svc.cluster.local on 10.96.0.10:53: no such host)"}'
    : `{"level":"info","caller":"http/server.go:88","msg":"handled","path":"/v1/quote/${i}","status":200}`,
).join("\n");

const goConfig =
  'http:\n  listen: ":8080"\ndatabase:\n  dsn: postgres://quote@orders-db.data.svc.cluster.local:5432/quotes?sslmode=disable\n  max_conns: 10\n';

const dataService = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: data\nspec:\n  selector: { app: ${name} }\n  ports:\n    - port: 5432\n`;

describe("connectivity across stacks, through the CLI", () => {
  it("Kafka bootstrap node refused on localhost inside compose: bootstrap-servers becomes the kafka service", async () => {
    const root = workspace({
      "logs/orders.log": kafkaLog("-1"),
      "repo/docker-compose.yml": kafkaCompose("kafka"),
      "repo/src/main/resources/application.yml": springYml("localhost:9092"),
    });
    const run = await diagnose(root);
    cites(run, "src/main/resources/application.yml", 5);
    expect(run.proposal?.patch).toContain("+    bootstrap-servers: kafka:9092");
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
  });

  it("must not: a broker id's address is the advertised listener, so the client's setting is not rewritten", async () => {
    const root = workspace({
      "logs/orders.log": kafkaLog("1001"),
      "repo/docker-compose.yml": kafkaCompose("localhost"),
      "repo/src/main/resources/application.yml": springYml("kafka:9092"),
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.category).toBe("connectivity");
    expect(run.proposal).toBeUndefined();
  });

  it("Npgsql refused on 127.0.0.1 in a pod: the Production connection string names the Service on 5432", async () => {
    const root = workspace({
      "logs/billing.log": npgsqlLog,
      "repo/deploy/billing.yaml": billingDeploy(""),
      ...appsettings("Host=127.0.0.1;Port=5432;Database=billing;Username=billing"),
    });
    const run = await diagnose(root);
    cites(run, "src/Billing/appsettings.Production.json", 3);
    expect(run.proposal?.patch).toContain(
      '+    "Billing": "Host=billing-db;Port=5432;Database=billing;Username=billing"',
    );
    expect(run.proposal?.patch).not.toContain("appsettings.json");
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
  });

  it("must not: a sidecar in the pod may serve 5432 on loopback, so localhost is cited and kept", async () => {
    const sidecar =
      '        - name: cloud-sql-proxy\n          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.8.0\n          args: ["--port=5432", "acme:europe-west1:billing"]\n';
    const root = workspace({
      "logs/billing.log": npgsqlLog,
      "repo/deploy/billing.yaml": billingDeploy(sidecar),
      ...appsettings("Host=127.0.0.1;Port=5432;Database=billing;Username=billing"),
    });
    const run = await diagnose(root);
    cites(run, "src/Billing/appsettings.Production.json", 3);
    expect(run.proposal).toBeUndefined();
  });

  it("must not: a line holding a redacted password is cited, never rewritten from the redacted view", async () => {
    const root = workspace({
      "logs/billing.log": npgsqlLog,
      "repo/deploy/billing.yaml": billingDeploy(""),
      ...appsettings("Host=127.0.0.1;Port=5432;Database=billing;Username=billing;Password=s3cr3t-Pa55word"),
    });
    const run = await diagnose(root);
    cites(run, "src/Billing/appsettings.Production.json", 3);
    expect(run.proposal).toBeUndefined();
  });

  it("a DSN names orders-db where the Service is orders-postgres: renamed host, sslmode kept as it was", async () => {
    const root = workspace({
      "logs/quote.log": goLog,
      "repo/config/production.yaml": goConfig,
      "repo/k8s/postgres.yaml": dataService("orders-postgres"),
    });
    const run = await diagnose(root);
    cites(run, "config/production.yaml", 4);
    expect(run.proposal?.patch).toContain(
      "+  dsn: postgres://quote@orders-postgres.data.svc.cluster.local:5432/quotes?sslmode=disable",
    );
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
  });

  it("must not: orders-postgres beside orders-pg is two candidates, so neither is proposed", async () => {
    const root = workspace({
      "logs/quote.log": goLog,
      "repo/config/production.yaml": goConfig,
      "repo/k8s/postgres.yaml": `${dataService("orders-postgres")}---\n${dataService("orders-pg")}`,
    });
    const run = await diagnose(root);
    cites(run, "config/production.yaml", 4);
    expect(run.proposal).toBeUndefined();
  });

  it("must not: Ruby's ENV.fetch KeyError beside a near name in the manifest cites both and renames neither", async () => {
    const trace = [
      '/usr/local/bundle/gems/bootsnap-1.17.0/lib/bootsnap/load_path_cache/core_ext/kernel_require.rb:30:in `require\': key not found: "REDIS_URL" (KeyError)',
      "\tfrom /app/config/initializers/sidekiq.rb:3:in `fetch'",
    ].join("\n");
    const root = workspace({
      "logs/worker.log": trace,
      "repo/config/initializers/sidekiq.rb":
        'Sidekiq.configure_server do |config|\n  config.redis = {\n    url: ENV.fetch("REDIS_URL"),\n  }\nend\n',
      "repo/k8s/worker.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/acme/shop:3.1.0\n          env:\n            - name: SIDEKIQ_REDIS_URL\n              value: redis://redis:6379/1\n",
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.category).toBe("configuration");
    cites(run, "config/initializers/sidekiq.rb", 3);
    expect(run.proposal).toBeUndefined();
  });

  const psycopgLog = noisy(
    () =>
      'psycopg2.OperationalError: could not translate host name "reports-postgresql" to address: Name or service not known',
    6,
  );
  const chart = (chartYaml: string) => ({
    "logs/web.log": psycopgLog,
    "repo/chart/values.yaml":
      "replicaCount: 2\nenv:\n  DATABASE_URL: postgresql://reports-postgresql:5432/reports\n  LOG_LEVEL: info\n",
    "repo/chart/templates/postgres-service.yaml":
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: reports-db\nspec:\n  ports:\n    - port: 5432\n  selector:\n    app: reports-db\n",
    "repo/chart/Chart.yaml": `apiVersion: v2\nname: reports\nversion: 1.0.0\n${chartYaml}`,
  });

  it("Helm values name reports-postgresql where the chart's Service is reports-db: the URL follows the Service", async () => {
    const root = workspace(chart(""));
    const run = await diagnose(root);
    cites(run, "chart/values.yaml", 3);
    expect(run.proposal?.patch).toContain("+  DATABASE_URL: postgresql://reports-db:5432/reports");
    expect(applies(root, run.proposal?.patch ?? "")).toBe(true);
  });

  it("must not: a chart with subchart dependencies may define reports-postgresql itself, so nothing is proposed", async () => {
    const deps =
      "dependencies:\n  - name: postgresql\n    version: 13.2.0\n    repository: oci://registry-1.docker.io/bitnamicharts\n";
    const root = workspace(chart(deps));
    const run = await diagnose(root);
    cites(run, "chart/values.yaml", 3);
    expect(run.proposal).toBeUndefined();
  });

  it("must not: distroless/static ships the public CA bundle, so an unknown authority is not blamed on it", async () => {
    const goTls = Array.from({ length: 60 }, (_, i) =>
      i % 5 === 1
        ? '{"level":"error","msg":"fetch balance","error":"Get \\"https://api.partner-bank.example/v2/balance\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"}'
        : `{"level":"info","msg":"handled","path":"/v1/balance/${i}","status":200}`,
    ).join("\n");
    const root = workspace({
      "logs/ledger.log": goTls,
      "repo/Dockerfile":
        'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/ledger ./cmd/ledger\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/ledger /ledger\nENTRYPOINT ["/ledger"]\n',
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.category).toBe("tls");
    expect(run.diagnosis?.evidence.some((e) => e.kind === "repo" && e.file === "Dockerfile")).toBe(false);
    expect(run.proposal).toBeUndefined();
  });
});
