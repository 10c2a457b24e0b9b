/**
 * The read-only rule every collector applies before it sends anything: a verb that is not a read, and any
 * request that names a Secret (the object, or kube-state-metrics' series about Secrets), is refused with a
 * reason the audit log records. Collectors build their own requests from fixed paths, so these checks are
 * about what an agent asks for, not a filter on arbitrary URLs.
 */
export type ReadOnlyDecision = { ok: true } | { ok: false; reason: string };

export function readOnlyVerb(
  collector: string,
  verb: string | undefined,
  allowed: readonly string[],
): ReadOnlyDecision {
  if (verb === undefined || allowed.includes(verb)) return { ok: true };
  return {
    ok: false,
    reason: `verb ${JSON.stringify(verb.slice(0, 40))} is refused: the ${collector} collector only reads (${allowed.join(", ")})`,
  };
}

const SECRET_KIND = /^secrets?$/i;
const SECRET_SERIES = /\bkube_secret_\w*/;

export function namesSecret(kind: string | undefined, text?: string): ReadOnlyDecision {
  if (kind !== undefined && SECRET_KIND.test(kind.trim()))
    return { ok: false, reason: "Secrets are never read by a collector" };
  if (text !== undefined && SECRET_SERIES.test(text))
    return { ok: false, reason: "Secrets are never read by a collector, not even their metadata series" };
  return { ok: true };
}
