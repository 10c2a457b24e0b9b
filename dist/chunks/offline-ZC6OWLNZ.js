import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-CNPGSKJC.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-WLFEKNVB.js";
import "./chunk-3PS2UTSF.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-VXTPA24F.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
