import type { FailurePattern } from "../failure-pattern.js";
import { IMAGE_ARCH, IMAGE_REF } from "./locators-kubernetes.js";

/** A new version that does not get in: refused at admission, built for the wrong platform, or never Ready. */
export const ROLLOUT_PATTERNS: FailurePattern[] = [
  {
    id: "admission-denied",
    title: "Admission refused the object: a policy or PodSecurity denies it",
    category: "configuration",
    severity: "P2",
    rank: 8,
    keywords: ["denied the request", "violates podsecurity", "[denied by"],
    matchers: [
      /admission webhook "(?<subject>[^"]+)" denied the request/,
      /\[denied by (?<subject>[\w.-]+)\]/,
      /violates PodSecurity "(?<subject>[\w:.-]+)"/,
    ],
    sources: [
      'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/errors/statuserror.go ("admission webhook %q denied the request: %s")',
      'open-policy-agent/gatekeeper pkg/webhook/policy.go ("[%s] %s" with "denied by %s")',
      'kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/admission.go ("violates PodSecurity %q: %s")',
    ],
    subjectKind: "service",
    fixability: 0.1,
    cause:
      "The API server refuses to create the object because an admission policy (a Kyverno or Gatekeeper rule, another validating webhook, the namespace's PodSecurity level) rejects it: the deploy never reaches the cluster, or a controller keeps failing to create its pods, so the old version keeps running or nothing runs.",
    actions: [
      "Read the rule and the field the denial names, and change the manifest to satisfy it (requests and limits, securityContext, required labels, allowed registries).",
      "For a ReplicaSet that cannot create pods, `kubectl describe rs` shows FailedCreate with the same denial.",
    ],
    confirm: ["`kubectl apply --dry-run=server -f FILE` returns the same denial."],
    ruleOut: [
      "The webhook times out or is unreachable (`failed calling webhook`): the policy engine is down, not the object wrong.",
    ],
  },
  {
    id: "image-platform-missing",
    title: "Image has no build for the node's platform (architecture)",
    category: "image_pull",
    severity: "P2",
    rank: 5,
    keywords: ["no match for platform in manifest", "does not match the detected host platform"],
    matchers: [
      /no match for platform in manifest/,
      /image's platform \((?<subject>[\w/.-]+)\) does not match the detected host platform/,
    ],
    sources: [
      'containerd/containerd images/image.go and remotes/docker (errdefs.NotFound "no match for platform in manifest")',
      'docker/cli cli/command/container/create.go ("WARNING: The requested image\'s platform (%s) does not match the detected host platform (%s) and no specific platform was requested")',
    ],
    subjectKind: "service",
    fixability: 0.2,
    cause:
      "The image (or its manifest list) has no variant for the node's OS and CPU architecture, so the runtime cannot pull or run it: an image built on an arm64 laptop for amd64 nodes, or the reverse, or an arm64 node pool added for images published for one platform only.",
    actions: [
      "List the image's platforms: `docker buildx imagetools inspect IMAGE` or `crane manifest IMAGE`.",
      "Build and push a multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64 --push`), or pin the pods to nodes of the built architecture (nodeSelector kubernetes.io/arch).",
    ],
    confirm: [
      "The manifest list lacks the architecture `kubectl get node NODE -o jsonpath='{.status.nodeInfo.architecture}'` shows.",
    ],
    ruleOut: [
      "The manifest lists the node's platform: the pull fails for another reason (tag, credentials).",
    ],
    repo: [...IMAGE_ARCH, ...IMAGE_REF],
  },
  {
    id: "rollout-stuck",
    title: "Rollout stuck: the new version's pods or tasks never became available",
    category: "crash",
    severity: "P2",
    rank: 70,
    keywords: [
      "progressdeadlineexceeded",
      "exceeded its progress deadline",
      "deployment circuit breaker was triggered",
      "deployment failed: tasks failed to start",
    ],
    matchers: [
      /exceeded its progress deadline/,
      /\bProgressDeadlineExceeded\b/,
      // Amazon ECS: the deployment circuit breaker rolls the service back when new tasks keep failing.
      /ECS Deployment Circuit Breaker was triggered/,
      /deployment [\w/-]+ deployment failed: tasks failed to start/,
    ],
    fields: [
      {
        kind: "k8s-condition",
        fields: { type: /^Progressing$/, status: /^False$/, reason: /^ProgressDeadlineExceeded$/ },
      },
    ],
    sources: [
      'kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go (TimedOutReason = "ProgressDeadlineExceeded", "ReplicaSet %q has timed out progressing.")',
      'kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go ("deployment %q exceeded its progress deadline")',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html (service event "deployment failed: tasks failed to start"; CloudFormation "ECS Deployment Circuit Breaker was triggered")',
    ],
    fixability: 0.1,
    consequenceOf: [
      "crash-loop",
      "probe-readiness-failed",
      "probe-liveness-failed",
      "image-pull-backoff",
      "image-not-found",
      "image-pull-unauthorized",
      "image-platform-missing",
      "sched-insufficient-resources",
      "sched-selector-affinity",
      "sched-taints",
      "admission-denied",
      "container-config-error",
      "container-start-error",
      "oom-container",
    ],
    cause:
      "The Deployment's new ReplicaSet did not bring its pods to Available within progressDeadlineSeconds: the new version crashes, fails its readiness probe, cannot pull its image or cannot be scheduled. The old pods keep serving, so users may see nothing yet, but the release is not out and capacity is short.",
    actions: [
      "`kubectl rollout status deploy/NAME` and `kubectl get pods -l APP_LABEL` to see which new pods are not Ready and why (describe one: events, last state).",
      "Roll back if the new version is at fault (`kubectl rollout undo deploy/NAME`), then fix it before the next rollout.",
    ],
    confirm: ["The newest ReplicaSet has fewer ready replicas than desired and its pods are not Ready."],
    ruleOut: ["Progressing is True with NewReplicaSetAvailable: the rollout finished."],
  },
];
