import type { Noise, Rng } from "./noise.js";

export interface Signal {
  /** Where the first occurrence goes, as a share of the log (0..1). */
  at: number;
  repeat?: number;
  /** Noise lines between repeats. */
  every?: number;
  render: (t: Date, rng: Rng, index: number) => string[];
}

export interface LogSpec {
  file: string;
  seed: number;
  lines: number;
  start: string;
  gapMs: number;
  noise: Noise;
  signals: Signal[];
}
