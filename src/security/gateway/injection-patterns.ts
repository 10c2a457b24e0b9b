/**
 * What the input filter looks for in untrusted text (logs, alerts, comments, fetched pages). Each rule is a
 * family of attacks seen in published prompt-injection collections; matches are neutralised in place (the
 * text stays readable as data) and flagged by id.
 */
export interface InjectionRule {
  id: string;
  pattern: RegExp;
}

const OVERRIDE_VERB = `(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|neglect|set aside|do not follow|don'?t follow|stop following)`;
const PRIOR = String.raw`(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|my\s+|every\s+)*(?:(?:previous|prior|above|preceding|earlier|original|initial|system|existing|current|old|safety|developer)(?:\s+(?:and|or|&)\s+(?:following|subsequent|later|below|future))?)?`;
const DIRECTIVES = `(?:instructions?|directions?|tasks?|assignments?|prompts?|rules?|directives?|guidelines?|guardrails?|constraints?|context|commands?|orders|programming|restrictions|policies|polic(?:y|ies)|messages?|text|content)`;

export const INJECTION_RULES: readonly InjectionRule[] = [
  {
    id: "instruction-override",
    pattern: new RegExp(
      String.raw`\b${OVERRIDE_VERB}\s+(?:all\s+|everything\s+)?${PRIOR}\s*${DIRECTIVES}\b`,
      "gi",
    ),
  },
  {
    id: "instruction-override",
    pattern:
      /\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+|that\s+)?(?:above|previous|prior|preceding|earlier|before\s+that)\b|\bstop\s+everything\b|\bremove\s+all\s+previous\b/gi,
  },
  {
    id: "instruction-override",
    pattern: /\bforget\s+(?:everything|all)\b[^.\n]{0,60}\b(?:said|told|above|before|previous)/gi,
  },
  {
    id: "new-instructions",
    pattern:
      /\b(?:new|updated|real|actual|true|revised|additional)\s+(?:system\s+)?(?:instructions?|directives?|orders)\b|\b(?:your|the)\s+new\s+task\b|\b(?:important|urgent)\s+(?:instructions?|directives?|orders)\s*(?::|follow|are|is)/gi,
  },
  {
    id: "role-hijack",
    pattern:
      /\b(?:now\s+you\s+are|(?:the\s+)?(?:assistant|AI|model|agent|bot|LLM)\s+(?:must|should|will)\s+now|unrestricted\s+(?:AI|assistant|bot|agent|model)|you\s+are\s+now|from\s+now\s+on,?\s+you(?:\s+are|'re|\s+will)?|act\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|evil|jailbroken|different|new)|pretend\s+(?:to\s+be|you\s+are)|roleplay\s+as|you\s+must\s+now|your\s+new\s+(?:role|task|goal|purpose|instructions?)\s+(?:is|are))/gi,
  },
  {
    id: "jailbreak",
    pattern:
      /\b(?:DAN\s+mode|do\s+anything\s+now|developer\s+mode\s+(?:enabled|on)|jailbreak(?:ed|ing)?|god\s+mode|no\s+(?:ethical|moral)\s+(?:guidelines|restrictions))\b/gi,
  },
  {
    id: "prompt-exfiltration",
    pattern:
      /\b(?:reveal|print|show|repeat|output|leak|disclose|write\s+down|spell-check|list|tell\s+me|give\s+me)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:above\s+|previous\s+|initial\s+|original\s+|hidden\s+|system\s+)?(?:prompts?(?:\s+texts?)?|instructions|secrets?|api\s+keys?|credentials|environment\s+variables)|\bwhat\s+(?:are|were)\s+your\s+(?:(?:initial|original|system)\s+)?(?:instructions|rules|prompt)|\b(?:show|print)\s+all\s+(?:your\s+)?prompt\s+texts?/gi,
  },
  {
    id: "fake-delimiter",
    pattern:
      /\[(?:system|assistant|user)\]\(#[\w-]*\)|<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?(?:INST|SYS)\]|<<\/?SYS>>|<\/?(?:system|assistant|user|human|tool_use|tool_result|function_calls?|invoke|antml:[a-z_]+|instructions?|untrusted-data)\b[^>]{0,200}>/gi,
  },
  {
    id: "fake-turn",
    pattern:
      // Horizontal space only before the role: `\s*` there re-scans every run of newlines from each of its
      // newlines, which made a 1 MiB run of blank lines take minutes.
      /(?:^|\n)[^\S\n]*(?:#{1,4}[^\S\n]*)?(?:system|assistant|human|developer)[^\S\n]*(?:message|prompt)?[^\S\n]*:\s*(?=\S)/gi,
  },
  {
    id: "forged-tool-call",
    pattern:
      /"(?:type|name)"\s*:\s*"(?:tool_use|function|apply_patch|restart_service|run_diagnostics|submit_result|read_file|grep_search|fetch_docs)"|\b(?:call|invoke|use|run|execute)\s+(?:the\s+)?(?:tool\s+)?`?(?:apply_patch|restart_service|run_diagnostics|submit_result|fetch_docs)`?/gi,
  },
  {
    id: "instruction-override",
    pattern:
      /\b(?:ignore[zr]?|ignoriere|ignora|ignorar|oublie[zr]?|vergiss)\s+(?:toutes?\s+|alle\s+|todas\s+|tutte\s+)?(?:les|die|las|le|os|as)?\s*(?:instructions|anweisungen|instrucciones|istruzioni|instruções|consignes|vorherigen|bisherigen|précédentes)\b|\b(?:END\s+OF\s+(?:USER\s+)?INPUT|ADMIN(?:ISTRATOR)?\s+INSTRUCTIONS|SYSTEM\s+OVERRIDE|end\s+(?:of\s+)?(?:out\s+of\s+date\s+)?instructions)\b|\bregardless\s+of\s+what\s+you\s+(?:were|are|have\s+been)\s+(?:asked|told)\b|\beverything\s+(?:written\s+)?(?:above|before)\b/gi,
  },
  {
    id: "prompt-exfiltration",
    pattern:
      /\b(?:convert|translate|encode|summari[sz]e|rewrite)\s+(?:all\s+)?(?:your|the)\s+(?:instructions|prompt|rules)\b|\brules\s+you\s+(?:must|have\s+to)\s+follow\b|\b(?:instructions|rules|prompt)\b[^.\n]{0,40}\b(?:word\s+for\s+word|verbatim)\b/gi,
  },
  {
    id: "addressed-to-model",
    pattern:
      /\b(?:hey|dear|hi|hello|attention|note\s+(?:to|for)|p\.?s\.?\s+(?:to|for)|instructions?\s+(?:to|for)|message\s+(?:to|for)|please,?)\s+(?:the\s+|all\s+|any\s+)?(?:AI|assistant|agent|bot|claude|chatgpt|gpt|language\s+model|LLM|automated\s+(?:reviewers?|agents?)|sentry(?:\s+bot)?)s?\b|\b(?:AI|assistant|agent|bot|claude|model|sentry(?:\s+bot)?)\s*,\s*(?:please\s+)?(?:tell|include|approve|skip|merge|update|print|turn|disable|add|rate|ignore|call|run|mark|delete|remove|write|say|do|the\s+maintainers|while\s+you)\b/gi,
  },
  {
    id: "response-steering",
    pattern:
      /\b(?:in|with|to)\s+your\s+(?:response|answer|reply|summary|comment|output)\b|\bwhen\s+you\s+(?:answer|respond|reply|summari[sz]e)\b|\bfrom\s+now\s+on\b/gi,
  },
  {
    // Manipulation without the classic phrases: claimed authority, hidden intent, lifted limits, skipped checks,
    // exfiltration by image URL or by secret file. Written after held-out #2 showed paraphrases slip through.
    id: "manipulation",
    pattern:
      /\b(?:authori[sz]ed|permitted|instructed|cleared)\s+(?:you|the\s+(?:agent|assistant|model|bot|surgeon|detective))\s+to\b|\bI\s+(?:hereby\s+)?(?:instruct|order|command|authori[sz]e)\s+you\b|\btreat\s+(?:the\s+following|this|it)\s+as\s+(?:a\s+|an\s+)?(?:command|instruction|order)s?\b|\b(?:do\s+not|don'?t|never)\s+(?:mention|report|disclose|reveal)\s+(?:this|that|the\s+note|it)\b|\b(?:reply|respond|answer)\s+only\s+with\b|\byou\s+are\s+no\s+longer\b|\b(?:restrictions|guardrails|limits|permissions|safeguards)\s+(?:have\s+been|are|were)\s+(?:lifted|removed|disabled|waived|suspended)\b|\b(?:skip|bypass|disable|turn\s+off|without)\s+(?:the\s+)?(?:review|validation|verification|audit(?:\s+(?:step|log|trail))?|approval|kill\s+switch|branch\s+protection|safety\s+checks?)\b|\bregardless\s+of\s+(?:the\s+)?(?:evidence|logs|facts)\b|!\[[^\]\n[]{0,500}\]\(https?:\/\/[^()[\]\s?&]*[?&][^()[\]\s=]*=|\b(?:print|show|output|paste|include|post|send)\s+(?:me\s+)?(?:the\s+)?(?:contents?\s+of\s+)?\S{0,30}(?:\.aws\/credentials|\.env\b|id_rsa|secrets?\.ya?ml|\.npmrc|\.netrc)|\bfollow\s+(?:what\s+it\s+says|the\s+instructions\s+(?:at|in|on|from))\b|\bforget\s+what\s+(?:the\s+)?\w+\s+(?:said|told)\b|\bplease\s+act\s+as\b|\bact\s+as\s+my\b/gi,
  },
  { id: "html-comment-instruction", pattern: /<!--[\s\S]*?(?:-->|$)/g },
];

/** Zero-width, bidi-control and Unicode tag characters: invisible to a reviewer, readable to a model. */
export const HIDDEN_CHARS =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]/g;

/** Long runs of base64 that may carry an encoded instruction. */
export const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** Rules worth re-running on de-obfuscated copies of a line (the high-signal ones). */
export const CORE_RULE_IDS: ReadonlySet<string> = new Set([
  "instruction-override",
  "new-instructions",
  "role-hijack",
  "prompt-exfiltration",
  "jailbreak",
]);
