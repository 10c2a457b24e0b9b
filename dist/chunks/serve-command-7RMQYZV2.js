import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  serveCommand,
  serveSettingsFromEnv,
  startServe
} from "./chunk-7Q3YSVGI.js";
import "./chunk-MHD4LN2G.js";
import "./chunk-V7XQUYPL.js";
import "./chunk-LDMTTOAY.js";
import "./chunk-6C5AGK4M.js";
import "./chunk-GBRYICE2.js";
import "./chunk-FTBR6SPN.js";
import "./chunk-IZUQUCHK.js";
import "./chunk-KWXQYEPS.js";
import "./chunk-EVL65VY6.js";
import "./chunk-5CYBKKMC.js";
import "./chunk-JPAJXDRK.js";
import "./chunk-X2TCV4F4.js";
import "./chunk-F7UY5LC4.js";
import "./chunk-UOHJ52NF.js";
import "./chunk-RY4QTVHR.js";
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
