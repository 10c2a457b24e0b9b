import { describe, expect, it } from "vitest";
import { serviceOfAlertLabels } from "../../src/ingest/alerts/alert-service.js";

describe("the service an alert is about", () => {
  it("is the alert's own service or job when that is the workload", () => {
    expect(
      serviceOfAlertLabels({ alertname: "HighErrorRate", service: "checkout-api", job: "checkout" }),
    ).toBe("checkout-api");
    expect(serviceOfAlertLabels({ alertname: "HighErrorRate", job: "checkout-api" })).toBe("checkout-api");
    // Alerts about Prometheus itself are about Prometheus.
    expect(serviceOfAlertLabels({ alertname: "PrometheusRuleFailures", job: "prometheus" })).toBe(
      "prometheus",
    );
  });

  it("is never the exporter that collected the metric", () => {
    // kubernetes-mixin's KubePodCrashLooping as kube-prometheus-stack labels it.
    const crashLooping = {
      alertname: "KubePodCrashLooping",
      container: "api",
      namespace: "shop",
      pod: "api-6d5f8b7c9-x2k4p",
      job: "kube-state-metrics",
      service: "kube-prometheus-stack-kube-state-metrics",
    };
    expect(serviceOfAlertLabels(crashLooping)).toBe("api");
    expect(
      serviceOfAlertLabels({
        alertname: "KubeDeploymentReplicasMismatch",
        deployment: "web",
        job: "kube-state-metrics",
      }),
    ).toBe("web");
    expect(
      serviceOfAlertLabels({
        alertname: "KubePodNotReady",
        pod: "worker-7c9d5b8f4-x2x9q",
        job: "kube-state-metrics",
      }),
    ).toBe("worker");
    expect(
      serviceOfAlertLabels({
        alertname: "NodeFilesystemAlmostOutOfSpace",
        job: "node-exporter",
        instance: "10.0.3.12:9100",
      }),
    ).toBeUndefined();
    expect(
      serviceOfAlertLabels({
        alertname: "CPUThrottlingHigh",
        container: "api",
        job: "kubelet",
        service: "kubelet",
      }),
    ).toBe("api");
    expect(
      serviceOfAlertLabels({ alertname: "ProbeFailed", job: "blackbox-exporter", app: "storefront" }),
    ).toBe("storefront");
  });
});
