import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-DEYLIDGU.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-UCON6A3N.js";
import "./chunk-VCYNMCUB.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-VXTPA24F.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
