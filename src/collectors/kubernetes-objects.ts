import { z } from "zod";

/**
 * The parts of Kubernetes objects a describe shows, as the API returns them (core/v1 Pod, Event, Node;
 * apps/v1 owners). Unknown fields are dropped; a field of the wrong type fails the parse, and the collector
 * says so rather than guessing.
 */
const Str = z.string().max(10_000);
const Time = z.string().max(64).nullish();

const OwnerSchema = z.object({ kind: Str, name: Str, controller: z.boolean().optional() });
export const MetadataSchema = z.object({
  name: Str,
  namespace: Str.optional(),
  ownerReferences: z.array(OwnerSchema).max(20).optional(),
  creationTimestamp: Time,
});

const StateSchema = z.object({
  waiting: z.object({ reason: Str.optional(), message: Str.optional() }).nullish(),
  running: z.object({ startedAt: Time }).nullish(),
  terminated: z
    .object({
      reason: Str.optional(),
      exitCode: z.number().int(),
      message: Str.optional(),
      startedAt: Time,
      finishedAt: Time,
    })
    .nullish(),
});

const ContainerStatusSchema = z.object({
  name: Str,
  ready: z.boolean().optional(),
  restartCount: z.number().int().min(0).default(0),
  state: StateSchema.nullish(),
  lastState: StateSchema.nullish(),
});

const ConditionSchema = z.object({
  type: Str,
  status: Str,
  reason: Str.optional(),
  message: Str.optional(),
  lastTransitionTime: Time,
});

const ResourcesSchema = z.object({
  limits: z.record(z.string(), Str).optional(),
  requests: z.record(z.string(), Str).optional(),
});

export const PodSchema = z.object({
  kind: z.literal("Pod").optional(),
  metadata: MetadataSchema,
  spec: z
    .object({
      nodeName: Str.optional(),
      containers: z.array(z.object({ name: Str, resources: ResourcesSchema.optional() })).max(50),
    })
    .optional(),
  status: z
    .object({
      phase: Str.optional(),
      reason: Str.optional(),
      message: Str.optional(),
      conditions: z.array(ConditionSchema).max(20).optional(),
      containerStatuses: z.array(ContainerStatusSchema).max(50).optional(),
      initContainerStatuses: z.array(ContainerStatusSchema).max(50).optional(),
    })
    .optional(),
});
export type Pod = z.infer<typeof PodSchema>;

const EventSchema = z.object({
  type: Str.optional(),
  reason: Str.optional(),
  message: Str.optional(),
  count: z.number().int().optional(),
  lastTimestamp: Time,
  eventTime: Time,
  involvedObject: z.object({ kind: Str.optional(), name: Str.optional() }).optional(),
});
export const EventListSchema = z.object({ items: z.array(EventSchema).max(5_000) });
export type KubeEvent = z.infer<typeof EventSchema>;

export const NodeSchema = z.object({
  metadata: MetadataSchema,
  status: z.object({ conditions: z.array(ConditionSchema).max(30).optional() }).optional(),
});
export type KubeNode = z.infer<typeof NodeSchema>;

/** ReplicaSet, Deployment, StatefulSet, DaemonSet, Job: only who owns them and their conditions matter here. */
export const WorkloadSchema = z.object({
  kind: Str.optional(),
  metadata: MetadataSchema,
  status: z.object({ conditions: z.array(ConditionSchema).max(20).optional() }).optional(),
});
export type Workload = z.infer<typeof WorkloadSchema>;

/** The API's own refusal (404, 403): its message, short. */
export const StatusSchema = z.object({
  kind: z.literal("Status"),
  message: Str.optional(),
  reason: Str.optional(),
});
