import { type CitedLine, lineAt, nearName, type Resolution } from "./resolution.js";
import type { Inventory, SettingFact } from "./types.js";

type ContentOf = (file: string) => string | undefined;

/** Values leaves only count as variables when they are written like one (charts pass `env:` maps through). */
function definesEnv(s: SettingFact): boolean {
  // Values and app config leaves are named by their nesting, not environment variables, unless spelled as one.
  return (s.source !== "helm-values" && s.source !== "app-config") || /^[A-Z][A-Z0-9_]*$/.test(s.key);
}

/** A comment at or just above a definition that says the name changed on purpose. */
const RENAMED = /\b(renam\w*|convention|formerly|was\s+[A-Z][A-Z0-9_]+|new name|moved to)\b/i;

function deploySideMoved(s: SettingFact, contentOf: ContentOf): boolean {
  const lines = (contentOf(s.file) ?? "").split("\n");
  const around = lines.slice(Math.max(0, s.line - 4), s.line);
  return around.some((l) => (/^\s*#/.test(l) || /\s#\s/.test(l) ? RENAMED.test(l) : false));
}

/** The quoted name on a code line, renamed; undefined when the line reads it more than once or not quoted. */
export function renameRead(text: string, from: string, to: string): string | undefined {
  const re = new RegExp(`(["'\`])${from}\\1`, "g");
  const hits = [...text.matchAll(re)];
  return hits.length === 1 ? text.replace(re, `$1${to}$1`) : undefined;
}

/**
 * A variable read in code that no deploy file defines. A defined name near it (PG_DATABASE_URL for
 * DATABASE_URL) is a rename: cited with the read. Which side to change needs evidence of which side moved —
 * here a comment at the definition saying the deploy name changed on purpose, so the code follows; without it,
 * both are cited and nothing is proposed (renaming either side blindly breaks the other reader).
 */
export function resolveMissingEnv(
  name: string,
  inv: Inventory,
  reads: readonly CitedLine[],
  contentOf: ContentOf,
): Resolution | undefined {
  const env = inv.settings.filter(definesEnv);
  if (env.some((s) => s.key === name)) return undefined;
  const near = env.filter((s) => nearName(s.key, name));
  const keys = [...new Set(near.map((s) => s.key))];
  const def = near[0];
  const defLine = def ? lineAt(contentOf(def.file) ?? "", def.line) : undefined;
  const read = reads[0];
  const cause: CitedLine | undefined =
    def && defLine !== undefined ? { file: def.file, line: def.line, text: defLine } : read;
  if (!cause) return undefined;
  const base = {
    kind: "env-var-defined" as const,
    subject: name,
    cause,
    truth: [
      ...near.map((s) => ({ file: s.file, line: s.line })),
      ...reads.map((r) => ({ file: r.file, line: r.line })),
    ],
    candidates: keys,
  };
  if (keys.length !== 1 || !def)
    return {
      ...base,
      reason:
        keys.length > 1
          ? `several defined names are near ${name}: ${keys.join(", ")}`
          : `no deploy file defines ${name} or a name near it`,
    };
  if (!deploySideMoved(def, contentOf))
    return {
      ...base,
      reason: `${name} is read but ${def.key} is defined; which side was renamed is not in the evidence`,
    };
  if (reads.length !== 1 || !read)
    return { ...base, reason: `${name} is read in ${reads.length} places; one change would not cover them` };
  const after = renameRead(read.text, name, def.key);
  if (!after)
    return { ...base, reason: `${read.file}:${read.line} does not read ${name} as one quoted name` };
  return {
    ...base,
    cause: read,
    reason: `${def.file}:${def.line} renamed the variable on purpose (its comment says so); the code follows`,
    change: { ...read, before: read.text, after, summary: `read ${def.key} instead of ${name}` },
  };
}

/** How code reads a variable: os.environ["X"], getenv("X"), process.env.X, ENV["X"], ${X}. */
export function envReadPattern(name: string): RegExp {
  return new RegExp(
    `(environ|getenv|Getenv|ENV|env)[^\\n]{0,20}["'\`]${name}["'\`]|process\\.env\\.${name}\\b`,
  );
}
