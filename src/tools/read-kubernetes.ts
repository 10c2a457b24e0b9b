import { z } from "zod";
import { isEnabled } from "../collectors/collector-access.js";
import { readKubernetes } from "../collectors/kubernetes-collector.js";
import { defineTool } from "./define-tool.js";
import { fitToBudget } from "./output-budget.js";

const ReadKubernetesInput = z.strictObject({
  /** get | describe (object, owners, node, events) | list (events of an object) | logs. Nothing else. */
  verb: z.string().min(1).max(40),
  /** pod, node, replicaset, deployment, statefulset, daemonset, job, or event (with list). Never a Secret. */
  kind: z.string().min(1).max(40),
  name: z.string().min(1).max(253),
  namespace: z.string().min(1).max(63).optional(),
  container: z.string().min(1).max(63).optional(),
  /** logs: the previous (crashed) container's log, the default. */
  previous: z.boolean().optional(),
  tailLines: z.number().int().min(1).max(500).optional(),
  /** Only the operator's API server is accepted; omit it to use that one. */
  endpoint: z.string().max(2_000).optional(),
});

export const readKubernetesTool = defineTool({
  name: "read_kubernetes",
  description:
    "Read-only Kubernetes API: describe a pod (status, last state, exit code, restarts, limits, owner chain, node conditions, events), get a node or workload, list an object's events, or read a container's log tail (previous=true by default). No writes, no exec, no Secrets.",
  input: ReadKubernetesInput,
  writes: false,
  available: (ctx) => isEnabled(ctx.collectors, "kubernetes"),
  async handler(input, ctx) {
    const access = ctx.collectors;
    if (!access || !isEnabled(access, "kubernetes"))
      return { status: "denied", reason: "Kubernetes is not configured by the operator (SENTRY_KUBERNETES)" };
    const result = await readKubernetes(access, input);
    if (result.status !== "ok") return result;
    return {
      status: "ok",
      output: fitToBudget("read_kubernetes", result.output, access.settings.outputChars),
    };
  },
});
