import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  SIGNATURES,
  buildPrefilter,
  createOfflineProvider,
  createSignatureScanner,
  matchSignature,
  signatureById
} from "./chunk-2RWZU3LY.js";
import "./chunk-ETXEAIJJ.js";
import "./chunk-JH6YQ4PQ.js";
import "./chunk-Z34A77QH.js";
import "./chunk-3EZXIJC4.js";
export {
  SIGNATURES,
  buildPrefilter,
  createOfflineProvider,
  createSignatureScanner,
  matchSignature,
  signatureById
};
