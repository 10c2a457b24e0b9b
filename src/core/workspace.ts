/**
 * Log text that arrived over the wire (the API's trigger, the watcher) rather than as a file: `file` and
 * `firstLine` say where it was cut from, so evidence cites that file's own lines by its own name.
 */
export interface LogUpload {
  text: string;
  file?: string;
  firstLine?: number;
}

/**
 * What a run may look at: an optional repository and the uploaded logs. The pipeline never touches the
 * filesystem itself; tools resolve every path against these roots through the security layer.
 */
export interface Workspace {
  /** Absolute, real path of the repository root; absent when only logs were given. */
  repoRoot?: string;
  /** Absolute paths of uploaded log files (already expanded from directories). */
  logFiles: string[];
  /** How log paths are shown in evidence (the path as the user typed it), keyed by absolute path. */
  logDisplayNames: Record<string, string>;
  /**
   * For a log file that is an excerpt of a longer one (a watcher's trigger), the original line its first line
   * is, keyed by absolute path: evidence cites the original file's lines.
   */
  logFirstLines?: Record<string, number>;
}
