export { createOfflineProvider } from "./offline-provider.js";
