import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-XCUVKJCL.js";
import "./chunk-354I4IXE.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-3JB4G2O6.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
