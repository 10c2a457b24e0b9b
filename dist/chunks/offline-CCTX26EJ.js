import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-GSXQ3UBK.js";
import "./chunk-NIK6LTO5.js";
import "./chunk-BI7T4HIU.js";
import "./chunk-P42MELE2.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
