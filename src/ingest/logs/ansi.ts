/**
 * Terminal escape sequences that coloured loggers and `docker compose logs` write into files: CSI (`ESC [ … m`,
 * cursor and erase codes), OSC (`ESC ] … BEL` titles and hyperlinks) and two-character escapes. Left in, they
 * hide the level word (`ESC[31merror`) from the header split and put escape bytes into templates and evidence.
 */
const ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;

/** The lines without escape sequences, in place; lines without ESC are left as they are. */
export function stripEscapes(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes("\u001b")) lines[i] = line.replace(ESCAPE, "");
  }
}
