import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-XQHKQL4C.js";
import "./chunk-XIKYMYE3.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-SHJMTYEV.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-Z34A77QH.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
