import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  serveCommand,
  serveSettingsFromEnv,
  startServe
} from "./chunk-ODLMMNQ6.js";
import "./chunk-TWELTO7M.js";
import "./chunk-IJOSRABH.js";
import "./chunk-23OJHAHD.js";
import "./chunk-6C5AGK4M.js";
import "./chunk-WDZLA5NT.js";
import "./chunk-4VTSCIS2.js";
import "./chunk-RQ52JRN2.js";
import "./chunk-PY24N6GD.js";
import "./chunk-EVL65VY6.js";
import "./chunk-FZAKC7TB.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-64VRCSWF.js";
import "./chunk-OTITGYDY.js";
import "./chunk-F7UY5LC4.js";
import "./chunk-UOHJ52NF.js";
import "./chunk-FXO3YSEQ.js";
import "./chunk-MZ74LIFJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34A77QH.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-YTPWNMCU.js";
import "./chunk-3EZXIJC4.js";
export {
  serveCommand,
  serveSettingsFromEnv,
  startServe
};
