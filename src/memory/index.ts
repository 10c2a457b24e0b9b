export * from "./memory-entry.js";
export * from "./memory-store.js";
export * from "./retrieve.js";
