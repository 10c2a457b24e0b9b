/**
 * The must-nots of the Kubernetes agreement rules, on the lines a patch adds: a targetPort fix rewrites only a
 * targetPort, a probe fix only a probe's port, a reference fix only the name (never made optional).
 */
export function k8sRuleRefusal(kind: string, addedLines: readonly string[]): string | undefined {
  if (kind === "service-targets-container" && !addedLines.every((l) => /^\s*(-\s*)?targetPort:/.test(l)))
    return "never change a Service's port or a container's port to make them agree; only its targetPort";
  if (kind === "probe-port-declared" && !addedLines.every((l) => /^\s*(-\s*)?port:/.test(l)))
    return "never remove a probe or change the container's port; only the probe's port";
  if (
    (kind === "object-name-defined" || kind === "object-key-defined") &&
    addedLines.some((l) => /\boptional:\s*true\b/.test(l))
  )
    return "never mark a ConfigMap or Secret reference optional: the pod would start without it";
  if (kind === "taint-tolerated" && addedLines.some((l) => /-\s*operator:\s*Exists\s*$/m.test(l)))
    return "never tolerate every taint";
  return undefined;
}
