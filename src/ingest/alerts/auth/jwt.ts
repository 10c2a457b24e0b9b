import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import { z } from "zod";

/**
 * A sender that signs each request with a JWT from its identity provider: Azure Monitor's secure webhook
 * (an Entra ID token for the operator's app) and Pub/Sub push (a Google-signed OIDC token). The operator
 * names where the keys are (JWKS), which issuers and audiences are accepted and, optionally, which
 * principals (`email`, `azp`, `appid`, `oid` or `sub` claim) may post.
 */
export const JwtAuthSchema = z.strictObject({
  jwksUrl: z.url({ protocol: /^https?$/ }),
  issuers: z.array(z.string().min(1)).min(1),
  audiences: z.array(z.string().min(1)).min(1),
  /** Empty: any principal the issuer signs for this audience. Google signs for anyone: set it for Pub/Sub. */
  principals: z.array(z.string().min(1)).default([]),
  algorithms: z.array(z.enum(["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"])).default(["RS256"]),
});
export type JwtAuth = z.infer<typeof JwtAuthSchema>;

export type JwtVerdict =
  | { status: "ok"; claims: JWTPayload }
  | { status: "denied"; reason: string }
  | { status: "unavailable"; reason: string };

/** Keys are fetched once per URL and kept 10 minutes; an unknown `kid` refetches at most every 30 s. */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySetFor(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
    keySets.set(url, set);
  }
  return set;
}

/** Test hook: forget fetched keys. */
export function clearJwksCache(): void {
  keySets.clear();
}

const PRINCIPAL_CLAIMS = ["email", "azp", "appid", "oid", "sub"] as const;

function reasonOf(error: unknown): JwtVerdict {
  if (error instanceof errors.JWTExpired) return { status: "denied", reason: "token expired" };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim === "aud" ? "audience" : error.claim === "iss" ? "issuer" : error.claim;
    return { status: "denied", reason: `wrong ${claim}` };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return { status: "denied", reason: "signature does not verify" };
  if (error instanceof errors.JWKSNoMatchingKey)
    return { status: "denied", reason: "no signing key matches the token" };
  if (error instanceof errors.JOSEAlgNotAllowed) return { status: "denied", reason: "algorithm not allowed" };
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error instanceof TypeError
  )
    return { status: "unavailable", reason: "signing keys unavailable" };
  if (error instanceof errors.JOSEError) return { status: "denied", reason: "malformed token" };
  return { status: "unavailable", reason: "signing keys unavailable" };
}

/** Verifies `Authorization: Bearer <jwt>`: signature against the JWKS, issuer, audience, expiry, principal. */
export async function verifyJwt(
  authorization: string | undefined,
  auth: JwtAuth,
  now: Date,
): Promise<JwtVerdict> {
  const match = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return { status: "denied", reason: "no bearer token" };
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(match[1], keySetFor(auth.jwksUrl), {
      issuer: auth.issuers,
      audience: auth.audiences,
      algorithms: auth.algorithms,
      requiredClaims: ["exp"],
      clockTolerance: 60,
      currentDate: now,
    }));
  } catch (error) {
    return reasonOf(error);
  }
  if (auth.principals.length > 0) {
    // Google's `email` counts only when Google says it verified it.
    const claimNames = PRINCIPAL_CLAIMS.filter((c) => c !== "email" || claims.email_verified !== false);
    const named = claimNames.map((c) => claims[c]).filter((v): v is string => typeof v === "string");
    if (!named.some((value) => auth.principals.includes(value)))
      return { status: "denied", reason: "principal not allowed" };
  }
  return { status: "ok", claims };
}
