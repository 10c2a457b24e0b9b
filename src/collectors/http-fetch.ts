/**
 * One GET to an operator's endpoint, bounded: no redirects followed (a 3xx could lead anywhere), a timeout
 * that also covers a body that trickles, and a byte cap checked while reading, so a 10 MB answer or one that
 * never ends costs at most the cap and the timeout.
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type BoundedResponse =
  | { status: "ok"; httpStatus: number; body: string; truncated: boolean }
  | { status: "error"; reason: string };

export interface BoundedGet {
  url: string;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  /** Only for search APIs that take their query as a JSON body (Elasticsearch `_search`). */
  body?: string;
  timeoutMs: number;
  maxBytes: number;
  /** Text (a log tail) may be cut and kept; JSON is refused when cut, since half a document parses as nothing. */
  allowTruncated?: boolean;
  fetch?: FetchLike;
}

export async function boundedFetch(request: BoundedGet): Promise<BoundedResponse> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${request.timeoutMs} ms`)),
    request.timeoutMs,
  );
  try {
    const response = await (request.fetch ?? fetch)(request.url, {
      method: request.method ?? "GET",
      headers: { accept: "application/json, text/plain;q=0.9", ...(request.headers ?? {}) },
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: "manual",
      signal: controller.signal,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      return { status: "error", reason: `HTTP ${response.status}: redirects are not followed` };
    }
    const read = await readCapped(response, request.maxBytes);
    if (read.truncated && !request.allowTruncated)
      return { status: "error", reason: `answer larger than ${request.maxBytes} bytes: cut, not parsed` };
    return { status: "ok", httpStatus: response.status, body: read.text, truncated: read.truncated };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `timed out: no answer within ${request.timeoutMs} ms`
      : (error as Error).message;
    return { status: "error", reason };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: "", truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)), truncated };
}
