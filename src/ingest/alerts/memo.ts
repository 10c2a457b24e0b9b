/**
 * A pure function of a string, remembered for the last `capacity` distinct inputs (oldest dropped first).
 * An alert storm repeats the same few fingerprints and timestamps thousands of times a second; the hash or
 * date parse behind them need not be repeated. Only for functions whose result depends on the input alone.
 */
export function memoizeString<T>(compute: (input: string) => T, capacity = 10_000): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    const hit = known.get(input);
    if (hit !== undefined || known.has(input)) return hit as T;
    const value = compute(input);
    if (known.size >= capacity) known.delete(known.keys().next().value as string);
    known.set(input, value);
    return value;
  };
}
