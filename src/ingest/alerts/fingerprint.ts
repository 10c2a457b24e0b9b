import { sha256Hex } from "../../core/sha256.js";
import { memoizeString } from "./memo.js";

/** `inc-` + the first 12 hex digits of sha256(fingerprint): stable, URL-safe and the same on every replica. */
export const incidentIdFor: (fingerprint: string) => string = memoizeString(
  (fingerprint) => `inc-${sha256Hex(fingerprint).slice(0, 12)}`,
);

/**
 * A fingerprint from the vendor's own dedupe key, namespaced by source so that two vendors' ids never
 * collide (Opsgenie alias `x` and Datadog cycle key `x` are different problems).
 */
export function vendorFingerprint(source: string, ...parts: string[]): string {
  return parts.length === 1 ? `${source}:${parts[0]}` : [source, ...parts].join(":");
}

/**
 * When a vendor has no key of its own: sha256 over the identifying labels, sorted by name, one `name=value`
 * per line, so key order and volatile fields (values, timestamps, annotations) never change it.
 */
export function labelsFingerprint(source: string, labels: Record<string, string>): string {
  const canonical = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`)
    .join("\n");
  return `${source}:h${sha256Hex(canonical).slice(0, 16)}`;
}
