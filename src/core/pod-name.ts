/** A pod's workload: the name without the ReplicaSet hash and pod suffix (`api-7c9d5b8f4-x2x9q` → `api`). */
export function podBase(pod: string): string {
  const deployment = /^(.+)-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(pod);
  if (deployment?.[1]) return deployment[1];
  const owned = /^(.+)-(?=[a-z]*\d)[a-z0-9]{5}$/.exec(pod);
  if (owned?.[1]) return owned[1];
  return pod.replace(/-\d+$/, "");
}
