/** Where a fact is defined: the repository-relative file and 1-based line. */
export interface Located {
  file: string;
  line: number;
}

/** A service other containers can reach by name: a compose service or a Kubernetes Service. */
export interface ServiceFact extends Located {
  name: string;
  source: "compose" | "k8s";
  namespace?: string;
  /** Ports it listens on (compose: container side of `ports`/`expose`; k8s: `port`). */
  ports: number[];
  image?: string;
}

export type SettingSource =
  | "env-file"
  | "compose-env"
  | "k8s-env"
  | "configmap"
  | "helm-values"
  | "app-config"
  | "systemd"
  | "dockerfile";

/** One key = value a deploy file sets: an environment variable or a values leaf. */
export interface SettingFact extends Located {
  key: string;
  /** The dotted path of a leaf in a nested config (`redis.url`); the key is its last part. */
  path?: string;
  value: string;
  source: SettingSource;
}

/** A host port a compose service publishes. */
export interface PublishedPort extends Located {
  service: string;
  hostPort: number;
}

/** A file one deploy file says must exist (systemd EnvironmentFile=, compose env_file). */
export interface FileReference extends Located {
  path: string;
  optional: boolean;
}

/** An HTTP probe of a container: which kind, the path it asks for, and the line that names the path. */
export interface ProbeFact extends Located {
  probe: "readiness" | "liveness" | "startup";
  path: string;
}

/** What the repository's deploy files say, each fact with where it is defined. */
export interface Inventory {
  files: string[];
  services: ServiceFact[];
  settings: SettingFact[];
  published: PublishedPort[];
  fileRefs: FileReference[];
  probes: ProbeFact[];
}

export function emptyInventory(): Inventory {
  return { files: [], services: [], settings: [], published: [], fileRefs: [], probes: [] };
}
