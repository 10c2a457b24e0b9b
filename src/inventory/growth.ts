/** A memory reading in a log line: `"rss":182000000`, `heap_used=96MB`, `working_set: 512Mi`. */
export const MEMORY_READING =
  /["']?(rss|heapUsed|heap_used|heap_used_bytes|resident|working_set|workingSet|memory_usage|mem_used|usedMemory)["']?\s*[:=]\s*(\d+(?:\.\d+)?)/i;

/** A `kubectl top pod` row: `billing-7d9f8c6b5-x2kqp   212m   379Mi` (snapshots taken over time make a series). */
export const TOP_POD_ROW = /^([a-z0-9][\w.-]*)\s+\d+m\s+(\d+)(Ki|Mi|Gi)\s*$/;

const UNIT = { Ki: 1 / 1024, Mi: 1, Gi: 1024 } as const;

/** Readings needed before a trend means anything. */
const MIN_READINGS = 6;

/**
 * Steady growth: the readings of one memory figure, in log order, rise at (nearly) every step and end well
 * above where they started. A leak looks like this; a burst of work does not. Raising a limit then only
 * delays the next kill, so the fix rules forbid it.
 */
export function steadyGrowth(lines: readonly string[]): boolean {
  const series = new Map<string, number[]>();
  for (const line of lines) {
    const top = TOP_POD_ROW.exec(line.trim());
    if (top?.[1] && top[2]) {
      const mib = Number(top[2]) * UNIT[top[3] as keyof typeof UNIT];
      series.set(`pod ${top[1]}`, [...(series.get(`pod ${top[1]}`) ?? []), mib]);
      continue;
    }
    const m = MEMORY_READING.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const key = m[1].toLowerCase();
    series.set(key, [...(series.get(key) ?? []), Number(m[2])]);
  }
  return [...series.values()].some(risesSteadily);
}

/** One series of readings, in log order, rises at (nearly) every step and ends well above where it began. */
export function risesSteadily(values: readonly number[]): boolean {
  if (values.length < MIN_READINGS) return false;
  const rising = values.slice(1).filter((v, i) => v >= (values[i] ?? 0)).length;
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return rising >= 0.8 * (values.length - 1) && first > 0 && last >= 1.5 * first;
}
