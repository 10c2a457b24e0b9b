import { z } from "zod";

/**
 * Evidence collectors (Prometheus, Kubernetes, Loki, Elasticsearch, journald): which endpoints the read-only
 * collector tools may reach, with which credentials, over which window. Endpoints and credentials are the
 * operator's alone; a repository's `.github/sentry.yml` may only switch collectors off or tighten the limits
 * (`narrowCollectors`). Credentials are named by environment variable, never written in a file.
 */

const EndpointSchema = z
  .url({ protocol: /^https?$/ })
  .refine((url) => !/@/.test(new URL(url).host) && new URL(url).username === "", {
    message: "an endpoint may not carry credentials: name an environment variable instead",
  });
const EnvNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name");

const HttpCollectorFileSchema = z.strictObject({
  url: EndpointSchema.optional(),
  /** The environment variable holding a bearer token, never the token itself. */
  tokenEnv: EnvNameSchema.optional(),
  enabled: z.boolean().optional(),
});

const ElasticsearchFileSchema = HttpCollectorFileSchema.extend({
  /** Index or pattern searched (`logs-*`). */
  index: z
    .string()
    .regex(/^[\w.*,-]+$/)
    .optional(),
  usernameEnv: EnvNameSchema.optional(),
  passwordEnv: EnvNameSchema.optional(),
});

const KubernetesFileSchema = z.strictObject({
  /** A kubeconfig file, or `in-cluster` for the pod's service account. */
  source: z.string().min(1).optional(),
  context: z.string().min(1).optional(),
  enabled: z.boolean().optional(),
});

const JournaldFileSchema = z.strictObject({ enabled: z.boolean().optional() });

/** As written in a config file: every key optional, so narrowing can tell what a repository asked for. */
export const CollectorsFileSchema = z.strictObject({
  prometheus: HttpCollectorFileSchema.optional(),
  kubernetes: KubernetesFileSchema.optional(),
  loki: HttpCollectorFileSchema.optional(),
  elasticsearch: ElasticsearchFileSchema.optional(),
  journald: JournaldFileSchema.optional(),
  /** The window queried around the alert's start. */
  beforeMinutes: z.number().positive().max(1440).optional(),
  afterMinutes: z.number().min(0).max(1440).optional(),
  /** Per request: an endpoint that does not answer in time is cut. */
  timeoutSeconds: z.number().positive().max(120).optional(),
  /** Per response: a larger answer is cut before it is parsed. */
  maxResponseBytes: z.number().int().positive().max(50_000_000).optional(),
  /** Per call: what the agent is shown (characters). */
  outputChars: z.number().int().min(500).max(16_000).optional(),
});
export type CollectorsFile = z.infer<typeof CollectorsFileSchema>;

export interface HttpCollector {
  url?: string;
  tokenEnv?: string;
  enabled: boolean;
}

export interface CollectorSettings {
  prometheus: HttpCollector;
  kubernetes: { source?: string; context?: string; enabled: boolean };
  loki: HttpCollector;
  elasticsearch: HttpCollector & { index: string; usernameEnv?: string; passwordEnv?: string };
  journald: { enabled: boolean };
  beforeMinutes: number;
  afterMinutes: number;
  timeoutSeconds: number;
  maxResponseBytes: number;
  outputChars: number;
}

export type CollectorName = "prometheus" | "kubernetes" | "loki" | "elasticsearch" | "journald";

const DEFAULTS = {
  beforeMinutes: 30,
  afterMinutes: 5,
  timeoutSeconds: 10,
  maxResponseBytes: 2_000_000,
  outputChars: 6_000,
};

/** `value` without its undefined entries: a key that may be undefined becomes an optional key. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

/** The operator's file (and environment, merged by the door) with every default filled in. */
export function collectorSettings(file: CollectorsFile = {}): CollectorSettings {
  const http = (c: z.infer<typeof HttpCollectorFileSchema> | undefined): HttpCollector =>
    defined({ url: c?.url, tokenEnv: c?.tokenEnv, enabled: c?.enabled ?? c?.url !== undefined });
  return {
    prometheus: http(file.prometheus),
    kubernetes: defined({
      source: file.kubernetes?.source,
      context: file.kubernetes?.context,
      enabled: file.kubernetes?.enabled ?? file.kubernetes?.source !== undefined,
    }),
    loki: http(file.loki),
    elasticsearch: defined({
      ...http(file.elasticsearch),
      index: file.elasticsearch?.index ?? "*",
      usernameEnv: file.elasticsearch?.usernameEnv,
      passwordEnv: file.elasticsearch?.passwordEnv,
    }),
    journald: { enabled: file.journald?.enabled ?? false },
    beforeMinutes: file.beforeMinutes ?? DEFAULTS.beforeMinutes,
    afterMinutes: file.afterMinutes ?? DEFAULTS.afterMinutes,
    timeoutSeconds: file.timeoutSeconds ?? DEFAULTS.timeoutSeconds,
    maxResponseBytes: file.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
    outputChars: file.outputChars ?? DEFAULTS.outputChars,
  };
}

/** One file over another, collector by collector (the environment over the operator's file). */
export function mergeCollectorsFiles(base: CollectorsFile | undefined, over: CollectorsFile): CollectorsFile {
  const out: Record<string, unknown> = { ...(base ?? {}) };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] =
      value && typeof value === "object" && prior && typeof prior === "object"
        ? { ...prior, ...value }
        : value;
  }
  return out as CollectorsFile;
}

const GRANTS = ["url", "tokenEnv", "usernameEnv", "passwordEnv", "index", "source", "context"] as const;
const LIMITS = [
  "beforeMinutes",
  "afterMinutes",
  "timeoutSeconds",
  "maxResponseBytes",
  "outputChars",
] as const;
const NAMES: CollectorName[] = ["prometheus", "kubernetes", "loki", "elasticsearch", "journald"];

/**
 * A repository's `collectors:` applied to the operator's: it may switch a collector off and tighten each
 * limit; an endpoint, credential, index or kubeconfig it names is ignored (and said), since a repository
 * that could choose where collectors connect could point them at any host the runner can reach.
 */
export function narrowCollectors(
  operator: CollectorSettings,
  repo: CollectorsFile | undefined,
  ignored: string[],
): CollectorSettings {
  if (!repo) return operator;
  const out: CollectorSettings = structuredClone(operator);
  for (const name of NAMES) {
    const asked = repo[name] as Record<string, unknown> | undefined;
    if (!asked) continue;
    for (const key of GRANTS) {
      const value = asked[key];
      const own = (operator[name] as Record<string, unknown>)[key];
      if (value !== undefined && value !== own)
        ignored.push(
          `collectors.${name}.${key} ignored: collector endpoints and credentials come from the operator`,
        );
    }
    if (asked.enabled === false) out[name].enabled = false;
    else if (asked.enabled === true && !operator[name].enabled)
      ignored.push(`collectors.${name}.enabled ignored: the operator has not enabled ${name}`);
  }
  for (const key of LIMITS) {
    const value = repo[key];
    if (value === undefined) continue;
    if (value <= operator[key]) out[key] = value;
    else ignored.push(`collectors.${key}: ${value} ignored: the operator's ${operator[key]} is stricter`);
  }
  return out;
}
