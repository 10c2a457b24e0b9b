import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-VNGEUINP.js";
import "./chunk-OUVQMEHM.js";
import "./chunk-ZUZ25RBQ.js";
import "./chunk-MZ74LIFJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34A77QH.js";
import "./chunk-YB7WDAOB.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
