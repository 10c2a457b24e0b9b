import { buildInventory, isDeployFile } from "./build.js";
import { type Direction, type RenameSides, short, word } from "./rename-history.js";
import { type CitedLine, nearName, type Resolution } from "./resolution.js";
import type { RepoRead } from "./resolve.js";
import { envReadPattern, renameRead } from "./resolve-env.js";

/**
 * The env-var rename decided by which side moved (rename-history.ts): the side left behind follows the one a
 * commit renamed on purpose, at its one line. `otherReaders` are code lines that read the defined name: when
 * the code side moved, renaming the definition would take the variable from them, so nothing is proposed.
 */
export function resolveRenameByHistory(
  r: Resolution,
  sides: RenameSides,
  direction: Direction,
  otherReaders: readonly CitedLine[] = [],
): Resolution {
  if (direction.moved === undefined) return { ...r, reason: `${r.reason}; ${direction.reason}` };
  const why = `${direction.file} renamed ${direction.moved === "deploy" ? `${sides.read} to ${sides.defined}` : `${sides.defined} to ${sides.read}`} in commit ${short(direction.commit)}`;
  if (direction.moved === "deploy") {
    const { reader } = sides;
    const after = renameRead(reader.text, sides.read, sides.defined);
    if (!after)
      return {
        ...r,
        reason: `${why}, but ${reader.file}:${reader.line} does not read ${sides.read} as one quoted name`,
      };
    return {
      ...r,
      cause: reader,
      reason: `${why}; the code follows the deploy side`,
      change: {
        ...reader,
        before: reader.text,
        after,
        summary: `read ${sides.defined} instead of ${sides.read}`,
      },
    };
  }
  const other = otherReaders.find((l) => l.file !== sides.reader.file || l.line !== sides.reader.line);
  if (other)
    return {
      ...r,
      reason: `${why}, but ${other.file}:${other.line} still reads ${sides.defined}: renaming the definition would break it`,
    };
  const { definition } = sides;
  const hits = definition.text.match(new RegExp(word(sides.defined).source, "g")) ?? [];
  if (hits.length !== 1)
    return {
      ...r,
      reason: `${why}, but ${definition.file}:${definition.line} names ${sides.defined} ${hits.length} times`,
    };
  return {
    ...r,
    cause: definition,
    reason: `${why}; the deploy side follows the code`,
    change: {
      ...definition,
      before: definition.text,
      after: definition.text.replace(word(sides.defined), sides.read),
      summary: `define ${sides.read} instead of ${sides.defined}`,
    },
  };
}

/**
 * Whether the patched files agree on the variable, whichever side the patch changed: a deploy file now
 * defines the name the code reads, or no code reads the missing name any more and code reads, in its place,
 * a near name a deploy file defines.
 */
export function renameRelationHolds(
  read: string,
  patched: readonly RepoRead[],
): { ok: boolean; detail: string } {
  const keys = new Set(
    buildInventory(patched.filter((f) => isDeployFile(f.path))).settings.map((s) => s.key),
  );
  if (keys.has(read)) return { ok: true, detail: `a deploy file now defines ${read}, which the code reads` };
  const code = patched.filter((f) => !isDeployFile(f.path));
  const pattern = envReadPattern(read);
  const still = code.find((f) => f.content.split("\n").some((l) => pattern.test(l)));
  if (still) return { ok: false, detail: `${still.path} still reads ${read}, which no deploy file defines` };
  const now = [...keys].find((k) => nearName(k, read) && code.some((f) => envReadPattern(k).test(f.content)));
  return now
    ? { ok: true, detail: `the code now reads ${now} in place of ${read}, and a deploy file defines it` }
    : { ok: false, detail: `no code reads a defined variable in place of ${read}` };
}
