import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-BCP2MFNX.js";
import "./chunk-T2QTEOOO.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-QCIXFYUU.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-Z34A77QH.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
