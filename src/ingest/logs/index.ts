/** Log uploads: streaming reader, template miner and condenser to a token budget (issue 4). */
export { groupingAccuracy } from "./grouping-accuracy.js";
export { lineIdPieces, type MinedLines, mineLines } from "./line-ids.js";
export { type FoundLog, type LogDirectory, MAX_LOG_FILES, walkLogDirectory } from "./log-directory.js";
export {
  expandInputs,
  type LogInput,
  type ReadOptions,
  readLogRecordBatches,
  readLogRecords,
} from "./reader.js";
export type { ParsedRecord } from "./records.js";
export {
  DEFAULT_BUDGET_TOKENS,
  minerAdd,
  minerAddIndex,
  type SummarizeOptions,
  summarizeLogs,
} from "./summarize.js";
export {
  createTemplateMiner,
  type MinedTemplate,
  type MinerOptions,
  type TemplateMiner,
} from "./template-miner.js";
