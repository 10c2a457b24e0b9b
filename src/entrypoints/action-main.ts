import { isIgnoredComment } from "./action-quick-exit.js";

// The Action's entry (dist/index.js): everything lives in run(), which tests drive directly. A comment that
// is no command is answered before the rest is loaded (the same line `run()` would log for it).
if (isIgnoredComment(process.env)) {
  process.stdout.write("comment: ignored\n");
} else {
  const { run } = await import("./action.js");
  await run();
}
