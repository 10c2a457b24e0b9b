import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli as cli } from "../helpers/built-cli-harness.js";

/**
 * End to end through the CLI (offline provider): the kubelet evicts a pod and measures what its container
 * used; the chart or manifest that reserves less is found, sized from the measurement, and verified.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "usage-e2e-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

interface RunJson {
  diagnosis?: { rootCause: string; evidence: { kind: string; file: string; line?: number }[] };
  proposal?: { patch: string; risk: string } | null;
  verification?: { outcome: string; checks: { name: string; outcome: string; detail: string }[] };
}

async function diagnose(root: string): Promise<RunJson> {
  const res = await cli(["diagnose", "--format", "json", "--log", "logs", "--repo", "repo"], { cwd: root });
  expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  return JSON.parse(res.stdout) as RunJson;
}

function relationCheck(run: RunJson) {
  return run.verification?.checks.find(
    (c) => c.name === "the proposed value satisfies the violated relation",
  );
}

function evictions(resource: string, container: string, usedKi: readonly number[], request: string): string {
  return usedKi
    .map(
      (ki, i) =>
        `billing   ${12 + i}m   Warning   Evicted   pod/${container}-5f6d7c8b9-a${i}bcd   The node was low on resource: ${resource}. Threshold quantity: 100Mi, available: 81234Ki. Container ${container} was using ${ki}Ki, request is ${request}, has larger consumption of ${resource}.`,
    )
    .join("\n");
}

const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-ledger
spec:
  template:
    spec:
      containers:
        - name: ledger
          image: "{{ .Values.ledger.image }}"
          resources:
            {{- toYaml .Values.ledger.resources | nindent 12 }}
`;

const VALUES = `ledger:
  image: ghcr.io/acme/ledger:5.1.0
  resources:
    requests:
      cpu: 250m
      memory: 384Mi
gateway:
  image: ghcr.io/acme/gateway:2.0.0
  resources:
    requests:
      cpu: 100m
      memory: 64Mi
`;

describe("eviction usage through the CLI", () => {
  it("memory: the Helm values' request (not the template that fails) raised to the peak the kubelet measured", async () => {
    const root = workspace({
      "logs/events.log": evictions("memory", "ledger", [1_410_000, 1_520_000, 1_480_000, 1_455_000], "384Mi"),
      "repo/charts/billing/templates/deployment.yaml": TEMPLATE,
      "repo/charts/billing/values.yaml": VALUES,
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "charts/billing/values.yaml", line: 6 }),
    );
    expect(run.proposal?.patch).toContain("-      memory: 384Mi");
    expect(run.proposal?.patch).toContain("+      memory: 1536Mi");
    expect(relationCheck(run)?.outcome).toBe("pass");
  });

  it("the peak past the finding's first excerpts: found by the log search, cited, and sized from", async () => {
    const root = workspace({
      "logs/events.log": evictions(
        "memory",
        "ledger",
        [900_000, 950_000, 910_000, 940_000, 920_000, 960_000, 2_300_000, 930_000],
        "384Mi",
      ),
      "repo/charts/billing/templates/deployment.yaml": TEMPLATE,
      "repo/charts/billing/values.yaml": VALUES,
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "log", file: "logs/events.log", line: 7 }),
    );
    // 2_300_000Ki = 2246Mi: rounded up to 2560Mi, not the 960Mi the first five readings would give.
    expect(run.proposal?.patch).toContain("+      memory: 2560Mi");
    expect(relationCheck(run)?.outcome).toBe("pass");
  });

  it("memory readings rising steadily: the request is cited, nothing is proposed", async () => {
    const root = workspace({
      "logs/events.log": evictions(
        "memory",
        "ledger",
        [600_000, 720_000, 850_000, 990_000, 1_120_000, 1_260_000, 1_400_000],
        "384Mi",
      ),
      "repo/charts/billing/templates/deployment.yaml": TEMPLATE,
      "repo/charts/billing/values.yaml": VALUES,
    });
    const run = await diagnose(root);
    expect(run.diagnosis?.rootCause).toMatch(/rises steadily/);
    expect(run.proposal?.patch ?? "").toBe("");
  });

  it("ephemeral-storage: a limit added where the container has none, the scratch volume cited", async () => {
    const root = workspace({
      "logs/describe.txt": evictions("ephemeral-storage", "transcoder", [9_800_000], "0"),
      "repo/base/transcoder.yml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: transcoder
spec:
  template:
    spec:
      containers:
        - name: transcoder
          image: ghcr.io/acme/transcoder:1.4.2
          resources:
            limits:
              memory: 3Gi
          volumeMounts:
            - { name: work, mountPath: /work }
      volumes:
        - name: work
          emptyDir: {}
`,
      "repo/base/kustomization.yml": "resources:\n  - transcoder.yml\n",
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+              ephemeral-storage: 12Gi");
    expect(run.diagnosis?.evidence).toContainEqual(
      expect.objectContaining({ kind: "repo", file: "base/transcoder.yml", line: 18 }),
    );
    expect(relationCheck(run)?.outcome).toBe("pass");
  });

  it("Docker's json-file logs fill the disk: rotation added to the override that chooses the driver", async () => {
    const full = (i: number) =>
      `Mar 02 03:1${i}:07 build-7 dockerd[844]: time="2026-03-02T03:1${i}:07.118Z" level=error msg="Failed to log msg \\"\\" for logger json-file: write /var/lib/docker/containers/9f8e7d6c/9f8e7d6c-json.log: no space left on device"`;
    const root = workspace({
      "logs/daemon.log": [0, 1, 2, 3, 4, 5].map(full).join("\n"),
      "repo/docker-compose.yml":
        "services:\n  crawler:\n    image: ghcr.io/acme/crawler:3\n  queue:\n    image: rabbitmq:3\n",
      "repo/docker-compose.override.yml":
        'services:\n  crawler:\n    environment:\n      VERBOSE: "1"\n    logging:\n      driver: json-file\n',
    });
    const run = await diagnose(root);
    expect(run.proposal?.patch).toContain("+++ b/docker-compose.override.yml");
    expect(run.proposal?.patch).toContain('+        max-size: "20m"');
    expect(relationCheck(run)?.outcome).toBe("pass");
  });
});
