import { describe, expect, it } from "vitest";
import { FAILURE_PATTERNS } from "../../src/knowledge/patterns/index.js";
import { redactSecrets } from "../../src/security/gateway/secret-patterns.js";

/**
 * Every report passes the gateway's redaction, so a title or action worded like `key: value` after a secret's
 * name ("credentials: none …") came out as `[REDACTED:…]` in the diagnosis a person reads.
 */
describe("the knowledge base's own words survive redaction", () => {
  it("no title, cause or action is taken for a secret", () => {
    const mangled = FAILURE_PATTERNS.flatMap((p) =>
      [p.title, p.cause, ...p.actions, ...p.confirm, ...p.ruleOut]
        .filter((text) => redactSecrets(text).text !== text)
        .map((text) => `${p.id}: ${text}`),
    );
    expect(mangled).toEqual([]);
  });
});
