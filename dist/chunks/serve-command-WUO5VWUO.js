import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  serveCommand,
  serveSettingsFromEnv,
  startServe
} from "./chunk-4YU6NIEV.js";
import "./chunk-BGECUDHZ.js";
import "./chunk-SEP24J4D.js";
import "./chunk-23OJHAHD.js";
import "./chunk-6C5AGK4M.js";
import "./chunk-WDZLA5NT.js";
import "./chunk-4VTSCIS2.js";
import "./chunk-HHO26WXS.js";
import "./chunk-ZIOO5EGD.js";
import "./chunk-EVL65VY6.js";
import "./chunk-T5SOMHKL.js";
import "./chunk-64VRCSWF.js";
import "./chunk-OTITGYDY.js";
import "./chunk-F7UY5LC4.js";
import "./chunk-UOHJ52NF.js";
import "./chunk-PPFK7I5R.js";
import "./chunk-MZ74LIFJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-Z34A77QH.js";
import "./chunk-WMCLU2NB.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-YTPWNMCU.js";
import "./chunk-3EZXIJC4.js";
export {
  serveCommand,
  serveSettingsFromEnv,
  startServe
};
