import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  AgentRoleSchema,
  costOf
} from "./chunk-KK5R7FLN.js";
import {
  REDACTED,
  SYSTEMD_UNIT,
  applyPatch,
  formatPatch,
  journalctlProblem,
  parsePatch,
  psEnvironmentFlag
} from "./chunk-BI7T4HIU.js";
import {
  createMemoryStateStore
} from "./chunk-5EQ4B36T.js";
import {
  GENESIS_HASH,
  auditLine,
  canonicalJson,
  hashEntry,
  verifyAuditChain
} from "./chunk-IWMPT2AX.js";
import {
  external_exports
} from "./chunk-Z34A77QH.js";
import {
  readStartupEnvironment,
  secretVariables
} from "./chunk-W6C27GAO.js";
import {
  exportPublicKey,
  loadPrivateKey,
  signHash
} from "./chunk-QKJJ65UN.js";
import {
  summarizeLogs
} from "./chunk-CZG2DZF2.js";
import {
  require_dist
} from "./chunk-Z34VOEOA.js";
import {
  UsageError
} from "./chunk-U3NNAQLI.js";
import {
  SECRET_RULES,
  redactSecrets
} from "./chunk-SCPEIYA6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3EZXIJC4.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob3 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob3 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob3 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob3) glob3 = utils.removeBackslashes(glob3);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob3,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob3, options, returnState = false) => {
      if (Array.isArray(glob3)) {
        const fns = glob3.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob3) && glob3.tokens && glob3.input;
      if (glob3 === "" || typeof glob3 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob3, options) : picomatch4.makeRe(glob3, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob3, posix });
        const result = { glob: glob3, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob3, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob3;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob3;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob3, options, posix = options && options.windows) => {
      const regex = glob3 instanceof RegExp ? glob3 : picomatch4.makeRe(glob3, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants4;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob3, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob3, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/core/mode.ts
var ModeSchema = external_exports.enum(["AUDIT", "ACTIVE", "DISABLED"]);
var ModeInputSchema = external_exports.string().transform((s) => s.toUpperCase()).pipe(ModeSchema);
var STOP_FILE = "STOP_SENTRY";

// src/engine/audit-head.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/security/audit/audit-store.ts
async function readAuditEntries(store) {
  try {
    return await store.read();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function readAuditSince(store, since) {
  return store.readSince ? store.readSince(since) : readAuditEntries(store);
}
function createMemoryAuditStore() {
  const lines = [];
  return {
    lines,
    async append(entries) {
      for (const entry of entries) lines.push(auditLine(entry));
    },
    async read() {
      return lines.map((line) => JSON.parse(line));
    }
  };
}

// src/engine/audit-head.ts
async function chainHead(source) {
  if (source.path) return readAuditHead(source.path);
  if (source.store.head) return source.store.head();
  const last = (await readAuditEntries(source.store)).at(-1);
  return typeof last?.seq === "number" && typeof last.hash === "string" ? { seq: last.seq, hash: last.hash } : void 0;
}
var TAIL_BYTES = 64 * 1024;
async function readAuditHead(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`cannot read audit log ${file}: ${error.code}`, {
      cause: error
    });
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const last = buffer.toString("utf8").trimEnd().split("\n").at(-1);
    if (!last) return void 0;
    const entry = JSON.parse(last);
    if (typeof entry.seq !== "number" || typeof entry.hash !== "string") {
      throw new UsageError(`audit log ${file} does not end with an audit entry: refusing to append to it`);
    }
    return { seq: entry.seq, hash: entry.hash };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`audit log ${file} does not end with a JSON entry: refusing to append to it`, {
      cause: error
    });
  } finally {
    closeSync(fd);
  }
}

// src/core/collector-settings.ts
var EndpointSchema = external_exports.url({ protocol: /^https?$/ }).refine((url) => !/@/.test(new URL(url).host) && new URL(url).username === "", {
  message: "an endpoint may not carry credentials: name an environment variable instead"
});
var EnvNameSchema = external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name");
var HttpCollectorFileSchema = external_exports.strictObject({
  url: EndpointSchema.optional(),
  /** The environment variable holding a bearer token, never the token itself. */
  tokenEnv: EnvNameSchema.optional(),
  enabled: external_exports.boolean().optional()
});
var ElasticsearchFileSchema = HttpCollectorFileSchema.extend({
  /** Index or pattern searched (`logs-*`). */
  index: external_exports.string().regex(/^[\w.*,-]+$/).optional(),
  usernameEnv: EnvNameSchema.optional(),
  passwordEnv: EnvNameSchema.optional()
});
var KubernetesFileSchema = external_exports.strictObject({
  /** A kubeconfig file, or `in-cluster` for the pod's service account. */
  source: external_exports.string().min(1).optional(),
  context: external_exports.string().min(1).optional(),
  enabled: external_exports.boolean().optional()
});
var JournaldFileSchema = external_exports.strictObject({ enabled: external_exports.boolean().optional() });
var CollectorsFileSchema = external_exports.strictObject({
  prometheus: HttpCollectorFileSchema.optional(),
  kubernetes: KubernetesFileSchema.optional(),
  loki: HttpCollectorFileSchema.optional(),
  elasticsearch: ElasticsearchFileSchema.optional(),
  journald: JournaldFileSchema.optional(),
  /** The window queried around the alert's start. */
  beforeMinutes: external_exports.number().positive().max(1440).optional(),
  afterMinutes: external_exports.number().min(0).max(1440).optional(),
  /** Per request: an endpoint that does not answer in time is cut. */
  timeoutSeconds: external_exports.number().positive().max(120).optional(),
  /** Per response: a larger answer is cut before it is parsed. */
  maxResponseBytes: external_exports.number().int().positive().max(5e7).optional(),
  /** Per call: what the agent is shown (characters). */
  outputChars: external_exports.number().int().min(500).max(16e3).optional()
});
var DEFAULTS = {
  beforeMinutes: 30,
  afterMinutes: 5,
  timeoutSeconds: 10,
  maxResponseBytes: 2e6,
  outputChars: 6e3
};
function defined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function collectorSettings(file = {}) {
  const http = (c) => defined({ url: c?.url, tokenEnv: c?.tokenEnv, enabled: c?.enabled ?? c?.url !== void 0 });
  return {
    prometheus: http(file.prometheus),
    kubernetes: defined({
      source: file.kubernetes?.source,
      context: file.kubernetes?.context,
      enabled: file.kubernetes?.enabled ?? file.kubernetes?.source !== void 0
    }),
    loki: http(file.loki),
    elasticsearch: defined({
      ...http(file.elasticsearch),
      index: file.elasticsearch?.index ?? "*",
      usernameEnv: file.elasticsearch?.usernameEnv,
      passwordEnv: file.elasticsearch?.passwordEnv
    }),
    journald: { enabled: file.journald?.enabled ?? false },
    beforeMinutes: file.beforeMinutes ?? DEFAULTS.beforeMinutes,
    afterMinutes: file.afterMinutes ?? DEFAULTS.afterMinutes,
    timeoutSeconds: file.timeoutSeconds ?? DEFAULTS.timeoutSeconds,
    maxResponseBytes: file.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
    outputChars: file.outputChars ?? DEFAULTS.outputChars
  };
}
function mergeCollectorsFiles(base, over) {
  const out = { ...base ?? {} };
  for (const [key2, value] of Object.entries(over)) {
    const prior = out[key2];
    out[key2] = value && typeof value === "object" && prior && typeof prior === "object" ? { ...prior, ...value } : value;
  }
  return out;
}
var GRANTS = ["url", "tokenEnv", "usernameEnv", "passwordEnv", "index", "source", "context"];
var LIMITS = [
  "beforeMinutes",
  "afterMinutes",
  "timeoutSeconds",
  "maxResponseBytes",
  "outputChars"
];
var NAMES = ["prometheus", "kubernetes", "loki", "elasticsearch", "journald"];
function narrowCollectors(operator, repo, ignored) {
  if (!repo) return operator;
  const out = structuredClone(operator);
  for (const name of NAMES) {
    const asked = repo[name];
    if (!asked) continue;
    for (const key2 of GRANTS) {
      const value = asked[key2];
      const own = operator[name][key2];
      if (value !== void 0 && value !== own)
        ignored.push(
          `collectors.${name}.${key2} ignored: collector endpoints and credentials come from the operator`
        );
    }
    if (asked.enabled === false) out[name].enabled = false;
    else if (asked.enabled === true && !operator[name].enabled)
      ignored.push(`collectors.${name}.enabled ignored: the operator has not enabled ${name}`);
  }
  for (const key2 of LIMITS) {
    const value = repo[key2];
    if (value === void 0) continue;
    if (value <= operator[key2]) out[key2] = value;
    else ignored.push(`collectors.${key2}: ${value} ignored: the operator's ${operator[key2]} is stricter`);
  }
  return out;
}

// src/core/config.ts
var DEFAULT_FETCH_DOCS_HOSTS = [
  "docs.github.com",
  "kubernetes.io",
  "nginx.org",
  "docs.docker.com",
  "www.postgresql.org",
  "nodejs.org",
  "docs.python.org",
  "man7.org"
];
var UnitNameSchema = external_exports.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9@_.:-]{0,63}$/,
  "a unit name: letters, digits, @ _ . : -, not starting with -"
);
function canonicalUnit(name) {
  return name.replace(/\.service$/i, "");
}
var HostListSchema = external_exports.array(external_exports.string().min(1));
var RestartFileSchema = external_exports.strictObject({
  /** GitHub mode: the workflow dispatched with the service as input. */
  workflow: external_exports.string().min(1).optional(),
  /** Local mode: the command run (as an argument vector, never a shell), `{service}` substituted. */
  command: external_exports.array(external_exports.string().min(1)).min(1).optional(),
  /** Local mode: the user the command runs as (a name or uid[:gid]), so it cannot read Sentry's secrets. */
  user: external_exports.string().min(1).optional(),
  /** The only services a restart may name (`nginx` and `nginx.service` are one); none listed, none restarted. */
  services: external_exports.array(UnitNameSchema).optional(),
  minIntervalMinutes: external_exports.number().positive().optional()
});
var CostLimitFileSchema = external_exports.strictObject({
  usd: external_exports.number().positive().optional(),
  windowMinutes: external_exports.number().positive().optional()
});
var ThrottleFileSchema = external_exports.strictObject({
  actions: external_exports.number().int().positive().optional(),
  windowSeconds: external_exports.number().positive().optional()
});
var AlertRoutingSchema = external_exports.array(
  external_exports.strictObject({
    match: external_exports.record(external_exports.string(), external_exports.string()),
    repo: external_exports.string().regex(/^[\w.-]+\/[\w.-]+$/)
  })
);
var ConfigFileSchema = external_exports.strictObject({
  mode: ModeInputSchema.optional(),
  reviewers: external_exports.array(external_exports.string().min(1)).optional(),
  /** Paths (globs) no bot write may touch, on top of the built-in ones (path-policy.ts). */
  protectedPaths: external_exports.array(external_exports.string().min(1)).optional(),
  /** Hosts fetch_docs may reach (https only). */
  fetchDocsHosts: HostListSchema.optional(),
  /** Hosts `curl` and `ping` in run_diagnostics may reach. */
  diagnosticsHosts: HostListSchema.optional(),
  restart: RestartFileSchema.optional(),
  costLimit: CostLimitFileSchema.optional(),
  throttle: ThrottleFileSchema.optional(),
  // Long enough for a real model's longest agent stage (16 turns with thinking); revoked when the agent ends anyway.
  credentialTtlSeconds: external_exports.number().int().positive().max(3600).optional(),
  logBudgetTokens: external_exports.number().int().min(500).max(2e5).optional(),
  /** Per-agent model overrides, e.g. `{ triage: claude-haiku-4-5 }`. */
  models: external_exports.partialRecord(AgentRoleSchema, external_exports.string().min(1)).optional(),
  /** Which repository owns which service or label value: `{ match: { service: checkout }, repo: org/checkout }`. */
  alertRouting: AlertRoutingSchema.optional(),
  /** Evidence collectors: endpoints and credentials from the operator only; a repository may only narrow. */
  collectors: CollectorsFileSchema.optional()
});
var SentryConfigSchema = external_exports.object({
  mode: ModeInputSchema.default("AUDIT"),
  reviewers: external_exports.array(external_exports.string().min(1)).default([]),
  protectedPaths: external_exports.array(external_exports.string().min(1)).default([]),
  fetchDocsHosts: HostListSchema.default(DEFAULT_FETCH_DOCS_HOSTS),
  diagnosticsHosts: HostListSchema.default([]),
  restart: external_exports.strictObject({
    workflow: external_exports.string().min(1).optional(),
    command: external_exports.array(external_exports.string().min(1)).min(1).optional(),
    user: external_exports.string().min(1).optional(),
    services: external_exports.array(UnitNameSchema).default([]),
    minIntervalMinutes: external_exports.number().positive().default(10)
  }).default({ services: [], minIntervalMinutes: 10 }),
  costLimit: external_exports.strictObject({
    usd: external_exports.number().positive().default(5),
    windowMinutes: external_exports.number().positive().default(10)
  }).default({ usd: 5, windowMinutes: 10 }),
  throttle: external_exports.strictObject({
    actions: external_exports.number().int().positive().default(30),
    windowSeconds: external_exports.number().positive().default(60)
  }).default({ actions: 30, windowSeconds: 60 }),
  credentialTtlSeconds: external_exports.number().int().positive().max(3600).default(900),
  logBudgetTokens: external_exports.number().int().min(500).max(2e5).default(6e3),
  models: external_exports.partialRecord(AgentRoleSchema, external_exports.string().min(1)).default({}),
  alertRouting: AlertRoutingSchema.default([]),
  /** Absent: no collector configured (see collector-settings.ts). */
  collectors: CollectorsFileSchema.transform(
    (file) => collectorSettings(file)
  ).optional()
}).strict();
var DEFAULT_CONFIG = SentryConfigSchema.parse({});

// src/core/operator-settings.ts
var OperatorSettingsSchema = SentryConfigSchema;
function operatorSettings(file, overrides = {}) {
  const collectors = overrides.collectors && Object.keys(overrides.collectors).length > 0 ? mergeCollectorsFiles(file?.collectors, overrides.collectors) : file?.collectors;
  const base = OperatorSettingsSchema.parse({ ...file ?? {}, ...collectors ? { collectors } : {} });
  return {
    ...base,
    ...overrides.mode ? { mode: overrides.mode } : {},
    ...overrides.costUsd ? { costLimit: { ...base.costLimit, usd: overrides.costUsd } } : {}
  };
}
var MODE_RANK = { DISABLED: 0, AUDIT: 1, ACTIVE: 2 };
function lowerMode(ceiling, wanted) {
  return MODE_RANK[wanted] <= MODE_RANK[ceiling] ? wanted : ceiling;
}
function narrowConfig(operator, repo, options = {}) {
  const ignored = [];
  const protectedPaths = [...operator.protectedPaths, ...repo?.protectedPaths ?? []];
  const configPath = options.configPath ? repoRelative(options.configPath) : void 0;
  if (configPath) protectedPaths.push(configPath);
  if (!repo) return { config: { ...operator, protectedPaths }, ignored };
  let mode = operator.mode;
  if (repo.mode) {
    mode = lowerMode(operator.mode, repo.mode);
    if (mode !== repo.mode)
      ignored.push(`mode: ${repo.mode} ignored: the operator allows at most ${operator.mode}`);
  }
  const restart = repo.restart ?? {};
  for (const key2 of ["command", "workflow", "user"]) {
    const wanted = restart[key2];
    if (wanted !== void 0 && JSON.stringify(wanted) !== JSON.stringify(operator.restart[key2]))
      ignored.push(`restart.${key2} ignored: restart ${key2}s come from the operator, not the repository`);
  }
  const cost = repo.costLimit ?? {};
  const throttle = repo.throttle ?? {};
  const config = {
    ...operator,
    mode,
    protectedPaths,
    reviewers: repo.reviewers ?? operator.reviewers,
    fetchDocsHosts: intersect("fetchDocsHosts", operator.fetchDocsHosts, repo.fetchDocsHosts, ignored),
    diagnosticsHosts: intersect(
      "diagnosticsHosts",
      operator.diagnosticsHosts,
      repo.diagnosticsHosts,
      ignored
    ),
    restart: {
      ...operator.restart,
      services: intersect(
        "restart.services",
        operator.restart.services,
        restart.services,
        ignored,
        canonicalUnit
      ),
      minIntervalMinutes: Math.max(operator.restart.minIntervalMinutes, restart.minIntervalMinutes ?? 0)
    },
    costLimit: {
      usd: Math.min(operator.costLimit.usd, cost.usd ?? Number.POSITIVE_INFINITY),
      windowMinutes: Math.max(operator.costLimit.windowMinutes, cost.windowMinutes ?? 0)
    },
    throttle: {
      actions: Math.min(operator.throttle.actions, throttle.actions ?? Number.POSITIVE_INFINITY),
      windowSeconds: Math.max(operator.throttle.windowSeconds, throttle.windowSeconds ?? 0)
    },
    credentialTtlSeconds: Math.min(operator.credentialTtlSeconds, repo.credentialTtlSeconds ?? 3600),
    logBudgetTokens: repo.logBudgetTokens ?? operator.logBudgetTokens,
    models: { ...operator.models, ...repo.models ?? {} },
    alertRouting: repo.alertRouting ?? operator.alertRouting,
    ...operator.collectors ? { collectors: narrowCollectors(operator.collectors, repo.collectors, ignored) } : {}
  };
  if (repo.collectors && !operator.collectors)
    ignored.push("collectors ignored: the operator configured no collector, and a repository cannot add one");
  for (const [key2, asked, got] of [
    ["costLimit.usd", cost.usd, config.costLimit.usd],
    ["costLimit.windowMinutes", cost.windowMinutes, config.costLimit.windowMinutes],
    ["throttle.actions", throttle.actions, config.throttle.actions],
    ["throttle.windowSeconds", throttle.windowSeconds, config.throttle.windowSeconds],
    ["credentialTtlSeconds", repo.credentialTtlSeconds, config.credentialTtlSeconds],
    ["restart.minIntervalMinutes", restart.minIntervalMinutes, config.restart.minIntervalMinutes]
  ]) {
    if (asked !== void 0 && asked !== got)
      ignored.push(`${key2}: ${asked} ignored: the operator's ${got} is stricter`);
  }
  return { config, ignored };
}
function intersect(key2, allowed, wanted, ignored, canonical = (value) => value) {
  if (wanted === void 0) return [...allowed];
  const norm = (value) => canonical(value).toLowerCase();
  const asked = new Set(wanted.map(norm));
  const granted = new Set(allowed.map(norm));
  const kept = allowed.filter((value) => asked.has(norm(value)));
  const dropped = wanted.filter((value) => !granted.has(norm(value)));
  if (dropped.length > 0)
    ignored.push(`${key2}: ${dropped.map(shown).join(", ")} ignored: not among what the operator allows`);
  return kept;
}
function shown(value) {
  return value.replace(/[^\w.@:/-]/g, "?").slice(0, 80);
}
function repoRelative(path) {
  if (path.startsWith("/")) return void 0;
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  return parts.length > 0 && !parts.includes("..") ? parts.join("/") : void 0;
}

// src/github/config.ts
var import_yaml = __toESM(require_dist(), 1);
var CONFIG_PATH = ".github/sentry.yml";
function parseSentryConfig(raw) {
  if (raw === null || raw === void 0) return { status: "missing" };
  const parsed = ConfigFileSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", file: parsed.data };
  const issue = parsed.error.issues[0];
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : void 0;
  const path = [...issue?.path ?? [], ...unknownKey ? [unknownKey] : []].map(String).join(".");
  return { status: "invalid", key: path || "(root)", message: issue?.message ?? "invalid" };
}
function parseSentryConfigText(text) {
  if (text === void 0) return { status: "missing" };
  let raw;
  try {
    raw = (0, import_yaml.parse)(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { status: "invalid", key: "(yaml syntax)", message };
  }
  return parseSentryConfig(raw ?? {});
}
function resolveRepoConfig(operator, result, options = {}) {
  const file = result.status === "ok" ? result.file : void 0;
  const narrowed = narrowConfig(operator, file, options);
  const problem = result.status === "invalid" ? { key: result.key, message: result.message } : void 0;
  return {
    config: narrowed.config,
    source: file ? "file" : "default",
    ignored: narrowed.ignored,
    ...problem ? { problem } : {}
  };
}
function createConfigMemory() {
  const lastGood = /* @__PURE__ */ new Map();
  return {
    resolve(repoKey, result, operator) {
      if (result.status === "ok") {
        lastGood.set(repoKey, result.file);
        return resolveRepoConfig(operator, result);
      }
      const remembered = lastGood.get(repoKey);
      if (!remembered) return resolveRepoConfig(operator, result);
      const narrowed = narrowConfig(operator, remembered);
      return {
        config: narrowed.config,
        source: "last-good",
        ignored: narrowed.ignored,
        ...result.status === "invalid" ? { problem: { key: result.key, message: result.message } } : {}
      };
    }
  };
}
var CONFIG_PROBLEM_MARKER = "<!-- claude-sentry:config-problem -->";
function renderConfigProblem(resolved, path = CONFIG_PATH) {
  if (!resolved.problem && resolved.ignored.length === 0) return void 0;
  const lines = [CONFIG_PROBLEM_MARKER];
  if (resolved.problem) {
    const fallback = resolved.source === "last-good" ? "the last valid configuration" : "the default configuration";
    lines.push(
      `**Claude Sentry: \`${path}\` is invalid** at \`${resolved.problem.key}\`: ${resolved.problem.message}.`,
      "",
      `Runs continue with ${fallback} (mode ${resolved.config.mode}) until the file validates.`
    );
  }
  if (resolved.ignored.length > 0) {
    if (resolved.problem) lines.push("");
    lines.push(
      `**Claude Sentry: \`${path}\` asks for more than the operator allows**; these keys are ignored (a repository's config can only narrow the operator's settings):`,
      "",
      ...resolved.ignored.map((line) => `- ${line}`)
    );
  }
  return lines.join("\n");
}
function configProblemLines(resolved, path = CONFIG_PATH) {
  return [
    ...resolved.problem ? [`${path}: ${resolved.problem.key}: ${resolved.problem.message} (running on defaults)`] : [],
    ...resolved.ignored.map((line) => `${path}: ${line}`)
  ];
}

// src/collectors/collector-access.ts
function credentialNames(settings) {
  const { prometheus, loki, elasticsearch } = settings;
  return [
    prometheus.tokenEnv,
    loki.tokenEnv,
    elasticsearch.tokenEnv,
    elasticsearch.usernameEnv,
    elasticsearch.passwordEnv
  ].filter((name) => name !== void 0);
}
function credentialsFrom(settings, env) {
  if (!settings) return {};
  const out = {};
  for (const name of credentialNames(settings)) {
    const value = env[name];
    if (value) out[name] = value;
  }
  return out;
}
function isEnabled(access, name) {
  if (!access) return false;
  const c = access.settings[name];
  if (!c.enabled) return false;
  if (name === "kubernetes") return access.settings.kubernetes.source !== void 0;
  if (name === "journald") return true;
  return "url" in c && c.url !== void 0;
}
function bearer(access, tokenEnv) {
  const token = tokenEnv ? access.credentials[tokenEnv] : void 0;
  return token ? { authorization: `Bearer ${token}` } : {};
}
function collectorAccess(settings, runtime = {}) {
  if (!settings) return void 0;
  return {
    settings,
    credentials: runtime.credentials ?? {},
    ...runtime.fetch ? { fetch: runtime.fetch } : {},
    ...runtime.exec ? { exec: runtime.exec } : {}
  };
}

// src/security/mode/kill-switch.ts
import { lstatSync } from "node:fs";
import { join } from "node:path";
function haltReason(mode, repoRoot) {
  if (mode === "DISABLED") return "mode is DISABLED: every action is blocked";
  if (repoRoot && stopFilePresent(repoRoot))
    return `${STOP_FILE} is present in the repository root: Sentry is stopped`;
  return void 0;
}
function stopFilePresent(repoRoot) {
  try {
    lstatSync(join(repoRoot, STOP_FILE));
    return true;
  } catch (error) {
    return error.code !== "ENOENT";
  }
}
function writesAllowed(mode) {
  return mode === "ACTIVE";
}

// src/security/audit/audit-log.ts
import { createPublicKey } from "node:crypto";
function createAuditLog(store, signingKey, options = {}) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const privateKey = signingKey ? loadPrivateKey(signingKey) : void 0;
  const publicKey = privateKey ? exportPublicKey(createPublicKey(privateKey)) : void 0;
  const retained = [];
  let queue = [];
  let seq = options.head ? options.head.seq + 1 : 0;
  let prevHash = options.head?.hash ?? GENESIS_HASH;
  let sealedSeq = -1;
  let writing = Promise.resolve();
  function push(content) {
    const entry = { seq, ...content, prevHash };
    entry.hash = hashEntry(entry);
    seq += 1;
    prevHash = entry.hash;
    if (options.retain ?? true) retained.push(entry);
    if (store) queue.push(entry);
    return entry;
  }
  async function writeQueued() {
    if (!store || queue.length === 0) return;
    const batch = queue;
    queue = [];
    writing = writing.then(() => store.append(batch));
    await writing;
  }
  return {
    publicKey,
    append(record) {
      const {
        time,
        kind,
        seq: _seq,
        prevHash: _prev,
        hash: _hash,
        ...rest
      } = record;
      return push({ time: time ?? clock().toISOString(), kind: kind ?? "tool-call", ...rest });
    },
    entries: () => retained,
    async flush() {
      if (privateKey && publicKey && sealedSeq !== seq - 1 && seq > 0) {
        const base = { seq, time: clock().toISOString(), kind: "seal", publicKey, prevHash };
        const hash = hashEntry(base);
        const seal = { ...base, hash, signature: signHash(privateKey, hash) };
        seq += 1;
        prevHash = hash;
        sealedSeq = seal.seq;
        if (options.retain ?? true) retained.push(seal);
        if (store) queue.push(seal);
      }
      await writeQueued();
    },
    persist: writeQueued,
    verify: () => verifyAuditChain(retained, { requireSeal: privateKey !== void 0 })
  };
}

// src/security/breaker/shared-spend.ts
import { randomUUID } from "node:crypto";
var SPEND_KEY = "cost-breaker:spend";
var IN_FLIGHT_TTL_MS = 15 * 6e4;
function sharedSpend(options) {
  const { store, usd, windowMinutes, clock } = options;
  const refused = (reason) => ({ ok: false, reason: `cost circuit breaker: ${reason}` });
  return {
    async reserve() {
      const entry = `call:${randomUUID()}`;
      const estimate = options.largestCharge();
      const now = clock().getTime();
      const cap = usd + estimate;
      const held = await store.tally(SPEND_KEY, now, { entry, amount: estimate, expiresAt: now + IN_FLIGHT_TTL_MS, cap }).catch((error) => error);
      if (held instanceof Error) return refused(`shared spend state unavailable (${held.message})`);
      if (!held.ok)
        return refused(
          `$${held.total.toFixed(2)} spent or held by calls in flight across replicas in the last ${windowMinutes} min passes the $${usd} limit`
        );
      const release = async () => {
        await store.tally(SPEND_KEY, clock().getTime(), { entry, amount: 0, expiresAt: 0 }).catch(() => void 0);
      };
      return {
        ok: true,
        release,
        async settle(model, usage) {
          const record = options.charge(model, usage);
          const expiresAt = record.at + windowMinutes * 6e4;
          await store.tally(SPEND_KEY, clock().getTime(), { entry, amount: record.usd, expiresAt }).catch(() => void 0);
        }
      };
    }
  };
}

// src/security/breaker/cost-breaker.ts
var RUN_FINISHED_TOOL = "pipeline";
var MODEL_SPEND_TOOL = "model-spend";
function spendFromAudit(entries, since) {
  const out = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (!entry || typeof entry.time !== "string") continue;
    const at2 = Date.parse(entry.time);
    if (!Number.isFinite(at2)) continue;
    if (at2 <= since) break;
    if (entry.kind !== "event") continue;
    const input = entry.input;
    const counts = entry.tool === MODEL_SPEND_TOOL || entry.tool === RUN_FINISHED_TOOL && input?.spendRecorded !== true;
    if (!counts) continue;
    const usd = input?.costUsd;
    if (typeof usd !== "number" || !Number.isFinite(usd) || usd <= 0) continue;
    const model = entry.tool === MODEL_SPEND_TOOL && typeof input?.model === "string" ? input.model : "earlier run";
    out.push({ at: at2, model, usd });
  }
  return out.reverse();
}
function createCostBreaker(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const windowMs = options.windowMinutes * 6e4;
  const charges = [...options.history ?? []].sort((a, b) => a.at - b.at);
  const recent = () => {
    const since = clock().getTime() - windowMs;
    while (charges.length > 0 && charges[0].at <= since) charges.shift();
    return charges;
  };
  const spent = () => recent().reduce((sum, c) => sum + c.usd, 0);
  const charge = (model, usage) => {
    const usd = Math.max(costOf(model, usage), usage.costUsd);
    const record = { at: clock().getTime(), model, usd };
    charges.push(record);
    options.onCharge?.(record);
    return record;
  };
  const check = () => {
    const total = spent();
    if (total > options.usd) {
      return {
        ok: false,
        reason: `cost circuit breaker: $${total.toFixed(2)} spent in the last ${options.windowMinutes} min passes the $${options.usd} limit`
      };
    }
    return { ok: true };
  };
  const shared = options.store ? sharedSpend({
    store: options.store,
    usd: options.usd,
    windowMinutes: options.windowMinutes,
    clock,
    largestCharge: () => recent().reduce((max, c) => Math.max(max, c.usd), 0),
    charge
  }) : void 0;
  return {
    charge(model, usage) {
      charge(model, usage);
    },
    check,
    ...shared ? {
      // This run's own window first (the audit chain's spend included), then the fleet's.
      reserve: async () => {
        const local = check();
        return local.ok ? shared.reserve() : local;
      }
    } : {},
    report() {
      const byModel = {};
      for (const c of recent()) byModel[c.model] = (byModel[c.model] ?? 0) + c.usd;
      const total = spent();
      return {
        tripped: total > options.usd,
        spentUsd: total,
        limitUsd: options.usd,
        windowMinutes: options.windowMinutes,
        byModel
      };
    }
  };
}

// src/security/gateway/injection-patterns.ts
var OVERRIDE_VERB = `(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|neglect|set aside|do not follow|don'?t follow|stop following)`;
var PRIOR = String.raw`(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|my\s+|every\s+)*(?:(?:previous|prior|above|preceding|earlier|original|initial|system|existing|current|old|safety|developer)(?:\s+(?:and|or|&)\s+(?:following|subsequent|later|below|future))?)?`;
var DIRECTIVES = `(?:instructions?|directions?|tasks?|assignments?|prompts?|rules?|directives?|guidelines?|guardrails?|constraints?|context|commands?|orders|programming|restrictions|policies|polic(?:y|ies)|messages?|text|content)`;
var INJECTION_RULES = [
  {
    id: "instruction-override",
    pattern: new RegExp(
      String.raw`\b${OVERRIDE_VERB}\s+(?:all\s+|everything\s+)?${PRIOR}\s*${DIRECTIVES}\b`,
      "gi"
    )
  },
  {
    id: "instruction-override",
    pattern: /\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+|that\s+)?(?:above|previous|prior|preceding|earlier|before\s+that)\b|\bstop\s+everything\b|\bremove\s+all\s+previous\b/gi
  },
  {
    id: "instruction-override",
    pattern: /\bforget\s+(?:everything|all)\b[^.\n]{0,60}\b(?:said|told|above|before|previous)/gi
  },
  {
    id: "new-instructions",
    pattern: /\b(?:new|updated|real|actual|true|revised|additional)\s+(?:system\s+)?(?:instructions?|directives?|orders)\b|\b(?:your|the)\s+new\s+task\b|\b(?:important|urgent)\s+(?:instructions?|directives?|orders)\s*(?::|follow|are|is)/gi
  },
  {
    id: "role-hijack",
    pattern: /\b(?:now\s+you\s+are|(?:the\s+)?(?:assistant|AI|model|agent|bot|LLM)\s+(?:must|should|will)\s+now|unrestricted\s+(?:AI|assistant|bot|agent|model)|you\s+are\s+now|from\s+now\s+on,?\s+you(?:\s+are|'re|\s+will)?|act\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|evil|jailbroken|different|new)|pretend\s+(?:to\s+be|you\s+are)|roleplay\s+as|you\s+must\s+now|your\s+new\s+(?:role|task|goal|purpose|instructions?)\s+(?:is|are))/gi
  },
  {
    id: "jailbreak",
    pattern: /\b(?:DAN\s+mode|do\s+anything\s+now|developer\s+mode\s+(?:enabled|on)|jailbreak(?:ed|ing)?|god\s+mode|no\s+(?:ethical|moral)\s+(?:guidelines|restrictions))\b/gi
  },
  {
    id: "prompt-exfiltration",
    pattern: /\b(?:reveal|print|show|repeat|output|leak|disclose|write\s+down|spell-check|list|tell\s+me|give\s+me)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:above\s+|previous\s+|initial\s+|original\s+|hidden\s+|system\s+)?(?:prompts?(?:\s+texts?)?|instructions|secrets?|api\s+keys?|credentials|environment\s+variables)|\bwhat\s+(?:are|were)\s+your\s+(?:(?:initial|original|system)\s+)?(?:instructions|rules|prompt)|\b(?:show|print)\s+all\s+(?:your\s+)?prompt\s+texts?/gi
  },
  {
    id: "fake-delimiter",
    pattern: /\[(?:system|assistant|user)\]\(#[\w-]*\)|<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?(?:INST|SYS)\]|<<\/?SYS>>|<\/?(?:system|assistant|user|human|tool_use|tool_result|function_calls?|invoke|antml:[a-z_]+|instructions?|untrusted-data)\b[^>]{0,200}>/gi
  },
  {
    id: "fake-turn",
    pattern: (
      // Horizontal space only before the role: `\s*` there re-scans every run of newlines from each of its
      // newlines, which made a 1 MiB run of blank lines take minutes.
      /(?:^|\n)[^\S\n]*(?:#{1,4}[^\S\n]*)?(?:system|assistant|human|developer)[^\S\n]*(?:message|prompt)?[^\S\n]*:\s*(?=\S)/gi
    )
  },
  {
    id: "forged-tool-call",
    pattern: /"(?:type|name)"\s*:\s*"(?:tool_use|function|apply_patch|restart_service|run_diagnostics|submit_result|read_file|grep_search|fetch_docs)"|\b(?:call|invoke|use|run|execute)\s+(?:the\s+)?(?:tool\s+)?`?(?:apply_patch|restart_service|run_diagnostics|submit_result|fetch_docs)`?/gi
  },
  {
    id: "instruction-override",
    pattern: /\b(?:ignore[zr]?|ignoriere|ignora|ignorar|oublie[zr]?|vergiss)\s+(?:toutes?\s+|alle\s+|todas\s+|tutte\s+)?(?:les|die|las|le|os|as)?\s*(?:instructions|anweisungen|instrucciones|istruzioni|instruções|consignes|vorherigen|bisherigen|précédentes)\b|\b(?:END\s+OF\s+(?:USER\s+)?INPUT|ADMIN(?:ISTRATOR)?\s+INSTRUCTIONS|SYSTEM\s+OVERRIDE|end\s+(?:of\s+)?(?:out\s+of\s+date\s+)?instructions)\b|\bregardless\s+of\s+what\s+you\s+(?:were|are|have\s+been)\s+(?:asked|told)\b|\beverything\s+(?:written\s+)?(?:above|before)\b/gi
  },
  {
    id: "prompt-exfiltration",
    pattern: /\b(?:convert|translate|encode|summari[sz]e|rewrite)\s+(?:all\s+)?(?:your|the)\s+(?:instructions|prompt|rules)\b|\brules\s+you\s+(?:must|have\s+to)\s+follow\b|\b(?:instructions|rules|prompt)\b[^.\n]{0,40}\b(?:word\s+for\s+word|verbatim)\b/gi
  },
  {
    id: "addressed-to-model",
    pattern: /\b(?:hey|dear|hi|hello|attention|note\s+(?:to|for)|p\.?s\.?\s+(?:to|for)|instructions?\s+(?:to|for)|message\s+(?:to|for)|please,?)\s+(?:the\s+|all\s+|any\s+)?(?:AI|assistant|agent|bot|claude|chatgpt|gpt|language\s+model|LLM|automated\s+(?:reviewers?|agents?)|sentry(?:\s+bot)?)s?\b|\b(?:AI|assistant|agent|bot|claude|model|sentry(?:\s+bot)?)\s*,\s*(?:please\s+)?(?:tell|include|approve|skip|merge|update|print|turn|disable|add|rate|ignore|call|run|mark|delete|remove|write|say|do|the\s+maintainers|while\s+you)\b/gi
  },
  {
    id: "response-steering",
    pattern: /\b(?:in|with|to)\s+your\s+(?:response|answer|reply|summary|comment|output)\b|\bwhen\s+you\s+(?:answer|respond|reply|summari[sz]e)\b|\bfrom\s+now\s+on\b/gi
  },
  {
    // Manipulation without the classic phrases: claimed authority, hidden intent, lifted limits, skipped checks,
    // exfiltration by image URL or by secret file. Written after held-out #2 showed paraphrases slip through.
    id: "manipulation",
    pattern: /\b(?:authori[sz]ed|permitted|instructed|cleared)\s+(?:you|the\s+(?:agent|assistant|model|bot|surgeon|detective))\s+to\b|\bI\s+(?:hereby\s+)?(?:instruct|order|command|authori[sz]e)\s+you\b|\btreat\s+(?:the\s+following|this|it)\s+as\s+(?:a\s+|an\s+)?(?:command|instruction|order)s?\b|\b(?:do\s+not|don'?t|never)\s+(?:mention|report|disclose|reveal)\s+(?:this|that|the\s+note|it)\b|\b(?:reply|respond|answer)\s+only\s+with\b|\byou\s+are\s+no\s+longer\b|\b(?:restrictions|guardrails|limits|permissions|safeguards)\s+(?:have\s+been|are|were)\s+(?:lifted|removed|disabled|waived|suspended)\b|\b(?:skip|bypass|disable|turn\s+off|without)\s+(?:the\s+)?(?:review|validation|verification|audit(?:\s+(?:step|log|trail))?|approval|kill\s+switch|branch\s+protection|safety\s+checks?)\b|\bregardless\s+of\s+(?:the\s+)?(?:evidence|logs|facts)\b|!\[[^\]\n[]{0,500}\]\(https?:\/\/[^()[\]\s?&]*[?&][^()[\]\s=]*=|\b(?:print|show|output|paste|include|post|send)\s+(?:me\s+)?(?:the\s+)?(?:contents?\s+of\s+)?\S{0,30}(?:\.aws\/credentials|\.env\b|id_rsa|secrets?\.ya?ml|\.npmrc|\.netrc)|\bfollow\s+(?:what\s+it\s+says|the\s+instructions\s+(?:at|in|on|from))\b|\bforget\s+what\s+(?:the\s+)?\w+\s+(?:said|told)\b|\bplease\s+act\s+as\b|\bact\s+as\s+my\b/gi
  },
  { id: "html-comment-instruction", pattern: /<!--[\s\S]*?(?:-->|$)/g }
];
var HIDDEN_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]/g;
var BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=_-])/g;
var CORE_RULE_IDS = /* @__PURE__ */ new Set([
  "instruction-override",
  "new-instructions",
  "role-hijack",
  "prompt-exfiltration",
  "jailbreak"
]);

// src/security/gateway/input-filter.ts
function screenText(input) {
  const flags = /* @__PURE__ */ new Set();
  let text = input;
  if (HIDDEN_CHARS.test(text)) {
    flags.add("hidden-characters");
    text = text.replace(HIDDEN_CHARS, "");
  }
  HIDDEN_CHARS.lastIndex = 0;
  text = screenBase64(text, flags);
  for (const rule of INJECTION_RULES) text = applyRule(text, rule, flags);
  text = screenObfuscated(text, flags);
  return { text, flags: [...flags] };
}
var LEET = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s"
};
var CORE_RULES = INJECTION_RULES.filter((rule) => CORE_RULE_IDS.has(rule.id));
function variants(line) {
  const out = [line.replace(/[-_+.]/g, " "), line.replace(/[0134579@$]/g, (c) => LEET[c] ?? c)];
  if (/%[0-9a-f]{2}/i.test(line)) out.push(safeDecode(line));
  if (/(?:\b\w\s){6,}/.test(line)) out.push(line.replace(/\b(\w)\s(?=\w\b)/g, "$1").replace(/\s{2,}/g, " "));
  if (/rot-?13/i.test(line)) out.push(line.replace(/[a-z]/gi, rot13));
  for (const hex of line.match(/\b(?:[0-9a-f]{2}){12,}\b/gi) ?? [])
    out.push(Buffer.from(hex, "hex").toString("latin1"));
  return out;
}
function screenObfuscated(text, flags) {
  return text.split("\n").map((line) => {
    if (line.length < 10 || line.length > 4e3 || line.includes("⟦flagged:")) return line;
    const hit = variants(line).some(
      (variant) => CORE_RULES.some((rule) => {
        rule.pattern.lastIndex = 0;
        return rule.pattern.test(variant);
      })
    );
    if (!hit) return line;
    flags.add("obfuscated-instruction");
    return `⟦flagged:obfuscated-instruction: ${defang(line)}⟧`;
  }).join("\n");
}
function safeDecode(line) {
  try {
    return decodeURIComponent(line.replace(/\+/g, " "));
  } catch {
    return line.replace(/%20/g, " ");
  }
}
function rot13(c) {
  const base = c <= "Z" ? 65 : 97;
  return String.fromCharCode((c.charCodeAt(0) - base + 13) % 26 + base);
}
function applyRule(text, rule, flags) {
  const once = neutralise(text, text, rule, flags);
  return neutralise(once, spacedCopy(once), rule, flags);
}
function spacedCopy(text) {
  if (!text.includes("_") && !text.includes("+")) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c === 95 || c === 43 ? 32 : c;
  }
  return Buffer.from(codes.buffer).toString("utf16le");
}
function neutralise(text, spaced, rule, flags) {
  rule.pattern.lastIndex = 0;
  let out = "";
  let last = 0;
  const inside2 = flaggedTracker(text);
  for (const match of spaced.matchAll(rule.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inside2(start)) continue;
    const original = text.slice(start, end);
    if (rule.id === "html-comment-instruction" && !looksLikeInstruction(original)) continue;
    flags.add(rule.id);
    out += `${text.slice(last, start)}⟦flagged:${rule.id}: ${defang(original)}⟧`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
function flaggedTracker(text) {
  let nextOpen = text.indexOf("⟦flagged:");
  let nextClose = text.indexOf("⟧");
  let lastOpen = -1;
  let lastClose = -1;
  return (index) => {
    while (nextOpen !== -1 && nextOpen <= index) {
      lastOpen = nextOpen;
      nextOpen = text.indexOf("⟦flagged:", nextOpen + 1);
    }
    while (nextClose !== -1 && nextClose < index) {
      lastClose = nextClose;
      nextClose = text.indexOf("⟧", nextClose + 1);
    }
    return lastOpen > lastClose;
  };
}
function defang(match) {
  return match.replace(/</g, "‹").replace(/>/g, "›").replace(/\[/g, "⁅").replace(/\]/g, "⁆").replace(/\|/g, "¦").replace(/:(\s*)$/, "∶$1").replace(/\n/g, " ");
}
function looksLikeInstruction(comment) {
  return INJECTION_RULES.some((rule) => {
    if (rule.id === "html-comment-instruction") return false;
    rule.pattern.lastIndex = 0;
    return rule.pattern.test(comment);
  }) || /\b(?:assistant|AI|claude|model|agent|sentry|bot)\b[^\n]{0,80}\b(?:must|should|will|please|now)\b/i.test(
    comment
  );
}
function screenBase64(text, flags) {
  BASE64_RUN.lastIndex = 0;
  return text.replace(BASE64_RUN, (run) => {
    const decoded = Buffer.from(run, "base64").toString("utf8");
    if (!/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(decoded) || decoded.includes("�")) return run;
    const inner = screenText(decoded);
    if (inner.flags.length === 0) return run;
    flags.add("base64-instruction");
    for (const flag of inner.flags) flags.add(flag);
    return `⟦flagged:base64-instruction: ${inner.text.replace(/\n/g, " ")}⟧`;
  });
}

// src/security/gateway/gateway.ts
function createGateway(options = {}) {
  function screenInput(text, source) {
    const result = screenText(text);
    if (result.flags.length > 0) options.onFlag?.({ source, flags: result.flags });
    return result;
  }
  return {
    screenInput,
    redactOutput: (text) => redactSecrets(text).text,
    // secretlint loads its rule set on import: only pay for it when something is posted or stored.
    redactForPosting: async (text) => (await (await import("./secretlint-pass-FLPGVNMP.js")).redactForPosting(text)).text,
    wrapUntrusted(text, source) {
      const screened = screenInput(text, source);
      return { text: wrapAsData(screened.text, source), flags: screened.flags };
    }
  };
}
function wrapAsData(text, source) {
  const label = source.replace(/[^\w./:@-]/g, "_").slice(0, 200);
  return `<untrusted-data source="${label}">
${text}
</untrusted-data>`;
}

// src/tools/tool-runner.ts
import { createHash } from "node:crypto";

// src/security/policy/command-policy.ts
import { execFile } from "node:child_process";

// src/security/exec/operator-command.ts
import { readFileSync } from "node:fs";
function planOperatorCommand(options) {
  const currentUid = options.currentUid ?? process.getuid?.() ?? -1;
  if (options.user !== void 0) {
    const target = resolveUser(options.user, options.passwdFile);
    if ("error" in target) return { ok: false, reason: `${options.label} refused: ${target.error}` };
    if (target.uid === 0)
      return {
        ok: false,
        reason: `${options.label} refused: restart.user must not be root (root reads every process's environment)`
      };
    if (target.uid !== currentUid) {
      return currentUid === 0 ? { ok: true, ids: { uid: target.uid, gid: target.gid }, prefix: [] } : { ok: true, prefix: ["sudo", "-n", "-u", `#${target.uid}`, "--"] };
    }
  }
  const startup = options.environment ?? readStartupEnvironment();
  const secrets = secretVariables(startup.env);
  if (secrets.length === 0) return { ok: true, prefix: [] };
  return {
    ok: false,
    reason: `${options.label} refused: it would run as Sentry's own user, which can read ${startup.source} holding ${secrets.join(", ")}; give ${secrets.length > 1 ? "them" : "it"} as files (${secrets.map((name) => `${name}_FILE`).join(", ")}) or set restart.user to run commands as another user`
  };
}
function resolveUser(spec, passwdFile = "/etc/passwd") {
  const numeric = spec.match(/^(\d{1,10})(?::(\d{1,10}))?$/);
  if (numeric) {
    const uid = Number(numeric[1]);
    return { uid, gid: numeric[2] === void 0 ? uid : Number(numeric[2]) };
  }
  if (!/^[a-z_][a-z0-9_.-]{0,31}\$?$/i.test(spec))
    return { error: `restart.user ${JSON.stringify(spec)} is not a user name` };
  let text;
  try {
    text = readFileSync(passwdFile, "utf8");
  } catch {
    return { error: `restart.user ${spec}: ${passwdFile} is not readable; give uid:gid` };
  }
  for (const line of text.split("\n")) {
    const [name, , uid, gid] = line.split(":");
    if (name === spec && uid !== void 0 && gid !== void 0 && /^\d+$/.test(uid) && /^\d+$/.test(gid))
      return { uid: Number(uid), gid: Number(gid) };
  }
  return { error: `restart.user ${spec}: no such user in ${passwdFile}; give uid:gid` };
}

// src/security/policy/command-policy.ts
var METACHARACTERS = /[;|&`$()<>\n\r\\*?{}[\]!#~'"]/;
var FLAGS = /^-[A-Za-z]+$/;
var NUMBER = /^\d{1,6}$/;
var flagsOnly = (allowed) => async (args) => {
  for (const arg of args) {
    if (!FLAGS.test(arg) || [...arg.slice(1)].some((c) => !allowed.includes(c)))
      return `argument ${JSON.stringify(arg)} is not allowed`;
  }
  return void 0;
};
var RULES = {
  ps: async (args) => {
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      const environment = psEnvironmentFlag(arg);
      if (environment) return environment;
      if (/^(?:aux|ax|-e|-ef|-eF|-ely|-A|-aux)$/.test(arg)) continue;
      if (/^(?:-o|-eo|--sort|-p|-C|-u)$/.test(arg)) {
        const value = args[++i];
        if (!value || !/^[\w,%+-]{1,200}$/.test(value)) return `${arg} needs a plain value`;
        if (arg.endsWith("o") && /env/i.test(value))
          return `ps ${arg} ${value}: ps may not print process environments`;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for ps`;
    }
    return void 0;
  },
  ss: flagsOnly("tulpnaxsHeim46"),
  netstat: flagsOnly("tulpnaxsrie46"),
  df: flagsOnly("hHTikPl"),
  free: flagsOnly("hmgbkwtl"),
  uptime: flagsOnly("ps"),
  tail: async (args, options) => {
    let file;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg === "-n" || arg === "-c") {
        if (!NUMBER.test(args[++i] ?? "")) return `${arg} needs a number`;
      } else if (/^-[nc]\d{1,6}$/.test(arg)) {
      } else if (arg.startsWith("-")) {
        return `argument ${JSON.stringify(arg)} is not allowed for tail (no -f: a diagnostic must end)`;
      } else if (file === void 0) {
        file = arg;
        const resolved = options.resolveReadPath ? await options.resolveReadPath(arg) : { ok: false, reason: "no readable files" };
        if (!resolved.ok) return `tail ${arg}: ${resolved.reason}`;
        args[i] = resolved.abs;
      } else {
        return "tail reads one file";
      }
    }
    return file === void 0 ? "tail needs a file" : void 0;
  },
  systemctl: async (args) => {
    if (args[0] !== "status")
      return `only "systemctl status" is allowed (got ${JSON.stringify(args[0] ?? "")})`;
    let units = 0;
    for (const arg of args.slice(1)) {
      if (arg === "--no-pager" || arg === "-l" || arg === "--full" || /^--lines=\d{1,4}$/.test(arg)) continue;
      if (/^[A-Za-z0-9@_.:-]{1,128}$/.test(arg) && !arg.startsWith("-")) {
        units += 1;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for systemctl status`;
    }
    if (units > 1) return "one unit at a time";
    args.splice(1, 0, "--no-pager");
    return void 0;
  },
  journalctl: async (args, options) => journalctlProblem(args) ?? (options.journald ? void 0 : "journalctl runs only as the journald collector (query_logs, store journald), which the operator enables with SENTRY_JOURNALD=1"),
  ping: async (args, options) => {
    let host;
    let count = false;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg === "-c" || arg === "-W" || arg === "-w") {
        const value = args[++i] ?? "";
        if (!/^\d{1,2}$/.test(value) || arg === "-c" && Number(value) > 5)
          return `${arg} needs a small number (-c at most 5)`;
        if (arg === "-c") count = true;
      } else if (arg === "-4" || arg === "-6" || arg === "-n" || arg === "-q") {
      } else if (!arg.startsWith("-") && host === void 0) {
        host = arg;
      } else {
        return `argument ${JSON.stringify(arg)} is not allowed for ping`;
      }
    }
    if (!host) return "ping needs a host";
    if (!count) return "ping needs -c N (at most 5) so it ends";
    return hostAllowed(host, options.hosts) ? void 0 : `host ${host} is not on the diagnostics allow-list`;
  },
  curl: async (args, options) => {
    let url;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (/^-(?:[sSIfvk]{1,5})$/.test(arg) && !arg.includes("k")) continue;
      if (arg === "--silent" || arg === "--show-error" || arg === "--head" || arg === "--fail" || arg === "-i" || arg === "--include")
        continue;
      if (arg === "-m" || arg === "--max-time" || arg === "--connect-timeout") {
        if (!/^\d{1,2}$/.test(args[++i] ?? "")) return `${arg} needs a number of seconds`;
        continue;
      }
      if (!arg.startsWith("-") && url === void 0) {
        url = arg;
        continue;
      }
      return `argument ${JSON.stringify(arg)} is not allowed for curl (no output files, uploads, proxies, configs or redirects)`;
    }
    if (!url) return "curl needs a URL";
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return `not a URL: ${url}`;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      return `scheme ${parsed.protocol} is not allowed`;
    if (parsed.username || parsed.password) return "credentials in URLs are not allowed";
    if (!hostAllowed(parsed.hostname, options.hosts))
      return `host ${parsed.hostname} is not on the diagnostics allow-list`;
    args.unshift("--max-filesize", "1048576", "--proto", "=http,https", "--max-redirs", "0");
    return void 0;
  }
};
var ALLOWED_PROGRAMS = Object.keys(RULES);
function hostAllowed(host, hosts) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return hosts.some((allowed) => allowed.toLowerCase() === h);
}
function tokenize(command) {
  if (command.length > 1e3) return { refused: "command too long" };
  const bad = command.match(METACHARACTERS);
  if (bad) return { refused: `shell metacharacter ${JSON.stringify(bad[0])} is not allowed` };
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(command)) return { refused: "control character in command" };
  return command.trim().split(/[ \t]+/).filter(Boolean);
}
async function checkCommand(input, options) {
  const tokens = typeof input === "string" ? tokenize(input) : input;
  if (!Array.isArray(tokens)) return { ok: false, reason: tokens.refused };
  for (const token of tokens) {
    if (METACHARACTERS.test(token) || /[\u0000-\u001f]/.test(token))
      return { ok: false, reason: `argument ${JSON.stringify(token)} contains a shell metacharacter` };
  }
  const [program, ...args] = tokens;
  if (!program) return { ok: false, reason: "empty command" };
  const rule = Object.hasOwn(RULES, program) ? RULES[program] : void 0;
  if (!rule) {
    return {
      ok: false,
      reason: `program ${JSON.stringify(program)} is not on the allow-list (${ALLOWED_PROGRAMS.join(", ")})`
    };
  }
  const problem = await rule(args, options);
  return problem ? { ok: false, reason: problem } : { ok: true, program, args };
}
var CHILD_ENV = {
  PATH: "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
  LANG: "C",
  LC_ALL: "C",
  SYSTEMD_PAGER: ""
};
var execFileExecutor = async (program, args, options) => {
  const plan = options.operator ? planOperatorCommand(options.operator) : { ok: true, prefix: [] };
  if (!plan.ok)
    return {
      exitCode: null,
      stdout: "",
      stderr: "",
      timedOut: false,
      truncated: false,
      refused: plan.reason
    };
  const [file, ...argv] = [...plan.prefix, program, ...args];
  return new Promise((resolve2) => {
    execFile(
      file,
      argv,
      {
        ...plan.ids ?? {},
        shell: false,
        timeout: options.timeoutMs,
        maxBuffer: options.maxBytes,
        killSignal: "SIGKILL",
        cwd: options.cwd ?? "/",
        env: { ...CHILD_ENV, ...options.env ?? {} },
        windowsHide: true
      },
      (error, stdout, stderr) => {
        const e = error;
        const truncated = e?.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER";
        resolve2({
          exitCode: e ? typeof e.code === "number" ? e.code : null : 0,
          stdout: String(stdout),
          stderr: e && !stderr && !truncated && !e.killed ? String(e.message) : String(stderr),
          timedOut: Boolean(e?.killed) && !truncated,
          truncated
        });
      }
    );
  });
};

// src/security/policy/path-policy.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { lstat, realpath } from "node:fs/promises";
import { basename as basename2, dirname, isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/security/policy/env-view.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { basename } from "node:path";
var DOTENV_FILES = ["**/.env", "**/.env.*", "**/*.env"];
var glob = { dot: true, nocase: true };
var isDotenvGlob = (0, import_picomatch.default)(DOTENV_FILES, glob);
function isDotenvPath(rel) {
  return isDotenvGlob(rel) || isDotenvGlob(basename(rel));
}
var SECRET_KEY = /PASS|PWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|AUTH|SALT|COOKIE|DSN|SIGNATURE|SIGNING|APIKEY|API_KEY|ACCESS_?KEY|KEYS?$|(^|[_.-])KEYS?([_.-]|$)/;
function isSecretKey(key2) {
  return SECRET_KEY.test(key2.toUpperCase());
}
var ASSIGNMENT = /^(\s*(?:export\s+)?)([A-Za-z_][\w.-]*)(\s*=\s*)(.*)$/;
var URL_PASSWORD = /([a-z][\w+.-]*:\/\/[^:@/\s]*:)([^@/\s]+)(@)/gi;
var INLINE_PASSWORD = /(?:password|pwd|secret|token)\s*[=:]/i;
function looksLikeCredential(value) {
  for (const token of value.split(/[\s"'`,;&?=/@:()[\]{}<>]+/)) {
    if (token.length < 16) continue;
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(token) && !/^[0-9a-f.-]+$/.test(token)) continue;
    if (/^[a-z]+([_.-][a-z]+)*$/i.test(token)) continue;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(token)).length;
    if (classes >= 2 && entropy(token) >= (token.length >= 32 ? 3.3 : 3.6)) return true;
  }
  return false;
}
function entropy(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / text.length * Math.log2(n / text.length);
  return bits;
}
function detected(text) {
  return redactSecrets(text, { personal: false }).text !== text;
}
function viewDotenv(raw, flagged = /* @__PURE__ */ new Set()) {
  const out = [];
  const sealed = [];
  const continues = [];
  const state = { openQuote: void 0 };
  for (const [i, full] of raw.split("\n").entries()) {
    const cr = full.endsWith("\r") ? "\r" : "";
    const line = cr ? full.slice(0, -1) : full;
    const shown2 = viewLine(line, state, (text) => flagged.has(i) || detected(text));
    out.push(shown2.text === line ? full : `${shown2.text}${cr}`);
    sealed.push(shown2.seal || shown2.text !== line);
    continues.push(state.openQuote !== void 0);
  }
  return { text: out.join("\n"), sealed, continues };
}
function viewLine(line, state, hit) {
  if (state.openQuote !== void 0) {
    if (closes(line, state.openQuote)) state.openQuote = void 0;
    return { text: REDACTED, seal: true };
  }
  if (line.trim() === "") return { text: line, seal: false };
  const comment = /^(\s*#)(.*)$/.exec(line);
  if (comment) {
    const body = comment[2] ?? "";
    const assigned = ASSIGNMENT.exec(body.trim());
    const secret = hit(line) || looksLikeCredential(body) || INLINE_PASSWORD.test(body) || /:\/\/[^@/\s]*:[^@/\s]+@/.test(body) || assigned?.[2] !== void 0 && isSecretKey(assigned[2]);
    return { text: secret ? `${comment[1]} ${REDACTED}` : line, seal: false };
  }
  const m = ASSIGNMENT.exec(line);
  if (!m) return { text: REDACTED, seal: true };
  const [, prefix = "", key2 = "", sep3 = "", value = ""] = m;
  const hidden = { text: `${prefix}${key2}${sep3}${REDACTED}`, seal: true };
  const quote = /^["']/.exec(value)?.[0];
  if (quote && !closes(value.slice(1), quote)) {
    state.openQuote = quote;
    return hidden;
  }
  if (isSecretKey(key2)) return /^(["']?)\1\s*(#.*)?$/.test(value) ? { text: line, seal: true } : hidden;
  const bare = value.replace(URL_PASSWORD, "$1$3");
  if (hit(`${key2}=${bare}`) || looksLikeCredential(bare) || INLINE_PASSWORD.test(value)) return hidden;
  return { text: `${prefix}${key2}${sep3}${value.replace(URL_PASSWORD, `$1${REDACTED}$3`)}`, seal: false };
}
function closes(text, quote) {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === quote) return true;
  }
  return false;
}
async function viewDotenvChecked(raw) {
  const first = viewDotenv(raw);
  const { secretlintLines } = await import("./secretlint-pass-FLPGVNMP.js");
  const flagged = await secretlintLines(first.text.replaceAll(`:${REDACTED}@`, "@"));
  first.text.split("\n").forEach((line, i) => {
    if (detected(line)) flagged.add(i);
  });
  return flagged.size === 0 ? first : viewDotenv(raw, flagged);
}

// src/security/policy/path-policy.ts
var BUILTIN_WRITE_PROTECTED = [
  // git
  ".git",
  ".git/**",
  "**/.git/**",
  "**/.gitmodules",
  "**/.gitattributes",
  // CI and automation: GitHub (workflows, composite actions, dependabot, CODEOWNERS, sentry.yml) and others
  ".github/**",
  "**/.github/**",
  "**/action.yml",
  "**/action.yaml",
  ".gitlab-ci.yml",
  ".gitlab/**",
  ".circleci/**",
  ".buildkite/**",
  ".travis.yml",
  ".drone.yml",
  "Jenkinsfile",
  "azure-pipelines.yml",
  "bitbucket-pipelines.yml",
  "renovate.json",
  "renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".renovaterc.json5",
  // review
  "**/CODEOWNERS",
  // hooks
  ".husky/**",
  "**/.husky/**",
  ".githooks/**",
  ".pre-commit-config.yaml",
  "lefthook.yml",
  ".lefthook.yml",
  "lefthook-local.yml",
  // dev environments: they run code when a person opens the repository
  ".vscode/**",
  ".idea/**",
  ".devcontainer/**",
  ".devcontainer.json",
  ".gitpod.yml",
  "**/.envrc",
  // Sentry's own
  "STOP_SENTRY",
  "**/STOP_SENTRY",
  "**/sentry.yml",
  "**/sentry.yaml"
];
var CREDENTIAL_FILES = [
  "**/*.pem",
  "**/*.key",
  "**/*.p12",
  "**/*.pfx",
  "**/*.jks",
  "**/*.keystore",
  "**/*.gpg",
  "**/id_rsa*",
  "**/id_dsa*",
  "**/id_ecdsa*",
  "**/id_ed25519*",
  "**/.ssh/**",
  "**/.npmrc",
  "**/.netrc",
  "**/.pypirc",
  "**/.aws/credentials",
  "**/credentials.json",
  "**/secrets.*",
  "**/*.secret",
  "**/*.secrets",
  // Credential stores by their conventional names (issue 16, class 4); content rules catch them elsewhere.
  "**/.pgpass",
  "**/.my.cnf",
  "**/.docker/config.json",
  "**/.dockercfg",
  "**/.kube/config",
  "**/kubeconfig",
  "**/*.kubeconfig",
  "**/.vault-token",
  "**/.envrc",
  "**/.m2/settings.xml",
  "**/.m2/settings-security.xml",
  "**/.mvn/settings.xml",
  "**/.git-credentials",
  "**/.htpasswd"
];
var SECRET_FILES = [...CREDENTIAL_FILES, ...DOTENV_FILES];
function createPathPolicy(options) {
  const { workspace } = options;
  const isSecret2 = (0, import_picomatch2.default)([...SECRET_FILES], glob2);
  const viewable = dotenvViewable();
  const writeProtection = createWriteGuard(options.protectedPaths);
  const viewWriteProtection = createWriteGuard(options.protectedPaths, { dotenvView: true });
  let protectedFiles;
  let rootPromise;
  const repoRoot = () => {
    if (workspace.repoRoot && !rootPromise) rootPromise = realpath(workspace.repoRoot);
    return rootPromise;
  };
  const logByName = /* @__PURE__ */ new Map();
  for (const file of workspace.logFiles) {
    logByName.set(file, file);
    logByName.set(workspace.logDisplayNames[file] ?? file, file);
  }
  async function resolveInRepo(input, write, view = {}) {
    const lexicalProblem = checkLexical(input);
    if (lexicalProblem) return { ok: false, reason: lexicalProblem };
    const rootP = repoRoot();
    if (!rootP) return { ok: false, reason: "no repository in this run; only uploaded logs can be read" };
    const root = await rootP;
    if (isAbsolute(input))
      return { ok: false, reason: "absolute paths are refused: use a repository-relative path" };
    const lexical = resolve(root, input);
    if (!inside(root, lexical)) return { ok: false, reason: "path escapes the repository root" };
    const real = await realOrNearest(lexical);
    if (!inside(root, real.path))
      return { ok: false, reason: "path escapes the repository root through a symlink" };
    const rels = [relative(root, lexical), relative(root, real.path)].map(toPosix);
    if (rels.some((rel) => rel === ""))
      return { ok: false, reason: "the repository root itself is not a file" };
    const asView = view.dotenvView === true && rels.every(viewable);
    if (!asView && rels.some((rel) => isSecret2(rel)))
      return { ok: false, reason: "key and secret files are never read or written" };
    if (write) {
      const refused = rels.map(asView ? viewWriteProtection : writeProtection).find(Boolean);
      if (refused) return { ok: false, reason: refused };
      protectedFiles ??= Promise.all((options.protectedFiles ?? []).map(realOrSelf));
      if ((await protectedFiles).includes(real.path))
        return {
          ok: false,
          reason: "Sentry's own files (the audit log, the memory file) are never written by a tool"
        };
    } else if (rels.some((rel) => rel === ".git" || rel.startsWith(".git/") || rel.includes("/.git/"))) {
      return { ok: false, reason: "git internals are not readable (they can hold credentials)" };
    }
    const shape2 = asView ? { view: "dotenv" } : {};
    return { ok: true, abs: real.path, display: rels[0], kind: "repo", exists: real.exists, ...shape2 };
  }
  return {
    async resolveRead(input, view) {
      const log = logByName.get(input);
      if (log)
        return {
          ok: true,
          abs: log,
          display: workspace.logDisplayNames[log] ?? log,
          kind: "log",
          exists: true
        };
      return resolveInRepo(input, false, view);
    },
    async resolveWrite(input, view) {
      if (logByName.has(input)) return { ok: false, reason: "uploaded logs are read-only" };
      return resolveInRepo(input, true, view);
    }
  };
}
var glob2 = { dot: true, nocase: true };
function dotenvViewable() {
  const isCredential = (0, import_picomatch2.default)([...CREDENTIAL_FILES], glob2);
  return (rel) => isDotenvPath(rel) && !isCredential(rel) && !isCredential(basename2(rel));
}
function createWriteGuard(protectedPaths, view = {}) {
  const secret = view.dotenvView ? CREDENTIAL_FILES : SECRET_FILES;
  const isWriteProtected = (0, import_picomatch2.default)([...BUILTIN_WRITE_PROTECTED, ...secret, ...protectedPaths], glob2);
  return (rel) => {
    const normalised = normaliseRepoPath(rel);
    if (!normalised.ok) return normalised.reason;
    const path = normalised.path;
    return isWriteProtected(path) || isWriteProtected(basename2(path)) ? `protected path (${path}): no bot write may touch it` : void 0;
  };
}
function normaliseRepoPath(input) {
  const lexical = checkLexical(input);
  if (lexical) return { ok: false, reason: lexical };
  if (input.startsWith("/"))
    return { ok: false, reason: "absolute paths are refused: use a repository-relative path" };
  const parts = input.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) return { ok: false, reason: "path escapes the repository root" };
  if (parts.length === 0) return { ok: false, reason: "the repository root itself is not a file" };
  return { ok: true, path: parts.join("/") };
}
function checkLexical(input) {
  if (input.length === 0) return "empty path";
  if (input.length > 1024) return "path too long";
  if (input.includes("\0")) return "NUL byte in path";
  if (/[\u0001-\u001f\u007f]/.test(input)) return "control character in path";
  if (/%[0-9a-f]{2}/i.test(input)) return "URL-encoded path: paths are taken literally, decode it first";
  if (input.includes("\\")) return "backslash in path: use forward slashes";
  if (input.startsWith("~")) return "home-relative paths are refused";
  return void 0;
}
function inside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function toPosix(path) {
  return path.split(sep).join("/");
}
async function realOrSelf(path) {
  return (await realOrNearest(resolve(path))).path;
}
async function realOrNearest(path) {
  let current = path;
  const rest = [];
  for (; ; ) {
    try {
      const real = await realpath(current);
      return { path: rest.length ? join2(real, ...rest.reverse()) : real, exists: rest.length === 0 };
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      if (await isLink(current)) return { path: "/nonexistent/dangling-symlink", exists: false };
      const parent = dirname(current);
      if (parent === current) return { path, exists: false };
      rest.push(basename2(current));
      current = parent;
    }
  }
}
async function isLink(path) {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}

// src/security/policy/url-policy.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import { lookup as dnsLookup } from "node:dns/promises";
import { request } from "node:https";
import { isIP } from "node:net";
var defaultLookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
function isPublicAddress(address) {
  if (!import_ipaddr.default.isValid(address)) return false;
  const parsed = import_ipaddr.default.process(address);
  if (parsed.range() !== "unicast") return false;
  if (parsed.kind() === "ipv6") {
    const text = parsed.toNormalizedString();
    if (text.startsWith("fd00:ec2:")) return false;
  }
  return true;
}
async function checkUrl(raw, hosts, lookup) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "not a valid URL" };
  }
  if (url.protocol !== "https:") return { ok: false, reason: `only https is allowed (got ${url.protocol})` };
  if (url.username || url.password) return { ok: false, reason: "credentials in URLs are not allowed" };
  if (url.port && url.port !== "443") return { ok: false, reason: `port ${url.port} is not allowed` };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (isIP(host.replace(/^\[|\]$/g, "")) !== 0)
    return { ok: false, reason: "IP addresses are not allowed: use an allow-listed host name" };
  if (!hosts.some((allowed) => allowed.toLowerCase() === host)) {
    return { ok: false, reason: `host ${host} is not on the fetch_docs allow-list` };
  }
  let addresses;
  try {
    addresses = await lookup(host);
  } catch (error) {
    return { ok: false, reason: `cannot resolve ${host}: ${error.message}` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} resolves to nothing` };
  const inside2 = addresses.find((address) => !isPublicAddress(address));
  if (inside2) return { ok: false, reason: `${host} resolves to a non-public address (${inside2}): refused` };
  return { ok: true, url, address: addresses[0] };
}
var pinnedHttpsGet = createPinnedHttpsGet();
function createPinnedHttpsGet(tls = {}) {
  return (url, pinnedAddress, options) => pinnedRequest(url, pinnedAddress, options, tls);
}
function pinnedRequest(url, pinnedAddress, options, tls) {
  return new Promise((resolve2, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        ...tls.ca ? { ca: tls.ca } : {},
        headers: { "user-agent": "claude-sentry-fetch-docs", accept: "text/html,text/plain,*/*;q=0.5" },
        timeout: options.timeoutMs,
        // Node 20 asks for `all` addresses when autoSelectFamily is on; both shapes return only the pinned one.
        lookup: ((_host, opts, callback) => opts.all ? callback(null, [{ address: pinnedAddress, family: isIP(pinnedAddress) }]) : callback(null, pinnedAddress, isIP(pinnedAddress)))
      },
      (res) => {
        const chunks = [];
        let size = 0;
        let truncated = false;
        res.on("data", (chunk) => {
          if (size >= options.maxBytes) {
            truncated = true;
            res.destroy();
            return;
          }
          chunks.push(chunk.subarray(0, options.maxBytes - size));
          size += chunk.length;
        });
        const done = () => resolve2({
          status: res.statusCode ?? 0,
          ...res.headers.location ? { location: res.headers.location } : {},
          ...res.headers["content-type"] ? { contentType: res.headers["content-type"] } : {},
          body: Buffer.concat(chunks).toString("utf8"),
          truncated: truncated || size > options.maxBytes
        });
        res.on("end", done);
        res.on("close", done);
        res.on("error", reject);
      }
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${options.timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

// src/security/registry/role-tools.ts
var COLLECTOR_TOOLS = ["query_metrics", "read_kubernetes", "query_logs"];
var ROLE_TOOLS = {
  supervisor: [
    "read_file",
    "grep_search",
    "run_diagnostics",
    "apply_patch",
    "restart_service",
    "fetch_docs",
    ...COLLECTOR_TOOLS,
    "git_history"
  ],
  triage: ["read_file", "grep_search", "fetch_docs", ...COLLECTOR_TOOLS],
  detective: ["read_file", "grep_search", "fetch_docs", "run_diagnostics", ...COLLECTOR_TOOLS, "git_history"],
  // git_history is read-only: the Surgeon re-reads which side of a rename moved before it writes the diff.
  surgeon: ["apply_patch", "restart_service", "git_history"],
  validator: ["read_file", "grep_search", "run_diagnostics"]
};
function roleAllows(role, tool) {
  return ROLE_TOOLS[role].includes(tool);
}

// src/security/throttle/token-bucket.ts
function createThrottle(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const store = options.store ?? createMemoryStateStore({ clock: () => clock().getTime() });
  const windowMs = options.windowSeconds * 1e3;
  return {
    async take(identity) {
      const bucket = { capacity: options.actions, windowMs, now: clock().getTime() };
      const took = await store.takeToken(`throttle:${identity}`, bucket);
      if (took.ok) return took;
      return {
        ok: false,
        reason: `rate limit: ${options.actions} actions per ${options.windowSeconds}s for this agent (retry in ${took.retryAfterMs} ms)`,
        retryAfterMs: took.retryAfterMs
      };
    }
  };
}

// src/security/vault/vault.ts
import { createHmac, randomBytes, randomUUID as randomUUID2, timingSafeEqual } from "node:crypto";
var ClaimsSchema = external_exports.strictObject({
  v: external_exports.literal(1),
  sub: external_exports.string(),
  role: external_exports.string(),
  run: external_exports.string(),
  scope: external_exports.array(external_exports.string()),
  iat: external_exports.number(),
  exp: external_exports.number(),
  gen: external_exports.number().int()
});
function createVault(options) {
  const key2 = options.key ?? randomBytes(32);
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const revoked = /* @__PURE__ */ new Set();
  let generation = 0;
  let killReason;
  const sign = (payload) => createHmac("sha256", key2).update(payload).digest("base64url");
  return {
    issue(runId, role, tools) {
      const agentId = `${role}-${randomUUID2()}`;
      const now = Math.floor(clock().getTime() / 1e3);
      const claims = {
        v: 1,
        sub: agentId,
        role,
        run: runId,
        scope: [...tools],
        iat: now,
        exp: now + options.ttlSeconds,
        gen: generation
      };
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
      return { agentId, credential: `${payload}.${sign(payload)}` };
    },
    check(credential, expected) {
      const [payload, signature, extra] = credential.split(".");
      if (!payload || !signature || extra !== void 0) return { ok: false, reason: "credential malformed" };
      const good = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (good.length !== given.length || !timingSafeEqual(good, given)) {
        return { ok: false, reason: "credential forged (bad signature)" };
      }
      const parsed = ClaimsSchema.safeParse(safeJson(Buffer.from(payload, "base64url").toString("utf8")));
      if (!parsed.success) return { ok: false, reason: "credential malformed" };
      const claims = parsed.data;
      if (killReason !== void 0 && claims.gen < generation) {
        return { ok: false, reason: `credential revoked by the kill switch (${killReason})` };
      }
      if (revoked.has(claims.sub)) return { ok: false, reason: "credential revoked (agent ended)" };
      if (claims.exp <= clock().getTime() / 1e3) return { ok: false, reason: "credential expired" };
      if (claims.sub !== expected.agentId || claims.role !== expected.role) {
        return { ok: false, reason: `credential belongs to another agent (${claims.sub})` };
      }
      if (!claims.scope.includes(expected.tool)) {
        return { ok: false, reason: `credential not scoped for ${expected.tool}` };
      }
      return { ok: true, claims };
    },
    revoke(agentId) {
      revoked.add(agentId);
    },
    revokeAll(reason) {
      generation += 1;
      killReason = reason;
    },
    revokedReason: () => killReason
  };
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    return { malformed: String(error) };
  }
}

// src/tools/input-shape.ts
var MAX_INPUT_DEPTH = 32;
var MAX_INPUT_NODES = 1e5;
var MAX_INPUT_CHARS = 1024 * 1024;
function inputShapeProblem(input) {
  const stack = [{ value: input, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop();
    nodes += 1;
    if (nodes > MAX_INPUT_NODES) return `input has more than ${MAX_INPUT_NODES} values`;
    if (typeof value === "string") {
      chars += value.length;
      if (chars > MAX_INPUT_CHARS) return `input holds more than ${MAX_INPUT_CHARS} characters`;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) return `input is nested deeper than ${MAX_INPUT_DEPTH} levels`;
    const children = Array.isArray(value) ? value : Object.entries(value).flat();
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return void 0;
}

// src/tools/output-budget.ts
var DEFAULT_OUTPUT_BUDGET = 16e3;
var HINTS = {
  read_file: "pass startLine/endLine, or grep_search for the lines you need",
  grep_search: "use a more specific pattern or pass a path",
  run_diagnostics: "narrow the command (e.g. tail -n 100, ps -o with fewer columns)",
  fetch_docs: "fetch a more specific page",
  query_metrics: "query the alert's expression alone, or a narrower subject (add container or mountpoint)",
  read_kubernetes: "ask for one object, or logs with fewer tailLines",
  query_logs: "narrow the subject (add pod or container)",
  git_history: "ask for fewer commits (maxCount), one path, or patch: false"
};
function fitToBudget(tool, output, budget = DEFAULT_OUTPUT_BUDGET, totalLength = output.length) {
  if (output.length <= budget && totalLength <= budget) return output;
  const hint = HINTS[tool] ?? "narrow the request";
  return `${output.slice(0, budget)}
[output cut: showing ${budget} of ${totalLength} characters; ${hint}]`;
}

// src/tools/restart-ledger.ts
var RESTART_PERFORMED = "restart performed";
var restartKey = (unit) => `restart:${unit}`;
function createLocalLedger(clock) {
  return createMemoryStateStore({ clock: () => clock().getTime() });
}
async function seedRestartLedger(ledger, entries, intervalMs, now) {
  for (const raw of entries) {
    const entry = PerformedRestartSchema.safeParse(raw);
    if (!entry.success || !entry.data.reason.includes(RESTART_PERFORMED)) continue;
    const at2 = Date.parse(entry.data.time);
    const left = at2 + intervalMs - now.getTime();
    if (Number.isFinite(at2) && left > 0)
      await ledger.put(restartKey(canonicalUnit(entry.data.input.service)), String(at2), left);
  }
}
var PerformedRestartSchema = external_exports.object({
  kind: external_exports.literal("tool-call"),
  tool: external_exports.literal("restart_service"),
  outcome: external_exports.literal("ok"),
  reason: external_exports.string(),
  time: external_exports.string(),
  input: external_exports.object({ service: external_exports.string() })
});

// src/tools/apply-patch.ts
import { constants } from "node:fs";
import { mkdir as mkdir2, open, readFile } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// src/security/policy/env-patch.ts
async function applyDotenvPatch(path, raw, file) {
  const before = await viewDotenvChecked(raw ?? "");
  const lines = before.text.split("\n");
  const rawLines = (raw ?? "").split("\n");
  const rawHunks = [];
  for (const hunk of file.hunks) {
    let at2 = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    const rewritten = [];
    for (const line of hunk.lines) {
      const kind = line[0];
      const text = line.slice(1);
      if (kind === "\\") {
        rewritten.push(line);
        continue;
      }
      if (kind === "+") {
        const refused = addedLineProblem(text, before, at2);
        if (refused) return { ok: false, reason: `${path}: ${refused}` };
        rewritten.push(line);
        continue;
      }
      if (lines[at2] !== text)
        return {
          ok: false,
          reason: `${path}: hunk at line ${hunk.oldStart} does not match the file as read (line ${at2 + 1}); dotenv patches are made against the redacted view`
        };
      if (kind === "-" && before.sealed[at2])
        return {
          ok: false,
          reason: `${path}:${at2 + 1} holds a redacted value: a bot may not change or remove it`
        };
      rewritten.push(`${kind}${rawLines[at2] ?? ""}`);
      at2 += 1;
    }
    rawHunks.push({ ...hunk, lines: rewritten });
  }
  const content = applyPatch(raw ?? "", { ...file, hunks: rawHunks }, { fuzzFactor: 0 });
  const viewAfter = applyPatch(before.text, file, { fuzzFactor: 0 });
  if (content === false || viewAfter === false)
    return { ok: false, reason: `${path}: the patch does not apply cleanly` };
  if ((await viewDotenvChecked(content)).text !== viewAfter)
    return {
      ok: false,
      reason: `${path}: after the patch the redacted lines would read differently: refusing`
    };
  return { ok: true, view: raw === void 0 ? void 0 : before.text, content };
}
function addedLineProblem(text, before, at2) {
  if (text.includes(REDACTED) || text.includes("[REDACTED:"))
    return `an added line carries the redaction marker ${REDACTED}: secrets are never written from a view`;
  if (at2 > 0 && before.continues[at2 - 1])
    return `line ${at2 + 1} is inside a multi-line value that holds a secret`;
  const key2 = /^\s*#?\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(text)?.[1];
  if (key2 && isSecretKey(key2)) return `${key2} names a secret: a bot may not add or set one`;
  if (/\$(?:\{|[A-Za-z_])/.test(text))
    return "an added value expands a variable: it could copy a secret into a setting that is logged";
  if (viewDotenv(text).text === text) return void 0;
  return /^\s*(#|(export\s+)?[A-Za-z_][\w.-]*\s*=)/.test(text) ? "an added line holds what looks like a credential" : "an added line is neither KEY=value, a comment nor blank";
}

// src/security/policy/patch-policy.ts
var EXTENDED_HEADER = /^(?:old mode|new mode|deleted file mode|new file mode|rename from|rename to|copy from|copy to|similarity index|dissimilarity index) /;
function checkPatchHeaders(text) {
  for (const line of text.split("\n")) {
    if (!EXTENDED_HEADER.test(line) || line.trimEnd() === "new file mode 100644") continue;
    return `patches may change file contents only (found "${line.slice(0, 60)}"): modes, renames, copies and deletions are refused`;
  }
  return void 0;
}
var LIFECYCLE = /^(pre|post)|^(install|prepare|prepublish|prepublishOnly|prepack|postpack|uninstall|version|dependencies)$/;
function checkFileChange(path, before, after) {
  if (!/(^|\/)package\.json$/i.test(path)) return void 0;
  const was = scriptsOf(before ?? "{}");
  const now = scriptsOf(after);
  if (now === void 0) return `${path}: not valid JSON after the patch: refusing`;
  if (was === void 0) return void 0;
  const names = /* @__PURE__ */ new Set([...Object.keys(was), ...Object.keys(now)]);
  for (const name of names) {
    if (was[name] !== now[name] && LIFECYCLE.test(name))
      return `${path}: the lifecycle script "${name}" may not be changed by a bot (npm runs it by itself)`;
  }
  return void 0;
}
function scriptsOf(text) {
  try {
    const json = JSON.parse(text);
    if (!json || typeof json !== "object") return {};
    const scripts = json.scripts;
    return scripts && typeof scripts === "object" ? scripts : {};
  } catch {
    return void 0;
  }
}

// src/tools/define-tool.ts
function defineTool(tool) {
  return tool;
}

// src/tools/patch-check.ts
import { execFile as execFile2 } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname2, join as join3 } from "node:path";
function patchPath(name) {
  if (!name) return void 0;
  const trimmed = name.split("	")[0].trim();
  if (trimmed === "/dev/null") return trimmed;
  return trimmed.replace(/^[ab]\//, "");
}
function parseUnifiedDiff(text) {
  if (/^(?:GIT binary patch|Binary files .* differ)/m.test(text))
    return { ok: false, reason: "binary patches are refused" };
  let files;
  try {
    files = parsePatch(text);
  } catch (error) {
    return { ok: false, reason: `not a unified diff: ${error.message}` };
  }
  files = files.filter((f) => f.hunks.length > 0 || f.oldFileName || f.newFileName);
  if (files.length === 0) return { ok: false, reason: "no file in the patch" };
  const hunkHeaders = text.match(/^@@ .* @@/gm)?.length ?? 0;
  const parsedHunks = files.reduce((sum, f) => sum + f.hunks.length, 0);
  if (hunkHeaders !== parsedHunks)
    return {
      ok: false,
      reason: `only ${parsedHunks} of ${hunkHeaders} hunks parsed: refusing a partial patch`
    };
  for (const file of files) {
    if (file.hunks.length === 0)
      return { ok: false, reason: `${file.newFileName ?? file.oldFileName}: no hunks` };
  }
  return { ok: true, files };
}
function applyExactly(source, file) {
  const lines = source.split("\n");
  for (const hunk of file.hunks) {
    const expected = hunk.lines.filter((l) => l[0] === " " || l[0] === "-").map((l) => l.slice(1));
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    for (let i = 0; i < expected.length; i += 1) {
      if (lines[start + i] !== expected[i]) {
        return {
          ok: false,
          reason: `hunk at line ${hunk.oldStart} does not match the file exactly (line ${start + i + 1}): refusing fuzzy application`
        };
      }
    }
  }
  const content = applyPatch(source, file, { fuzzFactor: 0, autoConvertLineEndings: false });
  if (content === false) return { ok: false, reason: "the patch does not apply cleanly" };
  return { ok: true, content };
}
async function gitApplyCheck(files) {
  const scratch = await mkdtemp(join3(tmpdir(), "sentry-patch-"));
  try {
    for (const file of files) {
      if (file.source === void 0) continue;
      const target = join3(scratch, file.rel);
      await mkdir(dirname2(target), { recursive: true });
      await writeFile(target, file.source);
    }
    const normalised = files.map(
      (f) => formatPatch({
        ...f.patch,
        oldFileName: f.source === void 0 ? "/dev/null" : `a/${f.rel}`,
        newFileName: `b/${f.rel}`,
        oldHeader: "",
        newHeader: ""
      })
    ).join("");
    const patchFile = join3(scratch, ".sentry.patch");
    await writeFile(patchFile, normalised);
    const result = await new Promise((resolve2) => {
      execFile2(
        "git",
        ["apply", "--check", "-p1", "--unsafe-paths", ".sentry.patch"],
        {
          cwd: scratch,
          timeout: 1e4,
          env: {
            PATH: "/usr/bin:/bin",
            HOME: scratch,
            GIT_CONFIG_NOSYSTEM: "1",
            GIT_CEILING_DIRECTORIES: dirname2(scratch)
          }
        },
        (error, _stdout, stderr) => resolve2({ code: error ? 1 : 0, stderr: String(stderr || error?.message || "") })
      );
    });
    return result.code === 0 ? { ok: true } : { ok: false, reason: `git apply --check refused the patch: ${result.stderr.trim().slice(0, 500)}` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// src/tools/apply-patch.ts
var MAX_PATCH_BYTES = 256 * 1024;
var MAX_FILES = 20;
var ApplyPatchInputSchema = external_exports.strictObject({
  diff: external_exports.string().min(1).max(MAX_PATCH_BYTES).describe("A unified diff (git style, a/ b/ prefixes) against files in the repository")
});
var applyPatchTool = defineTool({
  name: "apply_patch",
  description: "Apply a unified diff to the repository. It must apply exactly (no fuzz) and pass `git apply --check`. In AUDIT mode the patch is validated and recorded as a proposal, nothing is written.",
  input: ApplyPatchInputSchema,
  writes: true,
  async handler(input, ctx) {
    const headers = checkPatchHeaders(input.diff);
    if (headers) return { status: "denied", reason: headers };
    const parsed = parseUnifiedDiff(input.diff);
    if (!parsed.ok) return { status: "denied", reason: parsed.reason };
    if (parsed.files.length > MAX_FILES)
      return {
        status: "denied",
        reason: `patch touches ${parsed.files.length} files (cap ${MAX_FILES}): keep fixes small`
      };
    const planned = [];
    for (const file of parsed.files) {
      const step = await planFile(file, ctx);
      if (!step.ok) return { status: "denied", reason: step.reason };
      planned.push(step.planned);
    }
    const check = await gitApplyCheck(planned);
    if (!check.ok) return { status: "denied", reason: check.reason };
    const summary = summarise(planned);
    if (!writesAllowed(ctx.mode)) {
      return {
        status: "ok",
        output: `proposed, not written (${ctx.mode} mode): ${summary}; validated with git apply --check`,
        accepted: { patch: input.diff }
      };
    }
    for (const file of planned) {
      const again = await ctx.paths.resolveWrite(file.rel, { dotenvView: true });
      if (!again.ok || again.abs !== file.abs)
        return { status: "denied", reason: `${file.rel} changed while the patch was checked` };
      await mkdir2(dirname3(file.abs), { recursive: true });
      await writeNoFollow(file.abs, file.content);
    }
    return { status: "ok", output: `applied: ${summary}`, accepted: { patch: input.diff } };
  }
});
async function planFile(file, ctx) {
  const oldPath = patchPath(file.oldFileName);
  const newPath = patchPath(file.newFileName);
  if (!newPath || newPath === "/dev/null")
    return { ok: false, reason: `deleting files is refused (${oldPath ?? "?"})` };
  if (oldPath && oldPath !== "/dev/null" && oldPath !== newPath)
    return { ok: false, reason: `renames are refused (${oldPath} → ${newPath})` };
  const resolved = await ctx.paths.resolveWrite(newPath, { dotenvView: true });
  if (!resolved.ok) return { ok: false, reason: `${newPath}: ${resolved.reason}` };
  const creating = oldPath === "/dev/null";
  if (creating && resolved.exists) return { ok: false, reason: `${newPath} already exists` };
  if (!creating && !resolved.exists) return { ok: false, reason: `${newPath} does not exist` };
  const source = creating ? void 0 : await readFile(resolved.abs, "utf8");
  if (resolved.kind === "repo" && resolved.view === "dotenv") {
    const dotenv = await applyDotenvPatch(resolved.display, source, file);
    if (!dotenv.ok) return dotenv;
    const { display: rel, abs } = resolved;
    return { ok: true, planned: { rel, abs, source: dotenv.view, content: dotenv.content, patch: file } };
  }
  const applied = applyExactly(source ?? "", file);
  if (!applied.ok) return { ok: false, reason: `${newPath}: ${applied.reason}` };
  const content = checkFileChange(resolved.display, source, applied.content);
  if (content) return { ok: false, reason: content };
  return {
    ok: true,
    planned: { rel: resolved.display, abs: resolved.abs, source, content: applied.content, patch: file }
  };
}
function summarise(planned) {
  let added = 0;
  let removed = 0;
  for (const file of planned) {
    for (const hunk of file.patch.hunks) {
      for (const line of hunk.lines) {
        if (line[0] === "+") added += 1;
        else if (line[0] === "-") removed += 1;
      }
    }
  }
  return `${planned.length} file(s) (${planned.map((p) => p.rel).join(", ")}), +${added} -${removed}`;
}
async function writeNoFollow(path, content) {
  const handle = await open(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    420
  );
  try {
    await handle.writeFile(content, "utf8");
  } finally {
    await handle.close();
  }
}

// src/tools/fetch-docs.ts
var MAX_BYTES = 512 * 1024;
var TIMEOUT_MS = 1e4;
var MAX_REDIRECTS = 3;
var FetchDocsInputSchema = external_exports.strictObject({
  url: external_exports.string().min(1).max(2e3).describe("An https URL on the documentation allow-list")
});
var fetchDocsTool = defineTool({
  name: "fetch_docs",
  description: "Fetch a documentation page over https from an allow-listed host (redirects only within the list). Returns its text, capped at 512 KB.",
  input: FetchDocsInputSchema,
  writes: false,
  async handler(input, ctx) {
    let target = input.url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const checked = await checkUrl(target, ctx.config.fetchDocsHosts, ctx.lookup);
      if (!checked.ok)
        return {
          status: "denied",
          reason: hop === 0 ? checked.reason : `redirect to ${target} refused: ${checked.reason}`
        };
      let response;
      try {
        response = await ctx.httpGet(checked.url, checked.address, {
          maxBytes: MAX_BYTES,
          timeoutMs: TIMEOUT_MS
        });
      } catch (error) {
        return { status: "error", reason: `fetch failed: ${error.message}` };
      }
      if (response.status >= 300 && response.status < 400) {
        if (!response.location)
          return { status: "error", reason: `redirect ${response.status} without a location` };
        target = new URL(response.location, checked.url).toString();
        continue;
      }
      if (response.status >= 400)
        return { status: "error", reason: `HTTP ${response.status} from ${checked.url.hostname}` };
      const text = /html/i.test(response.contentType ?? "") ? htmlToText(response.body) : response.body;
      return {
        status: "ok",
        output: response.truncated ? `${text}
[page cut at ${MAX_BYTES} bytes]` : text
      };
    }
    return { status: "denied", reason: `more than ${MAX_REDIRECTS} redirects` };
  }
});
function htmlToText(html) {
  const withoutBlocks = dropBetween(
    dropBetween(dropBetween(html, "<!--", "-->"), "<script", "</script"),
    "<style",
    "</style"
  );
  return withoutBlocks.replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|pre)>/gi, "\n").replace(/<[^<>]{0,2000}>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\n{3,}/g, "\n\n").trim();
}
function dropBetween(text, open4, close) {
  const lower = text.toLowerCase();
  let out = "";
  let at2 = 0;
  for (; ; ) {
    const start = lower.indexOf(open4, at2);
    if (start === -1) return out + text.slice(at2);
    out += text.slice(at2, start);
    const end = lower.indexOf(close, start + open4.length);
    if (end === -1) return out;
    const gt = text.indexOf(">", end);
    at2 = gt === -1 ? text.length : gt + 1;
  }
}

// src/tools/git-history.ts
import { lstatSync as lstatSync2 } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join5 } from "node:path";

// src/tools/git-isolation.ts
import { lstat as lstat2 } from "node:fs/promises";
import { dirname as dirname4, join as join4 } from "node:path";
var GIT_OVERRIDES = [
  "core.hooksPath=/dev/null",
  "core.fsmonitor=false",
  "core.pager=cat",
  "core.untrackedCache=false",
  "diff.external=",
  "diff.noprefix=false",
  "diff.mnemonicPrefix=false",
  "log.showSignature=false",
  "log.mailmap=false",
  "mailmap.file=",
  "mailmap.blob=",
  "color.ui=never",
  "gpg.program=false",
  "gpg.ssh.program=false",
  // A partial clone fetches missing objects lazily: no transport may run, whatever the repository allows.
  "protocol.allow=never",
  ...["ext", "ssh", "git", "file", "http", "https", "ftp", "ftps", "fd"].map(
    (p) => `protocol.${p}.allow=never`
  ),
  "core.sshCommand=false",
  "credential.helper="
].flatMap((setting) => ["-c", setting]);
function gitEnvironment(root, home) {
  return {
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_DIR: join4(root, ".git"),
    GIT_WORK_TREE: root,
    GIT_CEILING_DIRECTORIES: dirname4(root),
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_LITERAL_PATHSPECS: "1",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_ATTR_NOSYSTEM: "1",
    GIT_PAGER: "cat",
    PAGER: "cat"
  };
}
async function historyProblem(root) {
  const dotGit = join4(root, ".git");
  const info = await lstat2(dotGit).catch(() => void 0);
  if (!info) return "the repository is not a git checkout (no .git directory): no history to read";
  if (!info.isDirectory())
    return ".git is not a directory (a worktree, submodule or link): its history is not read";
  for (const redirect of ["commondir", "objects/info/alternates", "objects/info/http-alternates"]) {
    if (await lstat2(join4(dotGit, redirect)).catch(() => void 0))
      return `.git/${redirect} points git at another repository: its history is not read`;
  }
  return void 0;
}

// src/tools/git-history.ts
var TIMEOUT_MS2 = 1e4;
var MAX_OUTPUT_BYTES = 512 * 1024;
var MAX_COMMITS = 30;
var GitHistoryInputSchema = external_exports.strictObject({
  paths: external_exports.array(external_exports.string().min(1).max(1024)).min(1).max(4).describe("Repository-relative files whose history to read (renames followed when there is one)"),
  patch: external_exports.boolean().optional().describe("Include each commit's diff of these files (default true)"),
  maxCount: external_exports.number().int().min(1).max(MAX_COMMITS).optional().describe("Newest commits to show (default 10)")
});
var COMMIT_FORMAT = "commit %H%nDate: %aI%nSubject: %s%n";
var gitHistoryTool = defineTool({
  name: "git_history",
  description: "Read the git history of up to 4 repository files: the newest commits (hash, date, subject) and, by default, each commit's diff of those files. Read-only; runs nothing the repository configures; 10 s timeout.",
  input: GitHistoryInputSchema,
  writes: false,
  // Shown only for a git checkout: a repository without history has nothing for this tool to read.
  available: (ctx) => ctx.workspace.repoRoot !== void 0 && lstatSync2(join5(ctx.workspace.repoRoot, ".git"), { throwIfNoEntry: false })?.isDirectory() === true,
  async handler(input, ctx) {
    const root = ctx.workspace.repoRoot;
    if (!root) return { status: "denied", reason: "no repository in this run" };
    const paths = [];
    for (const path of input.paths) {
      const resolved = await ctx.paths.resolveRead(path);
      if (!resolved.ok) return { status: "denied", reason: `${path}: ${resolved.reason}` };
      if (resolved.kind !== "repo")
        return { status: "denied", reason: `${path} is a log, not a repository file` };
      if (!resolved.exists) return { status: "error", reason: `no such file: ${path}` };
      if (!lstatSync2(resolved.abs).isFile())
        return { status: "denied", reason: `${path} is not a file: git_history reads files one by one` };
      paths.push(resolved.display);
    }
    const problem = await historyProblem(root);
    if (problem) return { status: "error", reason: problem };
    const home = await mkdtemp2(join5(tmpdir2(), "sentry-git-home-"));
    try {
      const git = (args) => ctx.exec("git", [...GIT_OVERRIDES, "--no-pager", ...args], {
        timeoutMs: TIMEOUT_MS2,
        maxBytes: MAX_OUTPUT_BYTES,
        cwd: root,
        env: gitEnvironment(root, home)
      });
      const log = await git(logArgs(paths, input.patch ?? true, input.maxCount ?? 10));
      if (log.exitCode !== 0 && !log.truncated && !log.timedOut)
        return { status: "error", reason: `git log failed: ${firstLine(log.stderr)}` };
      const remote = await git(["config", "--get", "remote.origin.url"]);
      return { status: "ok", output: render(log, githubRepo(remote.stdout)) };
    } finally {
      await rm2(home, { recursive: true, force: true });
    }
  }
});
function logArgs(paths, patch, count) {
  return [
    "log",
    `--max-count=${count}`,
    `--format=${COMMIT_FORMAT}`,
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-show-signature",
    "--no-mailmap",
    ...patch ? ["-p"] : [],
    // --follow takes exactly one path; several are read as one history without it.
    ...paths.length === 1 ? ["--follow"] : [],
    "--",
    ...paths
  ];
}
function render(log, github) {
  const cut = log.truncated || log.timedOut;
  const body = cut ? log.stdout.slice(0, Math.max(0, log.stdout.lastIndexOf("\ncommit ") + 1)) : log.stdout;
  const parts = [
    ...github ? [`remote: ${github}`] : [],
    body.trim() === "" ? "no commits touch these paths" : body.trimEnd()
  ];
  if (log.timedOut) parts.push(`[history cut: git stopped after ${TIMEOUT_MS2} ms; ask for fewer commits]`);
  else if (log.truncated)
    parts.push(`[history cut at ${MAX_OUTPUT_BYTES} bytes; ask for fewer commits or patch: false]`);
  return parts.join("\n");
}
function githubRepo(url) {
  const m = /^(?:https:\/\/(?:[^@/\s]*@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(
    url.trim()
  );
  return m ? `https://github.com/${m[1]}/${m[2]}` : void 0;
}
function firstLine(text) {
  return (text.split("\n").find((l) => l.trim() !== "") ?? "no message").slice(0, 300);
}

// src/tools/grep-search.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { readdir, stat } from "node:fs/promises";
import { join as join6, relative as relative2, sep as sep2 } from "node:path";
import { Worker } from "node:worker_threads";

// src/tools/grep-worker.ts
var GREP_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { pattern, flags, files, maxMatches, maxLineChars, secretRules } = workerData;
const regex = new RegExp(pattern, flags);
const rules = secretRules.map((r) => ({ id: r.id, group: r.group, pattern: new RegExp(r.source, r.flags) }));
// The same replacement as redactSecrets (secret-patterns.ts), line breaks kept so line numbers hold.
function redaction(id, secret) { return secret.split("\n").map(() => "[REDACTED:" + id + "]").join("\n"); }
function redact(text) {
  let out = text;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args) => {
      const match = args[0];
      if (match.includes("[REDACTED:")) return match;
      if (rule.group === undefined) return redaction(rule.id, match);
      const groups = args.slice(1, -2);
      return groups.map((g, i) => (i + 1 === rule.group ? redaction(rule.id, g ?? "") : (g ?? ""))).join("");
    });
  }
  return out;
}
let total = 0;
for (const file of files) {
  let text;
  try { text = readFileSync(file.abs, "utf8"); } catch (error) { parentPort.postMessage({ type: "skip", display: file.display, reason: String(error) }); continue; }
  // Redacted whole before lines are matched or cut: the pattern then cannot probe a secret bit by bit, and a
  // cut line cannot leave a fragment of one.
  text = redact(text);
  const lines = text.split("\n");
  const matches = [];
  for (let i = 0; i < lines.length && total < maxMatches; i++) {
    const line = lines[i];
    regex.lastIndex = 0;
    if (regex.test(line)) {
      matches.push({ line: i + 1, text: line.length > maxLineChars ? line.slice(0, maxLineChars) + " …" : line });
      total++;
    }
  }
  if (matches.length) parentPort.postMessage({ type: "matches", display: file.display, matches });
  parentPort.postMessage({ type: "file-done" });
  if (total >= maxMatches) break;
}
parentPort.postMessage({ type: "done", total, capped: total >= maxMatches });
`;

// src/tools/grep-search.ts
var TIME_BUDGET_MS = 2e3;
var MAX_FILES2 = 2e4;
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var MAX_TOTAL_BYTES = 200 * 1024 * 1024;
var MAX_MATCHES = 200;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "dist", ".venv", "__pycache__", "vendor", "target"]);
var isSecret = (0, import_picomatch3.default)([...SECRET_FILES], { dot: true, nocase: true });
var CREDENTIAL_RULES = SECRET_RULES.filter((rule) => !rule.personal).map((rule) => ({
  id: rule.id,
  group: rule.group,
  source: rule.pattern.source,
  flags: rule.pattern.flags
}));
var GrepSearchInputSchema = external_exports.strictObject({
  pattern: external_exports.string().min(1).max(500).describe("JavaScript regular expression, matched line by line"),
  path: external_exports.string().min(1).max(1024).optional().describe("Limit to one file or directory (repository-relative) or one uploaded log"),
  ignoreCase: external_exports.boolean().optional()
});
var grepSearchTool = defineTool({
  name: "grep_search",
  description: "Search the repository and the uploaded logs for a regular expression. Prints matches as `file:line: text` (at most 200). Narrow with `path` when there are too many.",
  input: GrepSearchInputSchema,
  writes: false,
  async handler(input, ctx) {
    const flags = input.ignoreCase ? "i" : "";
    try {
      new RegExp(input.pattern, flags);
    } catch (error) {
      return { status: "error", reason: `invalid regular expression: ${error.message}` };
    }
    const files = await collectFiles(input.path, ctx);
    if ("reason" in files)
      return files.denied ? { status: "denied", reason: files.reason } : { status: "error", reason: files.reason };
    return runSearch(input.pattern, flags, files.list);
  }
});
async function collectFiles(path, ctx) {
  const logs2 = ctx.workspace.logFiles.map((abs) => ({
    abs,
    display: ctx.workspace.logDisplayNames[abs] ?? abs
  }));
  if (path !== void 0) {
    const resolved = await ctx.paths.resolveRead(path);
    if (!resolved.ok) return { reason: resolved.reason, denied: true };
    if (!resolved.exists) return { reason: `no such file or directory: ${path}`, denied: false };
    const info = await stat(resolved.abs);
    if (info.isFile()) return { list: [{ abs: resolved.abs, display: resolved.display }] };
    return { list: await walk(resolved.abs, ctx.workspace.repoRoot) };
  }
  const repoFiles = ctx.workspace.repoRoot ? await walk(ctx.workspace.repoRoot, ctx.workspace.repoRoot) : [];
  return { list: [...logs2, ...repoFiles] };
}
async function walk(dir, root) {
  const out = [];
  let bytes = 0;
  const queue = [dir];
  while (queue.length > 0 && out.length < MAX_FILES2) {
    const current = queue.shift();
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const abs = join6(current, entry.name);
      const rel = relative2(root, abs).split(sep2).join("/");
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) queue.push(abs);
      } else if (entry.isFile() && !isSecret(rel)) {
        const size = (await stat(abs)).size;
        if (size > MAX_FILE_BYTES || bytes + size > MAX_TOTAL_BYTES) continue;
        bytes += size;
        out.push({ abs, display: rel });
      }
    }
  }
  return out;
}
function runSearch(pattern, flags, files) {
  return new Promise((resolve2) => {
    const lines = [];
    let filesDone = 0;
    const worker = new Worker(GREP_WORKER_SOURCE, {
      eval: true,
      workerData: {
        pattern,
        flags,
        files,
        maxMatches: MAX_MATCHES,
        maxLineChars: 300,
        secretRules: CREDENTIAL_RULES
      },
      resourceLimits: { maxOldGenerationSizeMb: 256 }
    });
    const finish = (note) => {
      clearTimeout(timer);
      void worker.terminate();
      const body = lines.length > 0 ? lines.join("\n") : "no matches";
      resolve2({ status: "ok", output: note ? `${body}
[${note}]` : body });
    };
    const timer = setTimeout(() => {
      finish(
        `search stopped at its ${TIME_BUDGET_MS} ms budget after ${filesDone} of ${files.length} files: the pattern may backtrack catastrophically; use a simpler pattern or a narrower path`
      );
    }, TIME_BUDGET_MS);
    worker.on("message", (message) => {
      if (message.type === "matches") {
        for (const m of message.matches) lines.push(`${message.display}:${m.line}: ${m.text}`);
      } else if (message.type === "file-done") {
        filesDone += 1;
      } else if (message.type === "done") {
        finish(
          message.capped ? `stopped at ${MAX_MATCHES} matches: narrow the pattern or pass a path` : void 0
        );
      }
    });
    worker.on("error", (error) => {
      clearTimeout(timer);
      resolve2({ status: "error", reason: `search failed: ${error.message}` });
    });
  });
}

// src/collectors/endpoint.ts
function operatorEndpoint(collector, configured2, requested) {
  if (!configured2) return { ok: false, reason: `${collector} is not configured by the operator` };
  const base = new URL(configured2);
  if (requested === void 0) return { ok: true, base };
  let asked;
  try {
    asked = new URL(requested);
  } catch {
    return { ok: false, reason: `endpoint ${JSON.stringify(requested.slice(0, 200))} is not a URL` };
  }
  if (asked.origin !== base.origin || asked.username !== "" || asked.password !== "")
    return {
      ok: false,
      reason: `endpoint ${asked.origin} is not the ${collector} endpoint the operator configured`
    };
  return { ok: true, base };
}
function apiUrl(base, path, params = {}) {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  url.search = new URLSearchParams(params).toString();
  return url.href;
}

// src/collectors/journald.ts
var JOURNAL_LINES = 5e3;
var TIMEOUT_MS3 = 1e4;
var JournalUnitSchema = external_exports.string().regex(SYSTEMD_UNIT, "a systemd unit name");
var JournalRecordSchema = external_exports.looseObject({
  __REALTIME_TIMESTAMP: external_exports.string().regex(/^\d{1,19}$/).optional(),
  MESSAGE: external_exports.union([external_exports.string(), external_exports.array(external_exports.number().int().min(0).max(255)), external_exports.null()]).optional(),
  PRIORITY: external_exports.string().regex(/^[0-7]$/).optional(),
  SYSLOG_IDENTIFIER: external_exports.string().optional(),
  _SYSTEMD_UNIT: external_exports.string().optional(),
  _COMM: external_exports.string().optional(),
  _PID: external_exports.string().regex(/^\d{1,10}$/).optional()
});
var LEVELS = ["EMERG", "ALERT", "CRIT", "ERROR", "WARN", "NOTICE", "INFO", "DEBUG"];
function journalctlArgs(unit, window) {
  const seconds = (d) => `@${Math.floor(d.getTime() / 1e3)}`;
  return [
    "-u",
    unit,
    "--since",
    seconds(window.start),
    "--until",
    seconds(window.end),
    "-o",
    "json",
    "-n",
    String(JOURNAL_LINES),
    "--no-pager"
  ];
}
function messageText(message) {
  if (typeof message === "string") return message;
  if (Array.isArray(message)) return Buffer.from(message).toString("utf8");
  return void 0;
}
function journalLine(json) {
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return void 0;
  }
  const parsed = JournalRecordSchema.safeParse(value);
  if (!parsed.success) return void 0;
  const r = parsed.data;
  const message = messageText(r.MESSAGE);
  if (message === void 0) return void 0;
  const ident = r.SYSLOG_IDENTIFIER ?? r._COMM ?? r._SYSTEMD_UNIT ?? "journal";
  const level = r.PRIORITY ? `${LEVELS[Number(r.PRIORITY)]} ` : "";
  const micros = r.__REALTIME_TIMESTAMP ? BigInt(r.__REALTIME_TIMESTAMP) / 1000n : void 0;
  const time = micros !== void 0 ? new Date(Number(micros)).toISOString() : void 0;
  const text = `${ident}${r._PID ? `[${r._PID}]` : ""}: ${level}${message.replace(/\r?\n/g, " ⏎ ")}`;
  return { ...time ? { time } : {}, text };
}
async function readJournal(exec, unit, window, maxBytes) {
  const checked = await checkCommand(["journalctl", ...journalctlArgs(unit, window)], {
    hosts: [],
    journald: true
  });
  if (!checked.ok) return { status: "error", reason: checked.reason };
  const result = await exec(checked.program, checked.args, { timeoutMs: TIMEOUT_MS3, maxBytes });
  if (result.refused) return { status: "error", reason: result.refused };
  if (result.timedOut) return { status: "error", reason: `journalctl timed out after ${TIMEOUT_MS3} ms` };
  if (result.exitCode !== 0 && !result.truncated)
    return {
      status: "error",
      reason: `journalctl exited ${result.exitCode ?? "by signal"}: ${result.stderr.trim().slice(0, 300)}`
    };
  const cut = result.truncated || result.stdout.length > maxBytes;
  const head = result.stdout.slice(0, maxBytes);
  const whole = cut ? head.slice(0, head.lastIndexOf("\n") + 1) : head;
  const lines = whole.split("\n").flatMap((json) => {
    const line = json.trim() ? journalLine(json) : void 0;
    return line ? [line] : [];
  });
  return {
    status: "ok",
    query: `journalctl ${checked.args.join(" ")}`,
    lines,
    ...cut ? { cut: true } : {}
  };
}

// src/collectors/log-condense.ts
import { Readable } from "node:stream";
async function condenseStoreLines(source, lines, budgetChars, incidentTime) {
  const text = lines.map((l) => l.time && !l.text.startsWith(l.time.slice(0, 10)) ? `${l.time} ${l.text}` : l.text).join("\n");
  const summary = await summarizeLogs("-", {
    stdin: Readable.from([text]),
    budgetTokens: Math.max(200, Math.floor(budgetChars / 4)),
    displayNames: { "-": source },
    incidentTime
  });
  const head = `${summary.totalRecords} records in ${summary.totalTemplates} templates${summary.timeRange.from ? `, ${summary.timeRange.from} → ${summary.timeRange.to ?? "?"}` : ""}; kept ${summary.kept.length}:`;
  const kept = summary.kept.map(
    (t) => `log [${t.level} ×${t.count}, first ${t.firstSeen.time ?? `line ${t.firstSeen.line}`}] ${(t.examples[0]?.text ?? t.template).replace(/\r?\n/g, " ").slice(0, 1e3)}`
  );
  return [head, ...kept].join("\n");
}

// src/collectors/http-fetch.ts
async function boundedFetch(request2) {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${request2.timeoutMs} ms`)),
    request2.timeoutMs
  );
  try {
    const response = await (request2.fetch ?? fetch)(request2.url, {
      method: request2.method ?? "GET",
      headers: { accept: "application/json, text/plain;q=0.9", ...request2.headers ?? {} },
      ...request2.body !== void 0 ? { body: request2.body } : {},
      redirect: "manual",
      signal: controller.signal
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => void 0);
      return { status: "error", reason: `HTTP ${response.status}: redirects are not followed` };
    }
    const read = await readCapped(response, request2.maxBytes);
    if (read.truncated && !request2.allowTruncated)
      return { status: "error", reason: `answer larger than ${request2.maxBytes} bytes: cut, not parsed` };
    return { status: "ok", httpStatus: response.status, body: read.text, truncated: read.truncated };
  } catch (error) {
    const reason = controller.signal.aborted ? `timed out: no answer within ${request2.timeoutMs} ms` : error.message;
    return { status: "error", reason };
  } finally {
    clearTimeout(timer);
  }
}
async function readCapped(response, maxBytes) {
  const reader = response.body?.getReader();
  if (!reader) return { text: "", truncated: false };
  const chunks = [];
  let size = 0;
  let truncated = false;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      truncated = true;
      await reader.cancel().catch(() => void 0);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)), truncated };
}

// src/collectors/prometheus-related.ts
var SubjectLabelsSchema = external_exports.strictObject({
  namespace: external_exports.string().min(1).max(253).optional(),
  pod: external_exports.string().min(1).max(253).optional(),
  container: external_exports.string().min(1).max(253).optional(),
  instance: external_exports.string().min(1).max(253).optional(),
  mountpoint: external_exports.string().min(1).max(1024).optional(),
  job: external_exports.string().min(1).max(253).optional(),
  service: external_exports.string().min(1).max(253).optional()
});
function promString(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
}
function selector(matchers, extra = []) {
  const parts = Object.entries(matchers).filter((entry) => entry[1] !== void 0).map(([k, v]) => `${k}=${promString(v)}`);
  return `{${[...parts, ...extra].join(",")}}`;
}
function relatedQueries(subject) {
  const queries = [];
  if (subject.namespace && subject.pod) {
    const pod = { namespace: subject.namespace, pod: subject.pod, container: subject.container };
    const by = "by (namespace, pod, container)";
    const real = ['container!=""', 'container!="POD"'];
    queries.push(
      { signal: "memory", expr: `max ${by} (container_memory_working_set_bytes${selector(pod, real)})` },
      {
        signal: "memory-limit",
        expr: `max ${by} (kube_pod_container_resource_limits${selector(pod, ['resource="memory"'])})`
      },
      { signal: "restarts", expr: `max ${by} (kube_pod_container_status_restarts_total${selector(pod)})` },
      {
        signal: "last-terminated",
        expr: `max by (namespace, pod, container, reason) (kube_pod_container_status_last_terminated_reason${selector(pod)} > 0)`
      },
      {
        signal: "cpu-throttled",
        expr: `sum ${by} (rate(container_cpu_cfs_throttled_periods_total${selector(pod, real)}[5m])) / sum ${by} (rate(container_cpu_cfs_periods_total${selector(pod, real)}[5m]))`
      }
    );
  }
  if (subject.instance) {
    const fs = selector({ instance: subject.instance, mountpoint: subject.mountpoint }, [
      'fstype!~"tmpfs|ramfs|squashfs|overlay|nsfs"'
    ]);
    queries.push(
      { signal: "filesystem-avail", expr: `node_filesystem_avail_bytes${fs}` },
      { signal: "filesystem-size", expr: `node_filesystem_size_bytes${fs}` },
      { signal: "inodes-free", expr: `node_filesystem_files_free${fs}` },
      { signal: "inodes-total", expr: `node_filesystem_files${fs}` }
    );
  }
  const service = subject.job ? { job: subject.job } : subject.service ? { service: subject.service } : void 0;
  if (service) {
    const all = selector(service);
    const errors = selector(service, ['code=~"5.."']);
    queries.push(
      {
        signal: "errors-5xx",
        expr: `sum(rate(http_requests_total${errors}[5m])) / sum(rate(http_requests_total${all}[5m]))`
      },
      {
        signal: "latency-p99",
        expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket${all}[5m])))`
      }
    );
  }
  return queries;
}

// src/collectors/log-stores.ts
var MAX_LINES = 2e3;
var LokiStreamsSchema = external_exports.object({
  status: external_exports.literal("success"),
  data: external_exports.object({
    resultType: external_exports.literal("streams"),
    result: external_exports.array(
      external_exports.object({
        stream: external_exports.record(external_exports.string(), external_exports.string()),
        values: external_exports.array(external_exports.tuple([external_exports.string(), external_exports.string()]))
      })
    )
  })
});
function lokiSelector(subject) {
  const pairs = subject.pod ? [
    ["namespace", subject.namespace],
    ["pod", subject.pod],
    ["container", subject.container]
  ] : [
    ["job", subject.job],
    ["service", subject.service],
    ["instance", subject.instance]
  ];
  const matchers = pairs.filter((p) => p[1] !== void 0).map(([k, v]) => `${k}=${promString(v)}`);
  return matchers.length > 0 ? `{${matchers.join(",")}}` : void 0;
}
function nsToIso(ns) {
  if (!/^\d{10,19}$/.test(ns)) return void 0;
  return new Date(Number(BigInt(ns) / 1000000n)).toISOString();
}
async function getJson(access, url, headers, body) {
  const answer = await boundedFetch({
    url,
    headers: { ...headers, ...body ? { "content-type": "application/json" } : {} },
    ...body ? { method: "POST", body } : {},
    timeoutMs: access.settings.timeoutSeconds * 1e3,
    maxBytes: access.settings.maxResponseBytes,
    ...access.fetch ? { fetch: access.fetch } : {}
  });
  if (answer.status === "error") return { ok: false, reason: answer.reason };
  try {
    return { ok: true, json: JSON.parse(answer.body), status: answer.httpStatus };
  } catch {
    return { ok: false, reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
}
async function queryLoki(access, base, subject, window) {
  const selector2 = lokiSelector(subject);
  if (!selector2) return { status: "error", reason: "the subject names no label a Loki selector uses" };
  const url = apiUrl(base, "/loki/api/v1/query_range", {
    query: selector2,
    start: `${window.start.getTime()}000000`,
    end: `${window.end.getTime()}000000`,
    limit: String(MAX_LINES),
    direction: "backward"
  });
  const got = await getJson(access, url, bearer(access, access.settings.loki.tokenEnv));
  if (!got.ok) return { status: "error", reason: got.reason };
  const parsed = LokiStreamsSchema.safeParse(got.json);
  if (!parsed.success) return { status: "error", reason: `HTTP ${got.status}: not a Loki streams answer` };
  const lines = parsed.data.data.result.flatMap((s) => s.values.map(([ns, text]) => ({ ns, text }))).sort((a, b) => a.ns.length - b.ns.length || a.ns.localeCompare(b.ns)).slice(-MAX_LINES).map(({ ns, text }) => {
    const time = nsToIso(ns);
    return { ...time ? { time } : {}, text };
  });
  return { status: "ok", query: selector2, lines };
}
var EsHitsSchema = external_exports.object({
  hits: external_exports.object({
    hits: external_exports.array(external_exports.object({ _source: external_exports.record(external_exports.string(), external_exports.unknown()).optional() }))
  })
});
var ES_FIELDS = [
  ["namespace", "kubernetes.namespace"],
  ["pod", "kubernetes.pod.name"],
  ["container", "kubernetes.container.name"],
  ["service", "service.name"]
];
function esQuery(subject, window) {
  const terms = ES_FIELDS.flatMap(([label, field]) => {
    const value = subject[label];
    return value ? [{ match_phrase: { [field]: value } }] : [];
  });
  if (subject.instance) terms.push({ match_phrase: { "host.name": subject.instance.replace(/:\d+$/, "") } });
  if (terms.length === 0) return void 0;
  return {
    size: MAX_LINES,
    sort: [{ "@timestamp": { order: "asc" } }],
    _source: ["@timestamp", "message", "log", "msg", "log.level"],
    query: {
      bool: {
        filter: [
          { range: { "@timestamp": { gte: window.start.toISOString(), lte: window.end.toISOString() } } },
          ...terms
        ]
      }
    }
  };
}
function sourceText(source) {
  const text = [source.message, source.log, source.msg].find((v) => typeof v === "string");
  if (text === void 0) return void 0;
  const time = typeof source["@timestamp"] === "string" ? source["@timestamp"] : void 0;
  return { ...time ? { time } : {}, text };
}
async function searchElasticsearch(access, base, subject, window) {
  const query = esQuery(subject, window);
  if (!query) return { status: "error", reason: "the subject names no field an Elasticsearch query uses" };
  const { elasticsearch } = access.settings;
  const user = elasticsearch.usernameEnv ? access.credentials[elasticsearch.usernameEnv] : void 0;
  const password = elasticsearch.passwordEnv ? access.credentials[elasticsearch.passwordEnv] : void 0;
  const headers = user && password ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` } : bearer(access, elasticsearch.tokenEnv);
  const url = apiUrl(
    base,
    `/${encodeURIComponent(elasticsearch.index).replace(/%2C/g, ",").replace(/%2A/g, "*")}/_search`
  );
  const got = await getJson(access, url, headers, JSON.stringify(query));
  if (!got.ok) return { status: "error", reason: got.reason };
  const parsed = EsHitsSchema.safeParse(got.json);
  if (!parsed.success) return { status: "error", reason: `HTTP ${got.status}: not a _search answer` };
  const lines = parsed.data.hits.hits.flatMap((h) => {
    const line = h._source ? sourceText(h._source) : void 0;
    return line ? [line] : [];
  });
  return { status: "ok", query: JSON.stringify(query.query), lines };
}

// src/collectors/prometheus-api.ts
var MatrixResponseSchema = external_exports.object({
  status: external_exports.literal("success"),
  data: external_exports.object({
    resultType: external_exports.literal("matrix"),
    result: external_exports.array(
      external_exports.object({
        metric: external_exports.record(external_exports.string(), external_exports.string()),
        values: external_exports.array(external_exports.tuple([external_exports.number(), external_exports.string()]))
      })
    )
  })
});
var ErrorResponseSchema = external_exports.object({
  status: external_exports.literal("error"),
  errorType: external_exports.string().optional(),
  error: external_exports.string()
});
var MAX_SERIES = 50;
function windowAround(at2, before, after, now) {
  const start = new Date(at2.getTime() - before * 6e4);
  const end = new Date(Math.min(at2.getTime() + after * 6e4, now.getTime()));
  const span = Math.max(1, (end.getTime() - start.getTime()) / 1e3);
  return { start, end: end > start ? end : now, stepSeconds: Math.max(1, Math.ceil(span / 120)) };
}
async function queryRange(access, base, expr, window) {
  const { settings } = access;
  const url = apiUrl(base, "/api/v1/query_range", {
    query: expr,
    start: (window.start.getTime() / 1e3).toFixed(3),
    end: (window.end.getTime() / 1e3).toFixed(3),
    step: `${window.stepSeconds}s`,
    // Prometheus stops evaluating an expensive expression itself, before our own timeout cuts the wait.
    timeout: `${Math.max(1, Math.floor(settings.timeoutSeconds))}s`
  });
  const answer = await boundedFetch({
    url,
    headers: bearer(access, settings.prometheus.tokenEnv),
    timeoutMs: settings.timeoutSeconds * 1e3,
    maxBytes: settings.maxResponseBytes,
    ...access.fetch ? { fetch: access.fetch } : {}
  });
  if (answer.status === "error") return answer;
  let json;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return { status: "error", reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
  const failed = ErrorResponseSchema.safeParse(json);
  if (failed.success)
    return { status: "error", reason: `Prometheus refused the query: ${failed.data.error.slice(0, 300)}` };
  const parsed = MatrixResponseSchema.safeParse(json);
  if (!parsed.success)
    return { status: "error", reason: `HTTP ${answer.httpStatus}: not a query_range matrix answer` };
  const series = parsed.data.data.result.slice(0, MAX_SERIES).map((s) => ({
    metric: s.metric,
    points: s.values.map(([t, v]) => [t, Number(v)]).filter(([, v]) => Number.isFinite(v))
  }));
  return { status: "ok", series };
}

// src/collectors/read-only.ts
function readOnlyVerb(collector, verb, allowed) {
  if (verb === void 0 || allowed.includes(verb)) return { ok: true };
  return {
    ok: false,
    reason: `verb ${JSON.stringify(verb.slice(0, 40))} is refused: the ${collector} collector only reads (${allowed.join(", ")})`
  };
}
var SECRET_KIND = /^secrets?$/i;
var SECRET_SERIES = /\bkube_secret_\w*/;
function namesSecret(kind, text) {
  if (kind !== void 0 && SECRET_KIND.test(kind.trim()))
    return { ok: false, reason: "Secrets are never read by a collector" };
  if (text !== void 0 && SECRET_SERIES.test(text))
    return { ok: false, reason: "Secrets are never read by a collector, not even their metadata series" };
  return { ok: true };
}

// src/tools/query-logs.ts
var QueryLogsInput = external_exports.strictObject({
  /** Omitted: every store the operator configured. */
  store: external_exports.enum(["loki", "elasticsearch", "journald"]).optional(),
  /** The subject's labels: the stream selector (Loki) or field filters (Elasticsearch) are built from them. */
  subject: SubjectLabelsSchema.default({}),
  /** The systemd unit journald is read for (`nginx.service`); journald is skipped without one. */
  unit: JournalUnitSchema.optional(),
  at: external_exports.iso.datetime({ offset: true }),
  endpoint: external_exports.string().max(2e3).optional(),
  verb: external_exports.string().max(40).optional(),
  /** An object kind the agent means to read; only so a Secret can be refused by name. */
  kind: external_exports.string().max(40).optional()
});
var NAMES2 = { loki: "Loki", elasticsearch: "Elasticsearch", journald: "journald" };
var ENV = {
  loki: "SENTRY_LOKI_URL",
  elasticsearch: "SENTRY_ELASTICSEARCH_URL",
  journald: "SENTRY_JOURNALD=1"
};
var STORES = ["loki", "elasticsearch", "journald"];
function configured(access) {
  return STORES.some((s) => isEnabled(access, s));
}
var queryLogsTool = defineTool({
  name: "query_logs",
  description: "Read-only log store query around the alert's start for the subject's labels: Loki query_range (store: loki), Elasticsearch/OpenSearch _search on the operator's index (store: elasticsearch), or this host's journal for a systemd unit (store: journald, with unit). The lines are condensed like uploaded logs (templates, errors first) and returned one line per template.",
  input: QueryLogsInput,
  writes: false,
  available: (ctx) => configured(ctx.collectors),
  async handler(input, ctx) {
    const access = ctx.collectors;
    const stores = input.store ? [input.store] : STORES.filter((s) => isEnabled(access, s) && (s !== "journald" || input.unit !== void 0));
    const outputs = [];
    const failed = [];
    for (const store of stores) {
      const one = await queryStore(store, input, access, ctx.clock(), access?.exec ?? ctx.exec);
      if (one.status === "ok") outputs.push(one.output);
      else if (input.store) return one;
      else failed.push(one);
    }
    if (outputs.length === 0 && failed[0]) return failed[0];
    for (const f of failed) if (f.status !== "ok") outputs.push(`(another store: ${f.reason})`);
    if (outputs.length === 0)
      return {
        status: "denied",
        reason: isEnabled(access, "journald") ? "journald is the only log store configured, and it needs the systemd unit to read (unit)" : "no log store is configured by the operator (SENTRY_LOKI_URL, SENTRY_ELASTICSEARCH_URL, SENTRY_JOURNALD=1)"
      };
    const budget = access?.settings.outputChars ?? 6e3;
    return { status: "ok", output: fitToBudget("query_logs", outputs.join("\n"), budget) };
  }
});
async function queryStore(store, input, access, now, exec) {
  const name = NAMES2[store];
  if (!access || !isEnabled(access, store))
    return { status: "denied", reason: `${name} is not configured by the operator (${ENV[store]})` };
  const verb = readOnlyVerb(name, input.verb, ["query", "search", "query_range"]);
  if (!verb.ok) return { status: "denied", reason: verb.reason };
  const secret = namesSecret(input.kind);
  if (!secret.ok) return { status: "denied", reason: secret.reason };
  const { settings } = access;
  const window = windowAround(new Date(input.at), settings.beforeMinutes, settings.afterMinutes, now);
  if (store === "journald") return queryJournal(input, access, window, exec);
  const endpoint = operatorEndpoint(name, access.settings[store].url, input.endpoint);
  if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
  const read = store === "loki" ? await queryLoki(access, endpoint.base, input.subject, window) : await searchElasticsearch(access, endpoint.base, input.subject, window);
  if (read.status === "error") return read;
  const header = `${name} ${endpoint.base.origin} ${read.query.slice(0, 500)}, ${window.start.toISOString()} → ${window.end.toISOString()}:`;
  if (read.lines.length === 0) return { status: "ok", output: `${header}
no log lines in the window` };
  const condensed = await condenseStoreLines(store, read.lines, settings.outputChars, {
    from: window.start.toISOString()
  });
  return { status: "ok", output: `${header}
${condensed}` };
}
async function queryJournal(input, access, window, exec) {
  if (input.endpoint !== void 0)
    return { status: "denied", reason: "journald reads this host's journal: it has no endpoint" };
  if (!input.unit) return { status: "denied", reason: "journald needs the systemd unit to read (unit)" };
  const { settings } = access;
  const read = await readJournal(exec, input.unit, window, settings.maxResponseBytes);
  if (read.status === "error") return read;
  const header = `journald ${read.query}, ${window.start.toISOString()} → ${window.end.toISOString()}${read.cut ? ` (answer cut at ${settings.maxResponseBytes} bytes)` : ""}:`;
  if (read.lines.length === 0) return { status: "ok", output: `${header}
no journal records in the window` };
  const condensed = await condenseStoreLines("journald", read.lines, settings.outputChars, {
    from: window.start.toISOString()
  });
  return { status: "ok", output: `${header}
${condensed}` };
}

// src/collectors/metric-facts.ts
var FS_LOW = 0.1;
var MEMORY_AT_LIMIT = 0.9;
var THROTTLED = 0.25;
var ERRORS_HIGH = 0.05;
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
function at(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(/\.000Z$/, "Z");
}
function percent(share) {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}
function shape(series) {
  const [first] = series.points;
  const last = series.points.at(-1);
  if (!first || !last) return void 0;
  const peak = series.points.reduce((p, c) => c[1] > p[1] ? c : p, first);
  return { first, last, peak };
}
function trend(s, fmt) {
  const [a, b] = [s.first[1], s.last[1]];
  const verb = b > a * 1.02 ? "rose" : b < a * 0.98 ? "fell" : "stayed";
  const span = `between ${at(s.first[0])} and ${at(s.last[0])}`;
  return verb === "stayed" ? `stayed at ${fmt(b)} ${span}` : `${verb} from ${fmt(a)} to ${fmt(b)} ${span} (peak ${fmt(s.peak[1])} at ${at(s.peak[0])})`;
}
function podName(m) {
  return [m.namespace, m.pod, m.container].filter(Boolean).join("/") || labelText(m);
}
function labelText(m) {
  const entries = Object.entries(m).slice(0, 8);
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${v.slice(0, 120)}"`).join(", ")}}` : "{}";
}
var key = (m, labels) => labels.map((l) => m[l] ?? "").join("\0");
function seriesOf(answers, signal) {
  return answers.flatMap((a) => a.signal === signal && a.result.status === "ok" ? a.result.series : []);
}
function memoryFacts(answers) {
  const labels = ["namespace", "pod", "container"];
  const limits2 = new Map(
    seriesOf(answers, "memory-limit").map((s) => [key(s.metric, labels), s.points.at(-1)?.[1]])
  );
  return seriesOf(answers, "memory").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const limit = limits2.get(key(s.metric, labels));
    const share = limit ? sh.peak[1] / limit : void 0;
    const tag = share !== void 0 && share >= MEMORY_AT_LIMIT ? "memory-near-limit" : "memory";
    const limitText = limit !== void 0 ? `; limit ${formatBytes(limit)} (peak at ${percent(share ?? 0)} of the limit)` : "; no memory limit series";
    return [`[${tag}] working set of ${podName(s.metric)} ${trend(sh, formatBytes)}${limitText}`];
  });
}
function podFacts(answers) {
  const restarts = seriesOf(answers, "restarts").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.last[1] > 0 ? "restarts" : "no-restarts";
    const grew = sh.last[1] - sh.first[1];
    return [
      `[${tag}] ${podName(s.metric)} restarted ${sh.last[1]} times in total, ${grew} of them between ${at(sh.first[0])} and ${at(sh.last[0])}`
    ];
  });
  const terminated = seriesOf(answers, "last-terminated").flatMap((s) => {
    const sh = shape(s);
    const reason = s.metric.reason;
    if (!sh || !reason) return [];
    const tag = reason === "OOMKilled" ? "oom-terminated" : "terminated";
    return [
      `[${tag}] last termination of ${podName(s.metric)}: reason ${reason} (kube_pod_container_status_last_terminated_reason, seen ${at(sh.first[0])} to ${at(sh.last[0])})`
    ];
  });
  const throttled = seriesOf(answers, "cpu-throttled").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.peak[1] >= THROTTLED ? "cpu-throttled" : "cpu";
    return [`[${tag}] share of CPU periods throttled for ${podName(s.metric)} ${trend(sh, percent)}`];
  });
  return [...restarts, ...terminated, ...throttled];
}
function capacityFacts(answers, free, total, what) {
  const labels = ["instance", "device", "mountpoint"];
  const totals = new Map(seriesOf(answers, total).map((s) => [key(s.metric, labels), s.points.at(-1)?.[1]]));
  const bytes = what === "space";
  return seriesOf(answers, free).flatMap((s) => {
    const sh = shape(s);
    const size = totals.get(key(s.metric, labels));
    if (!sh || !size) return [];
    const share = (v) => v / size;
    const low = share(sh.last[1]) < FS_LOW;
    const tag = bytes ? low ? "filesystem-almost-full" : "filesystem" : low ? "inodes-almost-exhausted" : "inodes";
    const amount = bytes ? `${formatBytes(sh.last[1])} of ${formatBytes(size)}` : `${sh.last[1]} of ${size} inodes`;
    const m = s.metric;
    return [
      `[${tag}] filesystem ${m.mountpoint ?? "?"} (${m.device ?? "?"}) on ${m.instance ?? "?"}: ${percent(share(sh.last[1]))} ${what} left (${amount}) at ${at(sh.last[0])}, from ${percent(share(sh.first[1]))} at ${at(sh.first[0])}`
    ];
  });
}
function serviceFacts(answers) {
  const errors = seriesOf(answers, "errors-5xx").flatMap((s) => {
    const sh = shape(s);
    if (!sh) return [];
    const tag = sh.peak[1] >= ERRORS_HIGH ? "errors-5xx" : "errors";
    return [`[${tag}] share of requests answered 5xx ${trend(sh, percent)}`];
  });
  const latency = seriesOf(answers, "latency-p99").flatMap((s) => {
    const sh = shape(s);
    return sh ? [`[latency] p99 request latency ${trend(sh, (v) => `${v.toFixed(3)} s`)}`] : [];
  });
  return [...errors, ...latency];
}
function expressionFacts(answers) {
  return answers.filter((a) => a.signal === "alert-expression").flatMap((a) => {
    if (a.result.status !== "ok") return [];
    if (a.result.series.length === 0) return [`[alert-expression] \`${a.expr}\`: no data in the window`];
    return a.result.series.slice(0, 5).flatMap((s) => {
      const sh = shape(s);
      const fmt = (n) => Math.abs(n) >= 1e6 ? n.toExponential(3) : String(Number(n.toFixed(4)));
      return sh ? [`[alert-expression] \`${a.expr}\` for ${labelText(s.metric)} ${trend(sh, fmt)}`] : [];
    });
  });
}
function metricFacts(source, window, answers) {
  const header = `Prometheus ${source}, ${at(window.start.getTime() / 1e3)} → ${at(window.end.getTime() / 1e3)}, step ${window.stepSeconds}s:`;
  const facts = [
    ...expressionFacts(answers),
    ...memoryFacts(answers),
    ...podFacts(answers),
    ...capacityFacts(answers, "filesystem-avail", "filesystem-size", "space"),
    ...capacityFacts(answers, "inodes-free", "inodes-total", "inodes"),
    ...serviceFacts(answers)
  ];
  const empty = answers.filter(
    (a) => a.signal !== "alert-expression" && a.result.status === "ok" && a.result.series.length === 0
  ).map((a) => a.signal);
  const failed = answers.flatMap(
    (a) => a.result.status === "error" ? [`[query-failed] ${a.signal}: ${a.result.reason}`] : []
  );
  return [
    header,
    ...facts,
    ...empty.length ? [`[no-data] no series for: ${empty.join(", ")}`] : [],
    ...failed
  ];
}

// src/tools/query-metrics.ts
var QueryMetricsInput = external_exports.strictObject({
  /** The alert's own PromQL expression (from its generatorURL or rule), queried over the window. */
  expr: external_exports.string().min(1).max(2e3).optional(),
  /** The subject's labels: the related series a person checks are queried for them. */
  subject: SubjectLabelsSchema.optional(),
  /** When the alert started: the window is taken around it. */
  at: external_exports.iso.datetime({ offset: true }),
  /** Only the operator's endpoint is accepted; omit it to use that one. */
  endpoint: external_exports.string().max(2e3).optional(),
  verb: external_exports.string().max(40).optional()
}).refine((input) => input.expr !== void 0 || input.subject !== void 0, {
  message: "give expr, subject or both"
});
var queryMetricsTool = defineTool({
  name: "query_metrics",
  description: "Read-only Prometheus query_range around the alert's start: the alert's expression (expr) and/or the series related to its subject (subject: namespace/pod/container, instance/mountpoint, job/service): memory vs limit, restarts and last termination reason, CPU throttling, filesystem space and inodes, 5xx share, p99 latency. Returns condensed facts with values and window.",
  input: QueryMetricsInput,
  writes: false,
  available: (ctx) => isEnabled(ctx.collectors, "prometheus"),
  async handler(input, ctx) {
    const access = ctx.collectors;
    if (!access || !isEnabled(access, "prometheus"))
      return {
        status: "denied",
        reason: "Prometheus is not configured by the operator (SENTRY_PROMETHEUS_URL)"
      };
    const verb = readOnlyVerb("Prometheus", input.verb, ["query", "query_range"]);
    if (!verb.ok) return { status: "denied", reason: verb.reason };
    const secret = namesSecret(void 0, input.expr);
    if (!secret.ok) return { status: "denied", reason: secret.reason };
    const endpoint = operatorEndpoint("Prometheus", access.settings.prometheus.url, input.endpoint);
    if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
    const { settings } = access;
    const window = windowAround(
      new Date(input.at),
      settings.beforeMinutes,
      settings.afterMinutes,
      ctx.clock()
    );
    const queries = [
      ...input.expr ? [{ signal: "alert-expression", expr: input.expr }] : [],
      ...relatedQueries(input.subject ?? {})
    ];
    if (queries.length === 0)
      return { status: "error", reason: "the subject names no label a related query uses" };
    const answers = await Promise.all(
      queries.map(async (q) => ({ ...q, result: await queryRange(access, endpoint.base, q.expr, window) }))
    );
    if (answers.every((a) => a.result.status === "error"))
      return {
        status: "error",
        reason: `every query failed: ${answers[0]?.result.status === "error" ? answers[0].result.reason : ""}`
      };
    const facts = metricFacts(endpoint.base.origin, window, answers).join("\n");
    return { status: "ok", output: fitToBudget("query_metrics", facts, settings.outputChars) };
  }
});

// src/tools/read-file.ts
import { constants as constants2 } from "node:fs";
import { open as open2, stat as stat2 } from "node:fs/promises";
var MAX_FILE_BYTES2 = 10 * 1024 * 1024;
var ReadFileInputSchema = external_exports.strictObject({
  path: external_exports.string().min(1).max(1024).describe("Repository-relative path, or an uploaded log's name as shown in the evidence"),
  startLine: external_exports.number().int().positive().optional().describe("First line to return (1-based)"),
  endLine: external_exports.number().int().positive().optional().describe("Last line to return (inclusive)")
});
var readFileTool = defineTool({
  name: "read_file",
  description: "Read a text file from the repository or an uploaded log. Optionally a line range. Binary files and key/secret files are refused; secrets in the output are redacted. dotenv files (.env, .env.*, *.env) are read as a redacted view: same lines, secret values shown as [REDACTED:secret]; patch them against that view.",
  input: ReadFileInputSchema,
  writes: false,
  async handler(input, ctx) {
    const resolved = await ctx.paths.resolveRead(input.path, { dotenvView: true });
    if (!resolved.ok) return { status: "denied", reason: resolved.reason };
    if (!resolved.exists) return { status: "error", reason: `no such file: ${input.path}` };
    const info = await stat2(resolved.abs);
    if (!info.isFile()) return { status: "error", reason: `${resolved.display} is not a regular file` };
    if (info.size > MAX_FILE_BYTES2) {
      return {
        status: "denied",
        reason: `${resolved.display} is ${info.size} bytes (cap ${MAX_FILE_BYTES2}): use grep_search to find the lines you need`
      };
    }
    const buffer = await readCapped2(resolved.abs, MAX_FILE_BYTES2);
    if (isBinary(buffer))
      return { status: "denied", reason: `${resolved.display} is binary: only text files are read` };
    const raw = buffer.toString("utf8");
    const text = resolved.kind === "repo" && resolved.view === "dotenv" ? (await viewDotenvChecked(raw)).text : redactSecrets(raw, { personal: false }).text;
    if (input.startLine === void 0 && input.endLine === void 0) return { status: "ok", output: text };
    const lines = text.split("\n");
    const start = input.startLine ?? 1;
    const end = Math.min(input.endLine ?? lines.length, lines.length);
    if (start > end)
      return {
        status: "error",
        reason: `line range ${start}-${end} is empty (the file has ${lines.length} lines)`
      };
    return { status: "ok", output: lines.slice(start - 1, end).join("\n") };
  }
});
async function readCapped2(path, cap) {
  const handle = await open2(path, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(cap);
    const { bytesRead } = await handle.read(buffer, 0, cap, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function isBinary(buffer) {
  return buffer.subarray(0, 8192).includes(0);
}

// src/collectors/kubernetes-api.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var cache = /* @__PURE__ */ new Map();
function kubeTarget(source, context) {
  const key2 = `${source}\0${context ?? ""}`;
  let found = cache.get(key2);
  if (!found) {
    found = loadTarget(source, context);
    cache.set(key2, found);
  }
  return found;
}
async function loadTarget(source, context) {
  try {
    const { KubeConfig } = await import("./dist-MVJAADA7.js");
    const config = new KubeConfig();
    if (source === "in-cluster") config.loadFromCluster();
    else config.loadFromFile(source);
    if (context) config.setCurrentContext(context);
    const cluster = config.getCurrentCluster();
    if (!cluster) return { status: "error", reason: "the kubeconfig names no current cluster" };
    const options = {};
    await config.applyToHTTPSOptions(options);
    return { status: "ok", target: { server: new URL(cluster.server), options } };
  } catch (error) {
    return {
      status: "error",
      reason: `cannot load the Kubernetes configuration: ${error.message}`
    };
  }
}
function kubeGet(target, path, limits2) {
  const url = new URL(target.server.href);
  const [pathname, search] = path.split("?");
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${pathname}`;
  url.search = search ?? "";
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve2) => {
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve2(result);
    };
    const req = send(
      url,
      {
        ...target.options,
        method: "GET",
        headers: { ...target.options.headers ?? {}, accept: "application/json, text/plain" }
      },
      (res) => {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
          if (size + chunk.length > limits2.maxBytes) {
            chunks.push(chunk.subarray(0, limits2.maxBytes - size));
            size = limits2.maxBytes;
            res.destroy();
            const body = Buffer.concat(chunks).toString("utf8");
            finish(
              limits2.allowTruncated ? { status: "ok", httpStatus: res.statusCode ?? 0, body, truncated: true } : { status: "error", reason: `answer larger than ${limits2.maxBytes} bytes: cut, not parsed` }
            );
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on(
          "end",
          () => finish({
            status: "ok",
            httpStatus: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            truncated: false
          })
        );
        res.on("error", (error) => finish({ status: "error", reason: error.message }));
      }
    );
    const timer = setTimeout(() => {
      finish({ status: "error", reason: `timed out: no answer within ${limits2.timeoutMs} ms` });
      req.destroy();
    }, limits2.timeoutMs);
    req.on("error", (error) => finish({ status: "error", reason: error.message }));
    req.end();
  });
}

// src/collectors/kubernetes-objects.ts
var Str = external_exports.string().max(1e4);
var Time = external_exports.string().max(64).nullish();
var OwnerSchema = external_exports.object({ kind: Str, name: Str, controller: external_exports.boolean().optional() });
var MetadataSchema = external_exports.object({
  name: Str,
  namespace: Str.optional(),
  ownerReferences: external_exports.array(OwnerSchema).max(20).optional(),
  creationTimestamp: Time
});
var StateSchema = external_exports.object({
  waiting: external_exports.object({ reason: Str.optional(), message: Str.optional() }).nullish(),
  running: external_exports.object({ startedAt: Time }).nullish(),
  terminated: external_exports.object({
    reason: Str.optional(),
    exitCode: external_exports.number().int(),
    message: Str.optional(),
    startedAt: Time,
    finishedAt: Time
  }).nullish()
});
var ContainerStatusSchema = external_exports.object({
  name: Str,
  ready: external_exports.boolean().optional(),
  restartCount: external_exports.number().int().min(0).default(0),
  state: StateSchema.nullish(),
  lastState: StateSchema.nullish()
});
var ConditionSchema = external_exports.object({
  type: Str,
  status: Str,
  reason: Str.optional(),
  message: Str.optional(),
  lastTransitionTime: Time
});
var ResourcesSchema = external_exports.object({
  limits: external_exports.record(external_exports.string(), Str).optional(),
  requests: external_exports.record(external_exports.string(), Str).optional()
});
var PodSchema = external_exports.object({
  kind: external_exports.literal("Pod").optional(),
  metadata: MetadataSchema,
  spec: external_exports.object({
    nodeName: Str.optional(),
    containers: external_exports.array(external_exports.object({ name: Str, resources: ResourcesSchema.optional() })).max(50)
  }).optional(),
  status: external_exports.object({
    phase: Str.optional(),
    reason: Str.optional(),
    message: Str.optional(),
    conditions: external_exports.array(ConditionSchema).max(20).optional(),
    containerStatuses: external_exports.array(ContainerStatusSchema).max(50).optional(),
    initContainerStatuses: external_exports.array(ContainerStatusSchema).max(50).optional()
  }).optional()
});
var EventSchema = external_exports.object({
  type: Str.optional(),
  reason: Str.optional(),
  message: Str.optional(),
  count: external_exports.number().int().optional(),
  lastTimestamp: Time,
  eventTime: Time,
  involvedObject: external_exports.object({ kind: Str.optional(), name: Str.optional() }).optional()
});
var EventListSchema = external_exports.object({ items: external_exports.array(EventSchema).max(5e3) });
var NodeSchema = external_exports.object({
  metadata: MetadataSchema,
  status: external_exports.object({ conditions: external_exports.array(ConditionSchema).max(30).optional() }).optional()
});
var WorkloadSchema = external_exports.object({
  kind: Str.optional(),
  metadata: MetadataSchema,
  status: external_exports.object({ conditions: external_exports.array(ConditionSchema).max(20).optional() }).optional()
});
var StatusSchema = external_exports.object({
  kind: external_exports.literal("Status"),
  message: Str.optional(),
  reason: Str.optional()
});

// src/collectors/kubernetes-paths.ts
var READABLE_KINDS = {
  pod: { group: "/api/v1", plural: "pods", namespaced: true },
  node: { group: "/api/v1", plural: "nodes", namespaced: false },
  replicaset: { group: "/apis/apps/v1", plural: "replicasets", namespaced: true },
  deployment: { group: "/apis/apps/v1", plural: "deployments", namespaced: true },
  statefulset: { group: "/apis/apps/v1", plural: "statefulsets", namespaced: true },
  daemonset: { group: "/apis/apps/v1", plural: "daemonsets", namespaced: true },
  job: { group: "/apis/batch/v1", plural: "jobs", namespaced: true }
};
var NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
function isKubeName(value) {
  return NAME.test(value) && !value.includes("..");
}
function readableKind(kind) {
  const k = kind.toLowerCase().replace(/s$/, "");
  return Object.hasOwn(READABLE_KINDS, k) ? k : void 0;
}
function objectPath(kind, name, namespace) {
  const info = READABLE_KINDS[kind];
  const ns = info.namespaced ? `/namespaces/${namespace}` : "";
  return `${info.group}${ns}/${info.plural}/${name}`;
}
function eventsPath(namespace, name) {
  const selector2 = new URLSearchParams({ fieldSelector: `involvedObject.name=${name}`, limit: "200" });
  return `/api/v1/namespaces/${namespace}/events?${selector2.toString()}`;
}
function logPath(namespace, pod, options) {
  const params = new URLSearchParams({
    ...options.container ? { container: options.container } : {},
    previous: String(options.previous),
    tailLines: String(options.tailLines),
    limitBytes: String(options.limitBytes),
    timestamps: "true"
  });
  return `/api/v1/namespaces/${namespace}/pods/${pod}/log?${params.toString()}`;
}

// src/collectors/kubernetes-records.ts
function stateText(label, state) {
  if (state?.terminated) {
    const t = state.terminated;
    return {
      text: `${label}: Terminated, Reason: ${t.reason ?? "?"}, Exit Code: ${t.exitCode}${t.finishedAt ? `, Finished: ${t.finishedAt}` : ""}${t.message ? `, Message: ${t.message.slice(0, 300)}` : ""}`,
      fields: {
        [`${label}`]: "Terminated",
        [`${label} reason`]: t.reason ?? "",
        [`${label} exit code`]: t.exitCode
      }
    };
  }
  if (state?.waiting)
    return {
      text: `${label}: Waiting, Reason: ${state.waiting.reason ?? "?"}${state.waiting.message ? `, Message: ${state.waiting.message.slice(0, 300)}` : ""}`,
      fields: { [label]: "Waiting", [`${label} reason`]: state.waiting.reason ?? "" }
    };
  if (state?.running)
    return {
      text: `${label}: Running since ${state.running.startedAt ?? "?"}`,
      fields: { [label]: "Running" }
    };
  return { text: `${label}: none`, fields: {} };
}
function podRecords(pod) {
  const ns = pod.metadata.namespace ?? "default";
  const subject = `pod/${ns}/${pod.metadata.name}`;
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const status = pod.status;
  const records = [
    {
      kind: "k8s-object",
      subject,
      fields: {
        phase: status?.phase ?? "",
        node: pod.spec?.nodeName ?? "",
        ...owner ? { owner: `${owner.kind}/${owner.name}` } : {}
      },
      text: `Pod ${ns}/${pod.metadata.name}: Status: ${status?.reason ?? status?.phase ?? "?"}, Node: ${pod.spec?.nodeName ?? "?"}${owner ? `, Controlled By: ${owner.kind}/${owner.name}` : ""}`
    }
  ];
  const limits2 = new Map(pod.spec?.containers.map((c) => [c.name, c.resources]) ?? []);
  for (const c of [...status?.initContainerStatuses ?? [], ...status?.containerStatuses ?? []]) {
    const now = stateText("State", c.state);
    const last = stateText("Last State", c.lastState);
    const res = limits2.get(c.name);
    const limitText = res?.limits ? `, Limits: ${Object.entries(res.limits).map(([k, v]) => `${k}=${v}`).join(" ")}` : "";
    records.push({
      kind: "k8s-container",
      subject: `${subject}/${c.name}`,
      fields: {
        container: c.name,
        ready: c.ready ?? false,
        restartCount: c.restartCount,
        ...now.fields,
        ...last.fields
      },
      text: `Container ${c.name} of ${ns}/${pod.metadata.name}: ${now.text}; ${last.text}; Ready: ${c.ready ?? false}; Restart Count: ${c.restartCount}${limitText}`
    });
  }
  for (const cond of status?.conditions ?? []) {
    if (cond.status === "True") continue;
    records.push({
      kind: "k8s-condition",
      subject,
      fields: { type: cond.type, status: cond.status, reason: cond.reason ?? "" },
      text: `Condition ${cond.type} ${cond.status} on ${ns}/${pod.metadata.name}${cond.reason ? `: ${cond.reason}` : ""}${cond.message ? ` (${cond.message.slice(0, 300)})` : ""}`
    });
  }
  return records;
}
function eventRecords(events, subject) {
  const time = (e) => e.lastTimestamp ?? e.eventTime ?? "";
  return [...events].sort((a, b) => time(b).localeCompare(time(a))).slice(0, 20).map((e) => ({
    kind: "k8s-event",
    subject,
    fields: { type: e.type ?? "", reason: e.reason ?? "", count: e.count ?? 1 },
    text: `Event ${e.type ?? "?"} ${e.reason ?? "?"} (x${e.count ?? 1}, last ${time(e) || "?"}) ${e.involvedObject?.kind ?? ""}/${e.involvedObject?.name ?? ""}: ${(e.message ?? "").slice(0, 500)}`
  }));
}
function nodeRecords(node) {
  const subject = `node/${node.metadata.name}`;
  const bad = (node.status?.conditions ?? []).filter(
    (c) => c.type === "Ready" ? c.status !== "True" : c.status !== "False"
  );
  if (bad.length === 0)
    return [
      {
        kind: "k8s-object",
        subject,
        fields: { ready: true },
        text: `Node ${node.metadata.name}: Ready, no pressure condition`
      }
    ];
  return bad.map((c) => ({
    kind: "k8s-condition",
    subject,
    fields: { type: c.type, status: c.status, reason: c.reason ?? "" },
    text: `Node ${node.metadata.name} condition ${c.type} ${c.status}${c.reason ? `: ${c.reason}` : ""}${c.message ? ` (${c.message.slice(0, 300)})` : ""}`
  }));
}
function workloadRecord(kind, workload) {
  const ns = workload.metadata.namespace ?? "default";
  const owner = workload.metadata.ownerReferences?.find((o) => o.controller) ?? workload.metadata.ownerReferences?.[0];
  const conditions = (workload.status?.conditions ?? []).map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ""}`).join(", ");
  return {
    kind: "k8s-object",
    subject: `${kind.toLowerCase()}/${ns}/${workload.metadata.name}`,
    fields: { ...owner ? { owner: `${owner.kind}/${owner.name}` } : {} },
    text: `${kind} ${ns}/${workload.metadata.name}${owner ? `, Controlled By: ${owner.kind}/${owner.name}` : ""}${conditions ? `, Conditions: ${conditions}` : ""}`
  };
}
function renderRecords(records) {
  return records.map((r) => `${r.kind} ${r.text.replace(/\r?\n/g, " ")}`).join("\n");
}

// src/collectors/kubernetes-collector.ts
var VERBS = ["get", "describe", "list", "logs"];
var DEFAULT_TAIL = 100;
function checkKubeRequest(request2) {
  const verb = readOnlyVerb("Kubernetes", request2.verb, VERBS);
  if (!verb.ok) return verb;
  const secret = namesSecret(request2.kind);
  if (!secret.ok) return secret;
  const kind = /^events?$/i.test(request2.kind) ? "event" : readableKind(request2.kind);
  if (!kind)
    return {
      ok: false,
      reason: `kind ${JSON.stringify(request2.kind.slice(0, 40))} is not one the collector reads`
    };
  if (request2.verb === "list" !== (kind === "event"))
    return { ok: false, reason: "list is only for the events of an object; get or describe one object" };
  if (request2.verb === "logs" && kind !== "pod") return { ok: false, reason: "logs are read from a pod" };
  for (const [what, value] of [
    ["name", request2.name],
    ["namespace", request2.namespace],
    ["container", request2.container]
  ]) {
    if (value !== void 0 && !isKubeName(value))
      return { ok: false, reason: `${what} ${JSON.stringify(value.slice(0, 80))} is not a Kubernetes name` };
  }
  if (kind !== "node" && request2.namespace === void 0)
    return { ok: false, reason: `a ${kind} is read in a namespace: give namespace` };
  return { ok: true, kind };
}
async function readJson(target, access, path, schema) {
  const answer = await kubeGet(target, path, limits(access));
  if (answer.status === "error") return { ok: false, reason: answer.reason };
  return parseAnswer(answer, schema);
}
function parseAnswer(answer, schema) {
  let json;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return { ok: false, reason: `HTTP ${answer.httpStatus}: the answer is not JSON` };
  }
  const status = StatusSchema.safeParse(json);
  if (status.success || answer.httpStatus >= 400)
    return {
      ok: false,
      reason: `HTTP ${answer.httpStatus}: ${(status.success ? status.data.message ?? status.data.reason : void 0)?.slice(0, 300) ?? "refused"}`
    };
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: `HTTP ${answer.httpStatus}: not the object shape the API documents` };
}
function limits(access, allowTruncated = false) {
  return {
    timeoutMs: access.settings.timeoutSeconds * 1e3,
    maxBytes: access.settings.maxResponseBytes,
    allowTruncated
  };
}
async function ownerRecords(target, access, pod) {
  const records = [];
  let owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  const namespace = pod.metadata.namespace ?? "default";
  for (let hop = 0; owner && hop < 2; hop += 1) {
    const kind = readableKind(owner.kind);
    if (!kind || !isKubeName(owner.name)) break;
    const read = await readJson(target, access, objectPath(kind, owner.name, namespace), WorkloadSchema);
    if (!read.ok) break;
    records.push(workloadRecord(owner.kind, read.value));
    owner = read.value.metadata.ownerReferences?.find((o) => o.controller);
  }
  return records;
}
async function describe(target, access, kind, request2) {
  const ns = request2.namespace;
  const events = ns ? readJson(target, access, eventsPath(ns, request2.name), EventListSchema) : void 0;
  const records = [];
  if (kind === "pod") {
    const pod = await readJson(target, access, objectPath("pod", request2.name, ns), PodSchema);
    if (!pod.ok) return { status: "error", reason: `pod ${ns}/${request2.name}: ${pod.reason}` };
    records.push(...podRecords(pod.value), ...await ownerRecords(target, access, pod.value));
    const nodeName = pod.value.spec?.nodeName;
    if (request2.verb === "describe" && nodeName && isKubeName(nodeName)) {
      const node = await readJson(target, access, objectPath("node", nodeName), NodeSchema);
      if (node.ok) records.push(...nodeRecords(node.value));
    }
  } else if (kind === "node") {
    const node = await readJson(target, access, objectPath("node", request2.name), NodeSchema);
    if (!node.ok) return { status: "error", reason: `node ${request2.name}: ${node.reason}` };
    records.push(...nodeRecords(node.value));
  } else {
    const workload = await readJson(target, access, objectPath(kind, request2.name, ns), WorkloadSchema);
    if (!workload.ok) return { status: "error", reason: `${kind} ${ns}/${request2.name}: ${workload.reason}` };
    records.push(workloadRecord(kind, workload.value));
  }
  if (request2.verb === "describe" && events) {
    const list = await events;
    if (list.ok) records.push(...eventRecords(list.value.items, `${kind}/${ns}/${request2.name}`));
    else
      records.push({ kind: "k8s-object", subject: request2.name, fields: {}, text: `events: ${list.reason}` });
  }
  return { status: "ok", output: renderRecords(records) };
}
async function logs(target, access, request2) {
  const ns = request2.namespace ?? "default";
  const path = logPath(ns, request2.name, {
    ...request2.container ? { container: request2.container } : {},
    previous: request2.previous ?? true,
    tailLines: request2.tailLines ?? DEFAULT_TAIL,
    limitBytes: access.settings.maxResponseBytes
  });
  const answer = await kubeGet(target, path, limits(access, true));
  if (answer.status === "error") return { status: "error", reason: answer.reason };
  if (answer.httpStatus >= 400) {
    const refused = parseAnswer(answer, StatusSchema);
    return { status: "error", reason: refused.ok ? `HTTP ${answer.httpStatus}` : refused.reason };
  }
  const which = `${ns}/${request2.name}${request2.container ? `/${request2.container}` : ""}${request2.previous === false ? "" : " (previous container)"}`;
  const lines = answer.body.split("\n").filter((line) => line.trim() !== "");
  const tail = lines.slice(-(request2.tailLines ?? DEFAULT_TAIL));
  const cut = answer.truncated ? ` (cut at ${access.settings.maxResponseBytes} bytes)` : "";
  return {
    status: "ok",
    output: [
      `k8s-log ${tail.length} lines of ${which}${cut}:`,
      ...tail.map((l) => `log ${l.slice(0, 2e3)}`)
    ].join("\n")
  };
}
async function readKubernetes(access, request2) {
  const checked = checkKubeRequest(request2);
  if (!checked.ok) return { status: "denied", reason: checked.reason };
  const source = access.settings.kubernetes.source;
  if (!source)
    return { status: "denied", reason: "Kubernetes is not configured by the operator (SENTRY_KUBERNETES)" };
  const loaded = await kubeTarget(source, access.settings.kubernetes.context);
  if (loaded.status === "error") return loaded;
  const endpoint = operatorEndpoint("Kubernetes", loaded.target.server.href, request2.endpoint);
  if (!endpoint.ok) return { status: "denied", reason: endpoint.reason };
  const { target } = loaded;
  if (request2.verb === "logs") return logs(target, access, request2);
  if (checked.kind === "event") {
    const list = await readJson(
      target,
      access,
      eventsPath(request2.namespace ?? "default", request2.name),
      EventListSchema
    );
    if (!list.ok) return { status: "error", reason: list.reason };
    return { status: "ok", output: renderRecords(eventRecords(list.value.items, request2.name)) };
  }
  return describe(target, access, checked.kind, request2);
}

// src/tools/read-kubernetes.ts
var ReadKubernetesInput = external_exports.strictObject({
  /** get | describe (object, owners, node, events) | list (events of an object) | logs. Nothing else. */
  verb: external_exports.string().min(1).max(40),
  /** pod, node, replicaset, deployment, statefulset, daemonset, job, or event (with list). Never a Secret. */
  kind: external_exports.string().min(1).max(40),
  name: external_exports.string().min(1).max(253),
  namespace: external_exports.string().min(1).max(63).optional(),
  container: external_exports.string().min(1).max(63).optional(),
  /** logs: the previous (crashed) container's log, the default. */
  previous: external_exports.boolean().optional(),
  tailLines: external_exports.number().int().min(1).max(500).optional(),
  /** Only the operator's API server is accepted; omit it to use that one. */
  endpoint: external_exports.string().max(2e3).optional()
});
var readKubernetesTool = defineTool({
  name: "read_kubernetes",
  description: "Read-only Kubernetes API: describe a pod (status, last state, exit code, restarts, limits, owner chain, node conditions, events), get a node or workload, list an object's events, or read a container's log tail (previous=true by default). No writes, no exec, no Secrets.",
  input: ReadKubernetesInput,
  writes: false,
  available: (ctx) => isEnabled(ctx.collectors, "kubernetes"),
  async handler(input, ctx) {
    const access = ctx.collectors;
    if (!access || !isEnabled(access, "kubernetes"))
      return { status: "denied", reason: "Kubernetes is not configured by the operator (SENTRY_KUBERNETES)" };
    const result = await readKubernetes(access, input);
    if (result.status !== "ok") return result;
    return {
      status: "ok",
      output: fitToBudget("read_kubernetes", result.output, access.settings.outputChars)
    };
  }
});

// src/security/policy/unit-policy.ts
var OTHER_UNIT_TYPES = /\.(?:target|socket|mount|automount|swap|path|timer|slice|scope|device)$/i;
function checkUnit(name, allowed) {
  if (!UnitNameSchema.safeParse(name).success)
    return { ok: false, reason: `${JSON.stringify(name.slice(0, 64))} is not a plain service name` };
  if (OTHER_UNIT_TYPES.test(name))
    return { ok: false, reason: `${name} is not a service: only services are restarted` };
  const unit = canonicalUnit(name);
  if (allowed.length === 0)
    return { ok: false, reason: "no service is on the operator's restart allow-list (restart.services)" };
  if (!allowed.some((entry) => canonicalUnit(entry) === unit))
    return { ok: false, reason: `${unit} is not on the operator's restart allow-list (restart.services)` };
  return { ok: true, unit };
}

// src/tools/restart-service.ts
var RestartServiceInputSchema = external_exports.strictObject({
  service: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9@_.:-]{0,63}$/, "a service name: letters, digits, @ _ . : -").describe("The service to restart (one of the operator's restart.services)"),
  reason: external_exports.string().max(500).optional()
});
var restartServiceTool = defineTool({
  name: "restart_service",
  description: "Restart one service on the operator's allow-list with the operator's command or workflow. ACTIVE mode performs it (at most once per service per interval, default 10 minutes); AUDIT mode validates and records it as a proposal.",
  input: RestartServiceInputSchema,
  writes: true,
  async handler(input, ctx) {
    const checked = checkUnit(input.service, ctx.config.restart.services);
    if (!checked.ok) return { status: "denied", reason: checked.reason };
    const { unit } = checked;
    if (!writesAllowed(ctx.mode)) {
      return {
        status: "ok",
        output: `proposed, not performed (${ctx.mode} mode): restart ${unit}`,
        accepted: { restart: unit }
      };
    }
    const { workflow, command } = ctx.config.restart;
    if (!workflow && !command)
      return {
        status: "error",
        reason: "no restart command or workflow is configured by the operator (restart.command / restart.workflow)"
      };
    const claimed = await claimRestart(unit, ctx);
    if (claimed) return claimed;
    if (workflow) {
      if (!ctx.dispatchWorkflow)
        return {
          status: "ok",
          output: `accepted: delivery dispatches workflow ${workflow} for ${unit}`,
          accepted: { restart: unit },
          note: RESTART_PERFORMED
        };
      await ctx.dispatchWorkflow(workflow, { service: unit });
      return {
        status: "ok",
        output: `dispatched workflow ${workflow} for ${unit}`,
        accepted: { restart: unit },
        note: RESTART_PERFORMED
      };
    }
    const [program, ...args] = (command ?? []).map((part) => part.replaceAll("{service}", unit));
    const result = await ctx.exec(program, args, {
      timeoutMs: 6e4,
      maxBytes: 64 * 1024,
      operator: {
        label: "restart.command",
        ...ctx.config.restart.user === void 0 ? {} : { user: ctx.config.restart.user }
      }
    });
    if (result.refused) return { status: "denied", reason: result.refused };
    if (result.exitCode !== 0) {
      return {
        status: "error",
        reason: `restart of ${unit} failed (exit ${result.exitCode ?? "none"}${result.timedOut ? ", timed out" : ""}): ${result.stderr.slice(0, 500)}`
      };
    }
    return {
      status: "ok",
      output: `restarted ${unit}
${result.stdout}`,
      accepted: { restart: unit },
      note: RESTART_PERFORMED
    };
  }
});
async function claimRestart(unit, ctx) {
  const minutes = ctx.config.restart.minIntervalMinutes;
  const intervalMs = minutes * 6e4;
  const now = ctx.clock().getTime();
  const key2 = restartKey(unit);
  if (await ctx.restartLedger.claim(key2, String(now), intervalMs)) return void 0;
  const last = Number(await ctx.restartLedger.get(key2));
  if (Number.isFinite(last) && now - last < intervalMs) {
    const waitS = Math.ceil((intervalMs - (now - last)) / 1e3);
    return {
      status: "denied",
      reason: `${unit} was restarted ${Math.round((now - last) / 1e3)} s ago: one restart per ${minutes} min (next in ${waitS} s)`
    };
  }
  await ctx.restartLedger.put(key2, String(now), intervalMs);
  return void 0;
}

// src/tools/run-diagnostics.ts
import { constants as constants3 } from "node:fs";
import { mkdtemp as mkdtemp3, open as open3, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename as basename3, join as join7 } from "node:path";
var TIMEOUT_MS4 = 1e4;
var MAX_OUTPUT_BYTES2 = 256 * 1024;
var RunDiagnosticsInputSchema = external_exports.strictObject({
  command: external_exports.string().min(1).max(1e3).describe(
    "One read-only diagnostic: ps, ss, netstat, tail, df, free, uptime, systemctl status, ping -c N, curl to an allow-listed host. No shell syntax."
  )
});
var runDiagnosticsTool = defineTool({
  name: "run_diagnostics",
  description: "Run one read-only diagnostic command (ps, ss, netstat, tail FILE, df, free, uptime, systemctl status UNIT, ping -c N HOST, curl URL on allow-listed hosts). Runs without a shell, 10 s timeout.",
  input: RunDiagnosticsInputSchema,
  writes: false,
  async handler(input, ctx) {
    const readPaths = [];
    const checked = await checkCommand(input.command, {
      hosts: ctx.config.diagnosticsHosts,
      resolveReadPath: async (path) => {
        const resolved = await ctx.paths.resolveRead(path);
        if (!resolved.ok) return resolved;
        if (!resolved.exists) return { ok: false, reason: "no such file" };
        readPaths.push(resolved.abs);
        return { ok: true, abs: resolved.abs };
      }
    });
    if (!checked.ok) return { status: "denied", reason: checked.reason };
    const copy = readPaths.length > 0 ? await redactedCopies(readPaths) : void 0;
    const args = copy ? checked.args.map((arg) => copy.paths.get(arg) ?? arg) : checked.args;
    let result;
    try {
      result = await ctx.exec(checked.program, args, {
        timeoutMs: TIMEOUT_MS4,
        maxBytes: MAX_OUTPUT_BYTES2,
        ...ctx.workspace.repoRoot ? { cwd: ctx.workspace.repoRoot } : {}
      });
    } finally {
      await copy?.remove();
    }
    const stdout = result.truncated ? result.stdout.slice(0, result.stdout.lastIndexOf("\n") + 1) : result.stdout;
    const parts = [stdout];
    if (result.stderr) parts.push(`[stderr]
${result.stderr}`);
    if (result.timedOut) parts.push(`[killed after ${TIMEOUT_MS4} ms]`);
    if (result.truncated) parts.push(`[output cut at ${MAX_OUTPUT_BYTES2} bytes]`);
    parts.push(`[exit code ${result.exitCode ?? "none"}]`);
    return { status: "ok", output: parts.join("\n") };
  }
});
var COPY_TAIL_BYTES = 32 * 1024 * 1024;
async function redactedCopies(files) {
  const dir = await mkdtemp3(join7(tmpdir3(), "sentry-diag-"));
  const paths = /* @__PURE__ */ new Map();
  try {
    for (const [i, file] of files.entries()) {
      const copy = join7(dir, `${i}-${basename3(file)}`);
      await writeFile2(copy, redactSecrets(await readTail(file), { personal: false }).text, { mode: 384 });
      paths.set(file, copy);
    }
  } catch (error) {
    await rm3(dir, { recursive: true, force: true });
    throw error;
  }
  return { paths, remove: () => rm3(dir, { recursive: true, force: true }) };
}
async function readTail(file) {
  const handle = await open3(file, constants3.O_RDONLY | constants3.O_NOFOLLOW);
  try {
    const size = (await handle.stat()).size;
    const length = Math.min(size, COPY_TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const start = size > length ? buffer.indexOf(10) + 1 : 0;
    return buffer.subarray(start).toString("utf8");
  } finally {
    await handle.close();
  }
}

// src/tools/tool-catalog.ts
var TOOLS = {
  read_file: readFileTool,
  grep_search: grepSearchTool,
  run_diagnostics: runDiagnosticsTool,
  apply_patch: applyPatchTool,
  restart_service: restartServiceTool,
  fetch_docs: fetchDocsTool,
  query_metrics: queryMetricsTool,
  read_kubernetes: readKubernetesTool,
  query_logs: queryLogsTool,
  git_history: gitHistoryTool
};
function findTool(name) {
  return Object.hasOwn(TOOLS, name) ? TOOLS[name] : void 0;
}

// src/tools/tool-runner.ts
var SessionSchema = external_exports.strictObject({
  agentId: external_exports.string().min(1),
  role: AgentRoleSchema,
  runId: external_exports.string().min(1),
  credential: external_exports.string().min(1)
});
function createToolRunner(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const { config, audit, workspace, mode } = options;
  const vault = options.vault ?? createVault({ ttlSeconds: config.credentialTtlSeconds, clock });
  const shared = options.sharedState ?? createLocalLedger(clock);
  const throttle = createThrottle({ ...config.throttle, clock, store: shared });
  const paths = createPathPolicy({
    workspace,
    protectedPaths: config.protectedPaths,
    protectedFiles: [...options.auditLogPath ? [options.auditLogPath] : [], ...options.ownFiles ?? []]
  });
  const ctx = {
    workspace,
    mode,
    config,
    paths,
    clock,
    exec: options.exec ?? execFileExecutor,
    lookup: options.lookup ?? defaultLookup,
    httpGet: options.httpGet ?? pinnedHttpsGet,
    restartLedger: shared,
    ...options.dispatchWorkflow ? { dispatchWorkflow: options.dispatchWorkflow } : {},
    ...options.collectors ? { collectors: options.collectors } : {}
  };
  const seen = /* @__PURE__ */ new Set();
  const acceptedByRun = /* @__PURE__ */ new Map();
  const acceptedIn = (runId) => {
    const writes = acceptedByRun.get(runId) ?? { patches: [], restarts: [] };
    acceptedByRun.set(runId, writes);
    return writes;
  };
  const proposeOnlyAgents = /* @__PURE__ */ new Set();
  const proposeOnlyCtx = { ...ctx, mode: mode === "ACTIVE" ? "AUDIT" : mode };
  function haltReason2() {
    const reason = haltReason(mode, workspace.repoRoot) ?? vault.revokedReason();
    if (reason && vault.revokedReason() === void 0) {
      vault.revokeAll(reason);
      audit.append({
        kind: "event",
        decision: "blocked",
        reason: `kill switch: every agent credential revoked (${reason})`
      });
    }
    return reason;
  }
  async function decide(session, call, beforeRun) {
    const halted = haltReason2();
    if (halted) return { status: "denied", reason: halted };
    const tool = findTool(call.tool);
    if (!tool) return { status: "denied", reason: `unknown tool ${JSON.stringify(call.tool)}` };
    if (!roleAllows(session.role, tool.name))
      return { status: "denied", reason: `role ${session.role} may not use ${tool.name}` };
    const credential = vault.check(session.credential, {
      agentId: session.agentId,
      role: session.role,
      tool: tool.name
    });
    if (!credential.ok) return { status: "denied", reason: credential.reason };
    if (credential.claims.run !== session.runId)
      return { status: "denied", reason: "credential was issued for another run" };
    const rate = await throttle.take(`${session.runId}:${session.role}`).catch((error) => ({
      ok: false,
      reason: `rate limit state unavailable: ${error.message}`
    }));
    if (!rate.ok) return { status: "denied", reason: rate.reason };
    const input = tool.input.safeParse(call.input);
    if (!input.success) {
      return {
        status: "denied",
        reason: `invalid input: ${input.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`
      };
    }
    const key2 = `${session.runId}\0${session.agentId}\0${tool.name}\0${canonicalJson(input.data)}`;
    if (seen.has(key2))
      return {
        status: "denied",
        reason: "identical call already made in this run: use its result, or change the request"
      };
    seen.add(key2);
    try {
      await beforeRun(tool.writes);
      const result = await tool.handler(
        input.data,
        proposeOnlyAgents.has(session.agentId) ? proposeOnlyCtx : ctx
      );
      if (result.status !== "ok") return result;
      if (result.accepted?.patch !== void 0) acceptedIn(session.runId).patches.push(result.accepted.patch);
      if (result.accepted?.restart !== void 0)
        acceptedIn(session.runId).restarts.push(result.accepted.restart);
      const note = result.note ? ` (${result.note})` : "";
      return { ...result, allowedReason: `${session.role} may use ${tool.name}; checks passed${note}` };
    } catch (error) {
      return { status: "error", reason: `${tool.name} failed: ${error.message}` };
    }
  }
  return {
    startAgent(runId, role, limits2) {
      const issued = vault.issue(runId, role, ROLE_TOOLS[role]);
      if (limits2?.proposeOnly) proposeOnlyAgents.add(issued.agentId);
      audit.append({
        kind: "event",
        runId,
        agent: role,
        agentId: issued.agentId,
        reason: `agent started with tools: ${ROLE_TOOLS[role].join(", ")}${limits2?.proposeOnly ? " (propose only)" : ""}`
      });
      return { agentId: issued.agentId, role, runId, credential: issued.credential };
    },
    endAgent(session) {
      vault.revoke(session.agentId);
      proposeOnlyAgents.delete(session.agentId);
      audit.append({
        kind: "event",
        runId: session.runId,
        agent: session.role,
        agentId: session.agentId,
        reason: "agent ended: credential revoked"
      });
    },
    specsFor(role) {
      const usable = ROLE_TOOLS[role].filter((name) => findTool(name)?.available?.(ctx) ?? true);
      return usable.map((name) => {
        const tool = findTool(name);
        return {
          name,
          description: tool.description,
          inputSchema: external_exports.toJSONSchema(tool.input)
        };
      });
    },
    haltReason: haltReason2,
    accepted(runId) {
      const writes = acceptedIn(runId);
      return { patches: [...writes.patches], restarts: [...writes.restarts] };
    },
    async invoke(session, call) {
      const started = clock().getTime();
      const shape2 = SessionSchema.safeParse(session);
      const inputProblem = inputShapeProblem(call?.input);
      const inputView = inputProblem ? { refused: inputProblem } : redactDeep(call?.input);
      const inputSha256 = inputProblem ? void 0 : createHash("sha256").update(canonicalJson(call?.input)).digest("hex");
      const agent = shape2.success ? session.role : "supervisor";
      const runId = String(session?.runId ?? "unknown");
      const beforeRun = async (writes) => {
        if (!writes) return;
        audit.append({
          kind: "event",
          runId,
          agent,
          agentId: String(session?.agentId ?? "unknown"),
          tool: String(call?.tool ?? "unknown"),
          input: inputView,
          ...inputSha256 ? { inputSha256 } : {},
          decision: "allowed",
          reason: "write-ahead: checks passed, about to run"
        });
        await audit.persist();
      };
      const result = !shape2.success ? { status: "denied", reason: "malformed agent session" } : inputProblem ? { status: "denied", reason: `invalid input: ${inputProblem}` } : await decide(session, call, beforeRun);
      const record = {
        agent,
        agentId: String(session?.agentId ?? "unknown"),
        tool: String(call?.tool ?? "unknown"),
        input: inputView,
        decision: result.status === "denied" ? "blocked" : "allowed",
        reason: result.status === "ok" ? result.allowedReason ?? "allowed" : result.reason,
        ...call?.rationale ? { rationale: redactSecrets(call.rationale.slice(0, 2e3)).text } : {},
        outcome: result.status,
        durationMs: Math.max(0, clock().getTime() - started)
      };
      audit.append({ kind: "tool-call", runId, ...record, ...inputSha256 ? { inputSha256 } : {} });
      await audit.persist();
      if (result.status !== "ok")
        return { status: result.status, reason: redactSecrets(result.reason).text, record };
      const budget = options.outputBudget ?? DEFAULT_OUTPUT_BUDGET;
      const redacted = redactSecrets(result.output, { personal: false }).text;
      const output = fitToBudget(record.tool, redacted, budget);
      return { status: "ok", output, record };
    }
  };
}
function redactDeep(value) {
  if (typeof value === "string") return redactSecrets(value).text;
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)]));
  }
  return value;
}

// src/engine/arm-security.ts
function armSecurity(options) {
  const auditLog = createAuditLog(options.auditStore, options.auditSigningKey, {
    ...options.clock ? { clock: options.clock } : {},
    ...options.auditHead ? { head: options.auditHead } : {}
  });
  const flags = /* @__PURE__ */ new Map();
  const gateway = createGateway({
    onFlag: ({ source, flags: found }) => {
      const key2 = `${source}:${[...found].sort().join(",")}`;
      if (flags.has(key2)) return;
      flags.set(key2, { source, flags: found });
      auditLog.append({
        kind: "event",
        agent: "gateway",
        tool: "input-filter",
        input: { source },
        reason: `flagged: ${found.join(", ")}`
      });
    }
  });
  const tools = createToolRunner({
    workspace: options.workspace,
    mode: options.mode,
    config: options.config,
    audit: auditLog,
    ...options.auditLogPath ? { auditLogPath: options.auditLogPath } : {},
    ...options.ownFiles ? { ownFiles: options.ownFiles } : {},
    ...options.sharedState ? { sharedState: options.sharedState } : {},
    ...options.clock ? { clock: options.clock } : {},
    ...options.collectors ? { collectors: options.collectors } : {},
    ...options.runnerSeams
  });
  return { auditLog, gateway, tools, inputFlags: () => [...flags.values()] };
}
async function seedCostBreaker(config, auditStore, clock, auditLog, sharedState) {
  const windowStart = (clock?.() ?? /* @__PURE__ */ new Date()).getTime() - config.costLimit.windowMinutes * 6e4;
  return createCostBreaker({
    usd: config.costLimit.usd,
    windowMinutes: config.costLimit.windowMinutes,
    history: auditStore ? spendFromAudit(await readAuditSince(auditStore, windowStart), windowStart) : [],
    ...clock ? { clock } : {},
    ...sharedState ? { store: sharedState } : {},
    ...auditLog ? {
      onCharge: (charge) => {
        auditLog.append({
          kind: "event",
          agent: "supervisor",
          tool: MODEL_SPEND_TOOL,
          input: { model: charge.model, costUsd: charge.usd },
          decision: "allowed",
          reason: "model call charged"
        });
        auditLog.persist().catch(() => void 0);
      }
    } : {}
  });
}

export {
  ModeSchema,
  ModeInputSchema,
  STOP_FILE,
  credentialsFrom,
  collectorAccess,
  readAuditEntries,
  readAuditSince,
  createMemoryAuditStore,
  chainHead,
  CollectorsFileSchema,
  canonicalUnit,
  DEFAULT_CONFIG,
  RUN_FINISHED_TOOL,
  createLocalLedger,
  seedRestartLedger,
  createAuditLog,
  haltReason,
  require_picomatch2 as require_picomatch,
  dotenvViewable,
  createWriteGuard,
  normaliseRepoPath,
  ROLE_TOOLS,
  applyDotenvPatch,
  checkPatchHeaders,
  checkFileChange,
  checkUnit,
  findTool,
  armSecurity,
  seedCostBreaker,
  operatorSettings,
  lowerMode,
  CONFIG_PATH,
  parseSentryConfigText,
  resolveRepoConfig,
  createConfigMemory,
  renderConfigProblem,
  configProblemLines
};
