import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import { resolveKeepalive } from "../../src/inventory/resolve-keepalive.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const PROXY = [
  "upstream shop {",
  "    server web:8000;",
  "    keepalive 32;",
  "}",
  "server {",
  "    listen 80;",
  "    keepalive_timeout 75s;",
  '    location / { proxy_pass http://shop; proxy_http_version 1.1; proxy_set_header Connection ""; }',
  "}",
].join("\n");
const GUNICORN = 'bind = "0.0.0.0:8000"\nworkers = 4\nkeepalive = 2\n';
const RESET =
  '2026/05/11 09:12:{i} [error] 7#7: *1{i}4 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.2.0.9, server: _, request: "GET /basket HTTP/1.1", upstream: "http://172.18.0.4:8000/basket"';

describe("keep-alive outlasting the proxy", () => {
  it("is looked up from nginx's reset on a reused upstream connection, not from a refused connect", () => {
    expect(lookupOf(undefined, undefined, RESET)).toEqual({ kind: "keepalive-race" });
    expect(
      lookupOf(
        undefined,
        undefined,
        "connect() failed (111: Connection refused) while connecting to upstream",
      )?.kind,
    ).not.toBe("keepalive-race");
  });

  it("raises gunicorn's keepalive past nginx's default upstream idle time, ignoring the client-side timeout", () => {
    const files = [
      { path: "deploy/proxy/shop.conf", content: PROXY },
      { path: "deploy/gunicorn.conf.py", content: GUNICORN },
    ];
    const r = resolveKeepalive(files);
    expect(r?.cause).toMatchObject({ file: "deploy/gunicorn.conf.py", line: 3 });
    expect(r?.truth).toEqual([{ file: "deploy/proxy/shop.conf", line: 3 }]);
    expect(r?.change?.after).toBe("keepalive = 65");
    const patched = files.map((f) =>
      f.path === "deploy/gunicorn.conf.py"
        ? { ...f, content: f.content.replace("keepalive = 2", "keepalive = 65") }
        : f,
    );
    expect(r && relationHolds(r, patched).ok).toBe(true);
    expect(r && relationHolds(r, files).ok).toBe(false);
  });

  it("proposes nothing when only the client-side keepalive_timeout is set, or the app already outlasts the proxy", () => {
    const clientOnly = PROXY.replace("    keepalive 32;\n", "");
    expect(
      resolveKeepalive([
        { path: "nginx.conf", content: clientOnly },
        { path: "gunicorn.conf.py", content: GUNICORN },
      ]),
    ).toBeUndefined();
    expect(
      resolveKeepalive([
        { path: "nginx.conf", content: PROXY },
        { path: "gunicorn.conf.py", content: "keepalive = 90\n" },
      ]),
    ).toBeUndefined();
  });

  it("cites but does not choose between two upstream keep-alive settings", () => {
    const r = resolveKeepalive([
      { path: "nginx.conf", content: PROXY },
      { path: "api/server.ts", content: "server.keepAliveTimeout = 5000;\n" },
      { path: "admin/server.ts", content: "server.keepAliveTimeout = 4000;\n" },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/2 upstream keep-alive settings/);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("keep-alive race through the CLI", () => {
  it("changes the app's keep-alive (gunicorn) against the upstream block of a proxy config in another folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "keepalive-e2e-"));
    dirs.push(root);
    const files: Record<string, string> = {
      "logs/error.log": Array.from({ length: 6 }, (_, i) => RESET.replaceAll("{i}", String(10 + i))).join(
        "\n",
      ),
      "repo/deploy/proxy/shop.conf": PROXY,
      "repo/deploy/gunicorn.conf.py": GUNICORN,
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
    const run = JSON.parse(res.stdout) as {
      diagnosis?: { category: string };
      proposal?: { patch: string };
      verification?: { checks: { name: string; outcome: string }[] };
    };
    expect(run.diagnosis?.category).toBe("connectivity");
    expect(run.proposal?.patch).toContain("-keepalive = 2\n+keepalive = 65");
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });
});
