import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  redactForPosting,
  secretlintLines
} from "./chunk-ELRIDB5C.js";
import "./chunk-SCPEIYA6.js";
import "./chunk-P6IOLGTS.js";
import "./chunk-NVA5WIDF.js";
import "./chunk-3EZXIJC4.js";
export {
  redactForPosting,
  secretlintLines
};
