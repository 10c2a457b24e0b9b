import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { relationHolds } from "../../src/inventory/relation.js";
import { imagePathLookup, resolveImagePath } from "../../src/inventory/resolve-image-path.js";
import { lookupOf } from "../../src/inventory/subjects.js";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

const EMERG =
  'nginx: [emerg] open() "/etc/nginx/snippets/gzip.conf" failed (2: No such file or directory) in /etc/nginx/nginx.conf:12';
const CONF = "http {\n    sendfile on;\n    include /etc/nginx/snippets/gzip.conf;\n}\n";
const dockerfile = (copy: string) =>
  `FROM nginx:1.27-alpine\nCOPY web/nginx.conf /etc/nginx/nginx.conf\n${copy}\n`;
const repoFiles = ["Dockerfile", "web/nginx.conf", "web/snippets/gzip.conf", "web/includes/gzip.conf"];

type Files = { path: string; content: string }[];
function applied(files: Files, change: { file: string; line: number; after: string } | undefined): Files {
  return files.map((f) => {
    if (!change || f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines.splice(change.line - 1, 1, change.after);
    return { ...f, content: lines.join("\n") };
  });
}

describe("a path nginx opens vs where the Dockerfile copies the file", () => {
  it("is looked up from nginx's [emerg] open() only (a missing static file is a request, not the image)", () => {
    expect(lookupOf(undefined, undefined, EMERG)).toEqual({
      kind: "image-path-missing",
      path: "/etc/nginx/snippets/gzip.conf",
    });
    expect(
      imagePathLookup(
        '[error] 29#29: *1 open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: 10.0.0.1',
      ),
    ).toBeUndefined();
  });

  it("moves the COPY destination when the config and the repository folder agree", () => {
    const files = [
      { path: "Dockerfile", content: dockerfile("COPY web/snippets/ /etc/nginx/conf-extra/") },
      { path: "web/nginx.conf", content: CONF },
      { path: "web/snippets/gzip.conf", content: "gzip on;\n" },
    ];
    const lookup = imagePathLookup(EMERG);
    const r = lookup && resolveImagePath(lookup, files, repoFiles.slice(0, 3));
    expect(r?.change).toMatchObject({
      file: "Dockerfile",
      line: 3,
      after: "COPY web/snippets/ /etc/nginx/snippets/",
    });
    expect(r && relationHolds(r, applied(files, r.change)).ok).toBe(true);
    expect(r && relationHolds(r, files).ok).toBe(false);
  });

  it("must not pick a side when no two of the three directory names agree", () => {
    const files = [
      { path: "Dockerfile", content: dockerfile("COPY web/extra/ /etc/nginx/conf-extra/") },
      { path: "web/nginx.conf", content: CONF },
      { path: "web/extra/gzip.conf", content: "gzip on;\n" },
    ];
    const lookup = imagePathLookup(EMERG);
    const r =
      lookup && resolveImagePath(lookup, files, ["Dockerfile", "web/nginx.conf", "web/extra/gzip.conf"]);
    expect(r?.cause.file).toBe("web/nginx.conf");
    expect(r?.change).toBeUndefined();
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function diagnose(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "image-path-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  return JSON.parse(res.stdout) as {
    proposal?: { patch: string };
    verification?: { checks: { name: string; outcome: string }[] };
  };
}

describe("a path nginx opens through the CLI", () => {
  const logs = Array.from({ length: 4 }, () => EMERG).join("\n");

  it("changes the include to where the Dockerfile puts the file (truth in the Dockerfile)", async () => {
    const run = await diagnose({
      "logs/web.log": logs,
      "repo/Dockerfile": dockerfile("COPY web/includes/ /etc/nginx/includes/"),
      "repo/web/nginx.conf": CONF,
      "repo/web/includes/gzip.conf": "gzip on;\n",
    });
    expect(run.proposal?.patch).toContain("+    include /etc/nginx/includes/gzip.conf;");
    const check = run.verification?.checks.find(
      (c) => c.name === "the proposed value satisfies the violated relation",
    );
    expect(check?.outcome).toBe("pass");
  });

  it("must not move a COPY destination that other configuration still names", async () => {
    const run = await diagnose({
      "logs/web.log": logs,
      "repo/Dockerfile": dockerfile("COPY web/snippets/ /etc/nginx/conf-extra/"),
      "repo/web/nginx.conf": CONF,
      "repo/web/site.conf": "server {\n    include /etc/nginx/conf-extra/headers.conf;\n}\n",
      "repo/web/snippets/gzip.conf": "gzip on;\n",
      "repo/web/snippets/headers.conf": "add_header X-Frame-Options DENY;\n",
    });
    expect(run.proposal).toBeUndefined();
  });
});
