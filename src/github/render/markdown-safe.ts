/**
 * Untrusted text in what is posted to GitHub: the one neutraliser lives in the security gateway (the Markdown
 * report uses it too); this module is where GitHub renderers import it from.
 */
export {
  codeBlock,
  inlineCode,
  inlineText,
  plainText,
  stripInvisible,
} from "../../security/gateway/posting-neutraliser.js";
