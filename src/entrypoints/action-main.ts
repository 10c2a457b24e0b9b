import { run } from "./action.js";

// The Action's entry (dist/index.js): everything lives in run(), which tests drive directly.
await run();
