import { ACCESS_STATE_SAMPLES } from "./access-state.js";
import { APP_SERVER_SAMPLES } from "./app-servers.js";
import { COORDINATION_SAMPLES } from "./coordination.js";
import { CREDENTIAL_SAMPLES } from "./credentials.js";
import { DATA_PATH_QUOTA_SAMPLES } from "./data-paths-quotas.js";
import { HOST_KERNEL_SAMPLES } from "./host-kernel.js";
import { HOST_RUNTIME_SAMPLES } from "./hosts-runtimes.js";
import { KUBERNETES_SAMPLES } from "./kubernetes.js";
import { KUBERNETES_ROLLOUT_SAMPLES } from "./kubernetes-rollouts.js";
import { NETWORK_DATA_SAMPLES } from "./network-data.js";
import { PAAS_SAMPLES } from "./paas.js";
import { PLATFORM_LIMIT_SAMPLES } from "./platform-limits.js";
import { PLATFORM_MIGRATION_SAMPLES } from "./platforms-migrations.js";
import { RUNTIME_ERROR_SAMPLES } from "./runtime-errors.js";
import type { Sample } from "./sample.js";
import { SERVICE_CONFIG_SAMPLES } from "./service-config.js";
import { STORE_APP_SAMPLES } from "./stores-apps.js";

export type { Sample } from "./sample.js";

/** Real phrasings for every knowledge-base entry, by pattern id (see sample.ts). */
export const SAMPLES: Record<string, Sample> = {
  ...KUBERNETES_SAMPLES,
  ...KUBERNETES_ROLLOUT_SAMPLES,
  ...HOST_RUNTIME_SAMPLES,
  ...NETWORK_DATA_SAMPLES,
  ...STORE_APP_SAMPLES,
  ...RUNTIME_ERROR_SAMPLES,
  ...ACCESS_STATE_SAMPLES,
  ...PLATFORM_LIMIT_SAMPLES,
  ...SERVICE_CONFIG_SAMPLES,
  ...PAAS_SAMPLES,
  ...APP_SERVER_SAMPLES,
  ...DATA_PATH_QUOTA_SAMPLES,
  ...HOST_KERNEL_SAMPLES,
  ...PLATFORM_MIGRATION_SAMPLES,
  ...CREDENTIAL_SAMPLES,
  ...COORDINATION_SAMPLES,
};
