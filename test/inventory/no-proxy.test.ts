import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildInventory } from "../../src/inventory/build.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { bypasses, resolveNoProxy } from "../../src/inventory/resolve-no-proxy.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const COMPOSE = [
  "services:",
  "  invoicer:",
  "    image: acme/invoicer:4.2",
  "    environment:",
  "      HTTPS_PROXY: http://squid.acme.test:3128",
  '      NO_PROXY: "localhost,.acme.test"',
].join("\n");
const PROXIED =
  "ERROR fetch failed: HTTPSConnectionPool(host='ledger.billing.svc.cluster.local', port=443): Max retries exceeded with url: /v2/entries (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 403 Forbidden')))";

function resolve(files: { path: string; content: string }[], host: string) {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  return resolveNoProxy(host, buildInventory(files), (f) => byPath.get(f));
}

describe("NO_PROXY must send internal hosts direct", () => {
  it("reads NO_PROXY lists as proxies do: *, the host, or a domain suffix with or without the dot", () => {
    expect(bypasses("localhost,.acme.test", "api.acme.test")).toBe(true);
    expect(bypasses("acme.test", "api.acme.test")).toBe(true);
    expect(bypasses("*", "anything.example")).toBe(true);
    expect(bypasses("localhost,.acme.test", "ledger.billing.svc.cluster.local")).toBe(false);
    expect(bypasses("cme.test", "api.acme.test")).toBe(false);
  });

  it("is looked up from urllib3's ProxyError for a host", () => {
    expect(lookupOf(undefined, undefined, PROXIED)).toEqual({
      kind: "proxied-internal",
      host: "ledger.billing.svc.cluster.local",
    });
  });

  it("appends the cluster suffix to the one NO_PROXY, and the relation holds after", () => {
    const files = [{ path: "compose.yml", content: COMPOSE }];
    const r = resolve(files, "ledger.billing.svc.cluster.local");
    expect(r?.change?.after).toBe('      NO_PROXY: "localhost,.acme.test,.svc.cluster.local"');
    expect(r && relationHolds(r, files).ok).toBe(false);
    const patched = [
      { path: "compose.yml", content: COMPOSE.replace('.acme.test"', '.acme.test,.svc.cluster.local"') },
    ];
    expect(r && relationHolds(r, patched).ok).toBe(true);
  });

  it("proposes nothing when the host is already bypassed, or NO_PROXY is set in two places", () => {
    expect(resolve([{ path: "compose.yml", content: COMPOSE }], "pay.acme.test")).toBeUndefined();
    const two = [
      { path: "compose.yml", content: COMPOSE },
      { path: "deploy/invoicer.env", content: "no_proxy=localhost\n" },
    ];
    const r = resolve(two, "ledger.billing.svc.cluster.local");
    expect(r?.change).toBeUndefined();
    expect(r?.truth).toHaveLength(2);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("NO_PROXY through the CLI", () => {
  it("changes the env file that sets NO_PROXY, not the manifest that names the host", async () => {
    const root = mkdtempSync(join(tmpdir(), "no-proxy-e2e-"));
    dirs.push(root);
    const files: Record<string, string> = {
      "logs/invoicer.log": Array.from({ length: 8 }, (_, i) => `2026-05-11 09:12:0${i} ${PROXIED}`).join(
        "\n",
      ),
      "repo/ops/invoicer.env": "HTTPS_PROXY=http://squid.acme.test:3128\nNO_PROXY=localhost,127.0.0.1\n",
      "repo/ops/invoicer.yaml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: invoicer\ndata:\n  LEDGER_URL: https://ledger.billing.svc.cluster.local\n",
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
    expect(run.proposal?.patch).toContain("+NO_PROXY=localhost,127.0.0.1,.svc.cluster.local");
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });
});
