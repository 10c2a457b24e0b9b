/**
 * A standard alert, as the rule set that defines it names it, mapped to the knowledge-base entry that is its
 * most likely explanation and to what a person should look at first. `lookAt` names labels in braces
 * ({namespace}, {pod}, {container}, {instance}…), filled from the firing alert's labels.
 */
export interface AlertRule {
  name: string;
  /** The same alert as other rule sets spell it (awesome-prometheus-alerts, exporter mixins). */
  aliases?: string[];
  ruleSet: string;
  /** The knowledge-base entry that is the hypothesis when the alert arrives without logs. */
  patternId: string;
  /** What firing means, from the rule's expression and annotations. */
  meaning: string;
  /** The labels the rule carries that name its subject. */
  subjectLabels: string[];
  /** The evidence that would confirm the hypothesis. */
  lookAt: string;
}
