import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/core/worker-entry.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
function workerEntry(callerUrl, sourceEntry, bundleName) {
  try {
    if (callerUrl.endsWith(".ts")) {
      const tsx = createRequire(callerUrl).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
      const entry = new URL(sourceEntry, callerUrl).href;
      const boot = `import { register } from ${JSON.stringify(pathToFileURL(tsx).href)}; register(); await import(${JSON.stringify(entry)});`;
      return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
    }
    for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
      const url = new URL(candidate, callerUrl);
      if (existsSync(url)) return url;
    }
  } catch {
  }
  return void 0;
}

export {
  workerEntry
};
