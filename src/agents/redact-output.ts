import type { Gateway } from "../security/contracts.js";

/**
 * Runs every string of an agent's result through the output filter before it is stored or shown.
 * `patch` is exempt: it was checked by apply_patch as written, and redacting inside a diff would make it
 * unappliable; its added lines are model text and are reviewed by a human in the PR.
 */
export function redactStrings<T>(value: T, gateway: Gateway): T {
  return walk(value, gateway) as T;
}

function walk(value: unknown, gateway: Gateway): unknown {
  if (typeof value === "string") return gateway.redactOutput(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, gateway));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, key === "patch" ? item : walk(item, gateway)]),
    );
  }
  return value;
}
