import { firstLabel, hostsIn, imagePort, LOOPBACK, namespaceOf, replaceHost, sameHost } from "./hosts.js";
import { type CitedLine, lineAt, nearName, type Resolution } from "./resolution.js";
import type { Inventory, ServiceFact, SettingFact } from "./types.js";

type ContentOf = (file: string) => string | undefined;

/** Settings that can point a client at a host (values leaves included: charts pass them on as env). */
function namesHost(setting: SettingFact, test: (host: string, port?: number) => boolean): boolean {
  return hostsIn(setting.value).some((h) => test(h.host, h.port));
}

export function cite(setting: SettingFact, contentOf: ContentOf): CitedLine | undefined {
  const text = lineAt(contentOf(setting.file) ?? "", setting.line);
  return text === undefined ? undefined : { file: setting.file, line: setting.line, text };
}

function isService(host: string, services: readonly ServiceFact[]): boolean {
  const label = firstLabel(host);
  const ns = namespaceOf(host);
  return services.some(
    (s) => (s.name === host || s.name === label) && (!ns || !s.namespace || s.namespace === ns),
  );
}

/** Words that name a kind of server, each with the word every other spelling of it is read as. */
const SERVER_WORDS: [RegExp, string][] = [
  [/^(db|database|postgres|postgresql|pg|pgsql|mysql|mariadb)$/, "db"],
  [/^(mongo|mongodb)$/, "mongo"],
  [/^(mq|amqp|rabbit|rabbitmq)$/, "mq"],
  [/^(es|elastic|elasticsearch|opensearch|search)$/, "search"],
];

function kindWords(name: string): string {
  return name
    .toLowerCase()
    .split(/[-_.]/)
    .map((w) => SERVER_WORDS.find(([re]) => re.test(w))?.[1] ?? w)
    .join("-");
}

function sameKindName(a: string, b: string): boolean {
  return a.toLowerCase() !== b.toLowerCase() && kindWords(a) === kindWords(b);
}

/**
 * A chart with dependencies gets Services from its subcharts (Bitnami's postgresql makes `<release>-postgresql`)
 * that no template in the repository shows: a name spelled for its server may be one of them.
 */
function hasSubcharts(inv: Inventory, contentOf: ContentOf): boolean {
  return inv.files.some((f) => /(^|\/)Chart\.ya?ml$/.test(f) && /^dependencies:/m.test(contentOf(f) ?? ""));
}

/**
 * A name that does not resolve, set in one file while another file defines the services: the setting is the
 * cause; the one service whose name is near (same words, or a typo away) and whose namespace and port agree is
 * the change. Several near services, or the name set in several places: cited, nothing proposed.
 */
export function resolveUnknownHost(
  host: string,
  inv: Inventory,
  contentOf: ContentOf,
): Resolution | undefined {
  if (inv.services.length === 0 || isService(host, inv.services) || LOOPBACK.has(host)) return undefined;
  const settings = inv.settings.filter((s) =>
    namesHost(s, (h) => sameHost(h, host) || h === firstLabel(host)),
  );
  const first = settings[0];
  const cause = first ? cite(first, contentOf) : undefined;
  if (!first || !cause) return undefined;
  const token = hostsIn(first.value).find((h) => sameHost(h.host, host) || h.host === firstLabel(host));
  const ns = namespaceOf(host);
  const agrees = (s: ServiceFact) =>
    (!ns || !s.namespace || s.namespace === ns) &&
    (token?.port === undefined || s.ports.length === 0 || s.ports.includes(token.port));
  const named = inv.services.filter((s) => nearName(firstLabel(host), s.name) && agrees(s));
  // Renamed for the server it runs rather than its role (orders-db → orders-postgres): the same words once
  // each names its kind of server, and only where the port dialled agrees. Such a service beside a typo-near
  // one (orders-pg) makes two candidates, not a choice.
  const kindNamed =
    token?.port === undefined || hasSubcharts(inv, contentOf)
      ? []
      : inv.services.filter((s) => s.ports.length > 0 && sameKindName(firstLabel(host), s.name) && agrees(s));
  const near = [...new Set([...named, ...kindNamed])];
  const base = {
    kind: "host-names-service" as const,
    subject: host,
    cause,
    truth: (near.length > 0 ? near : inv.services).map((s) => ({ file: s.file, line: s.line })),
    candidates: (near.length > 0 ? near : inv.services).map((s) => s.name),
  };
  const target = near[0];
  if (near.length !== 1 || !target || !token)
    return {
      ...base,
      reason: near.length > 1 ? "several services are near the name" : "no service is near the name",
    };
  if (settings.length > 1)
    return {
      ...base,
      reason: `${host} is set in ${settings.length} places; one change would not cover them`,
    };
  const to = `${target.name}${token.host.slice(firstLabel(token.host).length)}`;
  const after = replaceHost(cause.text, token.host, to);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `${target.source === "k8s" ? "the Service" : "the compose service"} is named ${target.name} (${target.file}:${target.line})`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${first.path ?? first.key}: ${token.host} → ${to}`,
    },
  };
}

/** Words a setting's key uses for a database or cache on a well-known port. */
const PORT_WORDS: Record<number, RegExp> = {
  5432: /pg|postgres|database|db/i,
  3306: /mysql|maria|database|db/i,
  6379: /redis|cache/i,
  27017: /mongo|database|db/i,
};

/**
 * The one setting that names loopback for the port: the only one, or the only one whose key names a listening
 * service or the kind of server that port is for (`DATABASE_URL` for 5432), or the only one spelling the
 * address dialled.
 */
export function loopbackSetting(
  port: number | undefined,
  inv: Inventory,
  listening: readonly ServiceFact[],
  dialled?: string,
): SettingFact | undefined {
  const loopback = inv.settings.filter(
    (s) =>
      s.source !== "helm-values" && namesHost(s, (h, p) => LOOPBACK.has(h) && (!port || !p || p === port)),
  );
  const words = port !== undefined ? PORT_WORDS[port] : undefined;
  const keyed = loopback.filter(
    (s) =>
      listening.some((svc) => (s.path ?? s.key).toLowerCase().includes(svc.name.toLowerCase())) ||
      words?.test(s.path ?? s.key),
  );
  // The address the client printed, when only one setting spells it so (`127.0.0.1` in the override file,
  // `localhost` in the defaults it overrides).
  const spelled = loopback.filter((s) => namesHost(s, (h) => h === dialled));
  if (loopback.length === 1) return loopback[0];
  if (spelled.length === 1) return spelled[0];
  return keyed.length === 1 ? keyed[0] : undefined;
}

/**
 * Connection refused on loopback inside compose: the container dialled itself. The setting that names
 * loopback (for that port) is the cause; the one compose service listening on that port is the change.
 */
export function resolveLoopback(
  port: number | undefined,
  inv: Inventory,
  contentOf: ContentOf,
  dialled?: string,
): Resolution | undefined {
  const compose = inv.services.filter((s) => s.source === "compose");
  if (compose.length === 0) return undefined;
  const listening = compose.filter(
    (s) => port !== undefined && (s.ports.includes(port) || imagePort(s.image) === port),
  );
  const setting = loopbackSetting(port, inv, listening, dialled);
  const cause = setting ? cite(setting, contentOf) : undefined;
  if (!setting || !cause) return undefined;
  const base = {
    kind: "host-names-service" as const,
    subject: `${hostsIn(setting.value)[0]?.host ?? "localhost"}${port ? `:${port}` : ""}`,
    cause,
    truth: listening.map((s) => ({ file: s.file, line: s.line })),
    candidates: listening.map((s) => s.name),
  };
  const target = listening[0];
  const from = hostsIn(setting.value).find((h) => LOOPBACK.has(h.host))?.host;
  if (listening.length !== 1 || !target || !from)
    return {
      ...base,
      reason:
        listening.length > 1 ? "several services listen on that port" : "no service listens on that port",
    };
  const after = replaceHost(cause.text, from, target.name);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `inside a container ${from} is the container itself; compose service ${target.name} (${target.file}:${target.line}) listens on ${port}`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${setting.path ?? setting.key}: ${from} → ${target.name}`,
    },
  };
}
