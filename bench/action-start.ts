/**
 * Action start-up: wall time from spawning `node dist/index.js` to its exit for an event it ignores (a
 * comment that is no command), beside `node -e 0` measured in the same run, interleaved, median of RUNS
 * (default 15). Also times a comment that is a command up to its first output, which loads the whole Action
 * (it stops at the missing github-token input). Needs dist/ (`npm run build`).
 *   npx tsx bench/action-start.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.RUNS ?? 15);
const dir = mkdtempSync(join(tmpdir(), "sentry-action-start-"));
const eventFile = (body: string) => {
  const path = join(dir, `${body.length}.json`);
  writeFileSync(path, JSON.stringify({ action: "created", comment: { body }, issue: { number: 1 } }));
  return path;
};
const env = (body: string) => ({
  PATH: process.env.PATH ?? "",
  GITHUB_EVENT_NAME: "issue_comment",
  GITHUB_EVENT_PATH: eventFile(body),
});

function wall(args: string[], childEnv: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env: childEnv, stdio: "ignore" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare: number[] = [];
const ignored: number[] = [];
const command: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(wall(["-e", "0"], { PATH: process.env.PATH ?? "" }));
  ignored.push(wall(["dist/index.js"], env("thanks, looks good to me")));
  command.push(wall(["dist/index.js"], env("/sentry diagnose")));
}
const b = median(bare);
const ig = median(ignored);
console.log(`node -e 0 (baseline)                 ${b.toFixed(1)} ms`);
console.log(
  `Action, comment that is no command   ${ig.toFixed(1)} ms  ${(ig / b).toFixed(2)}x baseline (target <= 2x)`,
);
console.log(
  `Action, a command (loads everything) ${median(command).toFixed(1)} ms  ${(median(command) / b).toFixed(2)}x`,
);
console.log(`median of ${RUNS} interleaved runs`);
