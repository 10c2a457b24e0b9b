import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { listedStorageClasses, objectLookup } from "../../src/inventory/resolve-k8s-objects.js";
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

function patched(files: Files, change: { file: string; line: number; after: string }): Files {
  return files.map((f) => {
    if (f.path !== change.file) return f;
    const lines = f.content.split("\n");
    lines[change.line - 1] = change.after;
    return { ...f, content: lines.join("\n") };
  });
}

describe("reading the missing object from the API's messages", () => {
  it("names the kind, the name and (for keys) the namespace", () => {
    expect(objectLookup('MountVolume.SetUp failed for volume "cfg" : configmap "web-cfg" not found')).toEqual(
      {
        kind: "missing-object",
        object: "configmap",
        name: "web-cfg",
      },
    );
    expect(objectLookup('err="secret \\"regcred\\" not found"')).toMatchObject({
      object: "secret",
      name: "regcred",
    });
    expect(objectLookup('persistentvolumeclaim "cache-0" not found')).toMatchObject({
      object: "persistentvolumeclaim",
    });
    expect(objectLookup("Error: couldn't find key LOG_LEVEL in ConfigMap edge/proxy-env")).toEqual({
      kind: "missing-key",
      object: "configmap",
      name: "proxy-env",
      key: "LOG_LEVEL",
      namespace: "edge",
    });
    expect(objectLookup("user not found")).toBeUndefined();
  });

  it("lists StorageClasses from a kubectl get storageclass table", () => {
    const table = [
      "NAME                 PROVISIONER          RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE",
      "standard-rwo (default)   pd.csi.storage.gke.io   Delete   WaitForFirstConsumer   true   90d",
      "premium-rwo          pd.csi.storage.gke.io   Retain   Immediate              true   9d",
    ].join("\n");
    expect(listedStorageClasses(table)).toEqual(["standard-rwo", "premium-rwo"]);
  });
});

const values = `# Helm values for the edge proxy
replicaCount: 2
imagePullSecrets:
  - name: quay-robot
image:
  repository: quay.io/acme/edge
`;

const sealed = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: quay-robot-token
  namespace: edge
spec:
  encryptedData:
    .dockerconfigjson: AgB0
  template:
    type: kubernetes.io/dockerconfigjson
`;

describe("a reference to an object the repository does not define", () => {
  it("imagePullSecrets in a values file: the one registry credential near the name", () => {
    const files = [
      { path: "chart/values-prod.yaml", content: values },
      { path: "secrets/quay.yaml", content: sealed },
    ];
    const r = resolve('Unable to retrieve pull secret err="secret \\"quay-robot\\" not found"', files);
    expect(r?.kind).toBe("object-name-defined");
    expect(r?.cause).toMatchObject({ file: "chart/values-prod.yaml", line: 4 });
    expect(r?.truth).toEqual([{ file: "secrets/quay.yaml", line: 4 }]);
    expect(r?.change?.after).toBe("  - name: quay-robot-token");
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, patched(files, r.change))).toMatchObject({ ok: true });
    expect(relationHolds(r, files)).toMatchObject({ ok: false });
  });

  it("near-miss: a Secret that is not a registry credential is never the pull secret", () => {
    const tls = sealed.replace("kubernetes.io/dockerconfigjson", "kubernetes.io/tls");
    const r = resolve('secret "quay-robot" not found', [
      { path: "chart/values-prod.yaml", content: values },
      { path: "secrets/quay.yaml", content: tls },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual([]);
  });

  it("a volume's ConfigMap renamed by a Kustomize generator left unreferenced", () => {
    const deploy = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mailer
spec:
  template:
    spec:
      containers:
        - name: mailer
          image: acme/mailer:3
          envFrom:
            - configMapRef:
                name: mailer-env
      volumes:
        - name: templates
          configMap:
            name: mailer-templates
`;
    const kustom = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: mailer-env
    literals: [SMTP_HOST=mx]
  - name: mail-layouts
    files: [welcome.html]
`;
    const files = [
      { path: "base/deploy.yml", content: deploy },
      { path: "base/kustomization.yml", content: kustom },
    ];
    const r = resolve(
      'MountVolume.SetUp failed for volume "templates" : configmap "mailer-templates" not found',
      files,
    );
    expect(r?.change?.after).toBe("            name: mail-layouts");
    expect(r?.truth).toEqual([{ file: "base/kustomization.yml", line: 6 }]);
  });

  it("near-miss: two unreferenced ConfigMaps and no near name: cited, none guessed", () => {
    const deploy =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n    - name: v\n      configMap:\n        name: alpha\n";
    const cms =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: beta\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gamma\n";
    const r = resolve('configmap "alpha" not found', [
      { path: "pod.yaml", content: deploy },
      { path: "cms.yaml", content: cms },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["beta", "gamma"]);
  });

  it("near-miss: an object the repository does define is not a rename (it was not applied)", () => {
    const deploy =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n    - name: v\n      configMap:\n        name: beta\n";
    const cms = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: beta\n";
    expect(
      resolve('configmap "beta" not found', [
        { path: "pod.yaml", content: deploy },
        { path: "cms.yaml", content: cms },
      ]),
    ).toBeUndefined();
  });

  it("a StorageClass the cluster lists, near the one the claim names", () => {
    const pvc =
      "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: cache\nspec:\n  storageClassName: premium-rwx\n";
    const ev = [
      'Warning ProvisioningFailed persistentvolumeclaim/cache storageclass.storage.k8s.io "premium-rwx" not found',
      "standard-rwo (default)   pd.csi.storage.gke.io   Delete   WaitForFirstConsumer   true   90d",
      "premium-rwo          pd.csi.storage.gke.io   Delete   WaitForFirstConsumer   true   9d",
    ].join("\n");
    const files = [{ path: "pvc.yaml", content: pvc }];
    const r = resolve(ev, files);
    expect(r?.change?.after).toBe("  storageClassName: premium-rwo");
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, patched(files, r.change))).toMatchObject({ ok: true });
  });

  it("must-not: marking the reference optional is refused", () => {
    const ev = { patternIds: [], text: 'configmap "alpha" not found' };
    expect(forbiddenBy("object-name-defined", ["          optional: true"], ev)).toMatch(/optional/);
    expect(forbiddenBy("object-name-defined", ["        name: beta"], ev)).toBeUndefined();
  });
});

const external = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pg
  namespace: ledger
spec:
  target:
    name: ledger-pg
  data:
    - secretKey: PG_PASSWORD
      remoteRef: { key: ledger/pg, property: password }
    - secretKey: PG_USER
      remoteRef: { key: ledger/pg, property: user }
`;

const reader = (key: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ledger-close
  namespace: ledger
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: close
              image: acme/ledger:9
              env:
                - name: PGPASSWORD
                  valueFrom:
                    secretKeyRef: { name: ledger-pg, key: ${key} }
`;

describe("a key the ConfigMap or Secret does not hold", () => {
  it("the ExternalSecret's target key near the one read", () => {
    const files = [
      { path: "es.yaml", content: external },
      { path: "jobs/close.yaml", content: reader("PASSWORD") },
    ];
    const r = resolve("Error: couldn't find key PASSWORD in Secret ledger/ledger-pg", files);
    expect(r?.kind).toBe("object-key-defined");
    expect(r?.cause.line).toBe(17);
    expect(r?.change?.after).toBe("                    secretKeyRef: { name: ledger-pg, key: PG_PASSWORD }");
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, patched(files, r.change))).toMatchObject({ ok: true });
  });

  it("near-miss: keys that cannot be read (dataFrom) make no proposal", () => {
    const from = external.replace(/ {2}data:[\s\S]*$/, "  dataFrom:\n    - extract: { key: ledger/pg }\n");
    const r = resolve("Error: couldn't find key PASSWORD in Secret ledger/ledger-pg", [
      { path: "es.yaml", content: from },
      { path: "jobs/close.yaml", content: reader("PASSWORD") },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.reason).toMatch(/not readable/);
  });

  it("near-miss: no key near the one read: cited, none guessed", () => {
    const r = resolve("Error: couldn't find key TOKEN in Secret ledger/ledger-pg", [
      { path: "es.yaml", content: external },
      { path: "jobs/close.yaml", content: reader("TOKEN") },
    ]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["PG_PASSWORD", "PG_USER"]);
  });
});
