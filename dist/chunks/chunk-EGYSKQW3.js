import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);

// src/entrypoints/cli/progress.ts
var WIDTH = 28;
var MIN_BYTES = 8 * 1024 * 1024;
function createProgress(io, label) {
  let shown = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (!io.interactive || total < MIN_BYTES) return;
      const percent = Math.min(100, Math.floor(done / total * 100));
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      const filled = Math.round(percent / 100 * WIDTH);
      const mb = (n) => (n / 1024 / 1024).toFixed(0);
      io.stderr.write(
        `\r${label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${percent}% ${mb(done)}/${mb(total)} MB`
      );
    },
    done() {
      if (shown) io.stderr.write("\n");
    }
  };
}

export {
  createProgress
};
