import { lookup as dnsLookup } from "node:dns/promises";
import { request } from "node:https";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * fetch_docs' guard against SSRF: https only, host on the allow-list, every address the name resolves to must
 * be public unicast (no private, loopback, link-local, metadata, CGNAT, multicast or reserved ranges, in any
 * IPv4 or IPv6 spelling), and the connection is pinned to the address that was checked so DNS rebinding
 * cannot swap it afterwards. Redirects are followed by hand, each hop checked again.
 */
export type DnsLookup = (host: string) => Promise<string[]>;

export interface HttpResponse {
  status: number;
  location?: string;
  contentType?: string;
  body: string;
  truncated: boolean;
}

export type HttpGet = (
  url: URL,
  pinnedAddress: string,
  options: { maxBytes: number; timeoutMs: number },
) => Promise<HttpResponse>;

export type UrlCheck = { ok: true; url: URL; address: string } | { ok: false; reason: string };

export const defaultLookup: DnsLookup = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Only `unicast` is public; ipaddr.js normalises IPv4-mapped IPv6 to IPv4 before classifying. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  if (parsed.kind() === "ipv6") {
    // NAT64, 6to4 and Teredo embed an IPv4 address; ipaddr classifies those ranges separately (not unicast).
    const text = parsed.toNormalizedString();
    if (text.startsWith("fd00:ec2:")) return false;
  }
  return true;
}

export async function checkUrl(raw: string, hosts: readonly string[], lookup: DnsLookup): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "not a valid URL" };
  }
  if (url.protocol !== "https:") return { ok: false, reason: `only https is allowed (got ${url.protocol})` };
  if (url.username || url.password) return { ok: false, reason: "credentials in URLs are not allowed" };
  if (url.port && url.port !== "443") return { ok: false, reason: `port ${url.port} is not allowed` };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (isIP(host.replace(/^\[|\]$/g, "")) !== 0)
    return { ok: false, reason: "IP addresses are not allowed: use an allow-listed host name" };
  if (!hosts.some((allowed) => allowed.toLowerCase() === host)) {
    return { ok: false, reason: `host ${host} is not on the fetch_docs allow-list` };
  }
  let addresses: string[];
  try {
    addresses = await lookup(host);
  } catch (error) {
    return { ok: false, reason: `cannot resolve ${host}: ${(error as Error).message}` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} resolves to nothing` };
  const inside = addresses.find((address) => !isPublicAddress(address));
  if (inside) return { ok: false, reason: `${host} resolves to a non-public address (${inside}): refused` };
  return { ok: true, url, address: addresses[0]! };
}

/** node:https with the socket pinned to the checked address and the TLS name still the host's. */
export const pinnedHttpsGet: HttpGet = createPinnedHttpsGet();

/** `ca` is a test seam (a loopback server with its own certificate); production uses the system roots. */
export function createPinnedHttpsGet(tls: { ca?: string } = {}): HttpGet {
  return (url, pinnedAddress, options) => pinnedRequest(url, pinnedAddress, options, tls);
}

function pinnedRequest(
  url: URL,
  pinnedAddress: string,
  options: { maxBytes: number; timeoutMs: number },
  tls: { ca?: string },
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        ...(tls.ca ? { ca: tls.ca } : {}),
        headers: { "user-agent": "claude-sentry-fetch-docs", accept: "text/html,text/plain,*/*;q=0.5" },
        timeout: options.timeoutMs,
        // Node 20 asks for `all` addresses when autoSelectFamily is on; both shapes return only the pinned one.
        lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) =>
          opts.all
            ? callback(null, [{ address: pinnedAddress, family: isIP(pinnedAddress) }])
            : callback(null, pinnedAddress, isIP(pinnedAddress))) as never,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        res.on("data", (chunk: Buffer) => {
          if (size >= options.maxBytes) {
            truncated = true;
            res.destroy();
            return;
          }
          chunks.push(chunk.subarray(0, options.maxBytes - size));
          size += chunk.length;
        });
        const done = () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(res.headers.location ? { location: res.headers.location } : {}),
            ...(res.headers["content-type"] ? { contentType: res.headers["content-type"] } : {}),
            body: Buffer.concat(chunks).toString("utf8"),
            truncated: truncated || size > options.maxBytes,
          });
        res.on("end", done);
        res.on("close", done);
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${options.timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}
