import type { FailurePattern } from "../failure-pattern.js";
import { LIVENESS_PROBE, READINESS_PROBE } from "./locators-kubernetes.js";

/** Probes that fail: liveness kills the container, readiness takes it out of its Service. */
export const PROBE_PATTERNS: FailurePattern[] = [
  {
    id: "probe-liveness-failed",
    title: "Liveness probe failing: the kubelet restarts the container",
    category: "health_check",
    severity: "P2",
    rank: 58,
    keywords: ["liveness probe", "failed liveness probe", 'probetype="liveness"'],
    matchers: [
      /Liveness probe failed: HTTP probe failed with statuscode: (?<subject>\d{3})/,
      /Liveness probe failed: Get "(?<subject>[^"]+)"/,
      // The kubelet's own structured log (prober.go), with the probed URL in `output`.
      /"Probe failed" probeType="Liveness".*output="Get \\"(?<subject>[^"\\]+)/,
      /"Probe failed" probeType="Liveness"/,
      /Liveness probe failed/,
      // A named port no containerPort declares: the kubelet falls back to a number (prober.go, util.go).
      /Liveness probe errored(?: and resulted in unknown state)?: strconv\.Atoi: parsing \\?"[\w-]+\\?": invalid syntax/,
      /failed liveness probe, will be restarted/,
    ],
    minCount: 2,
    sources: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/ (events "Liveness probe failed: …", "Container liveness failed liveness probe, will be restarted")',
      'kubernetes/kubernetes pkg/probe/http/http.go ("HTTP probe failed with statuscode: %d")',
      'https://github.com/kubernetes/kubernetes/issues/139283 (a missing named port: "Liveness probe errored and resulted in unknown state: strconv.Atoi: parsing "controller": invalid syntax")',
    ],
    fixability: 0.2,
    subjectKind: "url-path",
    consequenceOf: ["oom-container", "oom-kernel", "connection-pool-exhausted", "deadlock"],
    cause:
      "The container does not answer its liveness probe (wrong path or port, too short a timeout, or a hung process), so the kubelet kills and restarts it.",
    actions: [
      "Compare the probe's path and port with what the app serves (`kubectl exec … curl localhost:PORT/PATH`).",
      "A slow start needs a startupProbe, not a shorter liveness timeout; a hung app needs its own fix.",
    ],
    confirm: [
      "Unhealthy events `Liveness probe failed` followed by `Killing … failed liveness probe`.",
      "A 404 or connection refused on the probed path/port while the app is otherwise serving.",
    ],
    ruleOut: ["The container was OOMKilled or exited on its own before the probe failed (read Last State)."],
    repo: LIVENESS_PROBE,
  },
  {
    id: "probe-readiness-failed",
    title: "Readiness probe failing: the pod is taken out of the Service",
    category: "health_check",
    severity: "P2",
    rank: 59,
    keywords: ["readiness probe", 'probetype="readiness"'],
    matchers: [
      /Readiness probe failed: HTTP probe failed with statuscode: (?<subject>\d{3})/,
      /Readiness probe failed: Get "(?<subject>[^"]+)"/,
      // The kubelet's own structured log (prober.go), with the probed URL in `output`.
      /"Probe failed" probeType="Readiness".*output="Get \\"(?<subject>[^"\\]+)/,
      /"Probe failed" probeType="Readiness"/,
      /Readiness probe failed/,
      // A named port no containerPort declares: the kubelet falls back to a number (prober.go, util.go).
      /Readiness probe errored(?: and resulted in unknown state)?: strconv\.Atoi: parsing \\?"[\w-]+\\?": invalid syntax/,
    ],
    minCount: 2,
    sources: [
      'kubernetes/kubernetes pkg/probe/http/http.go ("HTTP probe failed with statuscode: %d"), reported as "Readiness probe failed: …"',
    ],
    fixability: 0.2,
    subjectKind: "url-path",
    consequenceOf: ["connection-pool-exhausted", "dns-failure", "connection-refused", "dependency-timeout"],
    cause:
      "The pod fails its readiness probe, so it receives no traffic: the endpoint is wrong, or it reports a dependency as down.",
    actions: [
      "Call the readiness endpoint from inside the pod and read what it checks.",
      "If it reports a dependency, the dependency's failure is the incident; fix that first.",
    ],
    confirm: [
      "Unhealthy events `Readiness probe failed`; the pod is 0/1 READY and missing from the Endpoints.",
    ],
    ruleOut: ["The endpoint returns 200 from inside the pod with the probe's own timeout."],
    repo: READINESS_PROBE,
  },
  {
    id: "lifecycle-hook-failed",
    title: "Container lifecycle hook failing (postStart / preStop)",
    category: "health_check",
    severity: "P3",
    rank: 30,
    keywords: ["failedpoststarthook", "failedprestophook", "lifecycle hook"],
    matchers: [
      /(Exec|HTTP|Http) lifecycle hook \((?<subject>[^)]*)\) for Container "[^"]+" in Pod "[^"]+" failed - error:/,
      /\bFailedPostStartHook\b/,
      /\bFailedPreStopHook\b/,
    ],
    fields: [{ kind: "k8s-event", fields: { reason: /^(FailedPostStartHook|FailedPreStopHook)$/ } }],
    sources: [
      'kubernetes/kubernetes pkg/kubelet/events/event.go (FailedPostStartHook = "FailedPostStartHook", FailedPreStopHook = "FailedPreStopHook")',
      'kubernetes/kubernetes pkg/kubelet/lifecycle/handlers.go (fmt.Sprintf("Exec lifecycle hook (%s) for Container %q in Pod %q failed - error: %v, message: %q", …) and "HTTP lifecycle hook (%s) for Container %q in Pod %q failed - error: %v")',
      "kubernetes/kubernetes pkg/kubelet/kuberuntime/kuberuntime_container.go (postStart failure: recordContainerEvent(… events.FailedPostStartHook, msg), then killContainer)",
    ],
    fixability: 0.2,
    cause:
      "A postStart or preStop hook fails: a failing postStart kills the container (it restarts as if it crashed); a failing preStop means shutdown skips its drain.",
    actions: [
      "Run the hook's command by hand in the container (`kubectl exec POD -- CMD`) and read its exit message.",
      "Check the hook's binary exists in the image and finishes within terminationGracePeriodSeconds.",
    ],
    confirm: ["FailedPostStartHook / FailedPreStopHook events on the pod with the hook's error message."],
    ruleOut: ["The container exits on its own before the hook runs (its own logs show the error)."],
  },
];
