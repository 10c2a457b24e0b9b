import { describe, expect, it } from "vitest";
import { buildInventory, isDeployFile } from "../../src/inventory/build.js";

const compose = `services:
  api:
    build: .
    env_file: .env
    environment:
      LOG_LEVEL: info
    ports:
      - "3000:3000"
  db:
    image: postgres:16.4
    environment:
      - POSTGRES_DB=shop
`;

const manifests = `apiVersion: v1
kind: Service
metadata:
  name: inventory
  namespace: shop
spec:
  ports:
    - port: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: INVENTORY_URL
              value: http://inventory:8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: env
data:
  PRICING_URL: http://pricing:8080
`;

describe("buildInventory", () => {
  it("records compose services, published ports, env and env_file with their lines", () => {
    const inv = buildInventory([{ path: "docker-compose.yml", content: compose }]);
    expect(inv.services.map((s) => [s.name, s.line, s.ports])).toEqual([
      ["api", 2, [3000]],
      ["db", 9, []],
    ]);
    expect(inv.services[1]?.image).toBe("postgres:16.4");
    expect(inv.published).toEqual([{ service: "api", hostPort: 3000, file: "docker-compose.yml", line: 8 }]);
    expect(inv.settings.map((s) => [s.key, s.value, s.line])).toEqual([
      ["LOG_LEVEL", "info", 6],
      ["POSTGRES_DB", "shop", 12],
    ]);
    expect(inv.fileRefs).toEqual([{ path: ".env", optional: false, file: "docker-compose.yml", line: 4 }]);
  });

  it("reads Services, container env and ConfigMap data from multi-document manifests", () => {
    const inv = buildInventory([{ path: "k8s/app.yaml", content: manifests }]);
    expect(inv.services).toEqual([
      { name: "inventory", source: "k8s", namespace: "shop", ports: [8080], file: "k8s/app.yaml", line: 4 },
    ]);
    expect(inv.settings.map((s) => [s.key, s.source, s.line])).toEqual([
      ["INVENTORY_URL", "k8s-env", 21],
      ["PRICING_URL", "configmap", 28],
    ]);
  });

  it("reads env files, systemd units, Dockerfile ENV and Helm values leaves", () => {
    const inv = buildInventory([
      { path: "deploy/prod.env", content: "# comment\nexport A=1\nB='two'\n" },
      {
        path: "deploy/app.service",
        content:
          '[Service]\nEnvironmentFile=-/etc/app/opt.env\nEnvironmentFile=/etc/app/app.env\nEnvironment="X=1" Y=2\n',
      },
      { path: "Dockerfile", content: "FROM node:20\nENV PORT=8080 MODE=prod\nENV LEGACY value here\n" },
      { path: "chart/values.yaml", content: "env:\n  FRAUD_ADDR: fraud:9090\nreplicaCount: 3\n" },
    ]);
    expect(inv.settings.map((s) => `${s.file}:${s.line} ${s.key}=${s.value}`)).toEqual([
      "deploy/prod.env:2 A=1",
      "deploy/prod.env:3 B=two",
      "deploy/app.service:4 X=1",
      "deploy/app.service:4 Y=2",
      "Dockerfile:2 PORT=8080",
      "Dockerfile:2 MODE=prod",
      "Dockerfile:3 LEGACY=value here",
      "chart/values.yaml:2 FRAUD_ADDR=fraud:9090",
      "chart/values.yaml:3 replicaCount=3",
    ]);
    expect(inv.fileRefs.map((r) => [r.path, r.optional, r.line])).toEqual([
      ["/etc/app/opt.env", true, 2],
      ["/etc/app/app.env", false, 3],
    ]);
  });

  it("skips YAML that does not parse instead of failing the run", () => {
    const inv = buildInventory([{ path: "k8s/bad.yaml", content: "a: [1, 2\nb: : :\n" }]);
    expect(inv.services).toEqual([]);
    expect(inv.settings).toEqual([]);
  });

  it("knows which files are deploy files and which are not", () => {
    expect(
      ["docker-compose.yml", ".env", "deploy/x.env", "unit.service", "Dockerfile", "k8s/a.yaml"].every(
        isDeployFile,
      ),
    ).toBe(true);
    expect(["src/app.py", "package.json", ".github/workflows/ci.yml"].some(isDeployFile)).toBe(false);
  });
});
