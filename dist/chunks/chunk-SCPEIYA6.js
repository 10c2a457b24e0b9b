import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/security/gateway/secret-patterns.ts
var SECRET_RULES = [
  {
    id: "private-key",
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g
  },
  { id: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { id: "github-token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { id: "gitlab-token", pattern: /\bgl(?:pat|ptt|dt|rt)-[A-Za-z0-9_-]{20,}\b/g },
  { id: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b/g },
  {
    id: "aws-secret-access-key",
    pattern: /(aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    group: 2
  },
  { id: "anthropic-key", pattern: /\bsk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_-]{20,}/g },
  {
    id: "openai-key",
    pattern: /\bsk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})\b/g
  },
  { id: "slack-token", pattern: /\bxox[abposr]-(?:\d+-)?[A-Za-z0-9-]{10,}/g },
  { id: "slack-app-token", pattern: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/g },
  {
    id: "slack-webhook",
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]{20,}/g
  },
  { id: "stripe-key", pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { id: "stripe-webhook-secret", pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { id: "google-api-key", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { id: "google-oauth-token", pattern: /\bya29\.[0-9A-Za-z_-]{20,}/g },
  { id: "google-oauth-secret", pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}\b/g },
  { id: "gcp-service-account-key", pattern: /("private_key_id"\s*:\s*")([0-9a-f]{40})(")/g, group: 2 },
  { id: "npm-token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: "sendgrid-key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { id: "twilio-key", pattern: /\bSK[0-9a-f]{32}\b/g },
  { id: "mailgun-key", pattern: /\bkey-[0-9a-f]{32}\b/g },
  { id: "huggingface-token", pattern: /\bhf_[A-Za-z0-9]{34,}\b/g },
  { id: "digitalocean-token", pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/g },
  { id: "shopify-token", pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { id: "azure-storage-key", pattern: /(AccountKey=)([A-Za-z0-9+/=]{40,})/g, group: 2 },
  {
    id: "discord-webhook",
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/g
  },
  {
    id: "url-password",
    pattern: /([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/?#@"'<>]{1,128}:)([^\s@/"'<>]{1,256})(@)/gi,
    group: 2
  },
  {
    id: "bearer-token",
    pattern: /(\b(?:authorization|proxy-authorization)["']?\s*[:=]\s*["']?(?:bearer|basic|token)\s+)([A-Za-z0-9._~+/=-]{8,})/gi,
    group: 2
  },
  {
    id: "assigned-secret",
    pattern: /(\b[A-Za-z0-9_.-]{0,40}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?)["']?\s*(?:=|:|=>)\s*)("[^"\n]{1,512}"|'[^'\n]{1,512}'|[^\s,;'"\]}]{1,512})/gi,
    group: 2
  },
  // Secret-bearing config formats whose key names the generic rule above does not know. Each was read to a
  // model verbatim before (issue 16, class 4): kubeconfig, Docker's config.json, Maven's settings.xml, PHP
  // define(), Vault tokens, .pgpass lines.
  {
    id: "kubeconfig-key",
    pattern: /(\bclient-key-data["']?\s*:\s*["']?)([A-Za-z0-9+/=]{16,})/g,
    group: 2
  },
  {
    id: "docker-auth",
    pattern: /("(?:auth|identitytoken|registrytoken)"\s*:\s*")([^"\n]{4,4096})(")/gi,
    group: 2
  },
  {
    id: "xml-secret",
    pattern: /(<(?:password|passphrase|privateKey|secret|token|apiKey|api-key|client-secret|clientSecret)>)([^<\n]{1,512})(?=<\/)/gi,
    group: 2
  },
  {
    id: "php-define-secret",
    pattern: /(\bdefine\s*\(\s*['"][A-Za-z0-9_]{0,60}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|SALT|AUTH)[A-Za-z0-9_]{0,60}['"]\s*,\s*)('[^'\n]{1,512}'|"[^"\n]{1,512}")/gi,
    group: 2
  },
  { id: "vault-token", pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g },
  {
    id: "pgpass-line",
    pattern: /^([^:\s#][^:\s]{0,253}:(?:\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:)(\S{1,256})$/gm,
    group: 2
  },
  // Passwords on a command line, as `ps -eo args` or `systemctl status` print them.
  {
    id: "cli-password",
    pattern: /(--[a-z0-9-]{0,30}(?:password|passwd|pass|token|secret|api-?key|requirepass|masterauth)[a-z0-9-]{0,30}(?:=|[ \t]+))([^\s'"-][^\s'"]{0,255}|'[^'\n]{1,256}'|"[^"\n]{1,256}")/gi,
    group: 2
  },
  {
    id: "cli-password",
    pattern: /(\b(?:mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mariadb(?:-dump|-admin)?)\b[^\n]{0,300}?[ \t]-p)([^\s-][^\s]{0,255})/g,
    group: 2
  },
  {
    id: "cli-password",
    pattern: /(\b(?:redis-cli|keydb-cli|valkey-cli)\b[^\n]{0,300}?[ \t]-a[ \t]+)([^\s-][^\s]{0,255})/g,
    group: 2
  },
  {
    id: "cli-password",
    pattern: /(\bsshpass\b[^\n]{0,100}?[ \t]-p[ \t]*)([^\s-][^\s]{0,255})/g,
    group: 2
  },
  {
    id: "email",
    personal: true,
    // `postgres://ledger@pg.prod` is a user at a host, not a mailbox: redacting it hides the host a config names.
    pattern: /(?<!:\/\/[A-Za-z0-9._%+-]{0,64})\b[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}\b/g
  },
  {
    id: "ipv4",
    personal: true,
    pattern: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)/g
  },
  {
    id: "ipv6",
    personal: true,
    pattern: /(?<![0-9A-Fa-f:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:|(?:[0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,5}(?::[0-9A-Fa-f]{1,4}){1,2}|(?:[0-9A-Fa-f]{1,4}:){1,4}(?::[0-9A-Fa-f]{1,4}){1,3}|(?:[0-9A-Fa-f]{1,4}:){1,3}(?::[0-9A-Fa-f]{1,4}){1,4}|(?:[0-9A-Fa-f]{1,4}:){1,2}(?::[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(?::[0-9A-Fa-f]{1,4}){1,6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}|::1)(?![0-9A-Fa-f:])/g
  }
];
var NOT_PERSONAL = /* @__PURE__ */ new Set(["127.0.0.1", "0.0.0.0", "::1", "::"]);
function redactSecrets(text, options = {}) {
  const found = /* @__PURE__ */ new Set();
  const personal = options.personal ?? true;
  let out = text;
  for (const rule of SECRET_RULES) {
    if (rule.personal && !personal) continue;
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args) => {
      const match = args[0];
      if (match.includes("[REDACTED:") || rule.personal && NOT_PERSONAL.has(match)) return match;
      found.add(rule.id);
      if (rule.group === void 0) return redaction(rule.id, match);
      const groups = args.slice(1, -2);
      return groups.map((g, i) => i + 1 === rule.group ? redaction(rule.id, g ?? "") : g ?? "").join("");
    });
  }
  return { text: out, found: [...found] };
}
function redaction(id, secret) {
  const marker = `[REDACTED:${id}]`;
  return secret.includes("\n") ? secret.split("\n").map(() => marker).join("\n") : marker;
}

export {
  SECRET_RULES,
  redactSecrets
};
