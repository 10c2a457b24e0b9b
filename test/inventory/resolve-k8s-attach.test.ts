import { describe, expect, it } from "vitest";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { lookupOf } from "../../src/inventory/subjects.js";

type Files = { path: string; content: string }[];

function resolve(evidence: string, files: Files) {
  const lookup = lookupOf(undefined, undefined, evidence);
  if (!lookup) throw new Error(`no lookup for ${evidence}`);
  return resolveFromReads(
    lookup,
    files,
    files.map((f) => f.path),
    evidence,
  );
}

function spliced(files: Files, c: { file: string; line: number; after: string; span?: number }): Files {
  return files.map((f) => {
    if (f.path !== c.file) return f;
    const lines = f.content.split("\n");
    lines.splice(c.line - 1, c.span ?? 1, c.after);
    return { ...f, content: lines.join("\n") };
  });
}

const deploy = (spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: wiki
spec:
${spec}
  template:
    spec:
      containers:
        - name: wiki
          image: requarks/wiki:2
      volumes:
        - name: data
          persistentVolumeClaim: { claimName: wiki-data }
`;

const claim = (mode: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: wiki-data\nspec:\n  accessModes:\n    - ${mode}\n`;

const event =
  'Warning  FailedAttachVolume  pod/wiki-5c8d7f6b9d-x2x4q  Multi-Attach error for volume "pvc-91ab" Volume is already used by pod(s) wiki-66f7c9b8d4-p7k2m';

describe("Multi-Attach of a ReadWriteOnce claim during a rolling update", () => {
  it("the strategy block (rollingUpdate included) becomes Recreate; the relation then holds", () => {
    const files = [
      {
        path: "apps/wiki/deploy.yml",
        content: deploy(
          "  replicas: 1\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 25%",
        ),
      },
      { path: "apps/wiki/storage.yml", content: claim("ReadWriteOnce") },
    ];
    const r = resolve(event, files);
    expect(r?.kind).toBe("rwo-deployment-recreate");
    expect(r?.truth).toEqual([{ file: "apps/wiki/storage.yml", line: 7 }]);
    expect(r?.change).toMatchObject({ line: 7, span: 4, after: "  strategy:\n    type: Recreate" });
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, spliced(files, r.change))).toMatchObject({ ok: true });
    expect(relationHolds(r, files)).toMatchObject({ ok: false });
  });

  it("no strategy at all (the default rolls): one is written before the spec's first key", () => {
    const files = [
      { path: "d.yaml", content: deploy("  selector: { matchLabels: { app: wiki } }") },
      { path: "c.yaml", content: claim("ReadWriteOncePod") },
    ];
    const r = resolve(event, files);
    expect(r?.change?.after).toBe(
      "  strategy:\n    type: Recreate\n  selector: { matchLabels: { app: wiki } }",
    );
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, spliced(files, r.change))).toMatchObject({ ok: true });
  });

  it("near-miss: three replicas share the claim: cited, Recreate not proposed", () => {
    const files = [
      { path: "d.yaml", content: deploy("  replicas: 3") },
      { path: "c.yaml", content: claim("ReadWriteOnce") },
    ];
    const r = resolve(event, files);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/StatefulSet/);
  });

  it("near-miss: a ReadWriteMany claim, or a Deployment already recreating, is not this", () => {
    expect(
      resolve(event, [
        { path: "d.yaml", content: deploy("  replicas: 1") },
        { path: "c.yaml", content: claim("ReadWriteMany") },
      ]),
    ).toBeUndefined();
    expect(
      resolve(event, [
        { path: "d.yaml", content: deploy("  strategy:\n    type: Recreate") },
        { path: "c.yaml", content: claim("ReadWriteOnce") },
      ]),
    ).toBeUndefined();
  });
});
