import type { SentryConfig } from "../core/config.js";
import type { AuditEntry } from "../security/audit/audit-entry.js";
import { type AuditReader, readAuditEntries } from "../security/audit/audit-store.js";
import { verifyAuditChain } from "../security/audit/verify-chain.js";
import { blockClass } from "./metrics.js";

export interface AgentIdentity {
  agentId: string;
  role: string;
  runId: string;
  issuedAt: string;
  expiresAt: string;
  status: "active" | "ended" | "expired" | "revoked";
}

/**
 * The security posture as the audit log shows it: identities come from "agent started/ended" events (the
 * vault's key never leaves the runner, so expiry is issue time plus the configured lifetime).
 */
export async function securitySnapshot(options: {
  audit: readonly AuditEntry[];
  store: AuditReader;
  config: SentryConfig;
  now: Date;
}) {
  const { audit, config, now } = options;
  const agents = new Map<string, AgentIdentity>();
  const gateway = { allowed: 0, blocked: 0, blockedBy: {} as Record<string, number>, inputFlags: 0 };
  let killSwitchRevocations = 0;
  for (const entry of audit) {
    if (entry.kind === "event" && entry.agentId && entry.reason?.startsWith("agent started")) {
      const issued = Date.parse(entry.time);
      agents.set(entry.agentId, {
        agentId: entry.agentId,
        role: entry.agent ?? "unknown",
        runId: entry.runId ?? "",
        issuedAt: entry.time,
        expiresAt: new Date(issued + config.credentialTtlSeconds * 1000).toISOString(),
        status: "active",
      });
    } else if (entry.kind === "event" && entry.agentId && entry.reason?.startsWith("agent ended")) {
      const agent = agents.get(entry.agentId);
      if (agent) agent.status = "ended";
    } else if (entry.kind === "event" && entry.reason?.startsWith("kill switch")) {
      killSwitchRevocations += 1;
      for (const agent of agents.values()) if (agent.status === "active") agent.status = "revoked";
    } else if (entry.kind === "event" && entry.agent === "gateway") {
      gateway.inputFlags += 1;
    } else if (entry.kind === "tool-call") {
      if (entry.decision === "blocked") {
        gateway.blocked += 1;
        const cls = blockClass(entry.reason ?? "");
        gateway.blockedBy[cls] = (gateway.blockedBy[cls] ?? 0) + 1;
      } else gateway.allowed += 1;
    }
  }
  for (const agent of agents.values())
    if (agent.status === "active" && Date.parse(agent.expiresAt) <= now.getTime()) agent.status = "expired";
  const stored = await readAuditEntries(options.store);
  const verdict = verifyAuditChain(stored);
  const last = stored.at(-1) as { seq?: number; hash?: string } | undefined;
  return {
    agents: [...agents.values()].slice(-50).reverse(),
    credentialTtlSeconds: config.credentialTtlSeconds,
    throttle: { ...config.throttle, blockedCalls: gateway.blockedBy.throttle ?? 0 },
    gateway,
    killSwitchRevocations,
    audit: {
      entries: stored.length,
      head: last?.hash ? { seq: last.seq, hash: last.hash } : null,
      verification: verdict,
    },
  };
}
