import { buildInventory } from "./build.js";
import { firstLabel } from "./hosts.js";
import { lineAt, type Resolution } from "./resolution.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface TlsHostLookup {
  kind: "tls-hostname";
  host: string;
  /** The names the certificate lists, as the client printed them (empty when it printed none). */
  sans: string[];
}

/** Node (checkServerIdentity), Go (HostnameError), Python/OpenSSL: the host dialled and, where printed, the SANs. */
export function tlsHostLookup(evidence: string): TlsHostLookup | undefined {
  const node = /Host: ([\w.-]+?)\.? is not in the cert's altnames: ((?:DNS|IP Address):[^"\n]+)/.exec(
    evidence,
  );
  if (node?.[1] && node[2])
    return {
      kind: "tls-hostname",
      host: node[1],
      sans: node[2].split(/,\s*/).map((s) => s.replace(/^(DNS|IP Address):/, "").trim()),
    };
  const go = /x509: certificate is valid for ([^\n"]+?), not ([\w.-]+)/.exec(evidence);
  if (go?.[1] && go[2]) return { kind: "tls-hostname", host: go[2], sans: go[1].split(/,\s*/) };
  const py = /[Hh]ostname mismatch, certificate is not valid for '([\w.-]+)'/.exec(evidence);
  return py?.[1] ? { kind: "tls-hostname", host: py[1], sans: [] } : undefined;
}

const DOC = /\.(md|markdown|rst|txt|adoc)$/i;

function hostPattern(host: string): RegExp {
  return new RegExp(`(^|[^\\w.-])${host.replace(/\./g, "\\.")}(?![\\w-]|\\.[\\w-])`);
}

/** Lines of configuration and code (not prose) that name the host. */
function linesNaming(host: string, files: readonly RepoRead[]) {
  const re = hostPattern(host);
  return files
    .filter((f) => !DOC.test(f.path))
    .flatMap((f) =>
      f.content
        .split("\n")
        .flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
    );
}

/**
 * Prose lines (README, hosts.md) that name the dialled host together with exactly one listed name, full or by
 * its first label ("db.internal is a legacy CNAME to pg-primary"): the repository says the dialled name stands
 * for that service. A line naming several listed names decides nothing.
 */
function documentedAs(host: string, concrete: readonly string[], files: readonly RepoRead[]) {
  const dialled = hostPattern(host);
  return files
    .filter((f) => DOC.test(f.path))
    .flatMap((f) =>
      f.content.split("\n").flatMap((text, i) => {
        if (!dialled.test(text)) return [];
        const rest = text.replace(new RegExp(dialled.source, "g"), "$1");
        const named = concrete.filter(
          (s) => hostPattern(s).test(rest) || hostPattern(firstLabel(s)).test(rest),
        );
        return named.length === 1 && named[0] ? [{ file: f.path, line: i + 1, text, name: named[0] }] : [];
      }),
    );
}

/** Documentation a host lookup reads: few, the ones most likely to list endpoints first. */
export function docsToRead(repoFiles: readonly string[]): string[] {
  const rank = (f: string) => (/host|endpoint|service|network|dns/i.test(f) ? 0 : /readme/i.test(f) ? 1 : 2);
  return repoFiles
    .filter((f) => DOC.test(f) && !/(^|\/)(node_modules|vendor|CHANGELOG)/i.test(f))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 4);
}

/**
 * The client dials a name the server's certificate does not list. The candidates are the certificate's concrete
 * names (a wildcard names no host); one alone, or the only one the repository's services or configuration also
 * use, replaces the host on the one line that sets it. Several: cited, nothing proposed. Turning hostname or
 * certificate verification off is never the change.
 */
export function resolveTlsHost(lookup: TlsHostLookup, files: readonly RepoRead[]): Resolution | undefined {
  const naming = linesNaming(lookup.host, files);
  const first = naming[0];
  if (!first) return undefined;
  const concrete = lookup.sans.filter((s) => s && !s.includes("*") && s !== lookup.host);
  const services = new Set(buildInventory(files).services.map((s) => s.name));
  const used = concrete.filter(
    (s) => services.has(s) || services.has(firstLabel(s)) || linesNaming(s, files).length > 0,
  );
  const documented = documentedAs(lookup.host, concrete, files);
  const aliasOf = [...new Set(documented.map((d) => d.name))];
  const picked =
    concrete.length === 1 ? concrete : used.length === 1 ? used : aliasOf.length === 1 ? aliasOf : [];
  const base = {
    kind: "host-on-certificate" as const,
    subject: lookup.host,
    cause: first,
    // Where the repository already dials a listed name first: the Surgeon re-resolves from the cited files.
    truth: [...used.flatMap((s) => linesNaming(s, files)), ...documented, ...naming.slice(1)].map(
      ({ file, line }) => ({
        file,
        line,
      }),
    ),
    candidates: concrete,
  };
  if (naming.length > 1)
    return {
      ...base,
      reason: `${lookup.host} is named on ${naming.length} lines; one change would not cover them`,
    };
  const to = picked[0];
  if (!to)
    return {
      ...base,
      reason:
        concrete.length === 0
          ? "the client printed no concrete name the certificate lists: reissue it with this name, or dial one it lists"
          : `the certificate lists ${concrete.join(", ")}; which one this client should dial is a person's call`,
    };
  const after = first.text.replace(hostPattern(lookup.host), (_m, pre: string) => `${pre}${to}`);
  if (after === first.text) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `the client dials ${lookup.host}, which the server's certificate does not list; it lists ${to}${
      used.length !== 1 && concrete.length > 1 && documented[0]
        ? `, the name ${documented[0].file}:${documented[0].line} gives for ${lookup.host}`
        : ""
    }`,
    change: { ...first, before: first.text, after, summary: `host ${lookup.host} → ${to}` },
  };
}

/** The changed line now names a host the certificate lists. */
export function tlsHostHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const change = resolution.change;
  const text = change
    ? lineAt(patched.find((f) => f.path === change.file)?.content ?? "", change.line)
    : undefined;
  const listed = resolution.candidates.find((s) => text !== undefined && hostPattern(s).test(text));
  return listed && text !== undefined && !hostPattern(resolution.subject).test(text)
    ? { ok: true, detail: `${change?.file}:${change?.line} now dials ${listed}, which the certificate lists` }
    : { ok: false, detail: `the client still dials a name the certificate does not list` };
}
