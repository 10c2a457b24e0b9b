import { type FileHandle, open, stat } from "node:fs/promises";

export type FollowEvent =
  | { kind: "lines"; lines: string[] }
  /** Following began at the end of the file: these many lines were already there (numbering goes on from them). */
  | { kind: "skipped"; lines: number }
  | { kind: "rotated" }
  | { kind: "truncated" }
  | { kind: "idle" }
  | { kind: "missing" };

export interface FileFollower {
  readonly path: string;
  /** One look at the file: reads what was appended, notices rotation and truncation. */
  poll(): Promise<FollowEvent[]>;
  close(): Promise<void>;
}

const CHUNK = 256 * 1024;
/** A line with no newline for this long is taken as complete (a writer that never ends its last line). */
const MAX_PARTIAL = 64 * 1024;

/**
 * Follows one file by path, like `tail -F`: starts at the end (or the start, for a file that appears later),
 * notices rotation by a changed inode (finishing the old file through its open handle first) and truncation
 * by a size below the read position (copytruncate), and reads from the start again in both cases.
 */
export function createFileFollower(path: string, options: { fromStart?: boolean } = {}): FileFollower {
  let handle: FileHandle | undefined;
  let ino: number | undefined;
  let position = 0;
  let partial = "";
  // Decided by the file's first line break, as the reader does: old Mac and some serial consoles end lines
  // with a lone CR. Undefined until a break is seen.
  let crOnly: boolean | undefined;
  let first = true;
  // The file's first bytes as last seen: a copytruncate followed by writes that outgrow the old read
  // position leaves the size looking fine, but the start of the file changes.
  let head = Buffer.alloc(0);
  const HEAD = 64;

  async function headChanged(h: FileHandle): Promise<boolean> {
    if (position === 0) return false;
    const want = Math.min(HEAD, position);
    if (head.length < want) {
      const fresh = Buffer.alloc(want);
      const { bytesRead } = await h.read(fresh, 0, want, 0);
      if (head.length > 0 && !fresh.subarray(0, head.length).equals(head)) return true;
      head = fresh.subarray(0, bytesRead);
      return false;
    }
    const now = Buffer.alloc(head.length);
    const { bytesRead } = await h.read(now, 0, head.length, 0);
    return bytesRead < head.length || !now.equals(head);
  }

  async function readAll(h: FileHandle): Promise<string[]> {
    const lines: string[] = [];
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await h.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      partial += buffer.subarray(0, bytesRead).toString("utf8");
      crOnly ??= lineBreakKind(partial);
      const parts = partial.split(crOnly ? "\r" : "\n");
      partial = parts.pop() ?? "";
      for (const line of parts) lines.push(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
    if (partial.length > MAX_PARTIAL) {
      lines.push(partial);
      partial = "";
    }
    return lines;
  }

  /** Lines before `end`: one pass over what following skips, so citations count from the file's first line. */
  async function countLines(h: FileHandle, end: number): Promise<number> {
    const buffer = Buffer.alloc(CHUNK);
    let lines = 0;
    for (let at = 0; at < end; ) {
      const { bytesRead } = await h.read(buffer, 0, Math.min(CHUNK, end - at), at);
      if (bytesRead === 0) break;
      crOnly ??= lineBreakKind(buffer.subarray(0, bytesRead).toString("latin1"));
      const breakByte = crOnly ? 13 : 10;
      for (
        let i = buffer.indexOf(breakByte, 0);
        i !== -1 && i < bytesRead;
        i = buffer.indexOf(breakByte, i + 1)
      )
        lines += 1;
      at += bytesRead;
    }
    return lines;
  }

  /** Opens the file; returns how many lines were skipped when starting at its end. */
  async function reopen(fromStart: boolean): Promise<number> {
    await handle?.close();
    handle = await open(path, "r");
    const info = await handle.stat();
    ino = info.ino;
    position = fromStart ? 0 : info.size;
    partial = "";
    crOnly = undefined;
    head = Buffer.alloc(0);
    return position > 0 ? countLines(handle, position) : 0;
  }

  return {
    path,
    async poll() {
      const events: FollowEvent[] = [];
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        // Mid-rotation the path is briefly absent: drain the old file, then wait for the new one.
        if (handle) {
          const lines = await readAll(handle);
          if (lines.length > 0) events.push({ kind: "lines", lines });
        }
        events.push({ kind: "missing" });
        first = false;
        return events;
      }
      if (!handle) {
        const skipped = await reopen(first ? (options.fromStart ?? false) : true);
        if (skipped > 0) events.push({ kind: "skipped", lines: skipped });
      } else if (info.ino !== ino) {
        const rest = await readAll(handle);
        if (partial) rest.push(partial);
        if (rest.length > 0) events.push({ kind: "lines", lines: rest });
        events.push({ kind: "rotated" });
        await reopen(true);
      } else if (info.size < position || (await headChanged(handle))) {
        events.push({ kind: "truncated" });
        position = 0;
        partial = "";
        head = Buffer.alloc(0);
      }
      first = false;
      const lines = await readAll(handle as FileHandle);
      await headChanged(handle as FileHandle); // records the first bytes once there are some
      events.push(lines.length > 0 ? { kind: "lines", lines } : { kind: "idle" });
      return events;
    },
    async close() {
      await handle?.close();
      handle = undefined;
    },
  };
}

/** True when the text's first line break is a lone CR, false for LF or CRLF, undefined with none yet. */
function lineBreakKind(text: string): boolean | undefined {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? undefined : false;
  // A CR at the very end may be the first half of a CRLF that the next read completes.
  if (cr === text.length - 1) return undefined;
  return text[cr + 1] !== "\n";
}
