import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-GNZFMIML.js";
import "./chunk-3EZXIJC4.js";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
