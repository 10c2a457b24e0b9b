import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  redactForPosting,
  secretlintLines
} from "./chunk-VNN7YIIQ.js";
import "./chunk-YTPWNMCU.js";
import "./chunk-P6IOLGTS.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";
export {
  redactForPosting,
  secretlintLines
};
