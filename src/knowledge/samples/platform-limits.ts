import type { Sample } from "./sample.js";

/** Real phrasings for the entries in patterns/platform-limits.ts. */
export const PLATFORM_LIMIT_SAMPLES: Record<string, Sample> = {
  "oom-php": {
    match: [
      "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/app/Report.php on line 88",
      "[07-Dec-2026 01:00:00 UTC] PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 14313983 bytes) in /app/vendor/laravel/framework/src/Illuminate/Support/Collection.php on line 1410",
    ],
    nearMiss: ["memory_limit = 512M", "PHP Warning:  Undefined variable $size in /app/report.php on line 12"],
    subject: "134217728",
  },
  "k8s-quota-exceeded": {
    match: [
      'Error creating: pods "api-5d8f7-abcde" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi',
      'Warning  FailedCreate  12s (x14 over 53s)  replicaset-controller  Error creating: pods "worker-7c9-x2k" is forbidden: exceeded quota: team-quota, requested: requests.cpu=500m, used: requests.cpu=3800m, limited: requests.cpu=4',
    ],
    nearMiss: [
      "resourcequota/compute-resources created",
      "Name: compute-resources  Resource  Used  Hard  limits.memory  7Gi  8Gi",
    ],
    subject: "compute-resources",
  },
  "es-circuit-breaker": {
    match: [
      '{"error":{"root_cause":[{"type":"circuit_breaking_exception","reason":"[parent] Data too large, data for [<http_request>] would be [1020054732/972.7mb], which is larger than the limit of [1020054732/972.7mb]"}],"status":429}',
      "org.elasticsearch.common.breaker.CircuitBreakingException: [fielddata] Data too large, data for [_id] would be [1.6gb], which is larger than the limit of [1.5gb]",
    ],
    nearMiss: [
      "[parent] circuit breaker limit set to 95% of heap",
      '"breakers":{"parent":{"limit_size":"972.7mb","estimated_size":"412.1mb","tripped":0}}',
    ],
    subject: "parent",
  },
  "rabbitmq-ack-timeout": {
    match: [
      "amqp.exceptions.PreconditionFailed: (0, 0): (406) PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more",
      "Shutdown Signal: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - delivery acknowledgement on channel 2 timed out. Timeout value used: 10000 ms. This timeout value can be configured, see consumers doc guide to learn more, class-id=0, method-id=0)",
    ],
    nearMiss: [
      "consumer_timeout = 3600000",
      "PRECONDITION_FAILED - inequivalent arg 'x-queue-type' for queue 'jobs' in vhost '/'",
    ],
    subject: "1800000",
  },
  "run-as-non-root-violation": {
    match: [
      'Warning  Failed  12s (x3 over 30s)  kubelet  Error: container has runAsNonRoot and image will run as root (pod: "api-5d8f7_shop(1234)", container: api)',
      'Error: container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root (pod: "web-1_default(99)", container: web)',
    ],
    nearMiss: ["securityContext: runAsNonRoot: true  runAsUser: 10001", "USER 10001"],
  },
  "hpa-missing-request": {
    match: [
      "Warning  FailedGetResourceMetric  2m (x8 over 4m)  horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container api of Pod api-5d8f7-abcde",
      'failed to get memory utilization: unable to get metrics for resource memory: missing request for memory in container "istio-proxy" of Pod "web-6b7-q9z"',
    ],
    nearMiss: [
      "horizontal-pod-autoscaler  New size: 4; reason: cpu resource utilization (percentage of request) above target",
      "resources: requests: cpu: 250m memory: 256Mi",
    ],
    subject: "cpu",
  },
};
