import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/entrypoints/cli/version.ts
import { readFileSync } from "node:fs";
function sentryVersion() {
  if (true) return "0.1.0";
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

export {
  sentryVersion
};
