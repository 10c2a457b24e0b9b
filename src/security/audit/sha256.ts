export { sha256Hex } from "../../core/sha256.js";
