import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  serveCommand,
  serveSettingsFromEnv,
  startServe
} from "./chunk-KGEJR47T.js";
import "./chunk-YNWUXZI4.js";
import "./chunk-YJ4ZCCP4.js";
import "./chunk-LDMTTOAY.js";
import "./chunk-6C5AGK4M.js";
import "./chunk-GBRYICE2.js";
import "./chunk-FTBR6SPN.js";
import "./chunk-6L6JM6QR.js";
import "./chunk-EH5HMPPR.js";
import "./chunk-EVL65VY6.js";
import "./chunk-SNGNPRQL.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-JPAJXDRK.js";
import "./chunk-X2TCV4F4.js";
import "./chunk-F7UY5LC4.js";
import "./chunk-UOHJ52NF.js";
import "./chunk-7OIBAZWL.js";
import "./chunk-ETXEAIJJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34A77QH.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-R5HS2W2N.js";
import "./chunk-3EZXIJC4.js";
export {
  serveCommand,
  serveSettingsFromEnv,
  startServe
};
