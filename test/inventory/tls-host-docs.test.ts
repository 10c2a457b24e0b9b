import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import { resolveTlsHost, tlsHostLookup } from "../../src/inventory/resolve-tls-host.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const GO =
  'Get "https://search.corp.test:9200/_bulk": tls: failed to verify certificate: x509: certificate is valid for es-0.corp.test, es.corp.test, not search.corp.test';
const NODE =
  "Error: Hostname/IP does not match certificate's altnames: Host: search.corp.test. is not in the cert's altnames: DNS:es-0.corp.test, DNS:es.corp.test";
const CONFIG = 'search:\n  url: "https://search.corp.test:9200"\n  tls:\n    rejectUnauthorized: true\n';

describe("the listed name the repository's docs give for the host dialled", () => {
  const lookup = tlsHostLookup(GO);

  it("picks the one listed name a doc line gives for the dialled host (by its first label)", () => {
    expect(lookup).toMatchObject({ host: "search.corp.test", sans: ["es-0.corp.test", "es.corp.test"] });
    const files = [
      { path: "deploy/indexer.yaml", content: CONFIG },
      { path: "docs/endpoints.md", content: "# Endpoints\n\n`search.corp.test` is an old alias of es-0.\n" },
    ];
    const r = lookup && resolveTlsHost(lookup, files);
    expect(r?.change?.after).toBe('  url: "https://es-0.corp.test:9200"');
    expect(r?.truth).toContainEqual({ file: "docs/endpoints.md", line: 3 });
    const patched = files.map((f) =>
      f.path === "deploy/indexer.yaml" ? { ...f, content: f.content.replace("search.corp", "es-0.corp") } : f,
    );
    expect(r && relationHolds(r, patched).ok).toBe(true);
  });

  it("must not choose when the doc line names several listed names, or none with the dialled host", () => {
    const both = [
      { path: "deploy/indexer.yaml", content: CONFIG },
      { path: "README.md", content: "search.corp.test used to front es-0.corp.test and es.corp.test.\n" },
    ];
    const r = lookup && resolveTlsHost(lookup, both);
    expect(r?.change).toBeUndefined();
    const apart = [
      { path: "deploy/indexer.yaml", content: CONFIG },
      { path: "README.md", content: "Clients dial search.corp.test.\n\nThe cluster is es-0.\n" },
    ];
    expect((lookup && resolveTlsHost(lookup, apart))?.change).toBeUndefined();
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function diagnose(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "tls-docs-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return {
    out: res.stdout,
    run: JSON.parse(res.stdout) as {
      proposal?: { patch: string };
      verification?: { checks: { name: string; outcome: string }[] };
    },
  };
}

describe("the certificate's name for the dialled host through the CLI", () => {
  const logs = Array.from({ length: 6 }, () => NODE).join("\n");

  it("changes the host in the config to the name the hosts doc gives (truth in another file)", async () => {
    const { run } = await diagnose({
      "logs/indexer.log": logs,
      "repo/deploy/indexer.yaml": CONFIG,
      "repo/docs/hosts.md": "| name | note |\n|---|---|\n| search.corp.test | legacy CNAME to es-0 |\n",
    });
    expect(run.proposal?.patch).toContain('+  url: "https://es-0.corp.test:9200"');
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });

  it("must not turn verification off when nothing says which listed name to dial", async () => {
    const { run, out } = await diagnose({
      "logs/indexer.log": logs,
      "repo/deploy/indexer.yaml": CONFIG,
      "repo/docs/hosts.md": "Both es-0.corp.test and es.corp.test serve search.\n",
    });
    expect(run.proposal).toBeUndefined();
    expect(out).not.toMatch(/rejectUnauthorized:\s*false|InsecureSkipVerify|verify=False/);
  });
});
