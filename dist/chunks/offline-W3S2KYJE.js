import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-2OM65JNV.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-2BP7FM43.js";
import "./chunk-VXTPA24F.js";
import "./chunk-FENS5ISO.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
