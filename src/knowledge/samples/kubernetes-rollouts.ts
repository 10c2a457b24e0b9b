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
      "Resource handler returned message: \"Error occurred during operation 'ECS Deployment Circuit Breaker was triggered'.\" (RequestToken: abc, HandlerErrorCode: GeneralServiceException)",
      "(service api-svc) deployment ecs-svc/2871603548183441 deployment failed: tasks failed to start.",
      '{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet \\"api-6f7d8c9b5\\" has timed out progressing."}',
    ],
    nearMiss: [
      "  Progressing    True    NewReplicaSetAvailable",
      'deployment "api" successfully rolled out',
      "progressDeadlineSeconds: 600",
    ],
  },
  "service-no-endpoints": {
    match: [
      'W1207 10:00:00.000000       7 controller.go:1112] Service "shop/cart" does not have any active Endpoint.',
      'Error from server (ServiceUnavailable): no endpoints available for service "api"',
      "no healthy upstream",
      '[2026-12-07T10:00:00.000Z] "GET /v1/users HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "10.1.0.5" "okhttp/4.12" "c1" "users.prod.svc.cluster.local:8080" "-" outbound|8080||users.prod.svc.cluster.local - 10.96.2.2:8080 10.1.0.5:41234 - default',
    ],
    nearMiss: [
      'I1207 10:00:00.000000       7 controller.go:190] "Backend successfully reloaded"',
      "Endpoints: 10.244.1.9:8080,10.244.2.4:8080",
    ],
    subject: "shop/cart",
    belowCount: true,
  },
  "hpa-metrics-unavailable": {
    match: [
      "Warning  FailedGetResourceMetric  2m (x41 over 12m)  horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)",
      "failed to get memory utilization: unable to get metrics for resource memory: no metrics returned from resource metrics API",
      "unable to get external metric prod/sqs_queue_depth/&LabelSelector{MatchLabels:map[string]string{queue: orders,},}: unable to fetch metrics from external metrics API: the server is currently unable to handle the request",
    ],
    nearMiss: [
      'failed to get cpu utilization: missing request for cpu in container "istio-proxy" of Pod "api-6f7d8c9b5-x2x9z"',
      "Normal  SuccessfulRescale  2m  horizontal-pod-autoscaler  New size: 6; reason: cpu resource utilization (percentage of request) above target",
    ],
    belowCount: true,
  },
  "coredns-forward-loop": {
    match: [
      '[FATAL] plugin/loop: Loop (127.0.0.1:55953 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."',
      '[FATAL] plugin/loop: Loop ([::1]:40125 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting.',
    ],
    nearMiss: [
      "[INFO] plugin/reload: Running configuration SHA512 = 3d3f6363f05ccd60e0f885f0eca6c5ff",
      "    loop",
    ],
  },
  "pdb-blocks-eviction": {
    match: [
      'error when evicting pods/"api-7d9c6b7f4-2xkqv" -n "prod" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
      "Cannot evict pod as it would violate the pod's disruption budget.",
    ],
    nearMiss: ["evicting pod prod/api-7d9c6b7f4-2xkqv", "pod/api-7d9c6b7f4-2xkqv evicted"],
    belowCount: true,
  },
  "container-mount-type-mismatch": {
    match: [
      'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/1a/volume-subpaths/config/app/0" to rootfs at "/app/config.yaml": mount /var/lib/kubelet/pods/1a/volume-subpaths/config/app/0:/app/config.yaml (via /proc/self/fd/6), flags: 0x5001: not a directory: unknown',
      'docker: Error response from daemon: failed to create task for container: OCI runtime create failed: error mounting "/srv/app.conf" to rootfs at "/etc/app": not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type.',
    ],
    nearMiss: [
      'Mounting "/var/lib/kubelet/pods/1a/volumes/config" to "/app/config"',
      "cat: /app/config: Is a directory",
    ],
    subject: "/app/config.yaml",
  },
};
