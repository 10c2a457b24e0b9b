/**
 * The must-nots of the Kubernetes port rules, on the lines a patch adds: a targetPort fix rewrites only a
 * targetPort, a probe fix only a probe's port; the Service's own port, a containerPort, or a probe taken out
 * are refused whatever proposed them.
 */
export function portRuleRefusal(kind: string, addedLines: readonly string[]): string | undefined {
  if (kind === "service-targets-container" && !addedLines.every((l) => /^\s*(-\s*)?targetPort:/.test(l)))
    return "never change a Service's port or a container's port to make them agree; only its targetPort";
  if (kind === "probe-port-declared" && !addedLines.every((l) => /^\s*(-\s*)?port:/.test(l)))
    return "never remove a probe or change the container's port; only the probe's port";
  return undefined;
}
