/**
 * How long a process took to start, as the frameworks print it when they are ready: what a liveness probe's
 * initial delay and failure budget must outlast. Forms are data; each captures the number and its unit.
 */
const FORMS: readonly { re: RegExp; unit?: "ms" | "s" }[] = [
  // Spring Boot: "Started CatalogApplication in 94.212 seconds (process running for 97.48)".
  { re: /\bStarted \S+ in (\d+(?:\.\d+)?) seconds\b/, unit: "s" },
  // Quarkus: "ledger 1.0 on JVM (powered by Quarkus 3.8) started in 12.345s."
  { re: /\bstarted in (\d+(?:\.\d+)?)s\b/, unit: "s" },
  // Micronaut: "Startup completed in 1234ms. Server Running".
  { re: /\bStartup completed in (\d+)ms\b/, unit: "ms" },
  {
    re: /\b(?:startup|start-up|boot) (?:took|time|completed in|finished in)[:=]?\s*(\d+(?:\.\d+)?)\s*(ms|s|seconds)\b/i,
  },
  { re: /\bready in (\d+(?:\.\d+)?)\s*(ms|s)\b/i },
];

/** One search for every form (the grep tool reads JavaScript regular expressions, line by line). */
export const STARTUP_SEARCH =
  "\\bStarted \\S+ in \\d|\\bstarted in \\d|Startup completed in \\d|\\b(?:[Ss]tartup|[Ss]tart-up|[Bb]oot) (?:took|time|completed in|finished in)|\\bready in \\d";

/** The start-up time a line reports, in milliseconds. */
export function startupIn(text: string): number | undefined {
  for (const form of FORMS) {
    const m = form.re.exec(text);
    const value = Number(m?.[1]);
    if (!m || !Number.isFinite(value)) continue;
    const unit = (m[2] ?? form.unit ?? "").toLowerCase();
    if (unit === "ms") return Math.round(value);
    if (unit.startsWith("s")) return Math.round(value * 1000);
  }
  return undefined;
}

/** The longest start-up among the lines, with the line that reports it. */
export function longestStartup(
  lines: readonly { file: string; line: number; text: string }[],
): { ms: number; file: string; line: number; text: string } | undefined {
  let best: { ms: number; file: string; line: number; text: string } | undefined;
  for (const l of lines) {
    const ms = startupIn(l.text);
    if (ms !== undefined && (!best || ms > best.ms)) best = { ms, ...l };
  }
  return best;
}
