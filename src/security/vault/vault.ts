import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Non-human identities: every agent run gets its own id and a short-lived credential naming the tools it may
 * use, HMAC-signed with a key that lives only in this process. A model never sees the key, so it cannot mint
 * or widen a credential; it can only replay one, and replays are bounded by expiry, scope and revocation.
 */
const ClaimsSchema = z.strictObject({
  v: z.literal(1),
  sub: z.string(),
  role: z.string(),
  run: z.string(),
  scope: z.array(z.string()),
  iat: z.number(),
  exp: z.number(),
  gen: z.number().int(),
});
export type CredentialClaims = z.infer<typeof ClaimsSchema>;

export type CredentialCheck = { ok: true; claims: CredentialClaims } | { ok: false; reason: string };

export interface Vault {
  issue(runId: string, role: string, tools: readonly string[]): { agentId: string; credential: string };
  check(credential: string, expected: { agentId: string; role: string; tool: string }): CredentialCheck;
  revoke(agentId: string): void;
  /** The kill switch: every credential issued so far stops working at once. */
  revokeAll(reason: string): void;
  revokedReason(): string | undefined;
}

export interface VaultOptions {
  ttlSeconds: number;
  clock?: () => Date;
  /** Test seam; by default a fresh random key per process. */
  key?: Buffer;
}

export function createVault(options: VaultOptions): Vault {
  const key = options.key ?? randomBytes(32);
  const clock = options.clock ?? (() => new Date());
  const revoked = new Set<string>();
  let generation = 0;
  let killReason: string | undefined;

  const sign = (payload: string) => createHmac("sha256", key).update(payload).digest("base64url");

  return {
    issue(runId, role, tools) {
      const agentId = `${role}-${randomUUID()}`;
      const now = Math.floor(clock().getTime() / 1000);
      const claims: CredentialClaims = {
        v: 1,
        sub: agentId,
        role,
        run: runId,
        scope: [...tools],
        iat: now,
        exp: now + options.ttlSeconds,
        gen: generation,
      };
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
      return { agentId, credential: `${payload}.${sign(payload)}` };
    },
    check(credential, expected) {
      const [payload, signature, extra] = credential.split(".");
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: "credential malformed" };
      const good = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (good.length !== given.length || !timingSafeEqual(good, given)) {
        return { ok: false, reason: "credential forged (bad signature)" };
      }
      const parsed = ClaimsSchema.safeParse(safeJson(Buffer.from(payload, "base64url").toString("utf8")));
      if (!parsed.success) return { ok: false, reason: "credential malformed" };
      const claims = parsed.data;
      if (killReason !== undefined && claims.gen < generation) {
        return { ok: false, reason: `credential revoked by the kill switch (${killReason})` };
      }
      if (revoked.has(claims.sub)) return { ok: false, reason: "credential revoked (agent ended)" };
      if (claims.exp <= clock().getTime() / 1000) return { ok: false, reason: "credential expired" };
      if (claims.sub !== expected.agentId || claims.role !== expected.role) {
        return { ok: false, reason: `credential belongs to another agent (${claims.sub})` };
      }
      if (!claims.scope.includes(expected.tool)) {
        return { ok: false, reason: `credential not scoped for ${expected.tool}` };
      }
      return { ok: true, claims };
    },
    revoke(agentId) {
      revoked.add(agentId);
    },
    revokeAll(reason) {
      generation += 1;
      killReason = reason;
    },
    revokedReason: () => killReason,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return { malformed: String(error) };
  }
}
