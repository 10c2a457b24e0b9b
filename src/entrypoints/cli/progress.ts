import type { CliIo } from "./cli-io.js";

const WIDTH = 28;
const MIN_BYTES = 8 * 1024 * 1024;

/** A progress bar on stderr, only on a terminal and only for inputs big enough to make someone wait. */
export function createProgress(
  io: CliIo,
  label: string,
): { update: (done: number, total: number) => void; done: () => void } {
  let shown = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (!io.interactive || total < MIN_BYTES) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      const filled = Math.round((percent / 100) * WIDTH);
      const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
      io.stderr.write(
        `\r${label} [${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${percent}% ${mb(done)}/${mb(total)} MB`,
      );
    },
    done() {
      if (shown) io.stderr.write("\n");
    },
  };
}
