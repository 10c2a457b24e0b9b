/**
 * Per source: a firing alert, a repeat of it (what the vendor changes between deliveries differs), another
 * alert of the same rule/monitor (another scope, host or issue), and the first one's resolution.
 * Every file is in test/fixtures/alerts (provenance in its README.md).
 */
export interface IdentityCase {
  source: string;
  /** Whether detection without `--source` must name this source. */
  detected: boolean;
  firing: string;
  repeat: string;
  other: string;
  resolved: string;
  /** Severity the firing alert must get. */
  severity?: string;
}

export const IDENTITY_CASES: IdentityCase[] = [
  {
    source: "datadog",
    detected: true,
    firing: "datadog.multi.checkout.triggered.json",
    repeat: "datadog.multi.checkout.retriggered.json",
    other: "datadog.multi.payments.triggered.json",
    resolved: "datadog.multi.checkout.recovered.json",
    severity: "P2",
  },
  {
    source: "datadog",
    detected: true,
    firing: "datadog.default.json",
    repeat: "datadog.default.repeat.json",
    other: "datadog.default.other-host.json",
    resolved: "datadog.default.recovered.json",
  },
  {
    source: "datadog",
    detected: true,
    firing: "datadog.multi.checkout.warn.json",
    repeat: "datadog.multi.checkout.triggered.json",
    other: "datadog.multi.payments.triggered.json",
    resolved: "datadog.multi.checkout.recovered.json",
    severity: "P2",
  },
  {
    source: "sentry",
    detected: true,
    firing: "sentry.plugin.firing.json",
    repeat: "sentry.plugin.repeat.json",
    other: "sentry.plugin.other-issue.json",
    resolved: "sentry.issue-resolved.json",
    severity: "P2",
  },
];
