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
  /** False where the fixtures cannot pass the route's authentication (SNS signatures are AWS's). */
  http?: false;
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
  {
    source: "azure",
    detected: true,
    firing: "azure.fired.json",
    repeat: "azure.fired.repeat.json",
    other: "azure.fired.other-vm.json",
    resolved: "azure.resolved.json",
    severity: "P2",
  },
  {
    source: "gcp",
    detected: true,
    firing: "gcp.open.json",
    repeat: "gcp.open.repeat.json",
    other: "gcp.open.other-instance.json",
    resolved: "gcp.closed.json",
    severity: "P1",
  },
  {
    source: "newrelic",
    detected: true,
    firing: "newrelic.activated.json",
    repeat: "newrelic.activated.repeat.json",
    other: "newrelic.activated.other-entity.json",
    resolved: "newrelic.closed.json",
    severity: "P1",
  },
  {
    source: "splunk",
    detected: true,
    firing: "splunk.result.json",
    repeat: "splunk.result.repeat.json",
    other: "splunk.result.other-host.json",
    resolved: "splunk.result.resolved.json",
    severity: "P3",
  },
  {
    source: "elastic",
    detected: true,
    firing: "elastic.fired.json",
    repeat: "elastic.fired.repeat.json",
    other: "elastic.fired.other-host.json",
    resolved: "elastic.recovered.json",
    severity: "P2",
  },
  {
    source: "zabbix",
    detected: true,
    firing: "zabbix.problem.json",
    repeat: "zabbix.problem.repeat.json",
    other: "zabbix.problem.other-host.json",
    resolved: "zabbix.resolved.json",
    severity: "P2",
  },
  {
    source: "uptimekuma",
    detected: true,
    firing: "uptimekuma.down.json",
    repeat: "uptimekuma.down.repeat.json",
    other: "uptimekuma.down.other-monitor.json",
    resolved: "uptimekuma.up.json",
    severity: "P2",
  },
  {
    source: "alertmanager",
    detected: true,
    firing: "alertmanager.single.firing.json",
    repeat: "alertmanager.single.repeat.json",
    other: "alertmanager.single.other-instance.json",
    resolved: "alertmanager.single.resolved.json",
    severity: "P1",
  },
  {
    source: "grafana",
    detected: true,
    firing: "grafana.single.firing.json",
    repeat: "grafana.single.repeat.json",
    other: "grafana.single.other-zone.json",
    resolved: "grafana.single.resolved.json",
  },
  {
    source: "pagerduty",
    detected: true,
    firing: "pagerduty.incident-triggered.json",
    repeat: "pagerduty.incident-acknowledged.json",
    other: "pagerduty.incident-triggered.other.json",
    resolved: "pagerduty.incident-resolved.json",
  },
  {
    source: "opsgenie",
    detected: true,
    firing: "opsgenie.create.json",
    repeat: "opsgenie.acknowledge.json",
    other: "opsgenie.create.other.json",
    resolved: "opsgenie.close-created.json",
    severity: "P1",
  },
  {
    source: "generic",
    detected: true,
    firing: "generic.firing.json",
    repeat: "generic.repeat.json",
    other: "generic.other.json",
    resolved: "generic.resolved.json",
    severity: "P1",
  },
  {
    source: "cloudwatch",
    detected: true,
    http: false,
    firing: "cloudwatch-sns.notification.json",
    repeat: "cloudwatch-sns.notification.repeat.json",
    other: "cloudwatch-sns.notification.other-alarm.json",
    resolved: "cloudwatch-sns.notification.ok.json",
  },
];
