/**
 * Regenerates the example incidents' logs: `npx tsx examples/generate.ts`. Deterministic (seeded), so the
 * committed logs and the line numbers they cite stay put. Repositories, alerts and READMEs are written by hand;
 * only the logs are generated.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LogSpec, Signal } from "./log-spec.js";
import { seeded } from "./noise.js";
import { SPECS_A } from "./specs-a.js";
import { SPECS_B } from "./specs-b.js";

const HERE = dirname(fileURLToPath(import.meta.url));

function writeLog(spec: LogSpec): number {
  const rng = seeded(spec.seed);
  const inserts = new Map<number, { signal: Signal; index: number }[]>();
  for (const signal of spec.signals) {
    for (let k = 0; k < (signal.repeat ?? 1); k += 1) {
      const at = Math.floor(signal.at * spec.lines) + k * (signal.every ?? 1);
      inserts.set(at, [...(inserts.get(at) ?? []), { signal, index: k }]);
    }
  }
  let t = Date.parse(spec.start);
  const out: string[] = [];
  for (let i = 0; i < spec.lines; i += 1) {
    t += spec.gapMs * (0.5 + rng());
    out.push(spec.noise(rng, new Date(t)));
    for (const { signal, index } of inserts.get(i) ?? []) out.push(...signal.render(new Date(t), rng, index));
  }
  const path = join(HERE, "incidents", spec.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${out.join("\n")}\n`);
  return out.length;
}

for (const spec of [...SPECS_A, ...SPECS_B]) {
  console.log(`${spec.file}: ${writeLog(spec)} lines`);
}
