import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import { failingUnit, resolveUnitPort } from "../../src/inventory/resolve-unit-port.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const JOURNAL = JSON.stringify({
  _SYSTEMD_UNIT: "billing.service",
  SYSLOG_IDENTIFIER: "billing",
  MESSAGE: "Error: listen EADDRINUSE: address already in use 0.0.0.0:8000",
});
const SYSLOG =
  "Dec  7 09:01:02 vm-1 billing[812]: [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use";
const UNIT =
  "[Unit]\nDescription=billing\n\n[Service]\nEnvironmentFile=/srv/app/ops/billing.env\nExecStart=/usr/bin/node server.js\n";
const PROXY = (to: string) =>
  `server {\n    server_name billing.example.org;\n    location / {\n${to}    }\n}\n`;
const files = (proxy: string) => [
  { path: "ops/billing.service", content: UNIT },
  { path: "ops/billing.env", content: "LOG_LEVEL=info\nPORT=8000\n" },
  { path: "ops/web.env", content: "PORT=8000\n" },
  { path: "ops/proxy/site.conf", content: proxy },
];

describe("a unit's port vs its neighbour's and its proxy's", () => {
  it("reads the port and the unit from Node's and uvicorn's bind failures", () => {
    expect(lookupOf(undefined, undefined, JOURNAL)).toEqual({ kind: "port-taken", port: 8000 });
    expect(lookupOf(undefined, undefined, SYSLOG)).toEqual({ kind: "port-taken", port: 8000 });
    expect(
      lookupOf(
        undefined,
        undefined,
        "ERROR:    [Errno 98] error while attempting to bind on address ('::1', 8000, 0, 0): address already in use",
      ),
    ).toEqual({ kind: "port-taken", port: 8000 });
    // Errno 99 is an address the host does not have, not a port someone holds.
    expect(
      lookupOf(
        undefined,
        undefined,
        "ERROR:    [Errno 99] error while attempting to bind on address ('::1', 8000, 0, 0): cannot assign requested address",
      ),
    ).toBeUndefined();
    expect(failingUnit(JOURNAL)).toBe("billing");
    expect(failingUnit(SYSLOG)).toBe("billing");
  });

  it("moves the failing unit's PORT to the one port its proxy sends to", () => {
    const read = files(PROXY("        proxy_pass http://127.0.0.1:8010;\n"));
    const r = resolveUnitPort(8000, read, JOURNAL);
    expect(r?.change).toMatchObject({ file: "ops/billing.env", line: 2, after: "PORT=8010" });
    const patched = read.map((f) =>
      f.path === "ops/billing.env" ? { ...f, content: f.content.replace("PORT=8000", "PORT=8010") } : f,
    );
    expect(r && relationHolds(r, patched).ok).toBe(true);
    expect(r && relationHolds(r, read).ok).toBe(false);
  });

  it("must not invent a port, choose between two, or touch the neighbour's env file", () => {
    const none = resolveUnitPort(8000, files(PROXY("        proxy_pass http://127.0.0.1:8000;\n")), JOURNAL);
    expect(none?.cause.file).toBe("ops/billing.env");
    expect(none?.change).toBeUndefined();
    const two = resolveUnitPort(
      8000,
      files(PROXY("        proxy_pass http://127.0.0.1:8010;\n        proxy_pass http://127.0.0.1:8020;\n")),
      JOURNAL,
    );
    expect(two?.change).toBeUndefined();
    expect(two?.candidates).toEqual(["8010", "8020"]);
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function diagnose(repo: { path: string; content: string }[]) {
  const root = mkdtempSync(join(tmpdir(), "unit-port-e2e-"));
  dirs.push(root);
  const all: Record<string, string> = {
    "logs/billing.journal.json": Array.from({ length: 6 }, () => JOURNAL).join("\n"),
    ...Object.fromEntries(repo.map((f) => [`repo/${f.path}`, f.content])),
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return JSON.parse(res.stdout) as {
    proposal?: { patch: string };
    verification?: { checks: { name: string; outcome: string }[] };
  };
}

describe("a unit's port through the CLI", () => {
  it("changes the unit's env file to the port its proxy config records (truth in the proxy config)", async () => {
    const run = await diagnose(files(PROXY("        proxy_pass http://127.0.0.1:8010;\n")));
    expect(run.proposal?.patch).toContain("+PORT=8010");
    expect(run.proposal?.patch).not.toContain("web.env");
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });

  it("must not move either unit when the proxy records no free port", async () => {
    const run = await diagnose(files(PROXY("        proxy_pass http://127.0.0.1:8000;\n")));
    expect(run.proposal).toBeUndefined();
  });
});
