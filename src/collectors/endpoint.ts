/**
 * Collectors reach only the endpoint the operator configured. A model (or a hostile alert it read) may name
 * an endpoint in its call; anything but the operator's own origin is refused. Loopback and private addresses
 * are allowed here only because the operator wrote them down, which is the explicit grant the URL policy's
 * private-range rule asks for.
 */
export type EndpointDecision = { ok: true; base: URL } | { ok: false; reason: string };

export function operatorEndpoint(
  collector: string,
  configured: string | undefined,
  requested: string | undefined,
): EndpointDecision {
  if (!configured) return { ok: false, reason: `${collector} is not configured by the operator` };
  const base = new URL(configured);
  if (requested === undefined) return { ok: true, base };
  let asked: URL;
  try {
    asked = new URL(requested);
  } catch {
    return { ok: false, reason: `endpoint ${JSON.stringify(requested.slice(0, 200))} is not a URL` };
  }
  if (asked.origin !== base.origin || asked.username !== "" || asked.password !== "")
    return {
      ok: false,
      reason: `endpoint ${asked.origin} is not the ${collector} endpoint the operator configured`,
    };
  return { ok: true, base };
}

/** The operator's base URL with an API path under it (a base of `http://h/prom` keeps its `/prom`). */
export function apiUrl(base: URL, path: string, params: Record<string, string> = {}): string {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  url.search = new URLSearchParams(params).toString();
  return url.href;
}
