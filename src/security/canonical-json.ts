/**
 * JSON with object keys sorted at every depth, so the same value always hashes the same way no matter
 * which writer (this process, a GitHub store, a hand-edited file) produced the key order. Written with
 * plain loops: it runs once per audit entry on append and again on verify.
 */
export function canonicalJson(value: unknown, omitTopLevel?: ReadonlySet<string>): string {
  if (value === null || typeof value !== "object") {
    // undefined and functions have no JSON form; they hash as null rather than vanishing silently.
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i += 1) out += (i ? "," : "") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || omitTopLevel?.has(key)) continue;
    out += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}
