import type { LogLevel, RecordFields } from "../../core/log-summary.js";

/**
 * HTTP access logs: nginx/Apache "combined" (and "common") lines, and JSON access logs with any of the usual
 * key names. Each becomes a record of kind "access" with `status`, `method`, `path`, `bytes`, `durationMs`
 * read from their own columns, so a 502 is a number, not a substring somewhere in the line.
 */

/** host ident user [time] "METHOD path PROTO" status bytes ["referer" "agent"] [request_time] */
const COMBINED =
  /^(\S+) \S+ \S+ \[[^\]]{10,40}\] "([A-Z]{3,10}) (\S{1,2000})(?: [^"]*)?" (\d{3}) (\d+|-)(?: "[^"]*" "[^"]*")?(?: (?:rt=)?(\d+\.\d+))?/;

/**
 * Envoy's default access log (Envoy, Istio, Consul, Contour, Gateway API): [start] "METHOD path PROTO" status
 * RESPONSE_FLAGS, then (Istio) response-code details, termination details and the quoted upstream transport
 * failure reason, then bytes received, bytes sent and duration in ms. The flags say why: UF the upstream
 * refused or failed the connect, UH no healthy upstream, UT upstream timeout, UO circuit breaker overflow.
 */
const ENVOY =
  /^\[\d{4}-\d{2}-\d{2}T[^\]]{8,30}\] "([A-Z]{3,10}) (\S{1,2000})(?: [^"]*)?" (\d{3}) ([A-Z,]+|-)(?: (\S+) (\S+) "([^"]*)")? (\d+) (\d+) (\d+) /;

/**
 * AWS load balancer access logs: an ALB entry (`type time elb client:port target:port request target response
 * elb_status target_status received sent "request" …`) or a Classic ELB one (the same from `time` on). A
 * target of `-` is a request the load balancer answered itself (no healthy target: 503); a processing time
 * of -1 is a target that never answered (502, 504).
 */
const AWS_LB =
  /^(?:(?:https?|h2|grpcs|wss?) )?(\d{4}-\d{2}-\d{2}T[\d:.]+Z) \S+ (\S+) (\S+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (\d{3}|-) (\d{3}|-) (\d+) (\d+) "([A-Z]{3,10}|-) (\S{1,2000})(?: [^"]*)?"/;

export interface AccessFields {
  fields: RecordFields;
  level: LogLevel;
}

/**
 * An access line records a response, not a fault of its own: a 5xx (or a 429, a server shedding load) is a
 * warning, and a storm of them is what the upstream-5xx pattern counts. One 502 in a healthy day is noise.
 */
export function levelOfStatus(status: number): LogLevel {
  return status >= 500 || status === 429 ? "WARN" : "INFO";
}

/**
 * The shape of an access line without a regex: three space-separated words, then `[` and a `] "` 10 to 40
 * characters on (combined/common), or an AWS load balancer's time and ip:port client among those words.
 * Plain-text lines fail within their first few words; only lines that pass pay for parseAccessLine.
 */
export function mayBeAccessLine(line: string): boolean {
  if (line.charCodeAt(0) === 91) return mayBeEnvoyLine(line);
  const s1 = line.indexOf(" ");
  if (s1 <= 0 || s1 > 300) return false;
  const s2 = line.indexOf(" ", s1 + 1);
  if (s2 <= 0 || s2 > 300) return false;
  const s3 = line.indexOf(" ", s2 + 1);
  if (s3 <= 0 || s3 > 300) return false;
  if (line.charCodeAt(s3 + 1) === 91) {
    const close = line.indexOf('] "', s3 + 11);
    return close > 0 && close <= s3 + 42;
  }
  return mayBeAwsLbLine(line, s1, s2, s3);
}

/**
 * Classic ELB: `time name client …`; ALB: `type time name client …`, the time ISO in UTC and the client
 * ip:port. Judged from the first three spaces, so the many plain lines that open with an ISO time
 * (`2026-…Z INFO worker …`) fail at their third word.
 */
function mayBeAwsLbLine(line: string, s1: number, s2: number, s3: number): boolean {
  const classic = line.charCodeAt(s1 - 1) === 90;
  const timeStart = classic ? 0 : s1 + 1;
  const timeEnd = classic ? s1 : s2;
  if (line.charCodeAt(timeEnd - 1) !== 90 || line.charCodeAt(timeStart + 10) !== 84) return false;
  const clientStart = classic ? s2 + 1 : s3 + 1;
  const c = line.charCodeAt(clientStart);
  if (c < 48 || c > 57) return false;
  const clientEnd = classic ? s3 : line.indexOf(" ", clientStart);
  const colon = line.indexOf(":", clientStart);
  return colon > 0 && colon < clientEnd;
}

/** `[2026-12-07T02:10:00.123Z] "`: an ISO start time in brackets right before the quoted request. */
function mayBeEnvoyLine(line: string): boolean {
  const digit = line.charCodeAt(1);
  if (digit < 48 || digit > 57 || line.charCodeAt(11) !== 84) return false;
  const close = line.indexOf('] "', 20);
  return close > 0 && close <= 42;
}

function parseEnvoyLine(line: string): AccessFields | undefined {
  const m = ENVOY.exec(line);
  if (!m) return undefined;
  const status = Number(m[3]);
  const fields: RecordFields = {
    method: m[1]!,
    path: m[2]!,
    status,
    bytes: Number(m[9]),
    durationMs: Number(m[10]),
  };
  if (m[4] !== "-") fields.responseFlags = m[4]!;
  if (m[5] !== undefined && m[5] !== "-") fields.responseCodeDetails = m[5];
  if (m[7] !== undefined && m[7] !== "-" && m[7] !== "") fields.upstreamTransportFailureReason = m[7];
  return { fields, level: levelOfStatus(status) };
}

function parseAwsLbLine(line: string): AccessFields | undefined {
  const m = AWS_LB.exec(line);
  if (!m || m[7] === "-") return undefined;
  const status = Number(m[7]);
  const fields: RecordFields = { client: m[2]!, status, bytes: Number(m[10]) };
  if (m[11] !== "-") fields.method = m[11]!;
  fields.path = m[12]!;
  fields.target = m[3]!;
  if (m[8] !== "-") fields.targetStatus = Number(m[8]);
  const targetSeconds = Number(m[5]);
  if (targetSeconds >= 0) fields.durationMs = Math.round(targetSeconds * 1000);
  return { fields, level: levelOfStatus(status) };
}

/** A combined/common, Envoy or AWS load balancer log line's columns, or undefined when the line is not one. */
export function parseAccessLine(line: string): AccessFields | undefined {
  if (line.charCodeAt(0) === 91) return parseEnvoyLine(line);
  const m = COMBINED.exec(line);
  if (!m) return parseAwsLbLine(line);
  const status = Number(m[4]);
  const fields: RecordFields = { client: m[1]!, method: m[2]!, path: m[3]!, status };
  if (m[5] !== "-") fields.bytes = Number(m[5]);
  if (m[6] !== undefined) fields.durationMs = Math.round(Number(m[6]) * 1000);
  return { fields, level: levelOfStatus(status) };
}

const STATUS_KEYS = [
  "status",
  "status_code",
  "statusCode",
  "http.status_code",
  "response.status",
  "res.statusCode",
];
const METHOD_KEYS = ["method", "request_method", "http.method", "req.method", "request.method"];
const PATH_KEYS = ["path", "uri", "request_uri", "url", "http.url", "req.url", "request.uri", "http.path"];
const BYTES_KEYS = ["bytes", "body_bytes_sent", "bytes_sent", "size", "response.size", "res.contentLength"];
/** Seconds in nginx's request_time and upstream_response_time; milliseconds in most app loggers. */
const SECONDS_KEYS = ["request_time", "upstream_response_time", "duration_s"];
const MS_KEYS = ["duration_ms", "durationMs", "responseTime", "response_time_ms", "latency_ms", "elapsed_ms"];

function first(fields: RecordFields, keys: string[]): string | number | boolean | undefined {
  for (const key of keys) if (fields[key] !== undefined) return fields[key];
  return undefined;
}

function asNumber(value: string | number | boolean | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

/** The access columns of a flattened JSON object, when it has an HTTP status and a request. */
export function accessFromJson(fields: RecordFields): AccessFields | undefined {
  const status = asNumber(first(fields, STATUS_KEYS));
  if (status === undefined || !Number.isInteger(status) || status < 100 || status > 599) return undefined;
  let method = first(fields, METHOD_KEYS);
  let path = first(fields, PATH_KEYS);
  const request = fields.request;
  if (typeof request === "string") {
    const m = /^([A-Z]{3,10}) (\S+)/.exec(request);
    if (m) {
      method ??= m[1];
      path ??= m[2];
    }
  }
  if (typeof method !== "string" && typeof path !== "string") return undefined;
  const out: RecordFields = { status };
  if (typeof method === "string") out.method = method;
  if (typeof path === "string") out.path = path;
  const bytes = asNumber(first(fields, BYTES_KEYS));
  if (bytes !== undefined) out.bytes = bytes;
  const seconds = asNumber(first(fields, SECONDS_KEYS));
  const ms = asNumber(first(fields, MS_KEYS));
  if (ms !== undefined) out.durationMs = ms;
  else if (seconds !== undefined) out.durationMs = Math.round(seconds * 1000);
  return { fields: out, level: levelOfStatus(status) };
}
