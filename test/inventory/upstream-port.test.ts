import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import { resolveUpstreamPort } from "../../src/inventory/resolve-upstream-port.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const SITE =
  "server {\n  listen 8443 ssl;\n  location /api/ {\n    proxy_pass http://catalog:8000;\n  }\n}\n";
const COMPOSE = [
  "services:",
  "  edge:",
  "    image: nginx:1.27",
  "  catalog:",
  "    build:",
  "      context: ./services/catalog",
  "    environment:",
  "      - LOG_FORMAT=json",
  "      - PORT=9000",
].join("\n");
const REFUSED =
  '2026/05/11 09:12:01 [error] 7#7: *14 connect() failed (111: Connection refused) while connecting to upstream, client: 10.2.0.9, server: _, request: "GET /api/items HTTP/1.1", upstream: "http://172.20.0.5:8000/api/items", host: "shop.test"';

describe("proxy upstream port vs the port the service listens on", () => {
  it("is looked up from nginx's refused connect to its upstream", () => {
    expect(lookupOf(undefined, undefined, REFUSED)).toEqual({
      kind: "upstream-refused",
      host: "172.20.0.5",
      port: 8000,
    });
  });

  it("changes proxy_pass to the port the compose environment (PORT=) says the service listens on", () => {
    const files = [
      { path: "edge/site.conf", content: SITE },
      { path: "compose.yaml", content: COMPOSE },
    ];
    const r = resolveUpstreamPort(files, 8000);
    expect(r?.cause).toMatchObject({ file: "edge/site.conf", line: 4 });
    expect(r?.change?.after).toBe("    proxy_pass http://catalog:9000;");
    const patched = files.map((f) =>
      f.path === "edge/site.conf" ? { ...f, content: f.content.replace(":8000", ":9000") } : f,
    );
    expect(r && relationHolds(r, patched).ok).toBe(true);
    expect(r && relationHolds(r, files).ok).toBe(false);
  });

  it("reads the port from the build context's EXPOSE when compose says none", () => {
    const files = [
      { path: "edge/site.conf", content: SITE },
      { path: "compose.yaml", content: COMPOSE.replace("      - PORT=9000", "") },
      { path: "services/catalog/Dockerfile", content: "FROM python:3.12-slim\nEXPOSE 7070\n" },
    ];
    expect(resolveUpstreamPort(files, 8000)?.change?.after).toBe("    proxy_pass http://catalog:7070;");
  });

  it("proposes nothing when the service does listen there (it is down), or listens on several ports", () => {
    const same = [
      { path: "edge/site.conf", content: SITE },
      { path: "compose.yaml", content: COMPOSE.replace("PORT=9000", "PORT=8000") },
    ];
    expect(resolveUpstreamPort(same, 8000)).toBeUndefined();
    const several = [
      { path: "edge/site.conf", content: SITE },
      { path: "compose.yaml", content: `${COMPOSE}\n    expose:\n      - "9100"` },
    ];
    const r = resolveUpstreamPort(several, 8000);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates.sort()).toEqual(["9000", "9100"]);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("proxy upstream port through the CLI", () => {
  it("changes the proxy's port to the one the service's own Dockerfile exposes", async () => {
    const root = mkdtempSync(join(tmpdir(), "upstream-port-e2e-"));
    dirs.push(root);
    const files: Record<string, string> = {
      "logs/edge-error.log": Array.from({ length: 8 }, (_, i) => REFUSED.replace("*14", `*1${i}`)).join("\n"),
      "repo/edge/site.conf": SITE,
      "repo/compose.yaml": COMPOSE.replace("      - PORT=9000", ""),
      "repo/services/catalog/Dockerfile": "FROM python:3.12-slim\nEXPOSE 7070\n",
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
    const run = JSON.parse(res.stdout) as {
      proposal?: { patch: string };
      verification?: { checks: { name: string; outcome: string }[] };
    };
    expect(run.proposal?.patch).toContain("+    proxy_pass http://catalog:7070;");
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });
});

describe("proxy upstream port behind a 502 storm, through the CLI", () => {
  /** One docker json-file line: the log field is a JSON string (quotes escaped). */
  const json = (log: string) =>
    JSON.stringify({ log: `${log}\n`, stream: "stdout", time: "2026-05-11T09:12:01Z" });
  const access = (i: number) =>
    `10.2.0.${i} - - [11/May/2026:09:12:0${i % 10} +0000] "GET /api/items HTTP/1.1" 502 157 "-" "curl/8.5" rt=0.001`;

  it("leads with the refused connects (the 502s are their consequence) and changes the proxy's port", async () => {
    const root = mkdtempSync(join(tmpdir(), "upstream-storm-e2e-"));
    dirs.push(root);
    const lines = Array.from({ length: 30 }, (_, i) => [
      json(REFUSED.replace("*14", `*2${i}`)),
      json(access(i)),
    ]).flat();
    const files: Record<string, string> = {
      "logs/edge.log": lines.join("\n"),
      "repo/edge/site.conf": SITE,
      // The truth is in the compose file, not the nginx config the logs point at.
      "repo/compose.yaml": COMPOSE,
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    const run = JSON.parse(res.stdout) as {
      diagnosis?: { patterns: string[] };
      proposal?: { patch: string };
      verification?: { outcome: string };
    };
    expect(run.diagnosis?.patterns[0]).toBe("connection-refused");
    expect(run.proposal?.patch).toContain("+    proxy_pass http://catalog:9000;");
    expect(run.verification?.outcome).toBe("passed");
  });
});
