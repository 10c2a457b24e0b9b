import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
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

const job = (extra: string, resource: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: retrain
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
${extra}          restartPolicy: Never
          containers:
            - name: train
              image: ghcr.io/acme/train:1
              resources:
                limits:
                  ${resource}: 1
`;

const event =
  "Warning FailedScheduling pod/retrain-29001-abcde 0/6 nodes are available: 2 node(s) had untolerated taint {amd.com/gpu: mi300}, 4 node(s) had untolerated taint {node-role.kubernetes.io/infra: }.";

describe("a taint the pod does not tolerate, on nodes meant for it", () => {
  it("the pod asks for the guarded resource: the toleration is added; the relation then holds", () => {
    const files = [{ path: "ml/retrain.yaml", content: job("", "amd.com/gpu") }];
    const r = resolve(event, files);
    expect(r?.kind).toBe("taint-tolerated");
    expect(r?.subject).toBe("amd.com/gpu=mi300");
    expect(r?.truth).toEqual([{ file: "ml/retrain.yaml", line: 17 }]);
    expect(r?.change?.after).toBe(
      '          tolerations:\n            - key: amd.com/gpu\n              operator: Equal\n              value: "mi300"\n          restartPolicy: Never',
    );
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, spliced(files, r.change))).toMatchObject({ ok: true });
    expect(relationHolds(r, files)).toMatchObject({ ok: false });
  });

  it("an existing tolerations list gets one more item, lined up with its dashes", () => {
    const existing = "          tolerations:\n          - key: spot\n            operator: Exists\n";
    const files = [{ path: "ml/retrain.yaml", content: job(existing, "amd.com/gpu") }];
    const r = resolve(event, files);
    expect(r?.change?.after).toBe(
      '          tolerations:\n          - key: amd.com/gpu\n            operator: Equal\n            value: "mi300"',
    );
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, spliced(files, r.change))).toMatchObject({ ok: true });
  });

  it("near-miss: a pod that does not ask for what the tainted nodes offer is not tolerated onto them", () => {
    expect(resolve(event, [{ path: "ml/retrain.yaml", content: job("", "memory") }])).toBeUndefined();
  });

  it("must-not: a toleration of every taint is refused", () => {
    const ev = { patternIds: [], text: event };
    expect(
      forbiddenBy("taint-tolerated", ["      tolerations:\n        - operator: Exists"], ev),
    ).toBeDefined();
  });
});
