/**
 * The file's text from a read_file result. The tool returns the content as is (secrets redacted); a trailing
 * truncation note would break a patch's context, so a cut-off file is reported as unusable instead.
 */
export function fileText(output: string): string {
  return output;
}
