import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  createOfflineProvider
} from "./chunk-5ONOF5UK.js";
import "./chunk-FXO3YSEQ.js";
import "./chunk-MZ74LIFJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  createOfflineProvider
};
