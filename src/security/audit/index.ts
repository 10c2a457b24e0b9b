export * from "./audit-entry.js";
export * from "./audit-keys.js";
export * from "./audit-log.js";
export * from "./audit-store.js";
export * from "./jsonl-store.js";
export * from "./verify-chain.js";
