/**
 * Logs attached to or linked from an issue, fetched only from GitHub's own hosts and with a size cap: an
 * issue comment is attacker-controlled text, and the runner must not become a proxy to arbitrary URLs
 * (cloud metadata endpoints, internal services) or fill its disk.
 */
export const GITHUB_CONTENT_HOSTS = [
  "github.com",
  "objects.githubusercontent.com",
  "raw.githubusercontent.com",
  "gist.githubusercontent.com",
  "user-images.githubusercontent.com",
  "private-user-images.githubusercontent.com",
  "github-production-user-asset-6210df.s3.amazonaws.com",
];

export const DEFAULT_MAX_LOG_BYTES = 10 * 1024 * 1024;

/** Attachment and raw-file links only; links to pages (issues, PRs, commits) are not logs. */
export function findLogLinks(text: string, serverHost = "github.com"): string[] {
  const urls = text.match(/https:\/\/[^\s)<>"'\]]+/g) ?? [];
  const isLog = (u: URL) =>
    (u.hostname === serverHost && /^\/(user-attachments\/files\/|[^/]+\/[^/]+\/files\/)/.test(u.pathname)) ||
    u.hostname === "raw.githubusercontent.com" ||
    u.hostname === "gist.githubusercontent.com" ||
    (serverHost !== "github.com" && u.hostname === serverHost && u.pathname.includes("/raw/"));
  const out: string[] = [];
  for (const raw of urls) {
    // Sentence punctuation after a link is not part of it.
    const candidate = raw.replace(/[.,;:!?]+$/, "");
    try {
      const url = new URL(candidate);
      if (isLog(url) && !out.includes(url.href)) out.push(url.href);
    } catch {
      // Not a URL after all (trailing punctuation); the regex is deliberately loose.
    }
  }
  return out.slice(0, 5);
}

export type Download =
  | { ok: true; url: string; text: string; bytes: number }
  | { ok: false; url: string; reason: string };

/** Follows at most three redirects by hand so every hop is checked against the allowed hosts. */
export async function downloadLog(
  url: string,
  options: {
    maxBytes?: number;
    allowedHosts?: readonly string[];
    fetchImpl?: typeof fetch;
    token?: string;
  } = {},
): Promise<Download> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  const allowed = options.allowedHosts ?? GITHUB_CONTENT_HOSTS;
  const doFetch = options.fetchImpl ?? fetch;
  let current = url;
  for (let hop = 0; hop < 4; hop += 1) {
    const parsed = new URL(current);
    if (parsed.protocol !== "https:" || !allowed.includes(parsed.hostname)) {
      return { ok: false, url, reason: `${parsed.hostname} is not one of GitHub's content hosts` };
    }
    // The token goes only to the API host's own domain, never to a redirect target (S3 would reject it anyway).
    const headers: Record<string, string> =
      hop === 0 && options.token ? { authorization: `token ${options.token}` } : {};
    let res: Response;
    try {
      res = await doFetch(current, { redirect: "manual", headers, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      return {
        ok: false,
        url,
        reason: `download failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get("location");
      if (!location) return { ok: false, url, reason: `redirect without a location (${res.status})` };
      current = new URL(location, current).href;
      continue;
    }
    if (!res.ok || !res.body) return { ok: false, url, reason: `HTTP ${res.status}` };
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > maxBytes)
      return { ok: false, url, reason: `larger than the ${maxBytes}-byte cap (${declared} bytes)` };
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) return { ok: false, url, reason: `larger than the ${maxBytes}-byte cap` };
      chunks.push(chunk);
    }
    return { ok: true, url, text: Buffer.concat(chunks).toString("utf8"), bytes };
  }
  return { ok: false, url, reason: "too many redirects" };
}

/** The first fenced ```json block that parses to an object: an alert pasted into the issue. */
export function findAlertJson(text: string): unknown | undefined {
  for (const match of text.matchAll(/```json\s*\n([\s\S]*?)\n```/g)) {
    try {
      const value = JSON.parse(match[1] ?? "") as unknown;
      if (typeof value === "object" && value !== null) return value;
    } catch {
      // Not JSON after all: look at the next block.
    }
  }
  return undefined;
}
