import { arr, type Cite, isObj, type Obj, str } from "./k8s-manifest-records.js";
import type { ParsedRecord } from "./records.js";

/**
 * `docker inspect` output, whole (`[{"Id": …, "State": {"Health": …}}]`) or cut to `.State` or
 * `.State.Health`: each failed health-check run in `Health.Log` is a record of its own (its Output is what
 * the check printed, often why it could not even run), and the container's health status one more. Read
 * otherwise, the object is one "Object ?" record and the reason the container is unhealthy is never seen.
 */
function healthOf(o: Obj): { health: Obj; path: string[]; name?: string } | undefined {
  if (Array.isArray(o.Log) && typeof o.Status === "string" && "FailingStreak" in o)
    return { health: o, path: [] };
  const state = isObj(o.State) ? o.State : isObj(o.Health) ? o : undefined;
  if (!state || !isObj(state.Health)) return undefined;
  const name = str(o.Name)?.replace(/^\//, "");
  const path = state === o ? ["Health"] : ["State", "Health"];
  return { health: state.Health, path, ...(name ? { name } : {}) };
}

/** A health check's output can be long (a curl progress meter, an HTML error page): the message keeps its start. */
const MAX_MESSAGE = 2000;
const cap = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)} …` : text);

/** Records for a docker inspect object, or undefined when the object is not one. */
export function dockerInspectRecords(o: Obj, ctx: Cite): ParsedRecord[] | undefined {
  const found = healthOf(o);
  if (!found) return undefined;
  const { health, path, name } = found;
  const who = name ? `container ${name}` : "the container";
  const subject = name ? { container: name } : undefined;
  const quote = (rel: (string | number)[]) => {
    const span = ctx.at([...path, ...rel]);
    const from = span?.line ?? ctx.line;
    const q = ctx.quote(from, span?.endLine ?? from);
    return { line: from, endLine: q.endLine, text: q.text };
  };
  const out: ParsedRecord[] = [];
  arr(health.Log).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const exit = typeof entry.ExitCode === "number" ? entry.ExitCode : undefined;
    const output = (str(entry.Output) ?? "").trim();
    if (exit === 0) return;
    const start = str(entry.Start);
    out.push({
      file: ctx.file,
      ...quote(str(entry.Output) !== undefined ? ["Log", i, "Output"] : ["Log", i]),
      message: cap(`Health check of ${who} failed (exit ${exit ?? "?"}): ${output || "(no output)"}`),
      level: "ERROR",
      ...(subject ? { subject } : {}),
      ...(start ? { time: start } : {}),
    });
  });
  const status = str(health.Status) ?? "?";
  const streak = typeof health.FailingStreak === "number" ? health.FailingStreak : undefined;
  out.unshift({
    file: ctx.file,
    ...quote(["Status"]),
    message: `Docker health status of ${who}: ${status}${streak !== undefined ? ` (failing streak ${streak})` : ""}`,
    level: status === "unhealthy" ? "ERROR" : "INFO",
    ...(subject ? { subject } : {}),
  });
  return out;
}
