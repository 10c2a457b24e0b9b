import { describe, expect, it } from "vitest";
import { forbiddenBy } from "../../src/inventory/fix-rules.js";
import { resolveFromReads } from "../../src/inventory/offline.js";
import { relationHolds } from "../../src/inventory/relation.js";
import { listeningPorts } from "../../src/inventory/resolve-k8s-ports.js";
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

const workload = (ports: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: quotes
  namespace: pricing
spec:
  template:
    metadata:
      labels:
        app.kubernetes.io/name: quotes
        tier: backend
    spec:
      containers:
        - name: server
          image: ghcr.io/acme/quotes:3.1.0
          ports:
${ports}
`;

const service = (target: string) => `apiVersion: v1
kind: Service
metadata:
  name: quotes
  namespace: pricing
spec:
  selector:
    app.kubernetes.io/name: quotes
  ports:
    - name: grpc
      port: 50051
${target}
`;

const refused =
  'E1203 rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp quotes.pricing.svc:50051: connect: connection refused"';

describe("Service targetPort vs the container ports its selector picks", () => {
  it("the one declared container port replaces a targetPort nobody listens on; the relation then holds", () => {
    const files = [
      {
        path: "charts/quotes/rendered/deployment.yaml",
        content: workload("            - containerPort: 50052"),
      },
      { path: "ops/svc.yml", content: service("      targetPort: 50061") },
    ];
    const r = resolve(refused, files);
    expect(r?.kind).toBe("service-targets-container");
    expect(r?.cause).toMatchObject({ file: "ops/svc.yml", line: 12 });
    expect(r?.truth).toEqual([{ file: "charts/quotes/rendered/deployment.yaml", line: 17 }]);
    expect(r?.change?.after).toBe("      targetPort: 50052");
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, patched(files, r.change))).toMatchObject({ ok: true });
    expect(relationHolds(r, files)).toMatchObject({ ok: false });
  });

  it("a named targetPort becomes the container port with the Service port's name", () => {
    const ports =
      "            - name: metrics\n              containerPort: 9102\n            - name: grpc\n              containerPort: 50052";
    const files = [
      { path: "k/app.yaml", content: `${workload(ports)}---\n${service("      targetPort: rpc")}` },
    ];
    const r = resolve("dial tcp 10.100.3.9:50051: connect: connection refused", files);
    expect(r?.change?.after).toBe("      targetPort: grpc");
    expect(r?.change?.summary).toBe("quotes targetPort rpc → grpc");
  });

  it("near-miss: several unnamed container ports: cited, none guessed", () => {
    const ports = "            - containerPort: 9102\n            - containerPort: 50052";
    const files = [
      { path: "a.yaml", content: workload(ports) },
      { path: "b.yaml", content: service("      targetPort: 50061") },
    ];
    const r = resolve(refused, files);
    expect(r?.kind).toBe("service-targets-container");
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["9102", "50052"]);
  });

  it("near-miss: a targetPort the pods declare is not a mismatch (the refusal is elsewhere)", () => {
    const files = [
      { path: "a.yaml", content: workload("            - containerPort: 50052") },
      { path: "b.yaml", content: service("      targetPort: 50052") },
    ];
    expect(resolve(refused, files)).toBeUndefined();
  });

  it("near-miss: a Service in another namespace, or selecting other pods, is not compared", () => {
    const other = service("      targetPort: 50061").replace("namespace: pricing", "namespace: billing");
    const files = [
      { path: "a.yaml", content: workload("            - containerPort: 50052") },
      { path: "b.yaml", content: other },
    ];
    expect(resolve(refused, files)).toBeUndefined();
  });

  it("must-not: a patch rewriting the Service's port or a containerPort is refused", () => {
    const ev = { patternIds: [], text: refused };
    expect(forbiddenBy("service-targets-container", ["      port: 50052"], ev)).toMatch(
      /only its targetPort/,
    );
    expect(forbiddenBy("service-targets-container", ["  - containerPort: 50061"], ev)).toBeDefined();
    expect(forbiddenBy("service-targets-container", ["      targetPort: 50052"], ev)).toBeUndefined();
  });
});

const probed = (probe: string, ports: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ingest
spec:
  template:
    metadata:
      labels: { app: ingest }
    spec:
      containers:
        - name: collector
          image: ghcr.io/acme/ingest:7.0.2
${ports}
${probe}
`;

const kubelet = (port: number) =>
  `kubelet[811]: prober.go:107] "Probe failed" probeType="Readiness" pod="obs/ingest-0" containerName="collector" probeResult="failure" output="Get \\"http://10.1.7.4:${port}/ready\\": dial tcp 10.1.7.4:${port}: connect: connection refused"`;

describe("probe port vs the ports its container declares", () => {
  const readiness =
    "          readinessProbe:\n            httpGet:\n              path: /ready\n              port: 9000";

  it("the only declared port replaces the probe's port; the relation then holds", () => {
    const files = [
      {
        path: "deploy/ingest/statefulset.yaml",
        content: probed(readiness, "          ports:\n            - containerPort: 4318"),
      },
    ];
    const r = resolve(kubelet(9000), files);
    expect(r?.kind).toBe("probe-port-declared");
    expect(r?.cause.line).toBe(18);
    expect(r?.change?.after).toBe("              port: 4318");
    if (!r?.change) throw new Error("no change");
    expect(relationHolds(r, patched(files, r.change))).toMatchObject({ ok: true });
  });

  it("among several declared ports, the one the server logs it listens on", () => {
    const ports = "          ports:\n            - containerPort: 4317\n            - containerPort: 4318";
    const files = [{ path: "s.yaml", content: probed(readiness, ports) }];
    const ev = `${kubelet(9000)}\n{"level":"info","msg":"Starting HTTP server","listening on":"x"}\nINFO Listening on 0.0.0.0:4318`;
    expect(resolve(ev, files)?.change?.after).toBe("              port: 4318");
  });

  it("near-miss: several declared ports and no listening line: cited, none guessed", () => {
    const ports = "          ports:\n            - containerPort: 4317\n            - containerPort: 4318";
    const r = resolve(kubelet(9000), [{ path: "s.yaml", content: probed(readiness, ports) }]);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["4317", "4318"]);
  });

  it("near-miss: the probe of another kind than the one that failed is not touched", () => {
    const liveness = readiness.replace("readinessProbe", "livenessProbe");
    const files = [
      { path: "s.yaml", content: probed(liveness, "          ports:\n            - containerPort: 4318") },
    ];
    expect(resolve(kubelet(9000), files)).toBeUndefined();
  });

  it("near-miss: a probe on a declared port that is refused (app not up yet) gets no port change", () => {
    const files = [
      { path: "s.yaml", content: probed(readiness, "          ports:\n            - containerPort: 9000") },
    ];
    expect(resolve(kubelet(9000), files)).toBeUndefined();
  });

  it("a container that declares no port: the listen address the server's config file sets", () => {
    const files = [
      { path: "deploy/ingest.yaml", content: probed(readiness, "") },
      { path: "conf/collector.yaml", content: "server:\n  listen: 0.0.0.0:4318\nstorage:\n  path: /data\n" },
    ];
    const r = resolve(kubelet(9000), files);
    expect(r?.change?.after).toBe("              port: 4318");
    expect(r?.truth).toEqual([{ file: "conf/collector.yaml", line: 2 }]);
  });

  it("near-miss: no declared port and two listening ports in the config: cited, none guessed", () => {
    const files = [
      { path: "deploy/ingest.yaml", content: probed(readiness, "") },
      { path: "conf/collector.yaml", content: "http:\n  addr: :4318\nadmin:\n  port: 9901\n" },
    ];
    const r = resolve(kubelet(9000), files);
    expect(r?.change).toBeUndefined();
    expect(r?.candidates).toEqual(["4318", "9901"]);
  });

  it("must-not: removing the probe or moving the container port is refused", () => {
    const ev = { patternIds: [], text: kubelet(9000) };
    expect(forbiddenBy("probe-port-declared", ["            - containerPort: 9000"], ev)).toBeDefined();
    expect(forbiddenBy("probe-port-declared", ["          # readinessProbe removed"], ev)).toBeDefined();
    expect(forbiddenBy("probe-port-declared", ["              port: 4318"], ev)).toBeUndefined();
  });

  it("reads the ports servers say they listen on, in the usual forms", () => {
    expect(listeningPorts('level=INFO msg="http server listening" addr=:8080')).toEqual([8080]);
    expect(listeningPorts("Tomcat started on port 8443 (https)")).toEqual([8443]);
    expect(listeningPorts("connecting to db port 5432")).toEqual([]);
    expect(listeningPorts("Now listening on: http://[::]:5000")).toEqual([5000]);
    expect(listeningPorts("Server listening on port 3000")).toEqual([3000]);
  });
});
