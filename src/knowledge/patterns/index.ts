import type { FailurePattern } from "../failure-pattern.js";
import { ACCESS_STATE_PATTERNS } from "./access-state.js";
import { APP_SERVER_PATTERNS } from "./app-servers.js";
import { APP_WIRING_PATTERNS } from "./app-wiring.js";
import { APPLICATION_PATTERNS } from "./application.js";
import { CACHE_BROKER_PATTERNS } from "./caches-brokers.js";
import { CLUSTER_OPERATION_PATTERNS } from "./cluster-operations.js";
import { CONFIG_DEPLOY_PATTERNS } from "./config-deploy.js";
import { COORDINATION_PATTERNS } from "./coordination.js";
import { CREDENTIAL_PATTERNS } from "./credentials.js";
import { DATA_PATH_PATTERNS } from "./data-paths.js";
import { DATASTORE_PATTERNS } from "./datastores.js";
import { HOST_KERNEL_PATTERNS } from "./host-kernel.js";
import { HOST_PRESSURE_PATTERNS } from "./host-pressure.js";
import { IMAGE_PATTERNS } from "./kubernetes-images.js";
import { PLACEMENT_PATTERNS } from "./kubernetes-placement.js";
import { PROBE_PATTERNS } from "./kubernetes-probes.js";
import { ROLLOUT_PATTERNS } from "./kubernetes-rollouts.js";
import { WORKLOAD_PATTERNS } from "./kubernetes-workloads.js";
import { NETWORK_PATTERNS } from "./network.js";
import { NETWORK_KIND_PATTERNS } from "./network-kinds.js";
import { HEROKU_PATTERNS } from "./paas-heroku.js";
import { PLATFORM_DAEMON_PATTERNS } from "./platform-daemons.js";
import { PLATFORM_LIMIT_PATTERNS } from "./platform-limits.js";
import { PROTOCOL_MISMATCH_PATTERNS } from "./protocol-mismatch.js";
import { RESOURCE_PATTERNS } from "./resources.js";
import { RUNTIME_ERROR_PATTERNS } from "./runtime-errors.js";
import { RUNTIME_MEMORY_PATTERNS } from "./runtime-memory.js";
import { SCHEMA_MIGRATION_PATTERNS } from "./schema-migrations.js";
import { SERVERLESS_PATTERNS } from "./serverless.js";
import { SERVICE_CONFIG_PATTERNS } from "./service-config.js";
import { SERVICE_QUOTA_PATTERNS } from "./service-quotas.js";
import { STORE_SETTING_PATTERNS } from "./store-settings.js";
import { UPSTREAM_RESPONSE_PATTERNS } from "./upstream-responses.js";

/** The whole table, most causal first (a stable order makes ties predictable). */
export const FAILURE_PATTERNS: readonly FailurePattern[] = [
  ...PLACEMENT_PATTERNS,
  ...IMAGE_PATTERNS,
  ...PROBE_PATTERNS,
  ...ROLLOUT_PATTERNS,
  ...WORKLOAD_PATTERNS,
  ...RESOURCE_PATTERNS,
  ...RUNTIME_MEMORY_PATTERNS,
  ...NETWORK_PATTERNS,
  ...UPSTREAM_RESPONSE_PATTERNS,
  ...NETWORK_KIND_PATTERNS,
  ...DATASTORE_PATTERNS,
  ...CACHE_BROKER_PATTERNS,
  ...COORDINATION_PATTERNS,
  ...RUNTIME_ERROR_PATTERNS,
  ...CONFIG_DEPLOY_PATTERNS,
  ...APPLICATION_PATTERNS,
  ...ACCESS_STATE_PATTERNS,
  ...PLATFORM_LIMIT_PATTERNS,
  ...SERVICE_CONFIG_PATTERNS,
  ...HEROKU_PATTERNS,
  ...APP_SERVER_PATTERNS,
  ...DATA_PATH_PATTERNS,
  ...SERVICE_QUOTA_PATTERNS,
  ...HOST_KERNEL_PATTERNS,
  ...SERVERLESS_PATTERNS,
  ...SCHEMA_MIGRATION_PATTERNS,
  ...PROTOCOL_MISMATCH_PATTERNS,
  ...CREDENTIAL_PATTERNS,
  ...STORE_SETTING_PATTERNS,
  ...PLATFORM_DAEMON_PATTERNS,
  ...APP_WIRING_PATTERNS,
  ...CLUSTER_OPERATION_PATTERNS,
  ...HOST_PRESSURE_PATTERNS,
].sort((a, b) => a.rank - b.rank);

export function patternById(id: string): FailurePattern | undefined {
  return FAILURE_PATTERNS.find((s) => s.id === id);
}
