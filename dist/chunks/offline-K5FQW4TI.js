import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-YEIS24MA.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-4MO2DRZN.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-Z34A77QH.js";
import "./chunk-BFARRGFS.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
