/** What read_file appends when it cuts an oversized file (src/tools/output-budget.ts). */
const CUT_NOTE = /\n\[output cut: showing \d+ of \d+ characters;[^\]]*\]$/;

/**
 * The file's text from a read_file result (returned as is, secrets redacted). A cut-off file is still good for
 * finding a line, but not for writing a diff against: `complete` says which.
 */
export function fileText(output: string): { text: string; complete: boolean } {
  const cut = CUT_NOTE.exec(output);
  return cut ? { text: output.slice(0, cut.index), complete: false } : { text: output, complete: true };
}
