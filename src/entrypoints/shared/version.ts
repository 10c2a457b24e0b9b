import { readFileSync } from "node:fs";

/** Set by scripts/build.mjs from package.json, so the bundled CLI needs no package.json beside it. */
declare const __SENTRY_VERSION__: string | undefined;

/** The version `--version` prints: the build's, or package.json's when running from source (tests, tsx). */
export function sentryVersion(): string {
  if (typeof __SENTRY_VERSION__ === "string") return __SENTRY_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
