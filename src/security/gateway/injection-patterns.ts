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
const PRIOR = String.raw`(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|my\s+|every\s+)*(?:previous|prior|above|preceding|earlier|original|initial|system|existing|current|old|safety|developer)?`;
const DIRECTIVES = `(?:instructions?|prompts?|rules?|directives?|guidelines?|guardrails?|constraints?|context|commands?|orders|programming|restrictions|policies|polic(?:y|ies)|messages?|text|content)`;

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
    pattern: /\bforget\s+(?:everything|all)\b[^.\n]{0,60}\b(?:said|told|above|before|previous)/gi,
  },
  {
    id: "new-instructions",
    pattern:
      /\b(?:new|updated|real|actual|true|revised|additional|important|urgent)\s+(?:system\s+)?(?:instructions?|directives?|orders|task)\s*(?::|follow|are|is)/gi,
  },
  {
    id: "role-hijack",
    pattern:
      /\b(?:you\s+are\s+now|from\s+now\s+on,?\s+you(?:\s+are|'re|\s+will)?|act\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|evil|jailbroken|different|new)|pretend\s+(?:to\s+be|you\s+are)|roleplay\s+as|you\s+must\s+now|your\s+new\s+(?:role|task|goal|purpose|instructions?)\s+(?:is|are))/gi,
  },
  {
    id: "jailbreak",
    pattern:
      /\b(?:DAN\s+mode|do\s+anything\s+now|developer\s+mode\s+(?:enabled|on)|jailbreak(?:ed|ing)?|god\s+mode|no\s+(?:ethical|moral)\s+(?:guidelines|restrictions))\b/gi,
  },
  {
    id: "prompt-exfiltration",
    pattern:
      /\b(?:reveal|print|show|repeat|output|leak|disclose|tell\s+me)\s+(?:me\s+)?(?:your|the)\s+(?:system\s+prompt|initial\s+prompt|hidden\s+instructions|instructions|prompt|secrets?|api\s+keys?|credentials|environment\s+variables)/gi,
  },
  {
    id: "fake-delimiter",
    pattern:
      /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?(?:INST|SYS)\]|<<\/?SYS>>|<\/?(?:system|assistant|user|human|tool_use|tool_result|function_calls?|invoke|antml:[a-z_]+|instructions?|untrusted-data)\b[^>]{0,200}>/gi,
  },
  {
    id: "fake-turn",
    pattern:
      /(?:^|\n)\s*(?:#{1,4}\s*)?(?:system|assistant|human|developer)\s*(?:message|prompt)?\s*:\s*(?=\S)/gi,
  },
  {
    id: "forged-tool-call",
    pattern:
      /"(?:type|name)"\s*:\s*"(?:tool_use|function|apply_patch|restart_service|run_diagnostics|submit_result|read_file|grep_search|fetch_docs)"|\b(?:call|invoke|use|run|execute)\s+(?:the\s+)?(?:tool\s+)?`?(?:apply_patch|restart_service|run_diagnostics|submit_result|fetch_docs)`?/gi,
  },
  { id: "html-comment-instruction", pattern: /<!--[\s\S]*?(?:-->|$)/g },
];

/** Zero-width, bidi-control and Unicode tag characters: invisible to a reviewer, readable to a model. */
export const HIDDEN_CHARS =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]/g;

/** Long runs of base64 that may carry an encoded instruction. */
export const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=_-])/g;
