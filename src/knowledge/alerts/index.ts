import { patternById } from "../patterns/index.js";
import type { AlertRule } from "./alert-rule.js";
import { HOST_SERVICE_ALERTS } from "./hosts-services.js";
import { KUBERNETES_ALERTS } from "./kubernetes.js";

export type { AlertRule } from "./alert-rule.js";

export const ALERT_RULES: readonly AlertRule[] = [...KUBERNETES_ALERTS, ...HOST_SERVICE_ALERTS];

/** Rule sets spell one alert differently (PostgreSQLDeadlocks, PostgresqlDeadLocks): compare letters only,
 * so one entry covers every capitalisation. */
export function normalizeAlertName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const BY_NAME = new Map<string, AlertRule>();
for (const rule of ALERT_RULES)
  for (const name of [rule.name, ...(rule.aliases ?? [])]) BY_NAME.set(normalizeAlertName(name), rule);

/**
 * Words teams use in their own alert names, for alerts no standard rule set defines ("CheckoutHigh5xxRate",
 * "OrdersHighLatency"). Weaker than a named rule: the name says what is measured, not why.
 */
const NAME_WORDS: { words: RegExp; patternId: string; meaning: string; lookAt: string }[] = [
  {
    words: /oom|outofmemory/i,
    patternId: "oom-container",
    meaning: "The alert's name says a process ran out of memory.",
    lookAt: "the container's last state (OOMKilled, exit code 137) and its memory against its limit",
  },
  {
    words: /crashloop/i,
    patternId: "crash-loop",
    meaning: "The alert's name says a container keeps restarting.",
    lookAt: "the last state of the restarting container and its previous logs",
  },
  {
    words: /deadlock/i,
    patternId: "deadlock",
    meaning: "The alert's name says the database reports deadlocks.",
    lookAt: "the database log's deadlock reports naming the statements involved",
  },
  {
    words: /(outof|low)(disk)?space|diskfull|filesystemfull|diskusage/i,
    patternId: "disk-full",
    meaning: "The alert's name says a disk is (nearly) full.",
    lookAt: "`df -h` on the named host and mount, and what grew",
  },
  {
    words: /cert(ificate)?expir/i,
    patternId: "tls-cert-expired",
    meaning: "The alert's name says a certificate expires or has expired.",
    lookAt: "the served certificate's notAfter and the renewal job",
  },
  {
    words: /5xx|http5\d\d|servererror/i,
    patternId: "upstream-5xx-storm",
    meaning: "The alert's name says requests fail with 5xx responses.",
    lookAt: "the upstream's own errors at the time the 5xx began",
  },
  {
    words: /latency|slowrequest|responsetime/i,
    patternId: "slow-requests",
    meaning: "The alert's name says responses are slower than their objective.",
    lookAt: "latency by route and by dependency (database, pool wait, CPU throttling) for the window",
  },
];

/** The rule for an alert name: a standard rule by name or alias, else one inferred from words in the name. */
export function alertRuleFor(name: string): AlertRule | undefined {
  const rule = BY_NAME.get(normalizeAlertName(name));
  if (rule) return rule;
  const byWords = NAME_WORDS.find((w) => w.words.test(name));
  if (!byWords) return undefined;
  return {
    name,
    ruleSet: "alert name",
    patternId: byWords.patternId,
    meaning: byWords.meaning,
    subjectLabels: [],
    lookAt: byWords.lookAt,
  };
}

/** The alert's name: its `alertname` label, else the title's first word when it reads like one. */
export function alertNameOf(incident: { title: string; labels: Record<string, string> }): string | undefined {
  const label = incident.labels.alertname?.trim();
  if (label) return label;
  return /^([A-Z][A-Za-z0-9]+)(:|\s|$)/.exec(incident.title.trim())?.[1];
}

/** The evidence plan with the alert's labels filled in; a label it lacks shows as <label>. */
export function lookAtFor(rule: AlertRule, labels: Record<string, string>): string {
  return rule.lookAt.replace(/\{(\w+)\}/g, (_, label: string) => labels[label] ?? `<${label}>`);
}

/** Every standard rule must name a knowledge-base entry; checked by the tests, used by `patterns list`. */
export function unknownPatternIds(): string[] {
  return ALERT_RULES.filter((r) => !patternById(r.patternId)).map((r) => r.name);
}
