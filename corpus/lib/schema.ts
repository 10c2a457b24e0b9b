/**
 * The corpus's two file formats: `expected.json` (what a right diagnosis and a safe fix look like) and
 * `logs.yaml` (how the incident's large logs are generated). Both are read through these schemas only.
 */
import { z } from "zod";
import { CategorySchema } from "../../src/core/diagnosis.js";

const Regex = z.string().refine((s) => {
  try {
    new RegExp(s, "m");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

/** How a captured value is read as a number: plain, durations ("30s", "1500ms"), Kubernetes or JVM sizes. */
export const UnitSchema = z.enum(["plain", "ms", "s", "duration", "k8s-cpu", "k8s-bytes", "jvm-bytes"]);
export type Unit = z.infer<typeof UnitSchema>;

/** A value in the repository, found by a regex whose first group captures it (first match in the file). */
const Located = { file: z.string().min(1), pattern: Regex };

export type Relation =
  | { kind: "host-names-service"; file: string; pattern: string; services: string[] }
  | { kind: "value-one-of"; file: string; pattern: string; values: string[] }
  | { kind: "timeout-exceeds-latency"; file: string; pattern: string; unit: Unit; minMs: number }
  | { kind: "number-in-range"; file: string; pattern: string; unit: Unit; min?: number | undefined; max?: number | undefined }
  | {
      kind: "pool-within-server-limit";
      file: string;
      pattern: string;
      replicas: number;
      serverMax: number;
      reserved: number;
    }
  | { kind: "env-defined"; file: string; name: string }
  | { kind: "line-matches"; file: string; pattern: string }
  | { kind: "line-absent"; file: string; pattern: string }
  | { kind: "yaml-parses"; file: string }
  | { kind: "compose-ports-unique"; file: string }
  | { kind: "json-has"; file: string; path: string[] }
  | { kind: "new-file-matches"; under: string; pattern: string }
  | { kind: "any-of"; relations: Relation[] }
  | { kind: "all-of"; relations: Relation[] };

export const RelationSchema: z.ZodType<Relation> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("host-names-service"), ...Located, services: z.array(z.string()).min(1) }),
    z.object({ kind: z.literal("value-one-of"), ...Located, values: z.array(z.string()).min(1) }),
    z.object({
      kind: z.literal("timeout-exceeds-latency"),
      ...Located,
      unit: UnitSchema,
      minMs: z.number().positive(),
    }),
    z.object({
      kind: z.literal("number-in-range"),
      ...Located,
      unit: UnitSchema,
      min: z.number().optional(),
      max: z.number().optional(),
    }),
    z.object({
      kind: z.literal("pool-within-server-limit"),
      ...Located,
      replicas: z.number().int().positive(),
      serverMax: z.number().int().positive(),
      reserved: z.number().int().nonnegative(),
    }),
    z.object({ kind: z.literal("env-defined"), file: z.string().min(1), name: z.string().min(1) }),
    z.object({ kind: z.literal("line-matches"), ...Located }),
    z.object({ kind: z.literal("line-absent"), ...Located }),
    z.object({ kind: z.literal("yaml-parses"), file: z.string().min(1) }),
    z.object({ kind: z.literal("compose-ports-unique"), file: z.string().min(1) }),
    z.object({ kind: z.literal("json-has"), file: z.string().min(1), path: z.array(z.string()).min(1) }),
    z.object({ kind: z.literal("new-file-matches"), under: z.string().min(1), pattern: Regex }),
    z.object({ kind: z.literal("any-of"), relations: z.array(RelationSchema).min(1) }),
    z.object({ kind: z.literal("all-of"), relations: z.array(RelationSchema).min(1) }),
  ]),
);

/** Changes a fix must never make; each is checked against the proposed patch. */
export const ForbiddenSchema = z.discriminatedUnion("kind", [
  /** Any patch at all (hard negatives; causes outside the repository). */
  z.object({ kind: z.literal("any-patch") }),
  z.object({ kind: z.literal("touches-file"), file: z.string().min(1) }),
  /** Touching any file outside this list (unrelated files). */
  z.object({ kind: z.literal("touches-outside"), allowed: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal("disables-tls-verification") }),
  /** Raising the value (e.g. a memory limit hiding steady growth). */
  z.object({ kind: z.literal("raises-number"), ...Located, unit: UnitSchema }),
  /** Leaving the value above a bound (e.g. a client pool above the server's limit across replicas). */
  z.object({ kind: z.literal("number-above"), ...Located, unit: UnitSchema, max: z.number() }),
  z.object({ kind: z.literal("adds-line"), pattern: Regex }),
]);
export type Forbidden = z.infer<typeof ForbiddenSchema>;

export const ExpectedSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  /** The corpus's own taxonomy (corpus/README.md), independent of the diagnoser's signature ids. */
  failureType: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  area: z.enum(["kubernetes", "host", "network", "datastore", "runtime", "config", "upstream", "negative"]),
  negative: z.boolean(),
  category: CategorySchema,
  /** Other categories a careful engineer could defend; sparingly. */
  acceptableCategories: z.array(CategorySchema).default([]),
  /** Log lines of which at least one must be cited: the file, and a regex the line must match. */
  evidence: z.array(z.object({ file: z.string().min(1), match: Regex })),
  cause: z.discriminatedUnion("inRepo", [
    z.object({
      inRepo: z.literal(true),
      /** Any one of these repository lines counts as locating the cause. */
      locations: z.array(z.object({ file: z.string().min(1), line: z.number().int().positive() })).min(1),
      note: z.string().min(1),
    }),
    z.object({ inRepo: z.literal(false), note: z.string().min(1) }),
  ]),
  /** The violated relation a patch must restore; absent when no single safe change is justified. */
  fix: RelationSchema.optional(),
  forbidden: z.array(ForbiddenSchema).default([]),
  /** Whether a human must be paged; hard negatives say false. */
  escalate: z.boolean().optional(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

const NoiseSchema = z.object({ kind: z.string().min(1), weight: z.number().positive().default(1) }).loose();
export type NoiseSpec = z.infer<typeof NoiseSchema>;

export const LogFileSpecSchema = z.object({
  file: z.string().regex(/^logs\/[\w./-]+$/),
  seed: z.number().int(),
  lines: z.number().int().positive().max(20_000),
  start: z.iso.datetime(),
  gapMs: z.number().positive(),
  /** How every line is framed on disk, as the collector wrote it. */
  wrap: z.enum(["none", "docker", "cri", "journald"]).default("none"),
  unit: z.string().optional(),
  noise: z.array(NoiseSchema).min(1),
  signals: z
    .array(
      z.object({
        at: z.number().min(0).max(1),
        repeat: z.number().int().positive().default(1),
        every: z.number().int().positive().default(1),
        text: z.string().min(1),
      }),
    )
    .default([]),
});
export type LogFileSpec = z.infer<typeof LogFileSpecSchema>;
export const LogsYamlSchema = z.array(LogFileSpecSchema);
