import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { relationHolds } from "../../src/inventory/relation.js";
import type { Resolution } from "../../src/inventory/resolution.js";
import type { RepoRead } from "../../src/inventory/resolve.js";
import { resolveLogRotation } from "../../src/inventory/resolve-log-rotation.js";
import { lookupOf } from "../../src/inventory/subjects.js";

const FULL =
  'level=error msg="Failed to log msg \\"\\" for logger json-file: write /var/lib/docker/containers/ab12/ab12-json.log: no space left on device"';

function applied(files: RepoRead[], r: Resolution | undefined): RepoRead[] {
  const change = r?.change;
  if (!change) throw new Error("no change");
  return files.map((f) => {
    if (f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines.splice(change.line - 1, change.span ?? 1, change.after);
    return { ...f, content: lines.join("\n") };
  });
}

const compose = (logging: string): RepoRead => ({
  path: "deploy/compose.yaml",
  content: `services:\n  worker:\n    image: ghcr.io/acme/worker:7\n${logging}  cache:\n    image: redis:7\n    logging:\n      driver: local\n      options:\n        max-size: "50m"\n`,
});

describe("container logs never rotated", () => {
  it("is looked up only when Docker's log writer (or its file) hits a full disk", () => {
    expect(lookupOf(undefined, undefined, FULL)).toEqual({ kind: "container-logs-unrotated" });
    expect(lookupOf(undefined, undefined, "write /data/app.log: no space left on device")).toBeUndefined();
  });

  it("options without max-size: max-size and max-file join the options; the relation then holds", () => {
    const file = compose('    logging:\n      driver: local\n      options:\n        compress: "true"\n');
    const r = resolveLogRotation([file]);
    expect(r?.change).toMatchObject({
      line: 6,
      after: '      options:\n        max-size: "20m"\n        max-file: "5"',
    });
    if (!r) throw new Error("no resolution");
    expect(relationHolds(r, [file]).ok).toBe(false);
    expect(relationHolds(r, applied([file], r)).ok).toBe(true);
  });

  it("a logging block with no driver (json-file by default): options go under logging", () => {
    const file = compose("    logging:\n      mode: non-blocking\n");
    const r = resolveLogRotation([file]);
    expect(r?.change).toMatchObject({ line: 4 });
    expect(r?.change?.after).toBe(
      '    logging:\n      options:\n        max-size: "20m"\n        max-file: "5"',
    );
    if (!r) throw new Error("no resolution");
    expect(relationHolds(r, applied([file], r)).ok).toBe(true);
    expect(forbiddenBy("log-rotation-set", ["      driver: none"], { patternIds: [], text: "" })).toMatch(
      /never/,
    );
  });

  it("a logging block written inline: cited, not edited", () => {
    const r = resolveLogRotation([compose("    logging: { driver: json-file }\n")]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/inline/);
  });

  it("several services choose an unrotated driver: all cited, nothing proposed", () => {
    const file: RepoRead = {
      path: "docker-compose.prod.yml",
      content:
        "services:\n  a:\n    image: x\n    logging:\n      driver: json-file\n  b:\n    image: y\n    logging:\n      driver: json-file\n",
    };
    const r = resolveLogRotation([file]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/several services/);
  });

  it("no service chooses a file driver (only the daemon's default): no resolution, the locators cite", () => {
    const file: RepoRead = { path: "docker-compose.yml", content: "services:\n  a:\n    image: x\n" };
    expect(resolveLogRotation([file])).toBeUndefined();
  });
});
