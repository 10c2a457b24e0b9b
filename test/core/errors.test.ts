import { describe, expect, it } from "vitest";
import {
  ConfigError,
  ERROR_CODES,
  SentryError,
  USER_ERROR_CODES,
  UsageError,
} from "../../src/core/errors.js";
import { ProviderConfigError, ProviderUnavailableError } from "../../src/llm/errors.js";

describe("error codes", () => {
  it("are one literal union: a code outside the list does not typecheck", () => {
    // @ts-expect-error "oops" is not an ErrorCode; `npx tsc -p .` fails if this line ever compiles.
    const error = new SentryError("oops", "no such code");
    expect(error.code).toBe("oops");
  });

  it("every error class carries a listed code, and the user-facing ones are listed too", () => {
    const errors = [
      new UsageError("u"),
      new ConfigError("c", "key"),
      new ProviderConfigError("p"),
      new ProviderUnavailableError("down", { outage: true }),
    ];
    for (const error of errors) expect(ERROR_CODES).toContain(error.code);
    for (const code of USER_ERROR_CODES) expect(ERROR_CODES).toContain(code);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
