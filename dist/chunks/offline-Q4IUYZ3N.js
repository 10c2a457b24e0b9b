import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-AKJPECWL.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-OTMPDRQ7.js";
import "./chunk-VXTPA24F.js";
import "./chunk-SFPHNJ3Y.js";
import "./chunk-Z34VOEOA.js";
import "./chunk-GNCNIB7N.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
