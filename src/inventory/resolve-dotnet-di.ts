import type { CitedLine, Resolution } from "./resolution.js";
import type { Located } from "./types.js";

interface RepoRead {
  path: string;
  content: string;
}

export interface DiLookup {
  kind: "di-unresolved";
  service: string;
  consumer: string;
}

/** Microsoft.Extensions.DependencyInjection's CannotResolveService, quoted plainly or JSON-escaped (\u0027). */
const CANNOT_RESOLVE =
  /Unable to resolve service for type (?:'|\\u0027)(?:[\w`.+]+\.)?(\w+)(?:`\d+)?(?:'|\\u0027) while attempting to activate (?:'|\\u0027)(?:[\w`.+]+\.)?(\w+)/;

export function diLookup(evidence: string): DiLookup | undefined {
  const m = CANNOT_RESOLVE.exec(evidence);
  return m?.[1] && m[2] ? { kind: "di-unresolved", service: m[1], consumer: m[2] } : undefined;
}

export const REGISTRATION_FILE = /(^|\/)(Program|Startup)\.cs$|ServiceCollection\w*\.cs$/;
/** A statement that registers a service: `builder.Services.AddScoped<…>();`, `services.AddSingleton(…);`. */
const REGISTRATION = /^(\s*)((?:\w+\.)*[Ss]ervices\.)(?:Try)?Add\w*\s*[<(].*;\s*$/;

function registers(service: string, text: string): boolean {
  return new RegExp(
    `\\.(?:Try)?Add\\w*\\s*(?:<\\s*(?:[\\w.]+\\.)?${service}\\b|\\(\\s*typeof\\(\\s*(?:[\\w.]+\\.)?${service}\\s*\\))`,
  ).test(text);
}

function linesMatching(files: readonly RepoRead[], re: RegExp): CitedLine[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => (re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])),
  );
}

/** Concrete classes whose base list names the service (or the service itself, when it is a concrete class). */
function implementations(service: string, code: readonly RepoRead[]): (Located & { name: string })[] {
  const decl = /^\s*(?:public\s+|internal\s+|sealed\s+|partial\s+)*class\s+(\w+)[^:{\n]*(?::\s*([^{\n]+))?/;
  return code.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      const m = decl.exec(text);
      if (!m?.[1] || /\babstract\b/.test(text)) return [];
      const bases = (m[2] ?? "").split(",").map((b) => b.trim().replace(/<.*$/, "").split(".").pop());
      return m[1] === service || bases.includes(service) ? [{ name: m[1], file: f.path, line: i + 1 }] : [];
    }),
  );
}

/**
 * A class asks the container for a type nobody registered. Cited: the last registration in the start-up file
 * (where one belongs) and the class that asked. Proposed only when exactly one concrete class in the repository
 * implements the type: a scoped registration of it after the others. The type registered somewhere already
 * (another scope or environment), or its implementation outside the repository: cited, nothing proposed.
 */
export function resolveDiRegistration(lookup: DiLookup, files: readonly RepoRead[]): Resolution | undefined {
  const code = files.filter((f) => f.path.endsWith(".cs"));
  if (code.some((f) => registers(lookup.service, f.content))) return undefined;
  const regs = linesMatching(
    code.filter((f) => REGISTRATION_FILE.test(f.path)),
    REGISTRATION,
  );
  const last = regs.at(-1);
  if (!last) return undefined;
  const consumer = linesMatching(code, new RegExp(`\\bclass\\s+${lookup.consumer}\\b`));
  const impls = implementations(lookup.service, code);
  const base = {
    kind: "service-registered" as const,
    subject: lookup.service,
    cause: last,
    // The implementation first: the Surgeon re-resolves from the cited files.
    truth: [...impls, ...consumer].map(({ file, line }) => ({ file, line })),
    candidates: impls.map((i) => i.name),
  };
  const impl = impls[0];
  if (impls.length !== 1 || !impl)
    return {
      ...base,
      reason:
        impls.length === 0
          ? `no class in the repository implements ${lookup.service}: register the implementation (its package's Add… extension) where the other services are`
          : `${impls.map((i) => i.name).join(", ")} implement ${lookup.service}; which one to register is a person's call`,
    };
  const [, indent = "", receiver = "services."] = REGISTRATION.exec(last.text) ?? [];
  const generic = impl.name === lookup.service ? lookup.service : `${lookup.service}, ${impl.name}`;
  const add = `${indent}${receiver}AddScoped<${generic}>();`;
  return {
    ...base,
    reason: `${lookup.consumer} needs ${lookup.service}, which no start-up code registers; ${impl.name} (${impl.file}:${impl.line}) is its only implementation (scoped: check the lifetime it needs)`,
    change: {
      ...last,
      before: last.text,
      after: `${last.text}\n${add}`,
      summary: `register ${generic.replace(", ", " → ")} (scoped)`,
    },
  };
}

/** The patched start-up file now registers the type. */
export function diHolds(
  resolution: Resolution,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const file = patched.find((f) => f.path === resolution.change?.file);
  return file && registers(resolution.subject, file.content)
    ? { ok: true, detail: `${file.path} now registers ${resolution.subject}` }
    : { ok: false, detail: `nothing registers ${resolution.subject}` };
}
