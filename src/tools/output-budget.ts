/** Default budget for one tool result shown to a model (characters; roughly 4k tokens). */
export const DEFAULT_OUTPUT_BUDGET = 16_000;

const HINTS: Record<string, string> = {
  read_file: "pass startLine/endLine, or grep_search for the lines you need",
  grep_search: "use a more specific pattern or pass a path",
  run_diagnostics: "narrow the command (e.g. tail -n 100, ps -o with fewer columns)",
  fetch_docs: "fetch a more specific page",
  query_metrics: "query the alert's expression alone, or a narrower subject (add container or mountpoint)",
  read_kubernetes: "ask for one object, or logs with fewer tailLines",
  query_logs: "narrow the subject (add pod or container)",
  git_history: "ask for fewer commits (maxCount), one path, or patch: false",
};

/** Cuts oversized output and tells the agent how to ask for less. */
export function fitToBudget(
  tool: string,
  output: string,
  budget = DEFAULT_OUTPUT_BUDGET,
  totalLength = output.length,
): string {
  if (output.length <= budget && totalLength <= budget) return output;
  const hint = HINTS[tool] ?? "narrow the request";
  return `${output.slice(0, budget)}\n[output cut: showing ${budget} of ${totalLength} characters; ${hint}]`;
}
