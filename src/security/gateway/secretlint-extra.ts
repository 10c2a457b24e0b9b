import type { SecretLintRuleCreator } from "@secretlint/types";

/**
 * Token formats secretlint's preset gained only in 13.x, which needs Node 22 (we run on Node 20 with 11.x),
 * as one secretlint rule of our own. Each is a vendor's documented, prefixed format, so a match is a token
 * and not a coincidence: Grafana service account (`glsa_` + 32 alphanumerics + `_` + 8 hex), Cloud access
 * policy (`glc_`) and legacy API keys (`eyJrIjoi`, base64 of `{"k":"`); Docker, Figma, Tailscale, Groq,
 * Databricks, Notion and Vercel tokens; Cloudflare Origin CA keys.
 */
const PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: "Grafana service account token", pattern: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g },
  { kind: "Grafana Cloud access policy token", pattern: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}/g },
  { kind: "Grafana API key", pattern: /\beyJrIjoi[A-Za-z0-9+/]{50,400}={0,2}/g },
  { kind: "Docker personal access token", pattern: /\bdckr_pat_[A-Za-z0-9_-]{27,}/g },
  { kind: "Figma personal access token", pattern: /\bfigd_[A-Za-z0-9_-]{40,}/g },
  {
    kind: "Tailscale key",
    pattern: /\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}/g,
  },
  { kind: "Groq API key", pattern: /\bgsk_[A-Za-z0-9]{52}\b/g },
  { kind: "Databricks token", pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g },
  { kind: "Notion token", pattern: /\b(?:ntn_[A-Za-z0-9]{46}|secret_[A-Za-z0-9]{43})\b/g },
  { kind: "Vercel token", pattern: /\bvc[pkiar]_[A-Za-z0-9]{24,}/g },
  { kind: "Cloudflare Origin CA key", pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g },
];

const messages = {
  Token: { en: (props: { KIND: string }) => `found a ${props.KIND}` },
};

export const extraTokensRule: SecretLintRuleCreator = {
  messages,
  meta: {
    id: "@claude-sentry/secretlint-rule-extra-tokens",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: { url: "https://github.com/claude-sentry/claude-sentry/blob/main/docs/security.md" },
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        for (const { kind, pattern } of PATTERNS) {
          for (const match of source.content.matchAll(pattern)) {
            const start = match.index ?? 0;
            context.report({ message: t("Token", { KIND: kind }), range: [start, start + match[0].length] });
          }
        }
      },
    };
  },
};
