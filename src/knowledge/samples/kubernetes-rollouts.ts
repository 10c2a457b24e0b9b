import type { Sample } from "./sample.js";

export const KUBERNETES_ROLLOUT_SAMPLES: Record<string, Sample> = {
  "admission-denied": {
    match: [
      'Error from server: error when creating "deploy.yaml": admission webhook "validate.kyverno.svc-fail" denied the request:',
      'Warning  FailedCreate  2m  replicaset-controller  Error creating: admission webhook "validation.gatekeeper.sh" denied the request: [denied by k8srequiredlabels] you must provide labels: {"team"}',
      'Error creating: pods "api-6f7d8c9b5-x2x9z" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "api" must set securityContext.allowPrivilegeEscalation=false)',
    ],
    nearMiss: [
      'Warning: would violate PodSecurity "restricted:latest": runAsNonRoot != true',
      'Error from server (InternalError): Internal error occurred: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: context deadline exceeded',
    ],
    subject: "validate.kyverno.svc-fail",
  },
  "image-platform-missing": {
    match: [
      'Failed to pull image "registry.acme.io/worker:7.0.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.acme.io/worker:7.0.1": no match for platform in manifest: not found',
      "WARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested",
    ],
    nearMiss: [
      'Successfully pulled image "registry.acme.io/worker:7.0.1" in 2.1s (platform linux/amd64)',
      "docker buildx build --platform linux/amd64,linux/arm64 --push -t registry.acme.io/worker:7.0.1 .",
    ],
  },
  "rollout-stuck": {
    match: [
      'error: deployment "api" exceeded its progress deadline',
      "  Progressing    False   ProgressDeadlineExceeded",
      '{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet \\"api-6f7d8c9b5\\" has timed out progressing."}',
    ],
    nearMiss: [
      "  Progressing    True    NewReplicaSetAvailable",
      'deployment "api" successfully rolled out',
      "progressDeadlineSeconds: 600",
    ],
  },
};
