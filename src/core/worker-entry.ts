import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * Where a worker thread's entry is. From the bundle: `bundleName`.js, beside the CLI or one level up from the
 * chunk the caller was bundled in. From source (tsx, vitest): `sourceEntry` (relative to the caller) behind a
 * two-line module that registers tsx first, as a worker does not inherit the loader hooks of the thread that
 * starts it. Undefined when neither is there (from source without tsx).
 */
export function workerEntry(callerUrl: string, sourceEntry: string, bundleName: string): URL | undefined {
  try {
    if (callerUrl.endsWith(".ts")) {
      const tsx = createRequire(callerUrl)
        .resolve("tsx/esm/api")
        .replace(/\.cjs$/, ".mjs");
      const entry = new URL(sourceEntry, callerUrl).href;
      const boot = `import { register } from ${JSON.stringify(pathToFileURL(tsx).href)}; register(); await import(${JSON.stringify(entry)});`;
      return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
    }
    for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
      const url = new URL(candidate, callerUrl);
      if (existsSync(url)) return url;
    }
  } catch {
    // tsx not installed beside the source: the caller stays on one thread
  }
  return undefined;
}
