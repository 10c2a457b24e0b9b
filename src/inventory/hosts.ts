/** Hosts a setting's value names: URL authorities, `host:port` pairs, or a bare host name. */
export function hostsIn(value: string): { host: string; port?: number }[] {
  const found: { host: string; port?: number }[] = [];
  const url = /[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[\w.-]+)(?::(\d+))?/gi;
  for (const m of value.matchAll(url)) {
    if (m[1]) found.push({ host: m[1], ...(m[2] ? { port: Number(m[2]) } : {}) });
  }
  if (found.length > 0) return found;
  // ADO.NET-style `Host=db;Port=5432;Database=app` (Npgsql, SqlClient's `Server=db,1433`, MySqlConnector).
  const keyed =
    /(?:^|;)\s*(?:Host|Server|Data Source|Address|Addr)\s*=\s*(?:tcp:)?([\w.-]+)(?:,(\d+))?/i.exec(value);
  if (keyed?.[1]) {
    const port = keyed[2] ?? /(?:^|;)\s*Port\s*=\s*(\d+)/i.exec(value)?.[1];
    return [{ host: keyed[1], ...(port ? { port: Number(port) } : {}) }];
  }
  const pair = /^([A-Za-z0-9][\w.-]*):(\d{1,5})$/.exec(value.trim());
  if (pair?.[1]) return [{ host: pair[1], port: Number(pair[2]) }];
  if (/^[a-z0-9][\w-]*(\.[\w-]+)*$/i.test(value.trim()) && /[a-z]/i.test(value))
    return [{ host: value.trim() }];
  return [];
}

export const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"]);

/** The leading label of a cluster name: `fraud-scoring.payments.svc.cluster.local` → fraud-scoring. */
export function firstLabel(host: string): string {
  return host.split(".")[0] ?? host;
}

/** The namespace a Kubernetes name carries, if any (`name.ns`, `name.ns.svc...`). */
export function namespaceOf(host: string): string | undefined {
  const labels = host.split(".");
  return labels.length >= 2 && !/^\d+$/.test(labels[1] ?? "") ? labels[1] : undefined;
}

/** Same host: equal, or one is the short name of the other's cluster FQDN. */
export function sameHost(a: string, b: string): boolean {
  if (a === b) return true;
  const cluster = /\.svc(\.cluster\.local)?$/;
  return (
    (cluster.test(a) || cluster.test(b)) &&
    firstLabel(a) === firstLabel(b) &&
    namespaceOf(a) === namespaceOf(b)
  );
}

/** Ports the usual images listen on, so `127.0.0.1:5432` can be matched to the compose `postgres` service. */
const IMAGE_PORTS: [RegExp, number][] = [
  [/postgres|postgis|timescale/, 5432],
  [/mysql|mariadb/, 3306],
  [/redis|valkey|keydb/, 6379],
  [/mongo/, 27017],
  [/rabbitmq/, 5672],
  [/memcached/, 11211],
  [/elasticsearch|opensearch/, 9200],
  [/kafka|redpanda/, 9092],
  [/nats/, 4222],
];

export function imagePort(image: string | undefined): number | undefined {
  const name = (image ?? "").split("/").at(-1) ?? "";
  return IMAGE_PORTS.find(([re]) => re.test(name))?.[1];
}

/** Replaces one host token on a line, keeping everything around it (scheme, port, quotes, suffix). */
export function replaceHost(line: string, from: string, to: string): string | undefined {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[\\s"'=/@:])${escaped}(?=$|[\\s"':/.,;])`);
  const m = re.exec(line);
  if (!m || m.index === undefined) return undefined;
  const at = m.index + (m[1]?.length ?? 0);
  return `${line.slice(0, at)}${to}${line.slice(at + from.length)}`;
}
