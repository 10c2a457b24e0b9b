import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-OLH5OYAN.js";
import "./chunk-JAUNV2IM.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-LDF6ZQRU.js";
import "./chunk-PHUYCHNG.js";
import "./chunk-Z34A77QH.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
