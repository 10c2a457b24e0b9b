import { createVerify } from "node:crypto";
import { z } from "zod";

/** AWS's documented host pattern for SNS signing certificates and subscription URLs. */
const SNS_HOST = /^sns\.[a-zA-Z0-9-]{3,}\.amazonaws\.com(\.cn)?$/;

const SnsSignedSchema = z.looseObject({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string(),
  TopicArn: z.string(),
  Message: z.string(),
  Timestamp: z.string(),
  Subject: z.string().nullish(),
  SubscribeURL: z.string().optional(),
  Token: z.string().optional(),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1),
  SigningCertURL: z.string().optional(),
  SigningCertUrl: z.string().optional(),
});
export type SnsSigned = z.infer<typeof SnsSignedSchema>;

export interface SnsDeps {
  /** GETs a PEM certificate; only ever called with a URL that passed `isSnsUrl`. */
  fetchCertificate(url: string): Promise<string>;
}

export type SnsVerdict = { status: "ok"; message: SnsSigned } | { status: "denied"; reason: string };

/** https, an SNS host of the documented pattern, and (for certificates) a .pem path. */
export function isSnsUrl(value: string | undefined, pem: boolean): boolean {
  if (!value) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false; // not a URL at all
  }
  return (
    url.protocol === "https:" &&
    url.port === "" &&
    url.username === "" &&
    SNS_HOST.test(url.hostname) &&
    (!pem || url.pathname.endsWith(".pem"))
  );
}

/** The canonical string SNS signs: named fields in byte order, `key\nvalue\n` each, absent ones skipped. */
export function snsStringToSign(m: SnsSigned): string {
  const keys =
    m.Type === "Notification"
      ? ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
      : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  let out = "";
  for (const key of keys) {
    const value = (m as Record<string, unknown>)[key];
    if (typeof value === "string") out += `${key}\n${value}\n`;
  }
  return out;
}

export interface SnsCheck {
  topicArns: string[];
  toleranceSeconds: number;
  now: Date;
}

/**
 * Verifies an SNS HTTP message: certificate URL pattern, RSA signature (v1 SHA1, v2 SHA256), then the
 * topic allow-list (any AWS account can sign for its own topic, so a valid signature alone proves nothing
 * about who sent it) and the signed Timestamp's age.
 */
export async function verifySns(rawBody: string, check: SnsCheck, deps: SnsDeps): Promise<SnsVerdict> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch (error) {
    return {
      status: "denied",
      reason: `not an SNS message (${error instanceof Error ? error.message : "bad JSON"})`,
    };
  }
  const parsed = SnsSignedSchema.safeParse(json);
  if (!parsed.success) return { status: "denied", reason: "not a signed SNS message" };
  const m = parsed.data;
  const certUrl = m.SigningCertURL ?? m.SigningCertUrl;
  if (!isSnsUrl(certUrl, true))
    return { status: "denied", reason: "SigningCertURL is not an AWS SNS certificate URL" };
  let pem: string;
  try {
    pem = await deps.fetchCertificate(certUrl as string);
  } catch (error) {
    return {
      status: "denied",
      reason: `signing certificate unavailable: ${error instanceof Error ? error.message : error}`,
    };
  }
  const verifier = createVerify(m.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
  verifier.update(snsStringToSign(m), "utf8");
  let valid: boolean;
  try {
    valid = verifier.verify(pem, m.Signature, "base64");
  } catch (error) {
    return {
      status: "denied",
      reason: `bad signing certificate: ${error instanceof Error ? error.message : error}`,
    };
  }
  if (!valid) return { status: "denied", reason: "SNS signature does not match" };
  if (!check.topicArns.includes(m.TopicArn))
    return { status: "denied", reason: "topic not in the allowed list" };
  const age = (check.now.getTime() - Date.parse(m.Timestamp)) / 1000;
  if (!Number.isFinite(age) || age > check.toleranceSeconds || age < -check.toleranceSeconds) {
    return { status: "denied", reason: "message timestamp outside the tolerance window" };
  }
  return { status: "ok", message: m };
}

/** A certificate fetcher over `fetch`, with a cache: SNS rotates certificates rarely. */
export function createCertificateFetcher(fetchImpl: typeof fetch = fetch): SnsDeps {
  const cache = new Map<string, Promise<string>>();
  return {
    fetchCertificate(url: string) {
      if (!isSnsUrl(url, true)) return Promise.reject(new Error("refused: not an SNS certificate URL"));
      const cached = cache.get(url);
      if (cached) return cached;
      const pending = fetchImpl(url, { redirect: "error", signal: AbortSignal.timeout(5000) }).then(
        async (res) => {
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          const text = await res.text();
          if (!text.includes("-----BEGIN CERTIFICATE-----") || text.length > 16_384)
            throw new Error("not a PEM");
          return text;
        },
      );
      cache.set(url, pending);
      pending.catch(() => cache.delete(url));
      return pending;
    },
  };
}

/** Confirms a verified SubscriptionConfirmation by visiting its SubscribeURL (checked against the SNS host pattern). */
export async function confirmSnsSubscription(
  subscribeUrl: string | undefined,
  fetchImpl: typeof fetch = fetch,
) {
  if (!isSnsUrl(subscribeUrl, false))
    return { status: "denied" as const, reason: "SubscribeURL is not an SNS URL" };
  const res = await fetchImpl(subscribeUrl as string, {
    redirect: "error",
    signal: AbortSignal.timeout(5000),
  });
  return res.ok ? { status: "ok" as const } : { status: "error" as const, reason: `HTTP ${res.status}` };
}
