import { quickAnswer } from "./action-quick-exit.js";

// The Action's entry (dist/index.js): everything lives in run(), which tests drive directly. A comment that
// is no command, or a workflow run that did not fail, is answered before the rest is loaded (with the same
// line `run()` would log for it).
const answer = quickAnswer(process.env);
if (answer !== undefined) {
  process.stdout.write(`${answer}\n`);
} else {
  const { run } = await import("./action.js");
  await run();
}
