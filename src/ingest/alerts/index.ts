/** The alert ingest's public face; callers that only normalize import ./normalize-alert.js and skip Redis. */

export { createMemoryStateStore } from "../../core/memory-state-store.js";
export type { StateStore } from "../../core/state-store.js";
export { createCertificateFetcher, type SnsDeps } from "./auth/sns.js";
export type { AlertAuthSettings, SourceAuth, VerifyResult } from "./auth/verify-request.js";
export { AlertAuthSettingsSchema, verifyRequest } from "./auth/verify-request.js";
export type { DedupeEngine, DedupeSettings, IncidentEvent, IncidentEventKind } from "./dedupe.js";
export { createDedupeEngine, DedupeSettingsSchema } from "./dedupe.js";
export { incidentIdFor, labelsFingerprint, vendorFingerprint } from "./fingerprint.js";
export { normalizeAlert, normalizePostableAlerts } from "./normalize-alert.js";
export type { NormalizeResult } from "./normalize-helpers.js";
export { createRedisStateStore } from "./redis-state-store.js";
export { ALERT_SOURCES, type AlertSourceName, AlertSourceNameSchema } from "./source-name.js";
export { type GenericAlert, GenericAlertSchema } from "./sources/generic.js";
