import { z } from "zod";
import { type AlertSourceName, AlertSourceNameSchema } from "../source-name.js";
import { anySecretMatches, anyTokenMatches } from "./constant-time.js";
import { JwtAuthSchema, verifyJwt } from "./jwt.js";
import { type SnsDeps, type SnsSigned, verifySns } from "./sns.js";

/** How one source authenticates. Every method configured must pass; a source with none configured is refused. */
export const SourceAuthSchema = z.strictObject({
  /** Shared tokens, accepted as `Authorization: Bearer T`, basic-auth password T, or `X-Sentry-Token: T`. */
  tokens: z.array(z.string().min(16)).default([]),
  /** HMAC secrets (several while rotating): Grafana, PagerDuty, Sentry, GitHub, generic. */
  hmacSecrets: z.array(z.string().min(8)).default([]),
  /** Grafana only: the contact point's signature header (default X-Grafana-Alerting-Signature). */
  signatureHeader: z.string().min(1).optional(),
  /** Grafana only: the timestamp header, when the contact point signs `ts:body`. */
  timestampHeader: z.string().min(1).optional(),
  /** A signed bearer JWT (Azure secure webhook, Pub/Sub push): keys, issuers, audiences, principals. */
  jwt: JwtAuthSchema.optional(),
  /** CloudWatch/SNS only: topics allowed to post. */
  topicArns: z.array(z.string().startsWith("arn:")).default([]),
});
export type SourceAuth = z.infer<typeof SourceAuthSchema>;

export const AlertAuthSettingsSchema = z.strictObject({
  /** How old a signed timestamp may be (Grafana with a timestamp header, generic HMAC). */
  toleranceSeconds: z.number().int().positive().default(300),
  /** SNS retries for up to an hour by default, so its signed Timestamp gets a wider window. */
  snsToleranceSeconds: z.number().int().positive().default(3600),
  sources: z.partialRecord(AlertSourceNameSchema, SourceAuthSchema),
});
export type AlertAuthSettings = z.infer<typeof AlertAuthSettingsSchema>;

export type Headers = Record<string, string | string[] | undefined>;
/**
 * `public`: the reason may go back to the sender (a token's expiry or audience), not only to the log.
 * `retry`: not the sender's fault (the signing keys could not be fetched): answer 503 so it retries.
 */
export type VerifyResult =
  | { status: "ok"; sns?: SnsSigned }
  | { status: "denied"; reason: string; public?: true; retry?: true };

const DENY = (reason: string): VerifyResult => ({ status: "denied", reason });

export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function presentedTokens(headers: Headers): string[] {
  const out: string[] = [];
  const auth = header(headers, "authorization");
  if (auth) {
    const [scheme, credentials = ""] = auth.split(/\s+/, 2);
    if (scheme?.toLowerCase() === "bearer") out.push(credentials);
    if (scheme?.toLowerCase() === "basic") {
      const decoded = Buffer.from(credentials, "base64").toString("utf8");
      out.push(decoded, decoded.slice(decoded.indexOf(":") + 1));
    }
  }
  const custom = header(headers, "x-sentry-token");
  if (custom) out.push(custom);
  return out;
}

function checkTokens(auth: SourceAuth, headers: Headers): VerifyResult {
  return anyTokenMatches(auth.tokens, presentedTokens(headers))
    ? { status: "ok" }
    : DENY("missing or wrong token");
}

function withinTolerance(timestamp: string | undefined, now: Date, toleranceSeconds: number): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= toleranceSeconds;
}

function checkHmac(
  source: AlertSourceName,
  auth: SourceAuth,
  headers: Headers,
  body: Buffer,
  now: Date,
  toleranceSeconds: number,
): VerifyResult {
  const secrets = auth.hmacSecrets;
  switch (source) {
    case "grafana": {
      const signature = header(headers, auth.signatureHeader ?? "x-grafana-alerting-signature");
      if (!signature) return DENY("missing signature header");
      if (!auth.timestampHeader) return verdict(anySecretMatches(secrets, signature, [body]));
      const ts = header(headers, auth.timestampHeader);
      if (!withinTolerance(ts, now, toleranceSeconds))
        return DENY("timestamp missing or outside the tolerance window");
      return verdict(anySecretMatches(secrets, signature, [`${ts}:`, body]));
    }
    case "pagerduty": {
      // Several comma-separated `v1=` signatures while PagerDuty rotates the secret: any one may match.
      const values = (header(headers, "x-pagerduty-signature") ?? "").split(",").map((v) => v.trim());
      const sigs = values.filter((v) => v.startsWith("v1=")).map((v) => v.slice(3));
      if (sigs.length === 0) return DENY("missing X-PagerDuty-Signature");
      return verdict(sigs.slice(0, 10).some((sig) => anySecretMatches(secrets, sig, [body])));
    }
    case "sentry": {
      const signature = header(headers, "sentry-hook-signature");
      if (!signature) return DENY("missing Sentry-Hook-Signature");
      return verdict(anySecretMatches(secrets, signature, [body]));
    }
    case "github": {
      const signature = header(headers, "x-hub-signature-256");
      if (!signature?.startsWith("sha256=")) return DENY("missing X-Hub-Signature-256");
      return verdict(anySecretMatches(secrets, signature.slice(7), [body]));
    }
    case "generic": {
      // Our own scheme signs the timestamp with the body, so a captured request cannot be replayed later.
      const signature = header(headers, "x-sentry-signature");
      const ts = header(headers, "x-sentry-timestamp");
      if (!signature?.startsWith("v1=")) return DENY("missing X-Sentry-Signature");
      if (!withinTolerance(ts, now, toleranceSeconds))
        return DENY("timestamp missing or outside the tolerance window");
      return verdict(anySecretMatches(secrets, signature.slice(3), [`${ts}.`, body]));
    }
    default:
      return DENY(`${source} does not sign its requests: configure tokens`);
  }
}

function verdict(matched: boolean): VerifyResult {
  return matched ? { status: "ok" } : DENY("signature does not match");
}

/**
 * Authenticates one webhook request as its vendor does, over the raw body bytes. Pure apart from SNS,
 * whose certificate is fetched through `deps`. A denied request must get a 401 and not be processed.
 */
export async function verifyRequest(
  source: AlertSourceName,
  headers: Headers,
  rawBody: Buffer,
  settings: AlertAuthSettings,
  now: Date,
  deps?: SnsDeps,
): Promise<VerifyResult> {
  return verifyRequestSoon(source, headers, rawBody, settings, now, deps);
}

/**
 * `verifyRequest`, answering at once when nothing needs to be awaited (tokens and HMACs: every source but
 * SNS and JWT), so the intake route does not pay for a promise per request it need not wait for.
 */
export function verifyRequestSoon(
  source: AlertSourceName,
  headers: Headers,
  rawBody: Buffer,
  settings: AlertAuthSettings,
  now: Date,
  deps?: SnsDeps,
): VerifyResult | Promise<VerifyResult> {
  const auth = settings.sources[source];
  if (!auth) return DENY(`no credentials configured for ${source}`);
  if (source === "cloudwatch") {
    if (auth.topicArns.length === 0 || !deps) return DENY("no SNS topics configured");
    return verifySnsRequest(rawBody, auth, settings, now, deps);
  }
  const hasTokens = auth.tokens.length > 0;
  const hasHmac = auth.hmacSecrets.length > 0;
  if (!hasTokens && !hasHmac && !auth.jwt) return DENY(`no credentials configured for ${source}`);
  if (auth.jwt) return verifyJwtThenRest(source, auth, auth.jwt, headers, rawBody, settings, now);
  return checkRest(source, auth, headers, rawBody, settings, now);
}

async function verifySnsRequest(
  rawBody: Buffer,
  auth: SourceAuth,
  settings: AlertAuthSettings,
  now: Date,
  deps: SnsDeps,
): Promise<VerifyResult> {
  const checked = await verifySns(
    rawBody.toString("utf8"),
    { topicArns: auth.topicArns, toleranceSeconds: settings.snsToleranceSeconds, now },
    deps,
  );
  return checked.status === "ok" ? { status: "ok", sns: checked.message } : checked;
}

async function verifyJwtThenRest(
  source: AlertSourceName,
  auth: SourceAuth,
  jwtAuth: NonNullable<SourceAuth["jwt"]>,
  headers: Headers,
  rawBody: Buffer,
  settings: AlertAuthSettings,
  now: Date,
): Promise<VerifyResult> {
  const jwt = await verifyJwt(header(headers, "authorization"), jwtAuth, now);
  if (jwt.status === "denied") return { status: "denied", reason: jwt.reason, public: true };
  if (jwt.status === "unavailable")
    return { status: "denied", reason: jwt.reason, public: true, retry: true };
  // The JWT took the Authorization header: a shared token, if also configured, comes in the URL.
  return checkRest(source, auth, headers, rawBody, settings, now);
}

/** HMAC signatures, then shared tokens: each configured method must pass. */
function checkRest(
  source: AlertSourceName,
  auth: SourceAuth,
  headers: Headers,
  rawBody: Buffer,
  settings: AlertAuthSettings,
  now: Date,
): VerifyResult {
  if (auth.hmacSecrets.length > 0) {
    const result = checkHmac(source, auth, headers, rawBody, now, settings.toleranceSeconds);
    if (result.status !== "ok") return result;
  }
  return auth.tokens.length > 0 ? checkTokens(auth, headers) : { status: "ok" };
}
