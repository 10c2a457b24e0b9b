import { createRequire as __sentryCreateRequire } from 'node:module';
const require = __sentryCreateRequire(import.meta.url);
import {
  ALERT_TEXT,
  SUBMIT_TOOL,
  ZERO_USAGE,
  backgroundNoiseOf,
  createPatternScanner,
  heartbeatAlertName,
  matchPattern
} from "./chunk-T2QTEOOO.js";
import {
  REDACTED,
  SYSTEMD_UNIT,
  applyPatch,
  createTwoFilesPatch,
  parsePatch
} from "./chunk-BI7T4HIU.js";
import {
  CODE,
  FAILURE_PATTERNS,
  alertNameOf,
  alertRuleFor,
  lookAtFor,
  patternById
} from "./chunk-QCIXFYUU.js";
import {
  MONITORING_SOURCES,
  podBase
} from "./chunk-PHUYCHNG.js";
import {
  require_dist
} from "./chunk-Z34VOEOA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3EZXIJC4.js";

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports, module) {
    var { hasOwnProperty } = Object.prototype;
    var encode = (obj, opt = {}) => {
      if (typeof opt === "string") {
        opt = { section: opt };
      }
      opt.align = opt.align === true;
      opt.newline = opt.newline === true;
      opt.sort = opt.sort === true;
      opt.whitespace = opt.whitespace === true || opt.align === true;
      opt.platform = opt.platform || typeof process !== "undefined" && process.platform;
      opt.bracketedArray = opt.bracketedArray !== false;
      const eol = opt.platform === "win32" ? "\r\n" : "\n";
      const separator = opt.whitespace ? " = " : "=";
      const children = [];
      const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj);
      let padToChars = 0;
      if (opt.align) {
        padToChars = safe(
          keys.filter((k) => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== "object").map((k) => Array.isArray(obj[k]) ? `${k}[]` : k).concat([""]).reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
        ).length;
      }
      let out = "";
      const arraySuffix = opt.bracketedArray ? "[]" : "";
      for (const k of keys) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val) {
            out += safe(`${k}${arraySuffix}`).padEnd(padToChars, " ") + separator + safe(item) + eol;
          }
        } else if (val && typeof val === "object") {
          children.push(k);
        } else {
          out += safe(k).padEnd(padToChars, " ") + separator + safe(val) + eol;
        }
      }
      if (opt.section && out.length) {
        out = "[" + safe(opt.section) + "]" + (opt.newline ? eol + eol : eol) + out;
      }
      for (const k of children) {
        const nk = splitSections(k, ".").join("\\.");
        const section2 = (opt.section ? opt.section + "." : "") + nk;
        const child2 = encode(obj[k], {
          ...opt,
          section: section2
        });
        if (out.length && child2.length) {
          out += eol;
        }
        out += child2;
      }
      return out;
    };
    function splitSections(str, separator) {
      var lastMatchIndex = 0;
      var lastSeparatorIndex = 0;
      var nextIndex = 0;
      var sections = [];
      do {
        nextIndex = str.indexOf(separator, lastMatchIndex);
        if (nextIndex !== -1) {
          lastMatchIndex = nextIndex + separator.length;
          if (nextIndex > 0 && str[nextIndex - 1] === "\\") {
            continue;
          }
          sections.push(str.slice(lastSeparatorIndex, nextIndex));
          lastSeparatorIndex = nextIndex + separator.length;
        }
      } while (nextIndex !== -1);
      sections.push(str.slice(lastSeparatorIndex));
      return sections;
    }
    var decode = (str, opt = {}) => {
      opt.bracketedArray = opt.bracketedArray !== false;
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section2 = null;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      const lines3 = str.split(/[\r\n]+/g);
      const duplicates = {};
      for (const line of lines3) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
          continue;
        }
        const match = line.match(re);
        if (!match) {
          continue;
        }
        if (match[1] !== void 0) {
          section2 = unsafe(match[1]);
          if (section2 === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section2] = out[section2] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        let isArray;
        if (opt.bracketedArray) {
          isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        } else {
          duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1;
          isArray = duplicates[keyRaw] > 1;
        }
        const key = isArray && keyRaw.endsWith("[]") ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__") {
          continue;
        }
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key)) {
            p[key] = [];
          } else if (!Array.isArray(p[key])) {
            p[key] = [p[key]];
          }
        }
        if (Array.isArray(p[key])) {
          p[key].push(value);
        } else {
          p[key] = value;
        }
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
          continue;
        }
        const parts = splitSections(k, ".");
        p = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__") {
            continue;
          }
          if (!hasOwnProperty.call(p, part) || typeof p[part] !== "object") {
            p[part] = /* @__PURE__ */ Object.create(null);
          }
          p = p[part];
        }
        if (p === out && nl === l) {
          continue;
        }
        p[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove) {
        delete out[del];
      }
      return out;
    };
    var isQuoted = (val) => {
      return val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'");
    };
    var safe = (val) => {
      if (typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim()) {
        return JSON.stringify(val);
      }
      return val.split(";").join("\\;").split("#").join("\\#");
    };
    var unsafe = (val) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'") {
          val = val.slice(1, -1);
        }
        try {
          val = JSON.parse(val);
        } catch {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc = true;
          } else {
            unesc += c;
          }
        }
        if (esc) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module.exports = {
      parse: decode,
      decode,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// src/inventory/app-config.ts
var import_ini = __toESM(require_ini(), 1);

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines3 = string.slice(0, ptr).split(/\r?\n/);
  return [lines3.length, lines3.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines3 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines3[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first2 = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first2 && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first2 && ctx.s.charCodeAt(ctx.p + 2) === first2)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/inventory/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlDocs(content) {
  const counter = new import_yaml.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(content, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return [];
  }
  const list = Array.isArray(docs) ? docs : [];
  return list.filter((d) => d.errors.length === 0).map((d) => ({
    root: d.contents,
    lineOf: (node) => node?.range ? counter.linePos(node.range[0]).line : 0
  }));
}
function child(node, key) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  for (const item of node.items) {
    if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === key) return item.value;
  }
  return void 0;
}
function scalar(node) {
  if (!(0, import_yaml.isScalar)(node)) return void 0;
  const v = node.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
function entries(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  return node.items.flatMap(
    (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) ? [{ key: String(item.key.value), keyNode: item.key, value: item.value }] : []
  );
}
function items(node) {
  return (0, import_yaml.isSeq)(node) ? node.items : [];
}
function addEnv(inv, file, doc, node, source) {
  for (const e of entries(node)) {
    const value = scalar(e.value);
    if (value !== void 0)
      inv.settings.push({ key: e.key, value, source, file, line: doc.lineOf(e.keyNode) });
  }
  for (const item of items(node)) {
    const text = scalar(item);
    const m = text ? /^([A-Za-z_][\w.-]*)=(.*)$/.exec(text) : null;
    if (m?.[1]) inv.settings.push({ key: m[1], value: m[2] ?? "", source, file, line: doc.lineOf(item) });
    const name = scalar(child(item, "name"));
    const value = scalar(child(item, "value"));
    if (name && value !== void 0)
      inv.settings.push({ key: name, value, source, file, line: doc.lineOf(child(item, "value")) });
  }
}
function addLeaves(inv, file, doc, node, depth = 0, source = "helm-values", path = []) {
  if (depth > 12) return;
  for (const e of entries(node)) {
    const value = scalar(e.value);
    if (value !== void 0)
      inv.settings.push({
        key: e.key,
        path: [...path, e.key].join("."),
        value,
        source,
        file,
        line: doc.lineOf(e.keyNode)
      });
    else addLeaves(inv, file, doc, e.value, depth + 1, source, [...path, e.key]);
  }
  for (const item of items(node)) addLeaves(inv, file, doc, item, depth + 1, source, path);
}

// src/inventory/app-config.ts
var EXT = /\.(json|toml|ini|cfg|properties)$/i;
var CONFIG_NAME = /(^|\/)(appsettings|application|settings|config|app|default|production|development|staging|local|prod|dev|database|db|redis|cache|service)([.-][\w-]+)*\.(json|toml|ini|cfg|properties)$/i;
var CONFIG_DIR = /(^|\/)(config|configs|conf|settings|etc)\/(?:[\w.-]+\/)*[\w.-]+\.(json|toml|ini|cfg|properties)$/i;
var TOOLING = /(^|\/)(package(-lock)?|tsconfig[\w.-]*|jsconfig|composer|deno|bun|biome|renovate|lerna|nx|turbo|vercel|tslint|\.eslintrc|\.prettierrc|launchSettings)\.json$|(^|\/)(pyproject|Cargo|Pipfile|poetry|rustfmt|ruff|\.?black)\.toml$|(^|\/)(setup|tox|pytest|mypy|\.flake8|\.coveragerc)\.(cfg|ini)$|(^|\/)(gradle|gradle-wrapper|local)\.properties$|(^|\/)(node_modules|vendor|\.venv|dist|build|target)\//i;
function isAppConfig(path) {
  return EXT.test(path) && (CONFIG_NAME.test(path) || CONFIG_DIR.test(path)) && !TOOLING.test(path);
}
function addAppConfig(inv, file, content) {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === "json") {
    for (const doc of yamlDocs(content)) addLeaves(inv, file, doc, doc.root, 0, "app-config");
    return;
  }
  const leaves = ext === "toml" ? tomlLeaves(content) : ext === "properties" ? propertiesLeaves(content) : iniLeaves(content);
  for (const leaf of leaves) {
    const key = leaf.path.at(-1);
    if (key === void 0) continue;
    inv.settings.push({
      key,
      path: leaf.path.join("."),
      value: leaf.value,
      source: "app-config",
      file,
      line: leaf.line
    });
  }
}
function scalarAt(root, path) {
  let node = root;
  for (const part of path) {
    if (node === null || Array.isArray(node) || typeof node !== "object" || !Object.hasOwn(node, part))
      return void 0;
    node = node[part];
  }
  if (Array.isArray(node)) return void 0;
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  return void 0;
}
var unquoteKey = (key) => key.trim().replace(/^(["'])(.*)\1$/, "$2");
function sectionedLeaves(content, parsed, splitKey) {
  const out = [];
  let table = [];
  content.split("\n").forEach((text, i) => {
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/.exec(text);
    if (header?.[2]) {
      table = header[1] === "[[" ? void 0 : splitKey(header[2]);
      return;
    }
    if (!table) return;
    const pair = /^\s*("[^"]*"|'[^']*'|[\w.-]+)\s*[=:]/.exec(text);
    if (!pair?.[1]) return;
    const path = [...table, ...splitKey(pair[1])];
    const value = scalarAt(parsed, path);
    if (value !== void 0) out.push({ path, value, line: i + 1 });
  });
  return out;
}
function tomlLeaves(content) {
  let parsed;
  try {
    parsed = parse(content);
  } catch {
    return [];
  }
  return sectionedLeaves(content, parsed, (key) => key.split(".").map(unquoteKey));
}
function iniLeaves(content) {
  let parsed;
  try {
    parsed = (0, import_ini.parse)(content);
  } catch {
    return [];
  }
  return sectionedLeaves(content, parsed, (key) => key.split(".").map(unquoteKey));
}
function propertiesLeaves(content) {
  const out = [];
  const lines3 = content.split("\n");
  for (let i = 0; i < lines3.length; i += 1) {
    const start = i;
    let text = (lines3[i] ?? "").replace(/\r$/, "");
    while (/(^|[^\\])(\\\\)*\\$/.test(text) && i + 1 < lines3.length) {
      i += 1;
      text = text.slice(0, -1) + (lines3[i] ?? "").replace(/\r$/, "").trimStart();
    }
    if (/^\s*([#!]|$)/.test(text)) continue;
    const m = /^\s*((?:\\.|[^\s:=\\])+)\s*[:=\s]\s*(.*)$/.exec(text);
    if (!m?.[1]) continue;
    const key = m[1].replace(/\\(.)/g, "$1");
    out.push({ path: key.split("."), value: (m[2] ?? "").trim(), line: start + 1 });
  }
  return out;
}

// src/inventory/compose.ts
function portMapping(text) {
  const parts = text.replace(/\/(tcp|udp)$/, "").split(":");
  const container2 = Number(parts.at(-1));
  if (!Number.isInteger(container2)) return void 0;
  const host = parts.length >= 2 ? Number(parts.at(-2)) : void 0;
  return host !== void 0 && Number.isInteger(host) ? { host, container: container2 } : { container: container2 };
}
function addCompose(inv, file, content) {
  for (const doc of yamlDocs(content)) {
    for (const svc of entries(child(doc.root, "services"))) {
      const ports = [];
      for (const p of [...items(child(svc.value, "ports")), ...items(child(svc.value, "expose"))]) {
        const text = scalar(p) ?? scalar(child(p, "target"));
        const mapped = text ? portMapping(text) : void 0;
        if (!mapped) continue;
        ports.push(mapped.container);
        const published = mapped.host ?? Number(scalar(child(p, "published")));
        if (Number.isInteger(published) && published > 0)
          inv.published.push({ service: svc.key, hostPort: published, file, line: doc.lineOf(p) });
      }
      const image = scalar(child(svc.value, "image"));
      inv.services.push({
        name: svc.key,
        source: "compose",
        ports,
        file,
        line: doc.lineOf(svc.keyNode),
        ...image ? { image } : {}
      });
      addEnv(inv, file, doc, child(svc.value, "environment"), "compose-env");
      const envFile = child(svc.value, "env_file");
      for (const ref of [envFile, ...items(envFile)]) {
        const path = scalar(ref) ?? scalar(child(ref, "path"));
        if (path) inv.fileRefs.push({ path, optional: false, file, line: doc.lineOf(ref) });
      }
    }
  }
}

// src/inventory/kubernetes.ts
var HELM_VALUES = /(^|\/)values[\w.-]*\.ya?ml$|(^|\/)(charts?|helm)\//i;
var WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"]);
function podSpec(root, kind) {
  if (kind === "Pod") return child(root, "spec");
  const spec = child(root, "spec");
  const job = kind === "CronJob" ? child(child(spec, "jobTemplate"), "spec") : spec;
  return child(child(job, "template"), "spec");
}
function addKubernetes(inv, file, content) {
  let manifests = 0;
  for (const doc of yamlDocs(content)) {
    const kind = scalar(child(doc.root, "kind"));
    if (!kind || !scalar(child(doc.root, "apiVersion"))) {
      addLeaves(inv, file, doc, doc.root, 0, HELM_VALUES.test(file) ? "helm-values" : "app-config");
      continue;
    }
    manifests += 1;
    const meta = child(doc.root, "metadata");
    const name = scalar(child(meta, "name"));
    const namespace = scalar(child(meta, "namespace"));
    if (kind === "Service" && name) {
      const ports = items(child(child(doc.root, "spec"), "ports")).map((p) => Number(scalar(child(p, "port")))).filter((n) => Number.isInteger(n));
      inv.services.push({
        name,
        source: "k8s",
        ports,
        file,
        line: doc.lineOf(child(meta, "name")),
        ...namespace ? { namespace } : {}
      });
    } else if (kind === "ConfigMap") {
      addEnv(inv, file, doc, child(doc.root, "data"), "configmap");
    } else if (WORKLOADS.has(kind)) {
      const spec = podSpec(doc.root, kind);
      for (const c of [...items(child(spec, "containers")), ...items(child(spec, "initContainers"))]) {
        addEnv(inv, file, doc, child(c, "env"), "k8s-env");
        for (const probe of ["readiness", "liveness", "startup"]) {
          const pathNode = child(child(child(c, `${probe}Probe`), "httpGet"), "path");
          const path = scalar(pathNode);
          if (path) inv.probes.push({ probe, path, file, line: doc.lineOf(pathNode) });
        }
      }
    } else if (entries(doc.root).length > 0 && kind === "Kustomization") {
      addLeaves(inv, file, doc, child(doc.root, "configMapGenerator"));
    }
  }
  return manifests > 0;
}

// src/inventory/plain-files.ts
function lines(content) {
  return content.split("\n");
}
function unquote(value) {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, "");
}
function addEnvFile(inv, file, content) {
  lines(content).forEach((text, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=(.*)$/.exec(text);
    if (m?.[1])
      inv.settings.push({ key: m[1], value: unquote(m[2] ?? ""), source: "env-file", file, line: i + 1 });
  });
}
function addSystemdUnit(inv, file, content) {
  lines(content).forEach((text, i) => {
    const envFile = /^\s*EnvironmentFile\s*=\s*(-?)(\S+)\s*$/.exec(text);
    if (envFile?.[2])
      inv.fileRefs.push({ path: envFile[2], optional: envFile[1] === "-", file, line: i + 1 });
    const env = /^\s*Environment\s*=\s*(.+)$/.exec(text);
    for (const pair of env?.[1]?.match(/"[^"]*"|\S+/g) ?? []) {
      const m = /^"?([A-Za-z_]\w*)=(.*?)"?$/.exec(pair);
      if (m?.[1]) inv.settings.push({ key: m[1], value: m[2] ?? "", source: "systemd", file, line: i + 1 });
    }
  });
}
function addDockerfile(inv, file, content) {
  lines(content).forEach((text, i) => {
    const m = /^\s*ENV\s+(.+)$/i.exec(text);
    if (!m?.[1]) return;
    const legacy = /^([A-Za-z_]\w*)\s+([^=]+)$/.exec(m[1]);
    if (legacy?.[1]) {
      inv.settings.push({
        key: legacy[1],
        value: unquote(legacy[2] ?? ""),
        source: "dockerfile",
        file,
        line: i + 1
      });
      return;
    }
    for (const pair of m[1].match(/[A-Za-z_]\w*=("[^"]*"|\S*)/g) ?? []) {
      const [key = "", ...rest] = pair.split("=");
      inv.settings.push({ key, value: unquote(rest.join("=")), source: "dockerfile", file, line: i + 1 });
    }
  });
}

// src/inventory/types.ts
function emptyInventory() {
  return { files: [], services: [], settings: [], published: [], fileRefs: [], probes: [] };
}

// src/inventory/build.ts
var COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
var ENV_FILE = /(^|\/)(\.env(\.[\w-]+)?|[\w.-]+\.env)$/;
var ENV_TEMPLATE = /(^|\/)\.env\.(example|sample|template|dist)$|[.-](example|sample|template)\.env$/;
var SYSTEMD = /\.(service|socket|timer)$/;
var DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
var YAML = /\.ya?ml$/;
function isDeployFile(path) {
  return COMPOSE.test(path) || ENV_FILE.test(path) && !ENV_TEMPLATE.test(path) || SYSTEMD.test(path) || DOCKERFILE.test(path) || isAppConfig(path) || YAML.test(path) && !/(^|\/)\.github\//.test(path);
}
function buildInventory(files) {
  const inv = emptyInventory();
  for (const { path, content } of files) {
    inv.files.push(path);
    if (COMPOSE.test(path)) addCompose(inv, path, content);
    else if (ENV_FILE.test(path)) addEnvFile(inv, path, content);
    else if (SYSTEMD.test(path)) addSystemdUnit(inv, path, content);
    else if (DOCKERFILE.test(path)) addDockerfile(inv, path, content);
    else if (YAML.test(path)) addKubernetes(inv, path, content);
    else if (isAppConfig(path)) addAppConfig(inv, path, content);
  }
  return inv;
}
function deployFilesToRead(repoFiles, max) {
  const rank = (f) => COMPOSE.test(f) ? 0 : ENV_FILE.test(f) || SYSTEMD.test(f) ? 1 : DOCKERFILE.test(f) ? 3 : 2;
  return repoFiles.filter(isDeployFile).sort((a, b) => rank(a) - rank(b)).slice(0, max);
}

// src/inventory/cluster-facts.ts
var STORAGE_CLASS_ROW = /^\s*([a-z0-9][\w.-]*)( \(default\))?\s+[\w./-]+\s+(?:Delete|Retain)\s+(?:Immediate|WaitForFirstConsumer)\b/;
var NODE_HEADER = /^\s*NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\b/;
var NODE_ROW = /^\s*([a-z0-9][\w.-]*)\s+(?:Ready|NotReady|Unknown)(?:,\S+)?\s+\S+\s+\d+[smhdy]\S*\s+v\d\S*/;
var DESCRIBE_NAME = /^Name:\s+([a-z0-9][\w.-]*)\s*$/;
var DESCRIBE_LABEL = /^(?:Labels:)?\s+([\w./-]+)=([\w.-]*)\s*$/;
var FACTS_SEARCH = [
  STORAGE_CLASS_ROW,
  NODE_HEADER,
  NODE_ROW,
  DESCRIBE_NAME,
  /^Labels:\s+[\w./-]+=/,
  /^\s{8,}[\w./-]+=[\w.-]*\s*$/
].map((re) => `(?:${re.source})`).join("|");
var FACTS_RE = new RegExp(FACTS_SEARCH);
function isFactLine(text) {
  return FACTS_RE.test(text);
}
function byFile(lines3) {
  const files = /* @__PURE__ */ new Map();
  for (const l of lines3) files.set(l.file, [...files.get(l.file) ?? [], l]);
  return [...files.values()].map((ls) => [...ls].sort((a, b) => a.line - b.line));
}
function labelList(text) {
  return text.split(",").flatMap((pair) => {
    const m = /^([\w./-]+)=([\w.-]*)$/.exec(pair.trim());
    return m?.[1] !== void 0 && m[2] !== void 0 ? [[m[1], m[2]]] : [];
  });
}
function tableRow(header, row) {
  const name = NODE_ROW.exec(row.text)?.[1];
  if (!name) return void 0;
  const cells = row.text.trim().split(/\s+/);
  const labels = /* @__PURE__ */ new Map();
  header.forEach((col, i) => {
    const cell = cells[i];
    if (i < 5 || cell === void 0) return;
    if (col === "LABELS") for (const [k, v] of labelList(cell)) labels.set(k, v);
    else labels.set(`-L ${col}`, cell === "<none>" ? "" : cell);
  });
  return { name, labels, at: row };
}
function nodesIn(lines3) {
  const nodes = [];
  for (const file of byFile(lines3)) {
    let header;
    let described;
    let labelAt = 0;
    for (const l of file) {
      if (NODE_HEADER.test(l.text)) {
        header = l.text.trim().split(/\s+/);
        continue;
      }
      const row = header && NODE_ROW.test(l.text) ? tableRow(header, l) : void 0;
      if (row) {
        nodes.push(row);
        continue;
      }
      const name = DESCRIBE_NAME.exec(l.text)?.[1];
      if (name) {
        described = { name, labels: /* @__PURE__ */ new Map(), at: l };
        nodes.push(described);
        labelAt = 0;
        continue;
      }
      const label = DESCRIBE_LABEL.exec(l.text);
      const opens = l.text.startsWith("Labels:");
      if (!described || !label?.[1] || label[2] === void 0 || !opens && l.line !== labelAt + 1) continue;
      described.labels.set(label[1], label[2]);
      labelAt = l.line;
    }
  }
  return nodes;
}
function labelOf(node, key) {
  const direct = node.labels.get(key);
  if (direct !== void 0) return direct;
  const column = (key.split("/").at(-1) ?? key).toUpperCase();
  return node.labels.get(`-L ${column}`);
}

// src/inventory/resolve-build-files.ts
function patchedLine(resolution, patched) {
  const change = resolution.change;
  return patched.find((f) => f.path === change?.file)?.content.split("\n")[(change?.line ?? 0) - 1] ?? "";
}
var DOCKERFILE2 = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
function finalStage(file) {
  const lines3 = file.content.split("\n").map((text, i) => ({ file: file.path, line: i + 1, text }));
  let from = lines3.length - 1;
  while (from >= 0 && !/^\s*FROM\s/i.test(lines3[from]?.text ?? "")) from -= 1;
  return from < 0 ? [] : lines3.slice(from);
}
function fromImage(text) {
  return text.replace(/^\s*FROM\s+/i, "").replace(/--platform=\S+\s+/i, "").split(/\s+/)[0] ?? "";
}
function normalise(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}
function imagePath(dockerfile, repoFile) {
  const dir = dockerfile.path.includes("/") ? dockerfile.path.replace(/\/[^/]*$/, "") : "";
  const rel = dir && repoFile.startsWith(`${dir}/`) ? repoFile.slice(dir.length + 1) : dir ? void 0 : repoFile;
  if (rel === void 0) return void 0;
  let workdir = "/";
  let found;
  for (const l of finalStage(dockerfile)) {
    const wd = /^\s*WORKDIR\s+(\S+)/i.exec(l.text);
    if (wd?.[1]) workdir = normalise(wd[1].startsWith("/") ? wd[1] : `${workdir}/${wd[1]}`);
    const copy = /^\s*(?:COPY|ADD)\s+(.*)$/i.exec(l.text);
    if (!copy?.[1] || /--from=/i.test(copy[1])) continue;
    const args = copy[1].split(/\s+/).filter((a) => a && !a.startsWith("--"));
    const dest = args.pop();
    if (!dest || args.length === 0) continue;
    const destAbs = normalise(dest.startsWith("/") ? dest : `${workdir}/${dest}`);
    for (const src of args.map((a) => normalise(a).slice(1))) {
      const base = repoFile.split("/").pop() ?? "";
      if (src === rel)
        found = { path: dest.endsWith("/") || args.length > 1 ? `${destAbs}/${base}` : destAbs, copy: l };
      else if (src === "" || rel.startsWith(`${src}/`))
        found = { path: normalise(`${destAbs}/${src === "" ? rel : rel.slice(src.length + 1)}`), copy: l };
    }
  }
  return found;
}

// src/inventory/resolve-exec-arch.ts
var EXEC_FORMAT = /exec (?:user process caused: )?(?:"?[^\s":]*"?: )?exec format error|exec format error/;
var NODE_ARCH = /kubernetes\.io\/arch[=:]\s*"?(amd64|arm64|arm|ppc64le|s390x)|Architecture:\s+(amd64|arm64|arm|ppc64le|s390x)/;
function execFormatLookup(evidence) {
  if (!EXEC_FORMAT.test(evidence)) return void 0;
  const arch = NODE_ARCH.exec(evidence);
  const nodeArch = arch?.[1] ?? arch?.[2];
  return { kind: "exec-format", ...nodeArch ? { nodeArch } : {} };
}
var PLATFORM_PIN = /--platform=linux\/(\w+)(?:\/\w+)?\s+/;
var GOARCH_PIN = /\bGOARCH=["']?(\w+)["']?\s*/;
function pinsOf(file) {
  return file.content.split("\n").flatMap((text, i) => {
    const m = PLATFORM_PIN.exec(text) ?? GOARCH_PIN.exec(text);
    return m?.[1] && !/^\s*#/.test(text) ? [{ file: file.path, line: i + 1, text, arch: m[1] }] : [];
  });
}
function unpinned(text) {
  const out = text.replace(PLATFORM_PIN, "").replace(GOARCH_PIN, "");
  return /^\s*(ENV|ARG)\s*$/i.test(out) ? void 0 : out.replace(/\s+$/, "");
}
function nodeArchOf(lookup, facts) {
  if (lookup.nodeArch) return lookup.nodeArch;
  const arches = new Set(nodesIn(facts).flatMap((n) => labelOf(n, "kubernetes.io/arch") || []));
  return arches.size === 1 ? [...arches][0] : void 0;
}
function resolveExecArch(lookup, files, facts = []) {
  const nodeArch = nodeArchOf(lookup, facts);
  const pinned = files.filter((f) => DOCKERFILE2.test(f.path)).map((f) => ({ file: f, pins: pinsOf(f) }));
  const withPins = pinned.filter((p) => p.pins.length > 0);
  const one = withPins[0];
  const first2 = one?.pins[0];
  if (!one || !first2) return void 0;
  const arches = [...new Set(withPins.flatMap((p) => p.pins.map((x) => x.arch)))];
  if (nodeArch && arches.every((a) => a === nodeArch)) return void 0;
  const last = one.pins.at(-1) ?? first2;
  const base = {
    kind: "image-arch-unpinned",
    subject: arches.join(", "),
    cause: first2,
    truth: one.pins.slice(1).map(({ file, line }) => ({ file, line })),
    candidates: nodeArch ? [nodeArch] : []
  };
  if (withPins.length > 1 || arches.length > 1)
    return {
      ...base,
      reason: `several Dockerfiles or architectures are pinned (${arches.join(", ")}); which image runs is a person's call`
    };
  if (/\$\{?BUILDPLATFORM\b/.test(one.file.content))
    return {
      ...base,
      reason: `${one.file.path} cross-compiles ($BUILDPLATFORM): GOARCH must follow TARGETARCH there`
    };
  const lines3 = one.file.content.split("\n").slice(first2.line - 1, last.line);
  const pinnedLines = new Set(one.pins.map((p) => p.line));
  const after = lines3.flatMap(
    (text, i) => pinnedLines.has(first2.line + i) ? unpinned(text) ?? [] : [text]
  );
  const nodes = nodeArch ? `the nodes are ${nodeArch}` : "the nodes cannot execute it";
  return {
    ...base,
    reason: `${one.file.path} builds for linux/${arches[0]} while ${nodes}; unpinned, it builds for the platform the build targets`,
    change: {
      ...first2,
      before: lines3.join("\n"),
      after: after.join("\n"),
      span: lines3.length,
      summary: `unpin linux/${arches[0]} in ${one.file.path}`
    }
  };
}
function execArchHolds(resolution, patched) {
  const file = patched.find((f) => f.path === resolution.change?.file);
  if (!file) return { ok: false, detail: "the Dockerfile was not handed on" };
  const foreign = pinsOf(file).filter((p) => !resolution.candidates.includes(p.arch));
  return foreign.length === 0 ? { ok: true, detail: `${file.path} no longer pins a foreign architecture` } : { ok: false, detail: `${file.path}:${foreign[0]?.line} still pins linux/${foreign[0]?.arch}` };
}

// src/inventory/resolution.ts
function lineAt(content, line) {
  return content.split("\n")[line - 1];
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}
function nearName(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const [short2, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short2.length >= 3) {
    const words = long.split(/[-_.]/);
    const sw = short2.split(/[-_.]/);
    for (let i = 0; i + sw.length <= words.length; i += 1) {
      if (sw.every((w, k) => words[i + k] === w)) return true;
    }
  }
  return short2.length >= 5 && levenshtein(x, y) <= 2;
}

// src/inventory/resolve-go-flag.ts
var UNDEFINED_FLAG = [
  /flag provided but not defined: -{1,2}([\w.-]+)/,
  /unknown (?:shorthand )?flag:? '?-{1,2}([\w.-]+)/,
  /unknown long flag '--([\w.-]+)'/
];
function flagLookup(evidence) {
  for (const re of UNDEFINED_FLAG) {
    const m = re.exec(evidence);
    if (m?.[1]) return { kind: "undefined-flag", flag: m[1] };
  }
  return void 0;
}
var DEFINITION = /\.(?:(?:String|Int|Int64|Uint|Uint64|Bool|Duration|Float64|Text|Func|BoolFunc|StringSlice|StringArray|IntSlice)(?:Var)?P?|Var(?:P)?|Flag)\(\s*(?:&?[\w.[\]]+\s*,\s*)?"([\w.-]+)"/g;
function flagDefinitions(files) {
  return files.filter((f) => f.path.endsWith(".go")).flatMap(
    (f) => f.content.split("\n").flatMap(
      (text, i) => [...text.matchAll(DEFINITION)].flatMap(
        (m) => m[1] && !/^\s*\/\//.test(text) ? [{ name: m[1], file: f.path, line: i + 1, text }] : []
      )
    )
  );
}
var literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function passes(flag) {
  return new RegExp(`(^|[\\s"'\\[,])(-{1,2})${literal(flag)}(?=[=\\s"',\\]]|$)`);
}
function resolveUndefinedFlag(lookup, files, deploy) {
  const defs = flagDefinitions(files);
  if (defs.length === 0 || defs.some((d) => d.name === lookup.flag)) return void 0;
  const re = passes(lookup.flag);
  const uses = files.filter((f) => deploy.has(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
  const use = uses[0];
  if (!use) return void 0;
  const near = [
    ...new Map(defs.filter((d) => nearName(d.name, lookup.flag)).map((d) => [d.name, d])).values()
  ];
  const base = {
    kind: "flag-defined",
    subject: `-${lookup.flag}`,
    cause: use,
    truth: [...near, ...uses.slice(1)].map(({ file, line }) => ({ file, line })),
    candidates: near.map((d) => d.name)
  };
  const def = near[0];
  if (uses.length > 1)
    return {
      ...base,
      reason: `${uses.length} deploy lines pass -${lookup.flag}; one change would not cover them`
    };
  if (near.length !== 1 || !def)
    return {
      ...base,
      reason: near.length === 0 ? `no flag the code defines is a near name of -${lookup.flag}; read the release notes for its replacement` : `${near.map((d) => d.name).join(", ")} are all near -${lookup.flag}; which one is meant is a person's call`
    };
  const after = use.text.replace(re, (_m, lead, dashes) => `${lead}${dashes}${def.name}`);
  return {
    ...base,
    reason: `the binary no longer defines -${lookup.flag}; ${def.file}:${def.line} defines -${def.name}, its only near name`,
    change: { ...use, before: use.text, after, summary: `-${lookup.flag} → -${def.name}` }
  };
}
function flagHolds(resolution, patched) {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const defined = new Set(flagDefinitions(patched).map((d) => d.name));
  const passed = [...text.matchAll(/(?:^|[\s"'[,])-{1,2}([A-Za-z][\w.-]*)/g)].map((m) => m[1] ?? "");
  const unknown = passed.filter((p) => !defined.has(p));
  return passed.length > 0 && unknown.length === 0 ? {
    ok: true,
    detail: `${change?.file}:${change?.line} passes only flags the code defines (${passed.join(", ")})`
  } : {
    ok: false,
    detail: `${change?.file}:${change?.line} still passes ${unknown.join(", ") || "no flag"}`
  };
}

// src/inventory/resolve-healthcheck-tool.ts
var TOOL_MISSING = [
  /exec: \\?"(curl|wget)\\?": executable file not found in \$PATH/,
  /(?:^|[\s"])(?:\/bin\/)?(?:sh|bash): (?:\d+: |line \d+: )?(curl|wget): (?:not found|command not found)/
];
function healthToolLookup(evidence) {
  for (const re of TOOL_MISSING) {
    const m = re.exec(evidence);
    if (m?.[1] === "curl" || m?.[1] === "wget") return { kind: "healthcheck-tool-missing", tool: m[1] };
  }
  return void 0;
}
var COMPOSE2 = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
var BUSYBOX = /(^|[/:-])(alpine|busybox)\b/;
var APT = /(^|[/:-])(debian|ubuntu|bookworm|bullseye|trixie|buster|jammy|noble|focal|slim)\b/;
var NO_SHELL = /distroless|^scratch$|chainguard/;
var APT_CURL = "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*";
function serviceOf(compose, line) {
  const lines3 = compose.content.split("\n");
  let start = line - 1;
  while (start > 0 && !/^ {2}[\w.-]+:\s*$/.test(lines3[start] ?? "")) start -= 1;
  let end = start + 1;
  while (end < lines3.length && !/^ {0,2}[\w.-]+:/.test(lines3[end] ?? "")) end += 1;
  const block = lines3.slice(start + 1, end).join("\n");
  const build = /^ {4}build:\s*["']?([^\s"'#]+)/m.exec(block)?.[1] ?? /^ {6}context:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  const dockerfile = /^ {6}dockerfile:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  const image = /^ {4}image:\s*["']?([^\s"'#]+)/m.exec(block)?.[1];
  return { ...build ? { build } : {}, ...dockerfile ? { dockerfile } : {}, ...image ? { image } : {} };
}
function joinPath(dir, file) {
  const parts = `${dir}/${file}`.split("/").filter((p) => p && p !== ".");
  return parts.join("/");
}
function toWget(text) {
  const exec = /"curl"(?:\s*,\s*"-[^"]*")*\s*,\s*"(https?:\/\/[^"]+)"/;
  if (exec.test(text)) return text.replace(exec, (_m, url) => `"wget", "-q", "--spider", "${url}"`);
  const shell = /\bcurl(?:\s+-\S+)*\s+(['"]?)(https?:\/\/[^\s'"]+)\1/;
  return shell.test(text) ? text.replace(shell, (_m, q, url) => `wget -q --spider ${q}${url}${q}`) : void 0;
}
function resolveHealthTool(lookup, files) {
  if (lookup.tool !== "curl") return void 0;
  const tests = files.filter((f) => COMPOSE2.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap(
      (text, i) => /^\s*test:.*\bcurl\b/.test(text) ? [{ file: f.path, line: i + 1, text, compose: f }] : []
    )
  );
  const test = tests[0];
  if (!test) return void 0;
  const service = serviceOf(test.compose, test.line);
  const dir = test.compose.path.includes("/") ? test.compose.path.replace(/\/[^/]*$/, "") : "";
  const dockerfilePath = service.build ? joinPath(joinPath(dir, service.build), service.dockerfile ?? "Dockerfile") : void 0;
  const dockerfile = files.find((f) => f.path === dockerfilePath && DOCKERFILE2.test(f.path));
  const from = dockerfile ? finalStage(dockerfile)[0] : void 0;
  const image = from ? fromImage(from.text) : service.image ?? "";
  const base = {
    kind: "healthcheck-tool-present",
    subject: lookup.tool,
    cause: { file: test.file, line: test.line, text: test.text },
    truth: from ? [{ file: from.file, line: from.line }] : [],
    candidates: []
  };
  if (tests.length > 1)
    return { ...base, reason: `${tests.length} health checks run curl; one change would not cover them` };
  const wget = toWget(test.text);
  if (BUSYBOX.test(image) && wget)
    return {
      ...base,
      candidates: ["wget"],
      reason: `${image} is BusyBox-based: it has wget, not curl`,
      change: {
        ...base.cause,
        before: test.text,
        after: wget,
        summary: "health check curl → wget (BusyBox)"
      }
    };
  if (from && APT.test(image) && !NO_SHELL.test(image))
    return {
      ...base,
      cause: from,
      truth: [{ file: test.file, line: test.line }],
      candidates: ["apt-get install curl"],
      reason: `${image} is Debian-based and ships no curl; its package manager installs it before any USER switch`,
      change: {
        ...from,
        before: from.text,
        after: `${from.text}
${APT_CURL}`,
        summary: `install curl in ${image}`
      }
    };
  return {
    ...base,
    reason: NO_SHELL.test(image) ? `${image} has no shell or package manager: give the health check a binary the image ships` : `what ${image || "the service's image"} provides is not known from the repository`
  };
}
function healthToolHolds(resolution, patched) {
  const change = resolution.change;
  const file = patched.find((f) => f.path === change?.file);
  if (!change || !file) return { ok: false, detail: "the changed file was not handed on" };
  const disabled = /disable:\s*true/.test(file.content);
  if (DOCKERFILE2.test(file.path)) {
    const installs = finalStage(file).some((l) => /apt-get install[^\n]*\bcurl\b/.test(l.text));
    return installs && !disabled ? { ok: true, detail: `${file.path}'s final stage installs curl for the health check` } : { ok: false, detail: `${file.path}'s final stage still has no curl` };
  }
  const text = file.content.split("\n")[change.line - 1] ?? "";
  return /\bwget\b/.test(text) && !/\bcurl\b/.test(text) && !disabled ? { ok: true, detail: `the health check now runs wget, which the BusyBox image has` } : { ok: false, detail: `the health check still runs curl` };
}

// src/inventory/resolve-image-tag.ts
var NOT_FOUND = [
  /failed to resolve reference "([^"@\s]+)": [^\n]*?not found/,
  /manifest for ([^\s@]+) not found: manifest unknown/,
  /Failed to pull image "([^"@\s]+)": [^\n]*?(?:not found|manifest unknown)/
];
function imageTagLookup(evidence) {
  for (const re of NOT_FOUND) {
    const ref = re.exec(evidence)?.[1];
    const at2 = ref?.lastIndexOf(":") ?? -1;
    if (!ref || at2 < 0 || ref.slice(at2).includes("/")) continue;
    return { kind: "image-tag-missing", repository: ref.slice(0, at2), tag: ref.slice(at2 + 1) };
  }
  return void 0;
}
var RELEASE_FILE = /(^|\/)(VERSION|version\.txt|package\.json|Chart\.yaml|CHANGELOG\.md|\.gitlab-ci\.ya?ml)$|(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var literal2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var VERSION = /^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;
function lines2(f) {
  return f.content.split("\n").map((text, i) => ({ file: f.path, line: i + 1, text }));
}
function tagSettings(lookup, files) {
  const tag = literal2(lookup.tag);
  const image = new RegExp(`^\\s*-?\\s*image:\\s*["']?${literal2(lookup.repository)}:${tag}["']?\\s*$`);
  const newTag = new RegExp(`^\\s*(?:newTag|tag):\\s*["']?${tag}["']?\\s*$`);
  return files.filter((f) => /\.ya?ml$/.test(f.path) && !RELEASE_FILE.test(f.path)).flatMap((f) => lines2(f).filter((l) => image.test(l.text) || newTag.test(l.text)));
}
function versions(files) {
  return files.flatMap((f) => {
    const name = f.path.split("/").pop() ?? "";
    const found = lines2(f).flatMap((l) => {
      const m = name === "VERSION" || name === "version.txt" ? /^\s*(v?\d+\.\d+\.\d+[\w.+-]*)\s*$/.exec(l.text) : name === "package.json" ? /^\s*"version":\s*"([^"]+)"/.exec(l.text) : name === "Chart.yaml" ? /^appVersion:\s*["']?([^"'\s]+)/.exec(l.text) : name === "CHANGELOG.md" ? /^##\s*\[?(v?\d+\.\d+\.\d+[\w.+-]*)\]?\s*(?:-|\(|$)/.exec(l.text) : null;
      return m?.[1] && VERSION.test(m[1]) ? [{ ...l, version: m[1] }] : [];
    });
    return name === "CHANGELOG.md" ? found.slice(0, 1) : found;
  });
}
function tagTemplates(lookup, files) {
  const re = new RegExp(`${literal2(lookup.repository)}:([\\w.-]*)\\$\\{\\{?[^}]+\\}\\}?([\\w.-]*)`);
  return files.filter((f) => /(^|\/)\.github\/workflows\/|\.gitlab-ci\.ya?ml$/.test(f.path)).flatMap(
    (f) => lines2(f).flatMap((l) => {
      const m = re.exec(l.text);
      return m ? [{ ...l, prefix: m[1] ?? "", suffix: m[2] ?? "" }] : [];
    })
  );
}
function sameReleaseElsewhere(lookup, files, cause) {
  const bare = lookup.tag.replace(/^v/, "");
  return files.filter((f) => /\.ya?ml$/.test(f.path) && !RELEASE_FILE.test(f.path)).flatMap((f) => {
    let entry = "";
    return lines2(f).flatMap((l) => {
      const name = /^\s*-?\s*(?:name|newName):\s*["']?([^\s"']+)/.exec(l.text)?.[1];
      if (name && /^\s*-\s/.test(l.text)) entry = name;
      else if (name && /newName/.test(l.text)) entry = name;
      const tag = (entry === lookup.repository ? /^\s*newTag:\s*["']?([^\s"']+)/.exec(l.text)?.[1] : void 0) ?? new RegExp(`^\\s*-?\\s*image:\\s*["']?${literal2(lookup.repository)}:([^\\s"']+)`).exec(l.text)?.[1];
      const same = tag && tag !== lookup.tag && tag.replace(/^v/, "") === bare;
      return same && !(l.file === cause.file && l.line === cause.line) ? [{ tag, at: [l] }] : [];
    });
  });
}
function resolveImageTag(lookup, files) {
  const settings = tagSettings(lookup, files);
  const setting = settings[0];
  if (!setting) return void 0;
  const stated = versions(files);
  const templates = tagTemplates(lookup, files);
  const fromCi = templates.flatMap(
    (t) => stated.filter((v) => !v.file.endsWith("CHANGELOG.md")).map((v) => ({
      tag: `${t.prefix}${v.version.replace(t.prefix ? /^v/ : /$^/, "")}${t.suffix}`,
      at: [t, v]
    }))
  );
  const fromChangelog = stated.filter((v) => v.file.endsWith("CHANGELOG.md")).map((v) => ({
    tag: templates[0] ? `${templates[0].prefix}${v.version.replace(/^v/, "")}${templates[0].suffix}` : v.version,
    at: [v]
  }));
  const elsewhere = sameReleaseElsewhere(lookup, files, setting);
  const options = [...fromCi, ...fromChangelog, ...elsewhere].filter((o) => o.tag !== lookup.tag);
  const tags = [...new Set(options.map((o) => o.tag))];
  const base = {
    kind: "image-tag-released",
    subject: `${lookup.repository}:${lookup.tag}`,
    cause: setting,
    truth: options.flatMap((o) => o.at).map(({ file, line }) => ({ file, line })),
    candidates: tags
  };
  const tag = tags[0];
  if (settings.length > 1)
    return {
      ...base,
      reason: `${settings.length} files set tag ${lookup.tag}; one change would not cover them`
    };
  if (tags.length !== 1 || !tag)
    return {
      ...base,
      reason: tags.length === 0 ? "the repository does not say which tag was released; pick one the registry lists" : `the repository points at ${tags.join(", ")}; which one was released is a person's call`
    };
  return {
    ...base,
    reason: `the registry has no ${lookup.tag}; the release ${options[0]?.at.map((l) => `${l.file}:${l.line}`).join(" + ")} pushes ${tag}`,
    change: {
      ...setting,
      before: setting.text,
      after: setting.text.replace(new RegExp(`([:\\s"'])${literal2(lookup.tag)}(["']?\\s*)$`), `$1${tag}$2`),
      summary: `image tag ${lookup.tag} → ${tag}`
    }
  };
}
function imageTagHolds(resolution, patched) {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const missing = resolution.subject.slice(resolution.subject.lastIndexOf(":") + 1);
  const set = resolution.candidates.find((t) => new RegExp(`[:\\s"']${literal2(t)}["']?\\s*$`).test(text));
  return set && !new RegExp(`[:\\s"']${literal2(missing)}["']?\\s*$`).test(text) ? { ok: true, detail: `${change?.file}:${change?.line} now sets ${set}, the tag the release pushes` } : {
    ok: false,
    detail: `${change?.file}:${change?.line} still sets a tag the repository does not show released`
  };
}

// src/inventory/resolve-script-path.ts
var MISSING_SCRIPT = [
  /can't open file '(\/[^']+)': \[Errno 2\] No such file or directory/,
  /Error: Cannot find module '(\/[^']+)'/,
  /(?:^|\s)(?:sh|bash): (?:\d+: )?(?:can't open |cannot open )?'?(\/[\w./-]+\.(?:sh|py|rb|js|pl))'?: (?:No such file|not found)/
];
function scriptLookup(evidence) {
  for (const re of MISSING_SCRIPT) {
    const m = re.exec(evidence);
    if (m?.[1]) return { kind: "script-not-in-image", path: m[1] };
  }
  return void 0;
}
var literal3 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var mentions = (path) => new RegExp(`(^|[\\s"'=\\[,])${literal3(path)}(?=[\\s"',\\]]|$)`);
function resolveScriptPath(lookup, files, deploy, repoFiles) {
  const re = mentions(lookup.path);
  const refs = files.filter((f) => deploy.has(f.path) && !DOCKERFILE2.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
  const ref = refs[0];
  if (!ref) return void 0;
  const name = lookup.path.split("/").pop() ?? "";
  const namesake = repoFiles.filter((f) => f.split("/").pop() === name);
  const dockerfiles = files.filter((f) => DOCKERFILE2.test(f.path));
  const landed = namesake.flatMap(
    (f) => dockerfiles.flatMap((d) => {
      const at2 = imagePath(d, f);
      return at2 && at2.path !== lookup.path ? [{ ...at2, source: f }] : [];
    })
  );
  const places = [...new Set(landed.map((l) => l.path))];
  const base = {
    kind: "script-path-in-image",
    subject: lookup.path,
    cause: ref,
    truth: landed.flatMap((l) => [l.copy]).map(({ file, line }) => ({ file, line })),
    candidates: places
  };
  const to = places[0];
  if (refs.length > 1)
    return {
      ...base,
      reason: `${refs.length} deploy lines name ${lookup.path}; one change would not cover them`
    };
  if (places.length !== 1 || !to)
    return {
      ...base,
      reason: places.length === 0 ? namesake.length === 0 ? `the repository holds no ${name}` : `no Dockerfile copies ${namesake.join(", ")} into the image: the image must change (a person's call)` : `${name} lands at ${places.join(", ")}; which one is meant is a person's call`
    };
  const copy = landed[0]?.copy;
  return {
    ...base,
    reason: `the image holds ${landed[0]?.source} at ${to} (${copy?.file}:${copy?.line}), not at ${lookup.path}`,
    change: {
      ...ref,
      before: ref.text,
      after: ref.text.replace(lookup.path, to),
      summary: `${lookup.path} → ${to}`
    }
  };
}
function scriptPathHolds(resolution, patched, repoFiles) {
  const change = resolution.change;
  const text = patchedLine(resolution, patched);
  const landed = repoFiles.flatMap(
    (f) => patched.filter((d) => DOCKERFILE2.test(d.path)).flatMap((d) => imagePath(d, f)?.path ?? [])
  );
  const hit = landed.find((p) => mentions(p).test(text));
  return hit ? { ok: true, detail: `${change?.file}:${change?.line} now names ${hit}, where the image holds the file` } : { ok: false, detail: `${change?.file}:${change?.line} still names a path the image does not hold` };
}

// src/inventory/resolve-yaml-indent.ts
var import_yaml2 = __toESM(require_dist(), 1);
var STRUCTURE = /mapping values are not allowed (?:here|in this context)|did not find expected (?:key|'-' indicator)|could not find expected ':'|expected <block end>, but found|while parsing a block mapping/;
var GO_LINE = /yaml: line (\d+): (?:mapping values are not allowed|did not find expected|could not find expected)/;
var MARK = /in ["']([^"']+\.ya?ml)["'], line (\d+), column \d+/g;
function yamlLookup(evidence) {
  if (!STRUCTURE.test(evidence)) return void 0;
  const go = GO_LINE.exec(evidence);
  if (go?.[1]) return { kind: "yaml-unparsable", line: Number(go[1]) };
  const marks = [...evidence.matchAll(MARK)];
  const problem = marks.at(-1);
  return problem?.[1] && problem[2] ? { kind: "yaml-unparsable", line: Number(problem[2]), file: problem[1] } : void 0;
}
function parses(content) {
  try {
    return (0, import_yaml2.parseAllDocuments)(content, { uniqueKeys: true }).every?.((d) => d.errors.length === 0) ?? false;
  } catch {
    return false;
  }
}
var indentOf = (text) => /^ */.exec(text)?.[0].length ?? 0;
var significant = (text) => text.trim() !== "" && !/^\s*#/.test(text);
var SCALAR_ENTRY = /^\s*(?:- )?[\w.-]+:\s+\S/;
function namedFile(files, path) {
  const yaml = files.filter((f) => /\.ya?ml$/.test(f.path));
  if (!path) return yaml.filter((f) => !parses(f.content));
  const parts = path.split("/");
  for (let n = parts.length - 1; n >= 1; n -= 1) {
    const tail = parts.slice(-n).join("/");
    const hits = yaml.filter((f) => f.path === tail || f.path.endsWith(`/${tail}`));
    if (hits.length > 0) return hits;
  }
  return [];
}
function resolveYamlIndent(lookup, files) {
  const named2 = namedFile(files, lookup.file);
  const file = named2[0];
  if (named2.length !== 1 || !file || parses(file.content)) return void 0;
  const lines3 = file.content.split("\n");
  const cause = { file: file.path, line: lookup.line, text: lines3[lookup.line - 1] ?? "" };
  const fixes = [];
  for (let n = Math.max(2, lookup.line - 2); n <= Math.min(lines3.length, lookup.line + 1); n += 1) {
    const text = lines3[n - 1] ?? "";
    if (!significant(text)) continue;
    let p = n - 2;
    while (p >= 0 && !significant(lines3[p] ?? "")) p -= 1;
    const above = lines3[p] ?? "";
    if (p < 0 || !SCALAR_ENTRY.test(above) || indentOf(above) === indentOf(text)) continue;
    const after = `${" ".repeat(indentOf(above))}${text.trimStart()}`;
    const trial = [...lines3];
    trial[n - 1] = after;
    if (parses(trial.join("\n"))) fixes.push({ line: n, text, after });
  }
  const base = {
    kind: "yaml-parses",
    subject: file.path,
    cause,
    truth: fixes.map((f) => ({ file: file.path, line: f.line })),
    candidates: fixes.map((f) => `line ${f.line} at column ${indentOf(f.after) + 1}`)
  };
  const fix = fixes[0];
  if (fixes.length !== 1 || !fix)
    return {
      ...base,
      reason: fixes.length === 0 ? "no single re-indentation near that line makes the file parse" : `${fixes.length} re-indentations make it parse; which level is meant is a person's call`
    };
  return {
    ...base,
    cause: { file: file.path, line: fix.line, text: fix.text },
    truth: [],
    reason: `line ${fix.line} is indented ${indentOf(fix.text)}, its sibling above ${indentOf(fix.after)}; re-indented, the file parses`,
    change: {
      file: file.path,
      line: fix.line,
      before: fix.text,
      after: fix.after,
      summary: `re-indent ${file.path}:${fix.line} to its sibling level`
    }
  };
}
function yamlHolds(resolution, patched) {
  const file = patched.find((f) => f.path === resolution.change?.file);
  return file && parses(file.content) ? { ok: true, detail: `${file.path} now parses as YAML` } : { ok: false, detail: `${resolution.subject} still does not parse` };
}

// src/inventory/resolve-build.ts
function buildLookup(evidence) {
  return flagLookup(evidence) ?? scriptLookup(evidence) ?? healthToolLookup(evidence) ?? execFormatLookup(evidence) ?? yamlLookup(evidence) ?? imageTagLookup(evidence);
}
function resolveBuild(lookup, files, deploy, repoFiles, facts = []) {
  switch (lookup.kind) {
    case "undefined-flag":
      return resolveUndefinedFlag(lookup, files, deploy);
    case "script-not-in-image":
      return resolveScriptPath(lookup, files, deploy, repoFiles);
    case "healthcheck-tool-missing":
      return resolveHealthTool(lookup, files);
    case "exec-format":
      return resolveExecArch(lookup, files, facts);
    case "yaml-unparsable":
      return resolveYamlIndent(lookup, files);
    case "image-tag-missing":
      return resolveImageTag(lookup, files);
  }
}
function buildReads(lookup, repoFiles) {
  if (lookup.kind === "undefined-flag") {
    const go = repoFiles.filter(
      (f) => f.endsWith(".go") && !f.endsWith("_test.go") && !f.startsWith("vendor/")
    );
    const rank = (f) => /(^|\/)(main|flags?|config|options)\.go$/.test(f) ? 0 : /^cmd\//.test(f) ? 1 : 2;
    return [...go].sort((a, b) => rank(a) - rank(b)).slice(0, 12);
  }
  if (lookup.kind === "yaml-unparsable" && lookup.file) {
    const base = lookup.file.split("/").pop() ?? "";
    return repoFiles.filter((f) => f.split("/").pop() === base).slice(0, 4);
  }
  if (lookup.kind === "image-tag-missing") return repoFiles.filter((f) => RELEASE_FILE.test(f)).slice(0, 8);
  return [];
}
function buildHolds(resolution, patched, repoFiles) {
  switch (resolution.kind) {
    case "flag-defined":
      return flagHolds(resolution, patched);
    case "script-path-in-image":
      return scriptPathHolds(resolution, patched, repoFiles);
    case "healthcheck-tool-present":
      return healthToolHolds(resolution, patched);
    case "image-arch-unpinned":
      return execArchHolds(resolution, patched);
    case "yaml-parses":
      return yamlHolds(resolution, patched);
    case "image-tag-released":
      return imageTagHolds(resolution, patched);
  }
}
var BUILD_CAUSES = {
  "flag-defined": (s) => `the argument passing ${s}, compared with the flags the code defines`,
  "script-path-in-image": (s) => `the command naming ${s}, compared with where the Dockerfile puts the file`,
  "healthcheck-tool-present": (s) => `the health check running ${s}, compared with what the image provides`,
  "image-arch-unpinned": (s) => `the Dockerfile pinning linux/${s}, an architecture the nodes cannot execute`,
  "image-tag-released": (s) => `the tag of ${s}, compared with the tag the repository's release pushes`,
  "yaml-parses": (s) => `the line of ${s} indented off its level, which keeps the file from parsing`
};

// src/inventory/resolve-cleanup.ts
var NO_SPACE = /No space left on device|ENOSPC/;
var OPENED = /(?:open|fopen|mkdir|create|write)\w*\(["']?(\/[^\s,)"']+)/;
function cleanupLookup(evidence) {
  const line = evidence.split("\n").find((l) => NO_SPACE.test(l) && OPENED.test(l));
  const path = line ? OPENED.exec(line)?.[1] : void 0;
  return path ? { kind: "files-exhausted", path } : void 0;
}
var CLEANUP_RULES = [
  {
    what: "PHP's session garbage collection",
    /** php.ini, or any ini a Dockerfile copies into conf.d (the setting itself is what is matched). */
    files: /\.ini$/,
    disabled: /^(\s*session\.gc_probability\s*=\s*)0\s*$/,
    enabled: (text) => Number(/^\s*session\.gc_probability\s*=\s*(\d+)/.exec(text)?.[1] ?? 1) >= 1,
    setting: /^\s*session\.gc_probability\s*=/,
    /** PHP's own default: with session.gc_divisor, the share of requests that remove expired sessions. */
    value: "1",
    savePath: /^\s*session\.save_path\s*=\s*"?(?:\d+;)*([^";\s]+)"?/,
    creates: /\/sess_[\w-]+$/
  }
];
var DF_HEADER = /^Filesystem\s+(Inodes|Size|1K-blocks|1M-blocks)\b/;
var DF_ROW = /^\S+\s+\S+\s+\S+\s+\S+\s+(\d+)%\s+(\/\S*)\s*$/;
var DF_SEARCH = `(?:${DF_HEADER.source})|(?:${DF_ROW.source})`;
var isDfLine = (text) => DF_HEADER.test(text) || DF_ROW.test(text);
function mountsIn(lines3) {
  const out = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const l of lines3) files.set(l.file, [...files.get(l.file) ?? [], l]);
  for (const file of files.values()) {
    let table;
    for (const l of [...file].sort((a, b) => a.line - b.line)) {
      const head = DF_HEADER.exec(l.text);
      if (head?.[1]) {
        table = head[1] === "Inodes" ? "inodes" : "blocks";
        continue;
      }
      const row = DF_ROW.exec(l.text);
      if (!row?.[2] || !table) continue;
      const seen = out.get(row[2]) ?? { mount: row[2], at: l };
      out.set(row[2], { ...seen, [table]: Number(row[1]), ...table === "inodes" ? { at: l } : {} });
    }
  }
  return [...out.values()];
}
var mountOf = (mounts, path) => mounts.filter((m) => path === m.mount || path.startsWith(m.mount === "/" ? "/" : `${m.mount}/`)).sort((a, b) => b.mount.length - a.mount.length)[0];
function resolveCleanup(lookup, files, facts) {
  const mount = mountOf(mountsIn(facts), lookup.path);
  const found = CLEANUP_RULES.flatMap(
    (rule) => files.filter((f) => rule.files.test(f.path)).flatMap((f) => {
      const lines3 = f.content.split("\n");
      const dir = lines3.map((t) => rule.savePath.exec(t)?.[1]).find(Boolean);
      const writes = dir ? lookup.path.startsWith(`${dir.replace(/\/$/, "")}/`) : rule.creates.test(lookup.path);
      const i = lines3.findIndex((t) => rule.disabled.test(t));
      return writes && i >= 0 ? [{ rule, file: f.path, line: i + 1, text: lines3[i] ?? "" }] : [];
    })
  );
  const target = found[0];
  if (!target) return void 0;
  const base = {
    kind: "cleanup-enabled",
    subject: target.rule.what,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: mount ? [{ file: mount.at.file, line: mount.at.line }] : []
  };
  if (!mount || mount.inodes === void 0)
    return {
      ...base,
      candidates: [],
      reason: "the logs show no `df -i` for the filesystem: inodes are not known to be what ran out"
    };
  if (mount.inodes < 95 || mount.blocks !== void 0 && mount.blocks >= 95)
    return {
      ...base,
      candidates: [],
      reason: `${mount.mount} is at ${mount.inodes}% inodes and ${mount.blocks ?? "?"}% blocks: space, not the number of files, ran out`
    };
  if (found.length > 1)
    return {
      ...base,
      candidates: [],
      reason: "several files switch the cleanup off; which one the service reads is not said"
    };
  return {
    ...base,
    candidates: [target.rule.value],
    reason: `${mount.mount} is out of inodes (${mount.inodes}%) with ${mount.blocks ?? "?"}% of its blocks used, ${lookup.path} is one of the small files the service creates there, and ${target.rule.what} is switched off`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after: target.text.replace(target.rule.disabled, `$1${target.rule.value}`),
      summary: `${target.rule.what} switched back on (${target.text.trim()} → ${target.rule.value})`
    }
  };
}
function cleanupHolds(resolution, patched) {
  const rule = CLEANUP_RULES.find((r) => r.what === resolution.subject);
  const text = patched.find((f) => f.path === resolution.cause.file)?.content.split("\n").find((t) => rule?.setting.test(t));
  return rule && text !== void 0 && rule.enabled(text) ? { ok: true, detail: `${rule.what} is on again: ${text.trim()}` } : { ok: false, detail: `${resolution.subject} is still switched off` };
}

// src/inventory/python-distributions.ts
var DISTRIBUTION_OF = {
  yaml: "PyYAML",
  cv2: "opencv-python",
  PIL: "Pillow",
  sklearn: "scikit-learn",
  skimage: "scikit-image",
  bs4: "beautifulsoup4",
  dateutil: "python-dateutil",
  dotenv: "python-dotenv",
  jwt: "PyJWT",
  jose: "python-jose",
  multipart: "python-multipart",
  magic: "python-magic",
  slugify: "python-slugify",
  docx: "python-docx",
  pptx: "python-pptx",
  Crypto: "pycryptodome",
  OpenSSL: "pyOpenSSL",
  attr: "attrs",
  MySQLdb: "mysqlclient",
  serial: "pyserial",
  zmq: "pyzmq",
  git: "GitPython",
  fitz: "PyMuPDF",
  kafka: "kafka-python",
  ldap: "python-ldap",
  sentry_sdk: "sentry-sdk",
  pkg_resources: "setuptools",
  websocket: "websocket-client",
  dns: "dnspython",
  Levenshtein: "python-Levenshtein",
  nacl: "PyNaCl",
  google: void 0,
  azure: void 0
};
var STDLIB = new Set(
  "abc argparse asyncio base64 collections contextlib csv dataclasses datetime decimal distutils email enum functools glob hashlib heapq hmac html http importlib inspect io itertools json logging math multiprocessing os pathlib pickle queue random re shutil signal socket sqlite3 ssl string struct subprocess sys tempfile threading time tomllib typing unittest urllib uuid xml zipfile zoneinfo".split(
    " "
  )
);
function normalise2(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function distributionOf(module) {
  if (module in DISTRIBUTION_OF) return DISTRIBUTION_OF[module];
  return module.replace(/_/g, "-");
}

// src/inventory/manifest-edit.ts
function manifestKind(path) {
  const name = path.split("/").pop() ?? "";
  if (/^requirements[\w.-]*\.(txt|in)$/.test(name) || /^(base|prod|production|main)\.(txt|in)$/.test(name))
    return /(^|[-_.])(dev|test|tests|lint|docs|ci|lock|constraints|pinned|frozen)([-_.]|$)/.test(name) ? void 0 : "requirements";
  if (name === "pyproject.toml") return "pyproject";
  if (name === "Pipfile") return "pipfile";
  if (name === "package.json") return "package-json";
  return void 0;
}
function section(lines3, header) {
  const start = lines3.findIndex((l) => header.test(l.trim()));
  if (start < 0) return void 0;
  let end = start + 1;
  while (end < lines3.length && !/^\s*\[/.test(lines3[end] ?? "")) end += 1;
  return { start, end };
}
var REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?/;
function declared(kind, content) {
  const lines3 = content.split("\n");
  const names = [];
  if (kind === "requirements") {
    for (const l of lines3) if (!/^\s*(#|-)/.test(l)) names.push(REQUIREMENT.exec(l)?.[1] ?? "");
  }
  if (kind === "pyproject") {
    const deps = /^\s*dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(content)?.[1] ?? "";
    for (const m of deps.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(m[1] ?? "");
  }
  const table = kind === "pipfile" ? section(lines3, /^\[packages\]$/) : kind === "pyproject" ? section(lines3, /^\[tool\.poetry\.dependencies\]$/) : void 0;
  if (table)
    for (const l of lines3.slice(table.start + 1, table.end))
      names.push(/^\s*"?([\w.-]+)"?\s*=/.exec(l)?.[1] ?? "");
  if (kind === "package-json") {
    try {
      const deps = JSON.parse(content).dependencies ?? {};
      names.push(...Object.keys(deps));
    } catch {
    }
  }
  return new Set(names.filter(Boolean).map((n) => kind === "package-json" ? n : normalise2(n)));
}
function lastEntry(lines3, from, to) {
  for (let i = to - 1; i > from; i -= 1)
    if (/\S/.test(lines3[i] ?? "") && !/^\s*#/.test(lines3[i] ?? "")) return i;
  return from;
}
function pyprojectArray(lines3, entry) {
  const open = lines3.findIndex((l) => /^\s*dependencies\s*=\s*\[/.test(l));
  const text = lines3[open];
  if (open < 0 || text === void 0) return void 0;
  const oneLine = /^(\s*dependencies\s*=\s*\[)(.*)\](\s*(?:#.*)?)$/.exec(text);
  if (oneLine) {
    const inner = (oneLine[2] ?? "").replace(/,\s*$/, "");
    const items2 = inner.trim() ? `${inner}, "${entry}"` : `"${entry}"`;
    return { line: open + 1, before: text, after: `${oneLine[1]}${items2}]${oneLine[3] ?? ""}` };
  }
  const close = lines3.findIndex((l, i) => i > open && /^\s*\]/.test(l));
  if (close < 0) return void 0;
  const at2 = lastEntry(lines3, open, close);
  const last = lines3[at2] ?? "";
  const indent = at2 === open ? "    " : /^(\s*)/.exec(last)?.[1] ?? "    ";
  const head = at2 === open || /,\s*(#.*)?$/.test(last) ? last : last.replace(/(\s*(#.*)?)$/, ",$1");
  return { line: at2 + 1, before: last, after: `${head}
${indent}"${entry}",` };
}
function tomlTable(lines3, header, name, spec) {
  const table = section(lines3, header);
  if (!table) return void 0;
  const at2 = lastEntry(lines3, table.start, table.end);
  const last = lines3[at2] ?? "";
  return { line: at2 + 1, before: last, after: `${last}
${name} = "${spec}"` };
}
function packageJson(lines3, name, version) {
  const open = lines3.findIndex((l) => /^\s{0,4}"dependencies"\s*:\s*\{\s*$/.test(l));
  if (open < 0) return void 0;
  const indent = /^(\s*)/.exec(lines3[open] ?? "")?.[1] ?? "";
  const close = lines3.findIndex((l, i) => i > open && new RegExp(`^${indent}\\}`).test(l));
  if (close < 0 || close === open + 1) return void 0;
  const last = lines3[close - 1] ?? "";
  const inner = /^(\s*)/.exec(last)?.[1] ?? `${indent}  `;
  return {
    line: close,
    before: last,
    after: `${last.replace(/,?\s*$/, ",")}
${inner}"${name}": "^${version}"`
  };
}
function insertion(kind, content, name, version) {
  const lines3 = content.split("\n");
  if (kind === "requirements") {
    const at2 = lastEntry(lines3, -1, lines3.length);
    const last = lines3[at2];
    if (at2 < 0 || last === void 0) return void 0;
    return { line: at2 + 1, before: last, after: `${last}
${name}${version ? `==${version}` : ""}` };
  }
  if (kind === "pipfile") return tomlTable(lines3, /^\[packages\]$/, name, version ? `==${version}` : "*");
  if (kind === "pyproject")
    return section(lines3, /^\[tool\.poetry\.dependencies\]$/) ? tomlTable(lines3, /^\[tool\.poetry\.dependencies\]$/, name, version ? `==${version}` : "*") : pyprojectArray(lines3, `${name}${version ? `==${version}` : ""}`);
  return version ? packageJson(lines3, name, version) : void 0;
}

// src/inventory/resolve-dependency.ts
var NODE_BUILTINS = new Set(
  "assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path perf_hooks process querystring readline stream string_decoder timers tls tty url util v8 vm worker_threads zlib".split(
    " "
  )
);
function moduleLookup(evidence) {
  const py = /ModuleNotFoundError: No module named '([A-Za-z_][\w]*)/.exec(evidence);
  if (py?.[1]) return { kind: "missing-module", ecosystem: "python", module: py[1] };
  const node = /Cannot find (?:module|package) '((?:@[\w.-]+\/)?[\w][\w.-]*)[^']*'/.exec(evidence);
  if (node?.[1] && !NODE_BUILTINS.has(node[1]) && !node[1].startsWith("node:"))
    return { kind: "missing-module", ecosystem: "node", module: node[1] };
  return void 0;
}
var LOCK = /(^|\/)(poetry\.lock|uv\.lock|pdm\.lock|Pipfile\.lock|package-lock\.json|[\w.-]*(?:lock|constraints|pinned|frozen)[\w.-]*\.txt)$/;
function manifestsToRead(lookup, repoFiles) {
  if (lookup.kind !== "missing-module") return [];
  return repoFiles.filter((f) => manifestKind(f) !== void 0 || LOCK.test(f) || /(^|\/)Dockerfile$/.test(f)).slice(0, 8);
}
function lockedVersions(files, name, node) {
  const want = node ? name : normalise2(name);
  const found = [];
  for (const f of files.filter((r) => LOCK.test(r.path))) {
    if (node) {
      const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      const m = new RegExp(`"node_modules/${esc}"\\s*:\\s*\\{\\s*"version"\\s*:\\s*"([^"]+)"`).exec(
        f.content
      );
      if (m?.[1]) found.push(m[1]);
      continue;
    }
    for (const m of f.content.matchAll(/name\s*=\s*"([^"]+)"\s*\n\s*version\s*=\s*"([^"]+)"/g))
      if (normalise2(m[1] ?? "") === want && m[2]) found.push(m[2]);
    for (const m of f.content.matchAll(/^([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==([\w.+!-]+)/gm))
      if (normalise2(m[1] ?? "") === want && m[2]) found.push(m[2]);
    for (const m of f.content.matchAll(/"([\w.-]+)"\s*:\s*\{[^{}]*?"version"\s*:\s*"==([^"]+)"/g))
      if (normalise2(m[1] ?? "") === want && m[2]) found.push(m[2]);
  }
  return [...new Set(found)];
}
function importLines(lookup, files) {
  const m = lookup.module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const re = lookup.ecosystem === "python" ? new RegExp(`^\\s*(?:import\\s+${m}\\b|from\\s+${m}(?:\\.|\\s+import\\b))`) : new RegExp(`(?:require\\(|from\\s+|import\\s*\\(?)\\s*["']${m}(?:/[^"']*)?["']`);
  const code = lookup.ecosystem === "python" ? /\.py$/ : /\.[cm]?[jt]sx?$/;
  return files.filter((f) => code.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((t, i) => re.test(t) ? [{ file: f.path, line: i + 1 }] : [])
  ).slice(0, 2);
}
function lockLines(files, dist) {
  const want = normalise2(dist);
  return files.filter((f) => LOCK.test(f.path)).flatMap((f) => {
    const at2 = f.content.split("\n").findIndex(
      (t) => [...t.matchAll(/[\w.@/-]+/g)].some((w) => normalise2(w[0].replace(/^node_modules\//, "")) === want)
    );
    return at2 < 0 ? [] : [{ file: f.path, line: at2 + 1 }];
  });
}
function isLocal(module, repoFiles) {
  return repoFiles.some((f) => new RegExp(`(^|/)${module}(/__init__\\.py|\\.py|/package\\.json)$`).test(f));
}
function installed(manifests, files) {
  const docker = files.filter((f) => /(^|\/)Dockerfile$/.test(f.path)).map((f) => f.content).join("\n");
  const named2 = manifests.filter((m) => docker.includes(m.path.split("/").pop() ?? m.path));
  return named2.length > 0 ? named2 : manifests;
}
function resolveMissingModule(lookup, files, repoFiles) {
  const node = lookup.ecosystem === "node";
  if (!node && (STDLIB.has(lookup.module) || isLocal(lookup.module, repoFiles))) return void 0;
  const dist = node ? lookup.module : distributionOf(lookup.module);
  const manifests = installed(
    files.filter(
      (f) => (node ? manifestKind(f.path) === "package-json" : manifestKind(f.path) !== "package-json") && manifestKind(f.path)
    ),
    files
  );
  const first2 = manifests[0];
  if (!first2) return void 0;
  if (node && manifests.some((m) => m.content.includes(`"${lookup.module}"`))) return void 0;
  const kind = manifestKind(first2.path);
  const wanted = dist ? node ? dist : normalise2(dist) : void 0;
  if (wanted && manifests.some((m) => declared(manifestKind(m.path), m.content).has(wanted)))
    return void 0;
  const versions2 = dist ? lockedVersions(files, dist, node) : [];
  const version = versions2.length === 1 ? versions2[0] : void 0;
  const edit2 = dist ? insertion(kind, first2.content, dist, version) : void 0;
  const line = edit2?.line ?? 1;
  const cause = { file: first2.path, line, text: lineAt(first2.content, line) ?? "" };
  const locks = dist ? lockLines(files, dist) : [];
  const imports = importLines(lookup, files);
  const base = {
    kind: "dependency-declared",
    subject: lookup.module,
    cause,
    // The lock file first: the Surgeon re-resolves from the cited files, and the pin comes from it.
    truth: [...locks.slice(0, 1), ...imports, ...locks.slice(1)],
    candidates: dist ? [dist] : []
  };
  if (!dist)
    return {
      ...base,
      reason: `${lookup.module} is a namespace several distributions share; which one is meant is not said`
    };
  if (manifests.length > 1)
    return {
      ...base,
      reason: `${manifests.length} manifests could install ${dist}; which one the image uses is not said`
    };
  if (versions2.length > 1)
    return { ...base, reason: `the lock files record ${versions2.join(", ")} for ${dist}` };
  if (!edit2)
    return {
      ...base,
      reason: `${first2.path} could not be extended safely${node ? " (no locked version to declare)" : ""}`
    };
  const pin = version ? ` (the version the lock file records)` : " (no lock file records a version: pin the one you test with)";
  return {
    ...base,
    reason: `the code imports ${lookup.module} but ${first2.path} does not declare ${dist}, so the image does not install it${pin}`,
    change: {
      file: first2.path,
      line: edit2.line,
      before: edit2.before,
      after: edit2.after,
      summary: `${first2.path} += ${dist}${version ? ` ${version}` : ""}`
    }
  };
}
function dependencyHolds(resolution, patched) {
  const file = patched.find((f) => f.path === resolution.change?.file);
  const kind = file ? manifestKind(file.path) : void 0;
  const dist = resolution.candidates[0];
  const name = dist && kind ? kind === "package-json" ? dist : normalise2(dist) : void 0;
  return file && kind && name && declared(kind, file.content).has(name) ? { ok: true, detail: `${file.path} now declares ${dist}` } : { ok: false, detail: `the manifest still does not declare ${dist ?? resolution.subject}` };
}

// src/inventory/resolve-dotnet-config.ts
function configFileLookup(evidence) {
  const m = /The configuration file '([^'/\\]+)' was not found and is not optional/.exec(evidence);
  return m?.[1] ? { kind: "config-file-unpublished", file: m[1] } : void 0;
}
var PROJECT_FILE = /\.(csproj|fsproj|vbproj)$|(^|\/)Directory\.Build\.(props|targets)$/i;
function itemMatches(include, file) {
  return include.split(";").some((one) => {
    const name = one.trim().split(/[\\/]/).pop() ?? "";
    const re = new RegExp(`^${name.replace(/[.+^${}()|[\]]/g, "\\$&").replace(/\*/g, "[^/]*")}$`, "i");
    return re.test(file);
  });
}
var ITEM = /<(Content|None)\s+[^>]*?(?:Include|Update)="([^"]+)"/;
var NEVER_ATTR = /(CopyTo(?:Publish|Output)Directory)="Never"/;
var NEVER_ATTRS = /(CopyTo(?:Publish|Output)Directory)="Never"/g;
var NEVER_ELEMENT = /<(CopyTo(?:Publish|Output)Directory)>Never<\/\1>/;
function neverLines(project, file) {
  const lines3 = project.content.split("\n");
  return lines3.flatMap((text, i) => {
    const item = ITEM.exec(text);
    if (!item?.[2] || !itemMatches(item[2], file)) return [];
    if (NEVER_ATTR.test(text)) return [{ file: project.path, line: i + 1, text }];
    if (/\/>\s*$/.test(text)) return [];
    for (let j = i + 1; j < lines3.length && !new RegExp(`</${item[1]}>`).test(lines3[j] ?? ""); j += 1)
      if (NEVER_ELEMENT.test(lines3[j] ?? ""))
        return [{ file: project.path, line: j + 1, text: lines3[j] ?? "" }];
    return [];
  });
}
function resolveConfigFile(lookup, files, repoFiles) {
  const never = files.filter((f) => PROJECT_FILE.test(f.path)).flatMap((p) => neverLines(p, lookup.file));
  const first2 = never[0];
  if (!first2) return void 0;
  const exists = repoFiles.filter((f) => f.split("/").pop()?.toLowerCase() === lookup.file.toLowerCase());
  const base = {
    kind: "config-file-published",
    subject: lookup.file,
    cause: first2,
    truth: never.slice(1).map(({ file, line }) => ({ file, line })),
    candidates: ["PreserveNewest"]
  };
  if (exists.length === 0)
    return {
      ...base,
      reason: `the repository holds no ${lookup.file} to publish; it must be provided another way`
    };
  if (never.length > 1)
    return {
      ...base,
      reason: `${never.length} project lines keep ${lookup.file} out; one change would not cover them`
    };
  const after = first2.text.replace(NEVER_ATTRS, '$1="PreserveNewest"').replace(NEVER_ELEMENT, "<$1>PreserveNewest</$1>");
  return {
    ...base,
    reason: `the app requires ${lookup.file} (optional: false) but ${first2.file}:${first2.line} keeps it out of the build output`,
    change: { ...first2, before: first2.text, after, summary: `${lookup.file}: Never → PreserveNewest` }
  };
}
function configFileHolds(resolution, patched) {
  const left = patched.filter((f) => PROJECT_FILE.test(f.path)).flatMap((p) => neverLines(p, resolution.subject));
  return left.length === 0 ? { ok: true, detail: `no project file keeps ${resolution.subject} out of the output` } : {
    ok: false,
    detail: `${left[0]?.file}:${left[0]?.line} still keeps ${resolution.subject} out of the output`
  };
}

// src/inventory/resolve-dotnet-di.ts
var CANNOT_RESOLVE = /Unable to resolve service for type (?:'|\\u0027)(?:[\w`.+]+\.)?(\w+)(?:`\d+)?(?:'|\\u0027) while attempting to activate (?:'|\\u0027)(?:[\w`.+]+\.)?(\w+)/;
function diLookup(evidence) {
  const m = CANNOT_RESOLVE.exec(evidence);
  return m?.[1] && m[2] ? { kind: "di-unresolved", service: m[1], consumer: m[2] } : void 0;
}
var REGISTRATION_FILE = /(^|\/)(Program|Startup)\.cs$|ServiceCollection\w*\.cs$/;
var REGISTRATION = /^(\s*)((?:\w+\.)*[Ss]ervices\.)(?:Try)?Add\w*\s*[<(].*;\s*$/;
function registers(service, text) {
  return new RegExp(
    `\\.(?:Try)?Add\\w*\\s*(?:<\\s*(?:[\\w.]+\\.)?${service}\\b|\\(\\s*typeof\\(\\s*(?:[\\w.]+\\.)?${service}\\s*\\))`
  ).test(text);
}
function linesMatching(files, re) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
}
function implementations(service, code) {
  const decl = /^\s*(?:public\s+|internal\s+|sealed\s+|partial\s+)*class\s+(\w+)[^:{\n]*(?::\s*([^{\n]+))?/;
  return code.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      const m = decl.exec(text);
      if (!m?.[1] || /\babstract\b/.test(text)) return [];
      const bases = (m[2] ?? "").split(",").map((b) => b.trim().replace(/<.*$/, "").split(".").pop());
      return m[1] === service || bases.includes(service) ? [{ name: m[1], file: f.path, line: i + 1 }] : [];
    })
  );
}
function resolveDiRegistration(lookup, files) {
  const code = files.filter((f) => f.path.endsWith(".cs"));
  if (code.some((f) => registers(lookup.service, f.content))) return void 0;
  const regs = linesMatching(
    code.filter((f) => REGISTRATION_FILE.test(f.path)),
    REGISTRATION
  );
  const last = regs.at(-1);
  if (!last) return void 0;
  const consumer = linesMatching(code, new RegExp(`\\bclass\\s+${lookup.consumer}\\b`));
  const impls = implementations(lookup.service, code);
  const base = {
    kind: "service-registered",
    subject: lookup.service,
    cause: last,
    // The implementation first: the Surgeon re-resolves from the cited files.
    truth: [...impls, ...consumer].map(({ file, line }) => ({ file, line })),
    candidates: impls.map((i) => i.name)
  };
  const impl = impls[0];
  if (impls.length !== 1 || !impl)
    return {
      ...base,
      reason: impls.length === 0 ? `no class in the repository implements ${lookup.service}: register the implementation (its package's Add… extension) where the other services are` : `${impls.map((i) => i.name).join(", ")} implement ${lookup.service}; which one to register is a person's call`
    };
  const [, indent = "", receiver = "services."] = REGISTRATION.exec(last.text) ?? [];
  const generic = impl.name === lookup.service ? lookup.service : `${lookup.service}, ${impl.name}`;
  const add = `${indent}${receiver}AddScoped<${generic}>();`;
  return {
    ...base,
    reason: `${lookup.consumer} needs ${lookup.service}, which no start-up code registers; ${impl.name} (${impl.file}:${impl.line}) is its only implementation (scoped: check the lifetime it needs)`,
    change: {
      ...last,
      before: last.text,
      after: `${last.text}
${add}`,
      summary: `register ${generic.replace(", ", " → ")} (scoped)`
    }
  };
}
function diHolds(resolution, patched) {
  const file = patched.find((f) => f.path === resolution.change?.file);
  return file && registers(resolution.subject, file.content) ? { ok: true, detail: `${file.path} now registers ${resolution.subject}` } : { ok: false, detail: `nothing registers ${resolution.subject}` };
}

// src/inventory/resolve-image-path.ts
function imagePathLookup(evidence) {
  const m = /\[emerg\][^\n]*?open\(\) "(\/[^"\s]+)" failed \(2: No such file or directory\)/.exec(evidence);
  return m?.[1] ? { kind: "image-path-missing", path: m[1] } : void 0;
}
var DOCKERFILE3 = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
var CONFIG = /\.(conf|cfg|ini|cnf|ya?ml|json|toml)$/i;
var dirOf = (p) => p.slice(0, p.lastIndexOf("/") + 1);
var baseOf = (p) => p.slice(p.lastIndexOf("/") + 1);
var lastDir = (p) => p.replace(/\/+$/, "").split("/").pop() ?? "";
function copies(dockerfile) {
  return dockerfile.content.split("\n").flatMap((text, i) => {
    if (/--from=/.test(text)) return [];
    const m = /^\s*(?:COPY|ADD)\s+(?:--[\w-]+=\S+\s+)*(\S+)\s+(\/\S*)\s*$/i.exec(text);
    return m?.[1] && m[2] ? [{ file: dockerfile.path, line: i + 1, text, source: m[1], dest: m[2] }] : [];
  });
}
function shipped(dockerfiles, repoFiles) {
  return dockerfiles.flatMap(
    (d) => copies(d).flatMap((c) => {
      const src = `${dirOf(d.path)}${c.source.replace(/^\.\//, "")}`.replace(/\/+$/, "");
      if (repoFiles.includes(src))
        return [
          {
            copy: c,
            repoFile: src,
            folder: false,
            at: c.dest.endsWith("/") ? `${c.dest}${baseOf(src)}` : c.dest
          }
        ];
      const dest = c.dest.endsWith("/") ? c.dest : `${c.dest}/`;
      return repoFiles.filter((f) => f.startsWith(`${src}/`)).map((f) => ({ copy: c, repoFile: f, folder: true, at: `${dest}${f.slice(src.length + 1)}` }));
    })
  );
}
function imagePathReads(path, repoFiles) {
  const name = baseOf(path);
  const rank = (f) => DOCKERFILE3.test(f) ? 0 : baseOf(f) === name ? 1 : 2;
  return repoFiles.filter((f) => DOCKERFILE3.test(f) || baseOf(f) === name || /\.conf$/.test(f)).sort((a, b) => rank(a) - rank(b)).slice(0, 10);
}
function referencing(path, files) {
  return files.filter((f) => CONFIG.test(f.path) && !DOCKERFILE3.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => text.includes(path) ? [{ file: f.path, line: i + 1, text }] : [])
  );
}
function resolveImagePath(lookup, files, repoFiles) {
  const dockerfiles = files.filter((f) => DOCKERFILE3.test(f.path));
  const all = shipped(dockerfiles, repoFiles);
  if (all.some((s) => s.at === lookup.path)) return void 0;
  const same = all.filter((s) => baseOf(s.at) === baseOf(lookup.path));
  const refs = referencing(lookup.path, files);
  const ref = refs[0];
  const placed = same[0];
  if (!ref && !placed) return void 0;
  const truth = [
    ...same.flatMap((s) => [
      { file: s.copy.file, line: s.copy.line },
      { file: s.repoFile, line: 1 }
    ]),
    ...refs.slice(1)
  ];
  const base = {
    kind: "image-path-shipped",
    subject: lookup.path,
    cause: ref ?? placed?.copy ?? { file: "", line: 1, text: "" },
    truth,
    candidates: same.map((s) => s.at)
  };
  if (!ref || !placed)
    return { ...base, reason: `nothing in the repository both names ${lookup.path} and ships it` };
  if (same.length > 1 || refs.length > 1)
    return { ...base, reason: `${same.length} copies and ${refs.length} lines name ${baseOf(lookup.path)}` };
  const wanted = lastDir(dirOf(lookup.path));
  const folder = lastDir(dirOf(placed.repoFile));
  const landed = lastDir(dirOf(placed.at));
  const othersUseDest = files.some(
    (f) => !DOCKERFILE3.test(f.path) && f.content.includes(dirOf(placed.at)) && f.path !== ref.file
  );
  if (wanted === folder && landed !== folder && placed.folder && !othersUseDest) {
    const after = placed.copy.text.replace(placed.copy.dest, dirOf(lookup.path));
    return {
      ...base,
      cause: placed.copy,
      truth: [ref, { file: placed.repoFile, line: 1 }],
      reason: `${ref.file}:${ref.line} and the repository folder say ${wanted}/; only the COPY puts ${baseOf(lookup.path)} under ${landed}/`,
      change: {
        ...placed.copy,
        before: placed.copy.text,
        after,
        summary: `COPY destination ${placed.copy.dest} → ${dirOf(lookup.path)}`
      }
    };
  }
  if (landed === folder && wanted !== folder) {
    return {
      ...base,
      cause: ref,
      truth: [placed.copy, { file: placed.repoFile, line: 1 }],
      reason: `the image has ${baseOf(lookup.path)} at ${placed.at} (${placed.copy.file}:${placed.copy.line}), the folder the repository keeps it in`,
      change: {
        ...ref,
        before: ref.text,
        after: ref.text.replace(lookup.path, placed.at),
        summary: `path ${lookup.path} → ${placed.at}`
      }
    };
  }
  return {
    ...base,
    reason: `the config says ${lookup.path}, the image has ${placed.at}; nothing says which side moved`
  };
}
function imagePathHolds(resolution, patched) {
  const name = baseOf(resolution.subject);
  const paths = patched.map((f) => f.path);
  const at2 = new Set(
    shipped(
      patched.filter((f) => DOCKERFILE3.test(f.path)),
      paths
    ).map((s) => s.at)
  );
  const named2 = patched.filter((f) => CONFIG.test(f.path) && !DOCKERFILE3.test(f.path)).flatMap((f) => [...f.content.matchAll(/(\/[^\s;"']+)/g)].map((m) => m[1] ?? "")).filter((p) => baseOf(p) === name);
  const missing = named2.filter((p) => !at2.has(p));
  return named2.length > 0 && missing.length === 0 ? { ok: true, detail: `the image now has ${named2[0]} where the configuration opens it` } : {
    ok: false,
    detail: `the configuration still opens ${missing[0] ?? resolution.subject}, which no COPY puts there`
  };
}

// src/inventory/resolve-redis-policy.ts
var OOM_REPLY = /OOM command not allowed when used memory > 'maxmemory'/;
function redisPolicyLookup(evidence) {
  return OOM_REPLY.test(evidence) ? { kind: "redis-noeviction" } : void 0;
}
var REDIS_POLICY_RULE = {
  policy: "allkeys-lru",
  evicting: /^(allkeys|volatile)-(lru|lfu|random|ttl)$/
};
var REDIS_CONF = /(^|\/)redis[\w.-]*\.conf$/i;
var POLICY_LINE = /^(\s*maxmemory-policy\s+)(\S+)/;
var POLICY_FLAG = /(--maxmemory-policy[= ]["']?)([\w-]+)/;
var CACHE_WORD = /\bcache\b|_cache\b|\bcache_|CACHE_(URL|HOST|REDIS)|REDIS_CACHE/i;
var STORE_WORD = /\b(queue|broker|sidekiq|celery|bull|rq|resque|jobs?|sessions?|streams?|primary|persistent|source of truth)\b|_(QUEUE|BROKER|SESSION)|(QUEUE|BROKER|SESSION)_|^\s*appendonly\s+yes/i;
function policies(files) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      const conf = REDIS_CONF.test(f.path) ? POLICY_LINE.exec(text) : null;
      const flag = conf ? null : POLICY_FLAG.exec(text);
      const m = conf ?? flag;
      return m?.[2] ? [{ file: f.path, line: i + 1, text, value: m[2], flag: Boolean(flag) }] : [];
    })
  );
}
function signals(files, re) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
}
function resolveRedisPolicy(files) {
  const all = policies(files);
  const noevict = all.filter((p) => p.value === "noeviction");
  const target = noevict[0];
  if (!target) return void 0;
  const cache = signals(files, CACHE_WORD);
  const store = signals(files, STORE_WORD);
  const base = {
    kind: "redis-evicts-cache",
    subject: "Redis's maxmemory-policy",
    cause: { file: target.file, line: target.line, text: target.text },
    truth: [...store, ...cache].slice(0, 4).map(({ file, line }) => ({ file, line }))
  };
  if (noevict.length > 1)
    return {
      ...base,
      candidates: [],
      reason: "several Redis instances set noeviction; which one refused is not said"
    };
  if (store.length > 0)
    return {
      ...base,
      candidates: [],
      reason: `${store[0]?.file}:${store[0]?.line} says the instance holds data eviction would lose: raise maxmemory or find the keys without TTLs`
    };
  if (cache.length === 0)
    return {
      ...base,
      candidates: [REDIS_POLICY_RULE.policy],
      reason: "nothing in the repository says the instance is only a cache; an evicting policy could lose data"
    };
  const after = target.text.replace(target.flag ? POLICY_FLAG : POLICY_LINE, `$1${REDIS_POLICY_RULE.policy}`);
  return {
    ...base,
    candidates: [REDIS_POLICY_RULE.policy],
    reason: `the instance is a cache (${cache[0]?.file}:${cache[0]?.line}) and nothing says it holds data eviction would lose; under noeviction a full cache refuses writes instead of dropping its coldest keys`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after,
      summary: `maxmemory-policy noeviction → ${REDIS_POLICY_RULE.policy}`
    }
  };
}
function redisPolicyHolds(patched) {
  const all = policies(patched);
  const still = all.find((p) => !REDIS_POLICY_RULE.evicting.test(p.value));
  return all.length > 0 && !still ? { ok: true, detail: `maxmemory-policy is now ${all[0]?.value}, which evicts at maxmemory` } : {
    ok: false,
    detail: `maxmemory-policy ${still?.value ?? "(unset)"} still refuses writes at maxmemory`
  };
}

// src/inventory/hosts.ts
function hostsIn(value) {
  const found = [];
  const url = /[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[\w.-]+)(?::(\d+))?/gi;
  for (const m of value.matchAll(url)) {
    if (m[1]) found.push({ host: m[1], ...m[2] ? { port: Number(m[2]) } : {} });
  }
  if (found.length > 0) return found;
  const keyed2 = /(?:^|;)\s*(?:Host|Server|Data Source|Address|Addr)\s*=\s*(?:tcp:)?([\w.-]+)(?:,(\d+))?/i.exec(value);
  if (keyed2?.[1]) {
    const port = keyed2[2] ?? /(?:^|;)\s*Port\s*=\s*(\d+)/i.exec(value)?.[1];
    return [{ host: keyed2[1], ...port ? { port: Number(port) } : {} }];
  }
  const pair = /^([A-Za-z0-9][\w.-]*):(\d{1,5})$/.exec(value.trim());
  if (pair?.[1]) return [{ host: pair[1], port: Number(pair[2]) }];
  if (/^[a-z0-9][\w-]*(\.[\w-]+)*$/i.test(value.trim()) && /[a-z]/i.test(value))
    return [{ host: value.trim() }];
  return [];
}
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"]);
function firstLabel(host) {
  return host.split(".")[0] ?? host;
}
function namespaceOf(host) {
  const labels = host.split(".");
  return labels.length >= 2 && !/^\d+$/.test(labels[1] ?? "") ? labels[1] : void 0;
}
function sameHost(a, b) {
  if (a === b) return true;
  const cluster = /\.svc(\.cluster\.local)?$/;
  return (cluster.test(a) || cluster.test(b)) && firstLabel(a) === firstLabel(b) && namespaceOf(a) === namespaceOf(b);
}
var IMAGE_PORTS = [
  [/postgres|postgis|timescale/, 5432],
  [/mysql|mariadb/, 3306],
  [/redis|valkey|keydb/, 6379],
  [/mongo/, 27017],
  [/rabbitmq/, 5672],
  [/memcached/, 11211],
  [/elasticsearch|opensearch/, 9200],
  [/kafka|redpanda/, 9092],
  [/nats/, 4222]
];
function imagePort(image) {
  const name = (image ?? "").split("/").at(-1) ?? "";
  return IMAGE_PORTS.find(([re]) => re.test(name))?.[1];
}
function replaceHost(line, from, to) {
  const escaped2 = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[\\s"'=/@:])${escaped2}(?=$|[\\s"':/.,;])`);
  const m = re.exec(line);
  if (!m || m.index === void 0) return void 0;
  const at2 = m.index + (m[1]?.length ?? 0);
  return `${line.slice(0, at2)}${to}${line.slice(at2 + from.length)}`;
}

// src/inventory/resolve-tls-host.ts
function tlsHostLookup(evidence) {
  const node = /Host: ([\w.-]+?)\.? is not in the cert's altnames: ((?:DNS|IP Address):[^"\n]+)/.exec(
    evidence
  );
  if (node?.[1] && node[2])
    return {
      kind: "tls-hostname",
      host: node[1],
      sans: node[2].split(/,\s*/).map((s) => s.replace(/^(DNS|IP Address):/, "").trim())
    };
  const go = /x509: certificate is valid for ([^\n"]+?), not ([\w.-]+)/.exec(evidence);
  if (go?.[1] && go[2]) return { kind: "tls-hostname", host: go[2], sans: go[1].split(/,\s*/) };
  const py = /[Hh]ostname mismatch, certificate is not valid for '([\w.-]+)'/.exec(evidence);
  return py?.[1] ? { kind: "tls-hostname", host: py[1], sans: [] } : void 0;
}
var DOC = /\.(md|markdown|rst|txt|adoc)$/i;
function hostPattern(host) {
  return new RegExp(`(^|[^\\w.-])${host.replace(/\./g, "\\.")}(?![\\w-]|\\.[\\w-])`);
}
function linesNaming(host, files) {
  const re = hostPattern(host);
  return files.filter((f) => !DOC.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
}
function documentedAs(host, concrete, files) {
  const dialled = hostPattern(host);
  return files.filter((f) => DOC.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      if (!dialled.test(text)) return [];
      const rest = text.replace(new RegExp(dialled.source, "g"), "$1");
      const named2 = concrete.filter(
        (s) => hostPattern(s).test(rest) || hostPattern(firstLabel(s)).test(rest)
      );
      return named2.length === 1 && named2[0] ? [{ file: f.path, line: i + 1, text, name: named2[0] }] : [];
    })
  );
}
function docsToRead(repoFiles) {
  const rank = (f) => /host|endpoint|service|network|dns/i.test(f) ? 0 : /readme/i.test(f) ? 1 : 2;
  return repoFiles.filter((f) => DOC.test(f) && !/(^|\/)(node_modules|vendor|CHANGELOG)/i.test(f)).sort((a, b) => rank(a) - rank(b)).slice(0, 4);
}
function resolveTlsHost(lookup, files) {
  const naming = linesNaming(lookup.host, files);
  const first2 = naming[0];
  if (!first2) return void 0;
  const concrete = lookup.sans.filter((s) => s && !s.includes("*") && s !== lookup.host);
  const services = new Set(buildInventory(files).services.map((s) => s.name));
  const used = concrete.filter(
    (s) => services.has(s) || services.has(firstLabel(s)) || linesNaming(s, files).length > 0
  );
  const documented = documentedAs(lookup.host, concrete, files);
  const aliasOf = [...new Set(documented.map((d) => d.name))];
  const picked = concrete.length === 1 ? concrete : used.length === 1 ? used : aliasOf.length === 1 ? aliasOf : [];
  const base = {
    kind: "host-on-certificate",
    subject: lookup.host,
    cause: first2,
    // Where the repository already dials a listed name first: the Surgeon re-resolves from the cited files.
    truth: [...used.flatMap((s) => linesNaming(s, files)), ...documented, ...naming.slice(1)].map(
      ({ file, line }) => ({
        file,
        line
      })
    ),
    candidates: concrete
  };
  if (naming.length > 1)
    return {
      ...base,
      reason: `${lookup.host} is named on ${naming.length} lines; one change would not cover them`
    };
  const to = picked[0];
  if (!to)
    return {
      ...base,
      reason: concrete.length === 0 ? "the client printed no concrete name the certificate lists: reissue it with this name, or dial one it lists" : `the certificate lists ${concrete.join(", ")}; which one this client should dial is a person's call`
    };
  const after = first2.text.replace(hostPattern(lookup.host), (_m, pre) => `${pre}${to}`);
  if (after === first2.text) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `the client dials ${lookup.host}, which the server's certificate does not list; it lists ${to}${used.length !== 1 && concrete.length > 1 && documented[0] ? `, the name ${documented[0].file}:${documented[0].line} gives for ${lookup.host}` : ""}`,
    change: { ...first2, before: first2.text, after, summary: `host ${lookup.host} → ${to}` }
  };
}
function tlsHostHolds(resolution, patched) {
  const change = resolution.change;
  const text = change ? lineAt(patched.find((f) => f.path === change.file)?.content ?? "", change.line) : void 0;
  const listed = resolution.candidates.find((s) => text !== void 0 && hostPattern(s).test(text));
  return listed && text !== void 0 && !hostPattern(resolution.subject).test(text) ? { ok: true, detail: `${change?.file}:${change?.line} now dials ${listed}, which the certificate lists` } : { ok: false, detail: `the client still dials a name the certificate does not list` };
}

// src/inventory/lookup-reads.ts
var MAX_CODE_READS = 12;
function csharpToRead(service, consumer, repoFiles) {
  const cs = repoFiles.filter((f) => f.endsWith(".cs"));
  const named2 = (f) => {
    const base = f.split("/").pop() ?? "";
    return base.includes(consumer) || base.includes(service.replace(/^I(?=[A-Z])/, ""));
  };
  const rank = (f) => REGISTRATION_FILE.test(f) ? 0 : named2(f) ? 1 : 2;
  return [...cs].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_CODE_READS);
}
function lookupReads(lookup, repoFiles) {
  if (lookup.kind === "missing-module") return manifestsToRead(lookup, repoFiles);
  if (lookup.kind === "config-file-unpublished")
    return repoFiles.filter((f) => PROJECT_FILE.test(f)).slice(0, 6);
  if (lookup.kind === "files-exhausted")
    return repoFiles.filter((f) => CLEANUP_RULES.some((r) => r.files.test(f))).slice(0, 4);
  if (lookup.kind === "redis-noeviction") return repoFiles.filter((f) => REDIS_CONF.test(f)).slice(0, 4);
  if (lookup.kind === "di-unresolved") return csharpToRead(lookup.service, lookup.consumer, repoFiles);
  if (lookup.kind === "tls-hostname" && lookup.sans.length > 1) return docsToRead(repoFiles);
  if (lookup.kind === "image-path-missing") return imagePathReads(lookup.path, repoFiles);
  if (lookup.kind === "port-taken") return repoFiles.filter((f) => /\.conf$/.test(f)).slice(0, 6);
  if (lookup.kind === "undefined-flag" || lookup.kind === "yaml-unparsable" || lookup.kind === "image-tag-missing")
    return buildReads(lookup, repoFiles);
  return [];
}

// src/inventory/ca-files.ts
var CA_VARS = /^(SSL_CERT_FILE|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NODE_EXTRA_CA_CERTS|GIT_SSL_CAINFO|AWS_CA_BUNDLE|PIP_CERT|GRPC_DEFAULT_SSL_ROOTS_FILE_PATH)$/;
var CERT_FILE = /\.(pem|crt|cer|bundle)$/i;
var DOCKERFILE4 = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i;
var YAML2 = /\.ya?ml$/;
function join(dir, name) {
  return `${dir.replace(/\/+$/, "")}/${name}`;
}
function baseName(path) {
  return path.split("/").pop() ?? path;
}
function dockerfileCerts(file) {
  return file.content.split("\n").flatMap((text, i) => {
    const m = /^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*(.+)$/i.exec(text);
    const args = m?.[1]?.replace(/^\[|\]$/g, "").match(/"[^"]+"|\S+/g) ?? [];
    const words = args.map((a) => a.replace(/^"|"?,?$/g, ""));
    const dest = words.pop();
    if (!dest) return [];
    return words.filter((src) => CERT_FILE.test(src)).map((src) => ({
      path: dest.endsWith("/") || words.length > 1 ? join(dest, baseName(src)) : dest,
      file: file.path,
      line: i + 1
    }));
  });
}
function objectKeys(files) {
  const keys = /* @__PURE__ */ new Map();
  for (const f of files.filter((r) => YAML2.test(r.path))) {
    for (const doc of yamlDocs(f.content)) {
      const kind = scalar(child(doc.root, "kind"));
      const name = scalar(child(child(doc.root, "metadata"), "name"));
      if (kind !== "ConfigMap" && kind !== "Secret" || !name) continue;
      const held = ["data", "stringData", "binaryData"].flatMap(
        (k) => entries(child(doc.root, k)).map((e) => ({ name: e.key, file: f.path, line: doc.lineOf(e.keyNode) }))
      );
      keys.set(`${kind}/${name}`, held);
    }
  }
  return keys;
}
function volumesOf(spec) {
  const out = /* @__PURE__ */ new Map();
  for (const v of items(child(spec, "volumes"))) {
    const name = scalar(child(v, "name"));
    if (!name) continue;
    const cm = child(v, "configMap");
    const secret = child(v, "secret");
    const ref = cm ? `ConfigMap/${scalar(child(cm, "name")) ?? ""}` : secret ? `Secret/${scalar(child(secret, "secretName")) ?? ""}` : void 0;
    const listed = items(child(cm ?? secret, "items")).flatMap((it) => scalar(child(it, "path")) ?? []);
    out.set(name, { ...ref ? { ref } : {}, items: listed });
  }
  return out;
}
function podSpecs(node, depth = 0) {
  if (depth > 8 || node === null || typeof node !== "object") return [];
  if (child(node, "containers")) return [node];
  return entries(node).flatMap((e) => podSpecs(e.value, depth + 1));
}
function manifestCerts(file, keys) {
  return yamlDocs(file.content).flatMap(
    (doc) => podSpecs(doc.root).flatMap((spec) => {
      const volumes = volumesOf(spec);
      return ["initContainers", "containers"].flatMap(
        (k) => items(child(spec, k)).flatMap(
          (c) => items(child(c, "volumeMounts")).flatMap((m) => {
            const at2 = scalar(child(m, "mountPath"));
            const vol = volumes.get(scalar(child(m, "name")) ?? "");
            if (!at2 || !vol) return [];
            const line = doc.lineOf(child(m, "mountPath"));
            const sub = scalar(child(m, "subPath"));
            const held = keys.get(vol.ref ?? "") ?? [];
            const names = sub ? [{ name: "" }] : vol.items.length > 0 ? vol.items.map((name) => ({ name })) : held.map((k2) => ({ name: k2.name, source: { file: k2.file, line: k2.line } }));
            return names.map((n) => ({ path: sub ? at2 : join(at2, n.name), source: n.source })).filter((c2) => CERT_FILE.test(c2.path)).map((c2) => ({
              path: c2.path,
              file: file.path,
              line,
              ...c2.source ? { source: c2.source } : {}
            }));
          })
        )
      );
    })
  );
}
function composeCerts(file) {
  return yamlDocs(file.content).flatMap(
    (doc) => entries(child(doc.root, "services")).flatMap(
      (svc) => items(child(svc.value, "volumes")).flatMap((v) => {
        const short2 = scalar(v)?.split(":")[1];
        const target = short2 ?? scalar(child(v, "target"));
        return target && CERT_FILE.test(target) ? [{ path: target, file: file.path, line: doc.lineOf(v) }] : [];
      })
    )
  );
}
function caFilesIn(files) {
  const keys = objectKeys(files);
  return files.flatMap((f) => {
    if (DOCKERFILE4.test(f.path)) return dockerfileCerts(f);
    if (!YAML2.test(f.path)) return [];
    return child(yamlDocs(f.content)[0]?.root, "services") ? composeCerts(f) : manifestCerts(f, keys);
  });
}
function bundleCandidates(missing, files) {
  const same = files.filter((f) => baseName(f.path) === baseName(missing) && f.path !== missing);
  return same.length > 0 ? same : files.filter((f) => f.path !== missing);
}

// src/inventory/resolve-ca-bundle.ts
var MISSING_BUNDLE = [
  /Could not find a suitable TLS CA certificate bundle, invalid path: (\/\S+)/,
  /Ignoring extra certs from `(\/[^`]+)`, load failed/,
  /error setting certificate (?:verify locations|file):?\s+(?:CAfile: )?(\/[^\s,]+)/
];
function caBundleLookup(evidence) {
  for (const re of MISSING_BUNDLE) {
    const path = re.exec(evidence)?.[1];
    if (path) return { kind: "ca-bundle-path", path };
  }
  return void 0;
}
function settingsNaming(files, path) {
  return buildInventory(files).settings.filter((s) => CA_VARS.test(s.key) && s.value === path);
}
function truthOf(files) {
  return files.flatMap((f) => [{ file: f.file, line: f.line }, ...f.source ? [f.source] : []]);
}
function resolveCaBundlePath(lookup, files) {
  const settings = settingsNaming(files, lookup.path);
  const first2 = settings[0];
  const text = first2 ? lineAt(files.find((f) => f.path === first2.file)?.content ?? "", first2.line) : void 0;
  if (!first2 || text === void 0) return void 0;
  const cause = { file: first2.file, line: first2.line, text };
  const found = bundleCandidates(lookup.path, caFilesIn(files));
  const paths = [...new Set(found.map((f) => f.path))];
  const base = {
    kind: "ca-bundle-path-exists",
    subject: lookup.path,
    cause,
    truth: truthOf(found),
    candidates: paths
  };
  if (settings.length > 1)
    return {
      ...base,
      reason: `${lookup.path} is named by ${settings.length} settings; one change would not cover them`
    };
  if (paths.length !== 1 || !paths[0])
    return {
      ...base,
      reason: paths.length === 0 ? "no deploy file puts a certificate file in the container: mount or COPY the bundle, or install ca-certificates" : `the deploy files put ${paths.length} certificate files in the container; which one the client needs is a person's call`
    };
  const to = paths[0];
  const at2 = text.indexOf(lookup.path);
  if (at2 < 0 || text.indexOf(lookup.path, at2 + 1) >= 0)
    return { ...base, reason: "the bundle path could not be rewritten on its line" };
  const after = `${text.slice(0, at2)}${to}${text.slice(at2 + lookup.path.length)}`;
  const where2 = found[0] ? `${found[0].file}:${found[0].line}` : "";
  return {
    ...base,
    reason: `${first2.key} names ${lookup.path}, which nothing puts in the container, while ${where2} puts the bundle at ${to}`,
    change: { ...cause, before: text, after, summary: `${first2.key} ${lookup.path} → ${to}` }
  };
}
function caBundleHolds(resolution, patched) {
  const change = resolution.change;
  const setting = buildInventory(patched).settings.find(
    (s) => CA_VARS.test(s.key) && s.file === change?.file && s.line === change?.line
  );
  const held = new Set(caFilesIn(patched).map((f) => f.path));
  return setting && held.has(setting.value) ? {
    ok: true,
    detail: `${setting.key} now names ${setting.value}, which the deploy files put in the container`
  } : { ok: false, detail: `the CA bundle variable still names a file nothing puts in the container` };
}

// src/inventory/resolve-ca-image.ts
var UNKNOWN_AUTHORITY = /x509: certificate signed by unknown authority|unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|x509: failed to load system roots/;
function unknownAuthorityLookup(evidence) {
  return UNKNOWN_AUTHORITY.test(evidence) ? { kind: "unknown-authority" } : void 0;
}
var SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
var IMAGES_WITH_BUNDLE = /^(?:docker\.io\/)?(?:library\/)?(?:golang|node|python|rust|buildpack-deps|alpine|maven|gradle|eclipse-temurin|ruby)(?::|@|$)|distroless\/(?:static|base)/;
var INSTALLS_BUNDLE = /\b(?:apk|apt-get|apt|dnf|yum|microdnf)\b[^\n]*\b(?:add|install)\b[^\n]*\bca-certificates\b/;
var BRINGS_BUNDLE = new RegExp(`ca-certificates\\.crt|/etc/ssl/certs/?\\s*$|${INSTALLS_BUNDLE.source}`);
function stagesOf(content) {
  const stages = [];
  content.split("\n").forEach((text, i) => {
    const m = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(text);
    if (m?.[1]) {
      stages.push({
        from: m[1],
        index: stages.length,
        line: i + 1,
        body: [],
        ...m[2] ? { name: m[2] } : {}
      });
      return;
    }
    stages.at(-1)?.body.push(text);
  });
  return stages;
}
function hasBundle(stage, stages, depth = 0) {
  if (IMAGES_WITH_BUNDLE.test(stage.from) || stage.body.some((l) => INSTALLS_BUNDLE.test(l))) return true;
  const parent = stages.find((s) => s.name === stage.from);
  return depth < 8 && parent !== void 0 && parent !== stage && hasBundle(parent, stages, depth + 1);
}
function bareFinal(content) {
  const stages = stagesOf(content);
  const final = stages.at(-1);
  if (final?.from !== "scratch" || final.body.some((l) => BRINGS_BUNDLE.test(l))) return void 0;
  return { final, stages };
}
function resolveScratchBundle(files) {
  const bare = files.flatMap((f) => {
    const found = /(^|\/)(Dockerfile|Containerfile)[\w.-]*$|\.dockerfile$/i.test(f.path) && bareFinal(f.content);
    return found ? [{ file: f, ...found }] : [];
  });
  const one = bare[0];
  const text = one ? lineAt(one.file.content, one.final.line) : void 0;
  if (!one || text === void 0) return void 0;
  const cause = { file: one.file.path, line: one.final.line, text };
  const copiedFrom = new Set(one.final.body.flatMap((l) => /^\s*COPY\s+--from=(\S+)/i.exec(l)?.[1] ?? []));
  const sources = one.stages.filter((s) => s !== one.final && hasBundle(s, one.stages));
  const preferred = sources.filter((s) => copiedFrom.has(s.name ?? String(s.index)));
  const pick = preferred.length === 1 ? preferred : sources;
  const names = pick.map((s) => s.name ?? String(s.index));
  const base = {
    kind: "final-stage-has-ca-bundle",
    subject: "FROM scratch",
    cause,
    truth: pick.map((s) => ({ file: one.file.path, line: s.line })),
    candidates: names.map((n) => `COPY --from=${n} ${SYSTEM_BUNDLE} ${SYSTEM_BUNDLE}`)
  };
  if (bare.length > 1)
    return {
      ...base,
      reason: `${bare.length} Dockerfiles build FROM scratch without a CA bundle; which one runs this client is not said`
    };
  if (names.length !== 1 || !names[0])
    return {
      ...base,
      reason: names.length === 0 ? "no build stage has a CA bundle to copy: install ca-certificates in one and copy it into the final stage" : `${names.length} build stages have a CA bundle; which to copy from is a person's call`
    };
  const copy = `COPY --from=${names[0]} ${SYSTEM_BUNDLE} ${SYSTEM_BUNDLE}`;
  return {
    ...base,
    reason: `the final stage is FROM scratch, which has no CA bundle, so every certificate is from an unknown authority; stage ${names[0]} has ${SYSTEM_BUNDLE}`,
    change: { ...cause, before: text, after: `${text}
${copy}`, summary: `final stage += ${copy}` }
  };
}
function scratchBundleHolds(resolution, patched) {
  const file = patched.find((f) => f.path === resolution.change?.file);
  const final = file ? stagesOf(file.content).at(-1) : void 0;
  return final?.body.some((l) => BRINGS_BUNDLE.test(l)) ? { ok: true, detail: `the final stage of ${file?.path} now has ${SYSTEM_BUNDLE}` } : { ok: false, detail: "the final stage still has no CA bundle" };
}

// src/inventory/growth.ts
var MEMORY_READING = /["']?(rss|heapUsed|heap_used|heap_used_bytes|resident|working_set|workingSet|memory_usage|mem_used|usedMemory)["']?\s*[:=]\s*(\d+(?:\.\d+)?)/i;
var TOP_POD_ROW = /^([a-z0-9][\w.-]*)\s+\d+m\s+(\d+)(Ki|Mi|Gi)\s*$/;
var UNIT = { Ki: 1 / 1024, Mi: 1, Gi: 1024 };
var MIN_READINGS = 6;
function steadyGrowth(lines3) {
  const series = /* @__PURE__ */ new Map();
  for (const line of lines3) {
    const top = TOP_POD_ROW.exec(line.trim());
    if (top?.[1] && top[2]) {
      const mib = Number(top[2]) * UNIT[top[3]];
      series.set(`pod ${top[1]}`, [...series.get(`pod ${top[1]}`) ?? [], mib]);
      continue;
    }
    const m = MEMORY_READING.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const key = m[1].toLowerCase();
    series.set(key, [...series.get(key) ?? [], Number(m[2])]);
  }
  return [...series.values()].some(risesSteadily);
}
function risesSteadily(values) {
  if (values.length < MIN_READINGS) return false;
  const rising = values.slice(1).filter((v, i) => v >= (values[i] ?? 0)).length;
  const first2 = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return rising >= 0.8 * (values.length - 1) && first2 > 0 && last >= 1.5 * first2;
}

// src/inventory/resolve-usage.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/inventory/usage-rules.ts
var USAGE_RULES = [
  { resource: "memory", field: "requests", headroom: 1 },
  {
    resource: "ephemeral-storage",
    field: "limits",
    headroom: 1.25,
    // Node-local scratch volumes count against the pod's ephemeral storage.
    goesTo: /^\s*(-\s*)?emptyDir:/
  }
];
var MI = 1024 ** 2;
var GI = 1024 ** 3;
var STEPS = [
  { below: GI, step: 64 * MI },
  { below: 8 * GI, step: 512 * MI },
  { below: Number.POSITIVE_INFINITY, step: GI }
];
var SUFFIX = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: MI,
  Gi: GI,
  Ti: 1024 ** 4
};
function parseBytes(text) {
  const m = /^"?'?(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?'?"?$/.exec(text.trim());
  if (!m?.[1]) return void 0;
  const bytes = Number(m[1]) * (SUFFIX[m[2] ?? ""] ?? 1);
  return Number.isFinite(bytes) ? bytes : void 0;
}
function sizeFor(peak, headroom) {
  const want = peak * headroom;
  const step = STEPS.find((s) => want < s.below)?.step ?? GI;
  const bytes = Math.ceil(want / step) * step;
  return bytes % GI === 0 ? `${bytes / GI}Gi` : `${bytes / MI}Mi`;
}
function showBytes(bytes) {
  return bytes >= GI ? `${(bytes / GI).toFixed(2)}Gi` : `${Math.round(bytes / MI)}Mi`;
}
var EVICTED = /Container ([\w.-]+) was using (\d+(?:\.\d+)?(?:Ki|Mi|Gi|Ti|k|M|G|T)?), request is ([\w.]+), has larger consumption of (memory|ephemeral-storage)/g;
function usageLookup(evidence) {
  const seen = [...evidence.matchAll(EVICTED)].flatMap((m) => {
    const bytes = parseBytes(m[2] ?? "");
    return bytes !== void 0 && m[1] && m[4] ? [{ container: m[1], resource: m[4], bytes }] : [];
  });
  const first2 = seen[0];
  if (!first2) return void 0;
  const same = seen.filter((s) => s.container === first2.container && s.resource === first2.resource);
  return {
    kind: "usage-over-reservation",
    resource: first2.resource,
    container: first2.container,
    readings: same.map((s) => s.bytes)
  };
}
function usageRefusal(readings) {
  return risesSteadily(readings) ? "the usage the evictions report rises steadily; a larger reservation only delays the next eviction" : void 0;
}
var PEAK_NOTE = "measured usage peak: ";
function widenUsage(lookup, lines3) {
  const all = usageLookup(lines3.join("\n"));
  return all && all.container === lookup.container && all.resource === lookup.resource ? all.readings.length > lookup.readings.length ? { ...lookup, readings: all.readings } : lookup : lookup;
}
function withCitedPeak(lookup, notes) {
  const peak = notes.filter((n) => n.startsWith(PEAK_NOTE)).map((n) => Number(/^(\d+) bytes/.exec(n.slice(PEAK_NOTE.length))?.[1])).find((n) => Number.isFinite(n) && n > 0);
  return peak ? { ...lookup, peak } : lookup;
}

// src/inventory/resolve-usage.ts
function keyed(node, key, lineOf2) {
  const e = entries(node).find((x) => x.key === key);
  return e ? { line: lineOf2(e.keyNode), value: e.value } : void 0;
}
function resourceBlocks(files) {
  const out = [];
  for (const f of files.filter((x) => /\.ya?ml$/.test(x.path))) {
    for (const doc of yamlDocs(f.content)) {
      const walk = (node, parentKey, depth) => {
        if (depth > 40) return;
        if ((0, import_yaml3.isSeq)(node)) {
          for (const item of node.items) walk(item, parentKey, depth + 1);
          return;
        }
        if (!(0, import_yaml3.isMap)(node)) return;
        const resources2 = keyed(node, "resources", doc.lineOf);
        if (resources2 && (0, import_yaml3.isMap)(resources2.value)) {
          const requests = keyed(resources2.value, "requests", doc.lineOf);
          const limits = keyed(resources2.value, "limits", doc.lineOf);
          out.push({
            file: f.path,
            owner: scalar(child(node, "name")) ?? parentKey,
            resources: resources2,
            fields: { ...requests ? { requests } : {}, ...limits ? { limits } : {} }
          });
        }
        for (const e of entries(node)) if (e.key !== "resources") walk(e.value, e.key, depth + 1);
      };
      walk(doc.root, void 0, 0);
    }
  }
  return out;
}
function blockOf(files, container2) {
  const all = resourceBlocks(files);
  const named2 = all.filter((b) => b.owner === container2);
  const pick = named2.length > 0 ? named2 : all.length === 1 ? all : [];
  if (pick.length === 1 && pick[0]) return pick[0];
  if (pick.length > 1)
    return `several resources blocks could be container ${container2}'s (${pick.map((b) => `${b.file}:${b.resources.line}`).join(", ")})`;
  return all.length === 0 ? "the repository read sets no resources" : `no resources block is container ${container2}'s`;
}
function quantityAt(block, field, resource, content) {
  const map = block.fields[field]?.value;
  const e = entries(map).find((x) => x.key === resource);
  const raw = scalar(e?.value);
  const bytes = raw === void 0 ? void 0 : parseBytes(raw);
  if (!e || raw === void 0 || bytes === void 0) return void 0;
  const line = lineOfKey(content, block.fields[field]?.line ?? 0, resource);
  const text = lineAt(content, line) ?? "";
  return { file: block.file, line, text, bytes, raw };
}
function lineOfKey(content, from, key) {
  const lines3 = content.split("\n");
  const re = new RegExp(`^\\s*"?${key}"?\\s*:`);
  for (let i = from; i < lines3.length; i += 1) if (re.test(lines3[i] ?? "")) return i + 1;
  return from;
}
var indentOf2 = (text) => /^\s*/.exec(text)?.[0] ?? "";
function childIndent(content, keyLine) {
  const own = indentOf2(lineAt(content, keyLine) ?? "");
  const next = lineAt(content, keyLine + 1) ?? "";
  const inner = indentOf2(next);
  return next.trim() && inner.length > own.length ? inner : `${own}  `;
}
function edit(block, field, resource, value, content) {
  const set = quantityAt(block, field, resource, content);
  if (set) {
    const after = set.text.replace(/(:\s*)(["']?)[\w.]+\2/, `$1$2${value}$2`);
    return { line: set.line, before: set.text, after };
  }
  const own = block.fields[field];
  if (own) {
    if (!(0, import_yaml3.isMap)(own.value) || own.value.flow)
      return `${block.file}:${own.line} writes ${field} inline; edit it by hand`;
    const before2 = lineAt(content, own.line) ?? "";
    return {
      line: own.line,
      before: before2,
      after: `${before2}
${childIndent(content, own.line)}${resource}: ${value}`
    };
  }
  const res = block.resources;
  if (res.value.flow) return `${block.file}:${res.line} writes resources inline`;
  const before = lineAt(content, res.line) ?? "";
  const inner = childIndent(content, res.line);
  return {
    line: res.line,
    before,
    after: `${before}
${inner}${field}:
${inner}  ${resource}: ${value}`
  };
}
function resolveUsage(lookup, files) {
  const rule = USAGE_RULES.find((r) => r.resource === lookup.resource);
  const peak = Math.max(...lookup.readings, lookup.peak ?? 0);
  const block = blockOf(files, lookup.container);
  if (!rule || typeof block === "string" || !(peak > 0)) return void 0;
  const content = files.find((f) => f.path === block.file)?.content ?? "";
  const current = quantityAt(block, rule.field, rule.resource, content);
  const other = quantityAt(block, rule.field === "requests" ? "limits" : "requests", rule.resource, content);
  const cause = current ?? {
    file: block.file,
    line: block.fields[rule.field]?.line ?? block.resources.line,
    text: lineAt(content, block.fields[rule.field]?.line ?? block.resources.line) ?? ""
  };
  const used = `container ${lookup.container} used ${showBytes(peak)} of ${rule.resource}`;
  const base = {
    kind: "resources-cover-usage",
    subject: `the ${rule.resource} ${rule.field === "requests" ? "request" : "limit"} of container ${lookup.container}`,
    cause: { file: cause.file, line: cause.line, text: cause.text },
    truth: [
      ...content.split("\n").flatMap((t, i) => rule.goesTo?.test(t) ? [{ file: block.file, line: i + 1 }] : []),
      ...other ? [{ file: other.file, line: other.line }] : []
    ],
    measured: peak
  };
  const refused = usageRefusal(lookup.readings);
  if (refused) return { ...base, candidates: [], reason: `${used}, but ${refused}` };
  if (current && current.bytes >= peak)
    return {
      ...base,
      candidates: [],
      reason: `${used}, within the ${current.raw} set: something else holds the node`
    };
  let value = sizeFor(peak, rule.headroom);
  const bytes = parseBytes(value) ?? 0;
  if (other && (rule.field === "requests" ? other.bytes < bytes : other.bytes > bytes)) {
    if (rule.field === "requests" && other.bytes >= peak) value = other.raw;
    else
      return {
        ...base,
        candidates: [value],
        reason: `${used}; ${value} would cross the ${other.raw} set at ${other.file}:${other.line}: a sizing decision`
      };
  }
  const change = edit(block, rule.field, rule.resource, value, content);
  if (typeof change === "string") return { ...base, candidates: [value], reason: `${used}; ${change}` };
  const was = current?.raw ?? "unset";
  return {
    ...base,
    candidates: [value],
    reason: `${used} (the peak the evictions report), ${was} set; ${value} is the peak × ${rule.headroom} rounded up`,
    change: {
      file: block.file,
      ...change,
      summary: `${rule.resource} ${rule.field === "requests" ? "request" : "limit"} ${was} → ${value}`
    }
  };
}
function usageRelationHolds(resolution, patched) {
  const container2 = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const rule = USAGE_RULES.find((r) => resolution.subject.startsWith(`the ${r.resource} `));
  const block = blockOf(patched, container2);
  const peak = resolution.measured ?? Number.POSITIVE_INFINITY;
  if (!rule || typeof block === "string")
    return { ok: false, detail: typeof block === "string" ? block : "no rule" };
  const content = patched.find((f) => f.path === block.file)?.content ?? "";
  const now = quantityAt(block, rule.field, rule.resource, content);
  return now && now.bytes >= peak ? { ok: true, detail: `${resolution.subject} is now ${now.raw}, at least the ${showBytes(peak)} used` } : { ok: false, detail: `${resolution.subject} is still below the ${showBytes(peak)} used` };
}

// src/inventory/resolve-node-fit.ts
var ALL_INSUFFICIENT = /(?:pod\/([\w.-]+)[^\n]*?)?0\/(\d+) nodes are available:[^\n]*?\b(\d+) Insufficient (cpu|memory)\b/;
function nodeFitLookup(evidence) {
  const m = ALL_INSUFFICIENT.exec(evidence);
  if (!m?.[4] || m[2] !== m[3]) return void 0;
  return { kind: "request-exceeds-nodes", resource: m[4], pod: m[1] ?? "" };
}
var NODE_FIT_RULE = { share: 0.9, step: { cpu: 100, memory: 256 * 1024 ** 2 } };
var TABLE_HEADER = /^\s*NAME\s+(?:\S+\s+)*(?:CPU|MEMORY)\b/;
var TABLE_ROW = /^\s*[a-z0-9][\w.-]*\s+(?:\S+\s+)*\d+(?:\.\d+)?m?\s+\d+(?:Ki|Mi|Gi)\s*$/;
var SECTION = /^(Allocatable|Capacity):\s*$/;
var DESCRIBED = /^\s+(cpu|memory):\s+(\S+)\s*$/;
var ALLOCATABLE_SEARCH = [TABLE_HEADER, TABLE_ROW, /^(?:Allocatable|Capacity):\s*$/, DESCRIBED].map((re) => `(?:${re.source})`).join("|");
var ALLOCATABLE_RE = new RegExp(ALLOCATABLE_SEARCH);
var isAllocatableLine = (text) => ALLOCATABLE_RE.test(text);
function parseCpu(text) {
  const m = /^["']?(\d+(?:\.\d+)?)(m?)["']?$/.exec(text.trim());
  if (!m?.[1]) return void 0;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1e3;
}
var parse2 = (resource, text) => resource === "cpu" ? parseCpu(text) : parseBytes(text);
function allocatableIn(lines3, resource) {
  const out = [];
  const files = /* @__PURE__ */ new Map();
  for (const l of lines3) files.set(l.file, [...files.get(l.file) ?? [], l]);
  for (const file of files.values()) {
    let column = -1;
    let section2;
    for (const l of [...file].sort((a, b) => a.line - b.line)) {
      if (TABLE_HEADER.test(l.text)) {
        column = l.text.trim().split(/\s+/).indexOf(resource.toUpperCase());
        continue;
      }
      const open = SECTION.exec(l.text);
      if (open?.[1]) {
        section2 = { name: open[1], line: l.line };
        continue;
      }
      const described = DESCRIBED.exec(l.text);
      if (described?.[2] && described[1] === resource) {
        const amount2 = parse2(resource, described[2]);
        if (section2?.name === "Allocatable" && l.line - section2.line <= 8 && amount2)
          out.push({ amount: amount2, at: l });
        continue;
      }
      const cell = column >= 0 && TABLE_ROW.test(l.text) ? l.text.trim().split(/\s+/)[column] : void 0;
      const amount = cell === void 0 ? void 0 : parse2(resource, cell);
      if (amount) out.push({ amount, at: l });
    }
  }
  return out;
}
function requestOf(block, resource, content) {
  const e = entries(block.fields.requests?.value).find((x) => x.key === resource);
  const raw = scalar(e?.value);
  if (!e || raw === void 0) return void 0;
  const line = lineOfKey(content, block.fields.requests?.line ?? 0, resource);
  return { line, raw, text: lineAt(content, line) ?? "" };
}
function blockFor(files, lookup) {
  const all = resourceBlocks(files).filter((b) => b.fields.requests);
  const named2 = all.filter((b) => b.owner && lookup.pod.startsWith(`${b.owner}-`));
  const pick = named2.length > 0 ? named2 : all;
  return pick.length === 1 ? pick[0] : void 0;
}
var show = (resource, n) => resource === "cpu" ? `${n}m` : `${Math.round(n / 1024 ** 2)}Mi`;
function resolveNodeFit(lookup, files, facts) {
  const nodes = allocatableIn(facts, lookup.resource);
  const block = blockFor(files, lookup);
  const content = files.find((f) => f.path === block?.file)?.content ?? "";
  const request = block ? requestOf(block, lookup.resource, content) : void 0;
  const wanted = request ? parse2(lookup.resource, request.raw) : void 0;
  if (!block || !request || wanted === void 0) return void 0;
  const largest = nodes.reduce(
    (a, b) => a && a.amount >= b.amount ? a : b,
    void 0
  );
  const base = {
    kind: "request-fits-node",
    subject: `the ${lookup.resource} request of container ${block.owner ?? "?"}`,
    cause: { file: block.file, line: request.line, text: request.text },
    truth: largest ? [{ file: largest.at.file, line: largest.at.line }] : [],
    ...largest ? { measured: largest.amount } : {}
  };
  if (!largest)
    return {
      ...base,
      candidates: [],
      reason: "the logs list no node's allocatable capacity to compare with"
    };
  if (wanted <= largest.amount)
    return {
      ...base,
      candidates: [],
      reason: `the ${request.raw} requested fits a node (${show(lookup.resource, largest.amount)} allocatable): the nodes are full, not too small; add capacity rather than shrink the request`
    };
  const step = NODE_FIT_RULE.step[lookup.resource];
  const value = show(lookup.resource, Math.floor(largest.amount * NODE_FIT_RULE.share / step) * step);
  return {
    ...base,
    candidates: [value],
    reason: `${request.raw} ${lookup.resource} is requested and the largest node has ${show(lookup.resource, largest.amount)} allocatable, so no node can ever fit the pod; ${value} is ${NODE_FIT_RULE.share * 100}% of it (room for DaemonSets), rounded down`,
    change: {
      file: block.file,
      line: request.line,
      before: request.text,
      after: request.text.replace(/(:\s*)(["']?)[\w.]+\2/, `$1${value}`),
      summary: `${lookup.resource} request ${request.raw} → ${value} (largest node allocatable ${show(lookup.resource, largest.amount)})`
    }
  };
}
function nodeFitHolds(resolution, patched) {
  const resource = resolution.subject.includes(" cpu ") ? "cpu" : "memory";
  const owner = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const block = resourceBlocks(patched).find((b) => b.owner === owner && b.fields.requests);
  const content = patched.find((f) => f.path === block?.file)?.content ?? "";
  const request = block ? requestOf(block, resource, content) : void 0;
  const now = request ? parse2(resource, request.raw) : void 0;
  const room = resolution.measured ?? 0;
  return now !== void 0 && now <= room ? {
    ok: true,
    detail: `the ${resource} request ${request?.raw} now fits the largest node's ${show(resource, room)}`
  } : {
    ok: false,
    detail: `the ${resource} request still exceeds every node's allocatable ${show(resource, room)}`
  };
}

// src/inventory/resolve-cpu-throttle.ts
var THROTTLED = [
  /throttling of CPU in namespace [\w.-]+ for container ([\w.-]+)/,
  /container_cpu_cfs_throttled_(?:periods|seconds)_total\{[^}]*container="([\w.-]+)"/
];
function cpuThrottleLookup(evidence) {
  for (const re of THROTTLED) {
    const container2 = re.exec(evidence)?.[1];
    if (container2) return { kind: "cpu-throttled", container: container2 };
  }
  return void 0;
}
var CPU_READING = /["']?[cC][pP][uU][_-]?[uU]sage[_-]?(?:[mM]illicores|m)["']?\s*[:=]\s*(\d+(?:\.\d+)?)/;
var CPU_READING_SEARCH = CPU_READING.source;
var isCpuReadingLine = (text) => CPU_READING.test(text);
var CPU_THROTTLE_RULE = { pinned: 0.9 };
function cpuLimitOf(block, content) {
  const e = entries(block.fields.limits?.value).find((x) => x.key === "cpu");
  const raw = scalar(e?.value);
  const millis = raw === void 0 ? void 0 : parseCpu(raw);
  if (!e || raw === void 0 || millis === void 0) return void 0;
  const line = lineOfKey(content, block.fields.limits?.line ?? 0, "cpu");
  return { line, raw, millis, text: lineAt(content, line) ?? "" };
}
function blockOf2(files, container2) {
  const all = resourceBlocks(files).filter((b) => b.fields.limits);
  const named2 = all.filter((b) => b.owner === container2);
  const pick = named2.length > 0 ? named2 : all;
  return pick.length === 1 ? pick[0] : void 0;
}
function resolveCpuThrottle(lookup, files, facts) {
  const block = blockOf2(files, lookup.container);
  const content = files.find((f) => f.path === block?.file)?.content ?? "";
  const limit = block ? cpuLimitOf(block, content) : void 0;
  if (!block || !limit) return void 0;
  const hits = facts.filter((f) => f.file !== "companion" && CPU_READING.test(f.text));
  const readings = hits.map((h) => Number(CPU_READING.exec(h.text)?.[1]));
  const peak = Math.max(0, ...readings);
  const peakAt = hits[readings.indexOf(peak)];
  const base = {
    kind: "cpu-limit-uncapped",
    subject: `the CPU limit of container ${lookup.container}`,
    cause: { file: block.file, line: limit.line, text: limit.text },
    truth: peakAt ? [{ file: peakAt.file, line: peakAt.line }] : [],
    measured: peak
  };
  const used = `container ${lookup.container} logs ${peak}m of CPU used under a ${limit.raw} limit`;
  if (readings.length === 0)
    return { ...base, candidates: [], reason: "the logs report no CPU use to compare the limit with" };
  if (risesSteadily(readings))
    return {
      ...base,
      candidates: [],
      reason: `${used}, rising steadily: a limit removed would hide runaway work`
    };
  if (peak < limit.millis * CPU_THROTTLE_RULE.pinned)
    return {
      ...base,
      candidates: [],
      reason: `${used}: below the limit on average, so bursts are throttled; size the limit by hand`
    };
  const next = lineAt(content, limit.line + 1);
  if (next === void 0)
    return {
      ...base,
      candidates: ["no CPU limit"],
      reason: `${used}: remove the limit by hand (last line of the file)`
    };
  return {
    ...base,
    candidates: ["no CPU limit"],
    reason: `${used}: pinned at the quota, so the need is above what it lets be measured; the limit is removed, the request kept`,
    change: {
      file: block.file,
      line: limit.line,
      before: `${limit.text}
${next}`,
      after: next,
      span: 2,
      summary: `CPU limit ${limit.raw} of container ${lookup.container} removed (use pinned at ${peak}m)`
    }
  };
}
function cpuThrottleHolds(resolution, patched) {
  const container2 = /container ([\w.-]+)$/.exec(resolution.subject)?.[1] ?? "";
  const block = resourceBlocks(patched).find((b) => b.owner === container2);
  const content = patched.find((f) => f.path === block?.file)?.content ?? "";
  const limit = block ? cpuLimitOf(block, content) : void 0;
  const need = (resolution.measured ?? 0) / CPU_THROTTLE_RULE.pinned;
  return block && (!limit || limit.millis > need) ? { ok: true, detail: `container ${container2} ${limit ? `may use ${limit.raw}` : "has no CPU limit"}` } : { ok: false, detail: `container ${container2} is still capped at the CPU it was throttled at` };
}

// src/inventory/resolve-env.ts
function definesEnv(s) {
  return s.source !== "helm-values" && s.source !== "app-config" || /^[A-Z][A-Z0-9_]*$/.test(s.key);
}
var RENAMED = /\b(renam\w*|convention|formerly|was\s+[A-Z][A-Z0-9_]+|new name|moved to)\b/i;
function deploySideMoved(s, contentOf) {
  const lines3 = (contentOf(s.file) ?? "").split("\n");
  const around = lines3.slice(Math.max(0, s.line - 4), s.line);
  return around.some((l) => /^\s*#/.test(l) || /\s#\s/.test(l) ? RENAMED.test(l) : false);
}
function renameRead(text, from, to) {
  const re = new RegExp(`(["'\`])${from}\\1`, "g");
  const hits = [...text.matchAll(re)];
  return hits.length === 1 ? text.replace(re, `$1${to}$1`) : void 0;
}
function resolveMissingEnv(name, inv, reads, contentOf) {
  const env = inv.settings.filter(definesEnv);
  if (env.some((s) => s.key === name)) return void 0;
  const near = env.filter((s) => nearName(s.key, name));
  const keys = [...new Set(near.map((s) => s.key))];
  const def = near[0];
  const defLine = def ? lineAt(contentOf(def.file) ?? "", def.line) : void 0;
  const read = reads[0];
  const cause = def && defLine !== void 0 ? { file: def.file, line: def.line, text: defLine } : read;
  if (!cause) return void 0;
  const base = {
    kind: "env-var-defined",
    subject: name,
    cause,
    truth: [
      ...near.map((s) => ({ file: s.file, line: s.line })),
      ...reads.map((r) => ({ file: r.file, line: r.line }))
    ],
    candidates: keys
  };
  if (keys.length !== 1 || !def)
    return {
      ...base,
      reason: keys.length > 1 ? `several defined names are near ${name}: ${keys.join(", ")}` : `no deploy file defines ${name} or a name near it`
    };
  if (!deploySideMoved(def, contentOf))
    return {
      ...base,
      reason: `${name} is read but ${def.key} is defined; which side was renamed is not in the evidence`
    };
  if (reads.length !== 1 || !read)
    return { ...base, reason: `${name} is read in ${reads.length} places; one change would not cover them` };
  const after = renameRead(read.text, name, def.key);
  if (!after)
    return { ...base, reason: `${read.file}:${read.line} does not read ${name} as one quoted name` };
  return {
    ...base,
    cause: read,
    reason: `${def.file}:${def.line} renamed the variable on purpose (its comment says so); the code follows`,
    change: { ...read, before: read.text, after, summary: `read ${def.key} instead of ${name}` }
  };
}
function envReadPattern(name) {
  return new RegExp(
    `(environ|getenv|Getenv|ENV|env)[^\\n]{0,20}["'\`]${name}["'\`]|process\\.env\\.${name}\\b`
  );
}

// src/inventory/resolve-host.ts
function namesHost(setting, test) {
  return hostsIn(setting.value).some((h) => test(h.host, h.port));
}
function cite(setting, contentOf) {
  const text = lineAt(contentOf(setting.file) ?? "", setting.line);
  return text === void 0 ? void 0 : { file: setting.file, line: setting.line, text };
}
function isService(host, services) {
  const label = firstLabel(host);
  const ns = namespaceOf(host);
  return services.some(
    (s) => (s.name === host || s.name === label) && (!ns || !s.namespace || s.namespace === ns)
  );
}
var SERVER_WORDS = [
  [/^(db|database|postgres|postgresql|pg|pgsql|mysql|mariadb)$/, "db"],
  [/^(mongo|mongodb)$/, "mongo"],
  [/^(mq|amqp|rabbit|rabbitmq)$/, "mq"],
  [/^(es|elastic|elasticsearch|opensearch|search)$/, "search"]
];
function kindWords(name) {
  return name.toLowerCase().split(/[-_.]/).map((w) => SERVER_WORDS.find(([re]) => re.test(w))?.[1] ?? w).join("-");
}
function sameKindName(a, b) {
  return a.toLowerCase() !== b.toLowerCase() && kindWords(a) === kindWords(b);
}
function hasSubcharts(inv, contentOf) {
  return inv.files.some((f) => /(^|\/)Chart\.ya?ml$/.test(f) && /^dependencies:/m.test(contentOf(f) ?? ""));
}
function resolveUnknownHost(host, inv, contentOf) {
  if (inv.services.length === 0 || isService(host, inv.services) || LOOPBACK.has(host)) return void 0;
  const settings = inv.settings.filter(
    (s) => namesHost(s, (h) => sameHost(h, host) || h === firstLabel(host))
  );
  const first2 = settings[0];
  const cause = first2 ? cite(first2, contentOf) : void 0;
  if (!first2 || !cause) return void 0;
  const token = hostsIn(first2.value).find((h) => sameHost(h.host, host) || h.host === firstLabel(host));
  const ns = namespaceOf(host);
  const agrees = (s) => (!ns || !s.namespace || s.namespace === ns) && (token?.port === void 0 || s.ports.length === 0 || s.ports.includes(token.port));
  const named2 = inv.services.filter((s) => nearName(firstLabel(host), s.name) && agrees(s));
  const kindNamed = token?.port === void 0 || hasSubcharts(inv, contentOf) ? [] : inv.services.filter((s) => s.ports.length > 0 && sameKindName(firstLabel(host), s.name) && agrees(s));
  const near = [.../* @__PURE__ */ new Set([...named2, ...kindNamed])];
  const base = {
    kind: "host-names-service",
    subject: host,
    cause,
    truth: (near.length > 0 ? near : inv.services).map((s) => ({ file: s.file, line: s.line })),
    candidates: (near.length > 0 ? near : inv.services).map((s) => s.name)
  };
  const target = near[0];
  if (near.length !== 1 || !target || !token)
    return {
      ...base,
      reason: near.length > 1 ? "several services are near the name" : "no service is near the name"
    };
  if (settings.length > 1)
    return {
      ...base,
      reason: `${host} is set in ${settings.length} places; one change would not cover them`
    };
  const to = `${target.name}${token.host.slice(firstLabel(token.host).length)}`;
  const after = replaceHost(cause.text, token.host, to);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `${target.source === "k8s" ? "the Service" : "the compose service"} is named ${target.name} (${target.file}:${target.line})`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${first2.path ?? first2.key}: ${token.host} → ${to}`
    }
  };
}
var PORT_WORDS = {
  5432: /pg|postgres|database|db/i,
  3306: /mysql|maria|database|db/i,
  6379: /redis|cache/i,
  27017: /mongo|database|db/i
};
function loopbackSetting(port, inv, listening2, dialled) {
  const loopback = inv.settings.filter(
    (s) => s.source !== "helm-values" && namesHost(s, (h, p) => LOOPBACK.has(h) && (!port || !p || p === port))
  );
  const words = port !== void 0 ? PORT_WORDS[port] : void 0;
  const keyed2 = loopback.filter(
    (s) => listening2.some((svc) => (s.path ?? s.key).toLowerCase().includes(svc.name.toLowerCase())) || words?.test(s.path ?? s.key)
  );
  const spelled = loopback.filter((s) => namesHost(s, (h) => h === dialled));
  if (loopback.length === 1) return loopback[0];
  if (spelled.length === 1) return spelled[0];
  return keyed2.length === 1 ? keyed2[0] : void 0;
}
function resolveLoopback(port, inv, contentOf, dialled) {
  const compose = inv.services.filter((s) => s.source === "compose");
  if (compose.length === 0) return void 0;
  const listening2 = compose.filter(
    (s) => port !== void 0 && (s.ports.includes(port) || imagePort(s.image) === port)
  );
  const setting = loopbackSetting(port, inv, listening2, dialled);
  const cause = setting ? cite(setting, contentOf) : void 0;
  if (!setting || !cause) return void 0;
  const base = {
    kind: "host-names-service",
    subject: `${hostsIn(setting.value)[0]?.host ?? "localhost"}${port ? `:${port}` : ""}`,
    cause,
    truth: listening2.map((s) => ({ file: s.file, line: s.line })),
    candidates: listening2.map((s) => s.name)
  };
  const target = listening2[0];
  const from = hostsIn(setting.value).find((h) => LOOPBACK.has(h.host))?.host;
  if (listening2.length !== 1 || !target || !from)
    return {
      ...base,
      reason: listening2.length > 1 ? "several services listen on that port" : "no service listens on that port"
    };
  const after = replaceHost(cause.text, from, target.name);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `inside a container ${from} is the container itself; compose service ${target.name} (${target.file}:${target.line}) listens on ${port}`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${setting.path ?? setting.key}: ${from} → ${target.name}`
    }
  };
}

// src/inventory/resolve-k8s-attach.ts
var MULTI_ATTACH = /Multi-Attach error for volume "?([\w.-]+)"?/;
var POD = /\bpod\/([a-z0-9][\w.-]*)|already used by pod\(s\) ([a-z0-9][\w.-]*)/g;
var SINGLE_NODE = /^ReadWriteOnce(Pod)?$/;
function attachLookup(evidence) {
  const m = MULTI_ATTACH.exec(evidence);
  if (!m?.[1]) return void 0;
  const pods = [...evidence.matchAll(POD)].flatMap((p) => [p[1] ?? p[2] ?? ""]).filter(Boolean);
  return { kind: "multi-attach", volume: m[1], pods: [...new Set(pods)] };
}
function lastLine(content, node) {
  const end = node?.range?.[1] ?? 0;
  return content.slice(0, end).replace(/\n+$/, "").split("\n").length;
}
function deployments(file, content) {
  return yamlDocs(content).flatMap((doc) => {
    if (scalar(child(doc.root, "kind")) !== "Deployment") return [];
    const spec = child(doc.root, "spec");
    const first2 = entries(spec)[0];
    if (!first2) return [];
    const volumes = items(child(child(child(spec, "template"), "spec"), "volumes"));
    const claims = volumes.flatMap(
      (v) => scalar(child(child(v, "persistentVolumeClaim"), "claimName")) ?? []
    );
    const strategyPair = entries(spec).find((e) => e.key === "strategy");
    const firstKey = doc.lineOf(first2.keyNode);
    const indent = /^\s*/.exec(content.split("\n")[firstKey - 1] ?? "")?.[0] ?? "  ";
    return [
      {
        name: scalar(child(child(doc.root, "metadata"), "name")) ?? "",
        replicas: Number(scalar(child(spec, "replicas")) ?? 1),
        claims,
        file,
        line: firstKey,
        firstKey,
        indent,
        ...strategyPair ? {
          strategy: {
            type: scalar(child(strategyPair.value, "type")) ?? "RollingUpdate",
            from: doc.lineOf(strategyPair.keyNode),
            to: lastLine(content, strategyPair.value),
            rolling: child(strategyPair.value, "rollingUpdate") !== void 0
          }
        } : {}
      }
    ];
  });
}
function singleNodeClaims(reads) {
  const out = /* @__PURE__ */ new Map();
  for (const { path, content } of reads)
    for (const doc of yamlDocs(content)) {
      if (scalar(child(doc.root, "kind")) !== "PersistentVolumeClaim") continue;
      const node = child(child(doc.root, "spec"), "accessModes");
      const modes = items(node).map((n) => scalar(n) ?? "");
      const name = scalar(child(child(doc.root, "metadata"), "name"));
      if (name && modes.some((m) => SINGLE_NODE.test(m)))
        out.set(name, { file: path, line: doc.lineOf(node) });
    }
  return out;
}
var ownedBy = (pod, deployment) => pod.startsWith(`${deployment}-`) && /^[a-z0-9]{5,10}-[a-z0-9]{5}$/.test(pod.slice(deployment.length + 1));
function resolveMultiAttach(lookup, reads) {
  const rwo = singleNodeClaims(reads);
  const all = reads.flatMap((r) => /\.ya?ml$/.test(r.path) ? deployments(r.path, r.content) : []);
  const named2 = all.filter((d) => lookup.pods.some((p) => ownedBy(p, d.name)));
  const mounting = (named2.length > 0 ? named2 : all).filter((d) => d.claims.some((c) => rwo.has(c)));
  const target = mounting[0];
  if (!target || target.strategy?.type === "Recreate") return void 0;
  const content = reads.find((r) => r.path === target.file)?.content.split("\n") ?? [];
  const from = target.strategy?.from ?? target.firstKey;
  const to = target.strategy?.to ?? target.firstKey;
  const before = content.slice(from - 1, to).join("\n");
  const claim = target.claims.find((c) => rwo.has(c)) ?? "";
  const recreate = `${target.indent}strategy:
${target.indent}  type: Recreate`;
  const base = {
    kind: "rwo-deployment-recreate",
    subject: `${target.name} (claim ${claim})`,
    cause: { file: target.file, line: from, text: content[from - 1] ?? "" },
    truth: [rwo.get(claim) ?? { file: target.file, line: target.line }],
    candidates: ["Recreate"]
  };
  if (mounting.length > 1) return { ...base, reason: "several Deployments mount a ReadWriteOnce claim" };
  if (target.replicas > 1)
    return {
      ...base,
      reason: `${target.replicas} replicas share the ReadWriteOnce claim ${claim}: Recreate cannot help; a StatefulSet with volumeClaimTemplates (or a ReadWriteMany class) is the fix`
    };
  return {
    ...base,
    reason: `claim ${claim} is ReadWriteOnce and the rolling update starts the new pod before the old one releases it`,
    change: {
      ...base.cause,
      before,
      after: target.strategy ? recreate : `${recreate}
${before}`,
      span: to - from + 1,
      summary: `${target.name} strategy ${target.strategy?.type ?? "RollingUpdate (default)"} → Recreate`
    }
  };
}
function attachRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const file = patched.find((r) => r.path === change.file);
  const ok = file && deployments(file.path, file.content).some(
    (d) => d.strategy?.from === change.line && d.strategy.type === "Recreate" && !d.strategy.rolling
  );
  return ok ? { ok: true, detail: `${change.file}: the Deployment now recreates its pod, releasing the volume first` } : {
    ok: false,
    detail: `${change.file}: the Deployment still rolls its pods over a ReadWriteOnce volume`
  };
}

// src/inventory/resolve-k8s-taint.ts
var UNTOLERATED = /untolerated taints? \{([\w./-]+)(?::\s*([\w./-]*))?\}/g;
var POD2 = /\bpod\/([a-z0-9][\w.-]*)/;
function taintLookup(evidence) {
  const taints = [...evidence.matchAll(UNTOLERATED)].map((m) => ({
    key: m[1] ?? "",
    ...m[2] ? { value: m[2] } : {}
  }));
  const unique = taints.filter(
    (t, i) => taints.findIndex((u) => u.key === t.key && u.value === t.value) === i
  );
  const pod = POD2.exec(evidence)?.[1];
  return unique.length > 0 ? { kind: "untolerated-taint", taints: unique, ...pod ? { pod } : {} } : void 0;
}
function podSpecs2(reads) {
  return reads.flatMap(
    ({ path, content }) => yamlDocs(content).flatMap((doc) => {
      const kind = scalar(child(doc.root, "kind")) ?? "";
      const top = child(doc.root, "spec");
      const job = kind === "CronJob" ? child(child(top, "jobTemplate"), "spec") : top;
      const spec = kind === "Pod" ? top : child(child(job, "template"), "spec");
      const name = scalar(child(child(doc.root, "metadata"), "name")) ?? "";
      return spec && items(child(spec, "containers")).length > 0 ? [{ file: path, name, spec, lineOf: doc.lineOf }] : [];
    })
  );
}
function resources(pod) {
  return items(child(pod.spec, "containers")).flatMap((c) => {
    const r = child(c, "resources");
    return [...entries(child(r, "limits")), ...entries(child(r, "requests"))].map((e) => ({
      key: e.key,
      line: pod.lineOf(e.keyNode)
    }));
  });
}
function meantFor(pod, key) {
  return resources(pod).some((r) => r.key === key);
}
function tolerates(spec, taint) {
  return items(child(spec, "tolerations")).some((t) => {
    const key = scalar(child(t, "key"));
    const op = scalar(child(t, "operator")) ?? "Equal";
    return key === void 0 && op === "Exists" || key === taint.key && (op === "Exists" || scalar(child(t, "value")) === (taint.value ?? ""));
  });
}
function resolveTaint(lookup, reads) {
  const pods = podSpecs2(reads);
  const owned = lookup.pod ? pods.filter((p) => lookup.pod?.startsWith(`${p.name}-`) || lookup.pod === p.name) : [];
  const candidates = owned.length > 0 ? owned : pods;
  const pairs = candidates.flatMap(
    (pod2) => lookup.taints.filter((t) => meantFor(pod2, t.key) && !tolerates(pod2.spec, t)).map((taint2) => ({ pod: pod2, taint: taint2 }))
  );
  const hit = pairs[0];
  if (!hit) return void 0;
  const { pod, taint } = hit;
  const lines3 = reads.find((r) => r.path === pod.file)?.content.split("\n") ?? [];
  const existing = entries(pod.spec).find((e) => e.key === "tolerations");
  const first2 = entries(pod.spec)[0];
  const at2 = existing ? pod.lineOf(existing.keyNode) : pod.lineOf(first2?.keyNode);
  const before = lines3[at2 - 1] ?? "";
  const indent = /^\s*/.exec(before)?.[0] ?? "";
  const dash = existing ? /^(\s*)-/.exec(lines3[at2] ?? "")?.[1] : `${indent}  `;
  const item = [
    `${dash ?? ""}- key: ${taint.key}`,
    `${dash ?? ""}  operator: ${taint.value ? "Equal" : "Exists"}`,
    ...taint.value ? [`${dash ?? ""}  value: "${taint.value}"`] : []
  ].join("\n");
  const spec = `${taint.key}${taint.value ? `=${taint.value}` : ""}`;
  const base = {
    kind: "taint-tolerated",
    subject: spec,
    cause: { file: pod.file, line: at2, text: before },
    truth: resources(pod).filter((r) => r.key === taint.key).map((r) => ({ file: pod.file, line: r.line })),
    candidates: [spec]
  };
  if (pairs.length > 1)
    return { ...base, reason: "several pods or taints could be meant; one toleration would not cover them" };
  if (existing && (items(existing.value).length === 0 || dash === void 0))
    return { ...base, reason: "the tolerations list could not be extended on its line" };
  const after = existing ? `${before}
${item}` : `${indent}tolerations:
${item}
${before}`;
  return {
    ...base,
    reason: `${pod.name} asks for ${taint.key}, the resource the tainted nodes offer, but does not tolerate their taint`,
    change: { ...base.cause, before, after, summary: `${pod.name} tolerates ${spec}` }
  };
}
function taintRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const [key = "", value] = resolution.subject.split("=");
  const ok = podSpecs2(patched.filter((r) => r.path === change.file)).some(
    (p) => tolerates(p.spec, { key, ...value !== void 0 ? { value } : {} })
  );
  return ok ? { ok: true, detail: `${change.file}: the pod now tolerates ${resolution.subject}` } : { ok: false, detail: `${change.file}: the pod still does not tolerate ${resolution.subject}` };
}

// src/inventory/resolve-k8s-fsgroup.ts
var DENIED = [
  /EACCES: permission denied, \w+ '(\/[^']+)'/,
  /PermissionError: \[Errno 13\] Permission denied: '(\/[^']+)'/,
  /\b(?:open|mkdir|create|stat) (\/[^\s:]+): permission denied/,
  /FileNotFoundException: (\/\S+) \(Permission denied\)/,
  /AccessDeniedException: (\/\S+)/
];
function permissionLookup(evidence) {
  for (const re of DENIED) {
    const path = re.exec(evidence)?.[1];
    if (path) return { kind: "volume-permission", path };
  }
  return void 0;
}
var OWNERSHIP_MANAGED = ["persistentVolumeClaim", "emptyDir", "ephemeral", "csi", "awsElasticBlockStore"];
function mountsOf(pod) {
  return items(child(pod.spec, "containers")).flatMap(
    (container2) => items(child(container2, "volumeMounts")).flatMap((m) => {
      const volume = scalar(child(m, "name"));
      const mountPath = scalar(child(m, "mountPath"));
      return volume && mountPath ? [{ pod, container: container2, volume, mountPath }] : [];
    })
  );
}
var under = (path, dir) => path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
function numeric(node) {
  const v = scalar(node);
  return v !== void 0 && /^\d+$/.test(v) ? Number(v) : void 0;
}
function resolveFsGroup(lookup, reads) {
  const mounts = podSpecs2(reads).flatMap(mountsOf).filter((m) => under(lookup.path, m.mountPath)).sort((a, b) => b.mountPath.length - a.mountPath.length);
  const hit = mounts[0];
  if (!hit) return void 0;
  const { pod } = hit;
  const lines3 = reads.find((r) => r.path === pod.file)?.content.split("\n") ?? [];
  const podCtx = child(pod.spec, "securityContext");
  const ctxEntries = entries(podCtx);
  const own = child(hit.container, "securityContext");
  const uid = numeric(child(own, "runAsUser")) ?? numeric(child(podCtx, "runAsUser"));
  const gid = numeric(child(own, "runAsGroup")) ?? numeric(child(podCtx, "runAsGroup")) ?? uid;
  const volume = items(child(pod.spec, "volumes")).find((v) => scalar(child(v, "name")) === hit.volume);
  const source = entries(volume).find((e) => e.key !== "name")?.key;
  const last = ctxEntries.find((e) => e.key === "runAsUser") ?? ctxEntries.find((e) => e.key === "runAsGroup") ?? ctxEntries.at(-1);
  const at2 = last ? pod.lineOf(last.keyNode) : pod.lineOf(entries(pod.spec)[0]?.keyNode);
  const before = lines3[at2 - 1] ?? "";
  const base = {
    kind: "volume-fsgroup",
    subject: `volume ${hit.volume} at ${hit.mountPath}`,
    cause: { file: pod.file, line: at2, text: before },
    truth: [{ file: pod.file, line: pod.lineOf(volume) }].filter((t) => t.line > 0),
    candidates: gid !== void 0 ? [`fsGroup: ${gid}`] : []
  };
  if (child(podCtx, "fsGroup") !== void 0)
    return { ...base, reason: "the pod already sets fsGroup; the volume's owner is not the pod's group" };
  if (!source || !OWNERSHIP_MANAGED.includes(source))
    return {
      ...base,
      reason: `${hit.volume} is ${source ?? "an undeclared volume"}, whose ownership fsGroup does not set`
    };
  if (uid === void 0 || uid === 0 || gid === void 0 || gid === 0)
    return { ...base, reason: "the container's user is not a known non-root id" };
  if (last && !new RegExp(`^\\s*${last.key}\\s*:\\s*[^\\s{]`).test(before))
    return { ...base, reason: "the securityContext could not be extended on its line" };
  const indent = /^\s*/.exec(before)?.[0] ?? "";
  const after = last ? `${before}
${indent}fsGroup: ${gid}` : `${indent}securityContext:
${indent}  fsGroup: ${gid}
${before}`;
  return {
    ...base,
    reason: `the container runs as ${uid}:${gid} and is refused under ${hit.mountPath}, a ${source} volume the pod gives no fsGroup`,
    change: { ...base.cause, before, after, summary: `${pod.name} securityContext fsGroup: ${gid}` }
  };
}
var RAISES_PRIVILEGE = /runAsUser:\s*["']?0["']?\s*$|privileged:\s*true|allowPrivilegeEscalation:\s*true|runAsNonRoot:\s*false|chmod\s+(?:-R\s+)?0?777|\bUSER\s+(?:root|0)\b/;
function privilegeRefusal(addedLines2) {
  return addedLines2.some((l) => RAISES_PRIVILEGE.test(l)) ? "never run as root, privileged, or make a volume world-writable to get past a permission error" : void 0;
}
function fsGroupRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const wanted = resolution.candidates[0]?.replace("fsGroup: ", "");
  const set = podSpecs2(patched.filter((r) => r.path === change.file)).some(
    (p) => scalar(child(child(p.spec, "securityContext"), "fsGroup")) === wanted
  );
  return set ? { ok: true, detail: `${change.file}: the pod's fsGroup is now ${wanted}, the group it runs as` } : { ok: false, detail: `${change.file}: the pod still gives its volumes no group it runs as` };
}

// src/inventory/k8s-objects.ts
var KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/i;
function keysOf(node, lineOf2) {
  return entries(node).map((e) => ({ key: e.key, line: lineOf2(e.keyNode) }));
}
function generated(gen, kind, file, lineOf2) {
  const nameNode = child(gen, "name");
  const name = scalar(nameNode);
  if (!name) return void 0;
  const keys = [...items(child(gen, "literals")), ...items(child(gen, "files"))].flatMap((n) => {
    const text = scalar(n) ?? "";
    const key = text.includes("=") ? text.split("=")[0] : text.split("/").pop();
    return key ? [{ key, line: lineOf2(n) }] : [];
  });
  const knowable = items(child(gen, "envs")).length === 0 && !child(gen, "env");
  return { kind, name, file, line: lineOf2(nameNode), ...knowable ? { keys } : {} };
}
function addDefinitions(facts, kind, root, file, lineOf2) {
  const meta = child(root, "metadata");
  const nameNode = child(meta, "name");
  const name = scalar(nameNode);
  const namespace = scalar(child(meta, "namespace"));
  const ns = namespace ? { namespace } : {};
  const at2 = { file, line: lineOf2(nameNode) };
  if (kind === "ConfigMap" && name) {
    const keys = [...keysOf(child(root, "data"), lineOf2), ...keysOf(child(root, "binaryData"), lineOf2)];
    facts.defs.push({ kind: "configmap", name, ...ns, ...at2, keys });
  } else if (kind === "Secret" && name) {
    const keys = [...keysOf(child(root, "data"), lineOf2), ...keysOf(child(root, "stringData"), lineOf2)];
    const type = scalar(child(root, "type"));
    facts.defs.push({ kind: "secret", name, ...ns, ...at2, keys, ...type ? { type } : {} });
  } else if (kind === "ExternalSecret" && name) {
    const spec = child(root, "spec");
    const targetNode = child(child(spec, "target"), "name");
    const data = items(child(spec, "data")).flatMap((d) => {
      const k = child(d, "secretKey");
      const key = scalar(k);
      return key ? [{ key, line: lineOf2(k) }] : [];
    });
    const knowable = items(child(spec, "dataFrom")).length === 0 && !child(child(child(spec, "target"), "template"), "data");
    const type = scalar(child(child(child(spec, "target"), "template"), "type"));
    facts.defs.push({
      kind: "secret",
      name: scalar(targetNode) ?? name,
      ...ns,
      file,
      line: lineOf2(targetNode ?? nameNode),
      ...knowable ? { keys: data } : {},
      ...type ? { type } : {}
    });
  } else if (kind === "SealedSecret" && name) {
    const spec = child(root, "spec");
    const tmeta = child(child(spec, "template"), "metadata");
    const tname = child(tmeta, "name");
    const type = scalar(child(child(spec, "template"), "type"));
    facts.defs.push({
      kind: "secret",
      name: scalar(tname) ?? name,
      ...ns,
      file,
      line: lineOf2(tname ?? nameNode),
      keys: keysOf(child(spec, "encryptedData"), lineOf2),
      ...type ? { type } : {}
    });
  } else if (kind === "PersistentVolumeClaim" && name) {
    facts.defs.push({ kind: "persistentvolumeclaim", name, ...ns, ...at2 });
  } else if (kind === "StorageClass" && name) {
    facts.defs.push({ kind: "storageclass", name, ...at2 });
  } else if (kind === "Kustomization") {
    const overlayNs = scalar(child(root, "namespace"));
    if (overlayNs) ns.namespace = overlayNs;
    for (const g of items(child(root, "configMapGenerator"))) {
      const def = generated(g, "configmap", file, lineOf2);
      if (def) facts.defs.push({ ...def, ...ns });
    }
    for (const g of items(child(root, "secretGenerator"))) {
      const def = generated(g, "secret", file, lineOf2);
      if (def) facts.defs.push({ ...def, ...ns });
    }
  }
}
function addReferences(facts, node, file, lineOf2, ns, depth = 0) {
  if (depth > 16) return;
  const push = (kind, via, nameNode, key) => {
    const name = scalar(nameNode);
    const k = scalar(key);
    if (!name) return;
    facts.refs.push({
      kind,
      name,
      via,
      file,
      line: lineOf2(nameNode),
      ...ns ? { namespace: ns } : {},
      ...k ? { key: { key: k, line: lineOf2(key) } } : {}
    });
  };
  for (const e of entries(node)) {
    const v = e.value;
    if (e.key === "imagePullSecrets") for (const s of items(v)) push("secret", "pull", child(s, "name") ?? s);
    else if (e.key === "configMap" || e.key === "configMapRef")
      push("configmap", e.key === "configMap" ? "volume" : "env", child(v, "name"));
    else if (e.key === "secret") push("secret", "volume", child(v, "secretName") ?? child(v, "name"));
    else if (e.key === "secretRef") push("secret", "env", child(v, "name"));
    else if (e.key === "configMapKeyRef") push("configmap", "key", child(v, "name"), child(v, "key"));
    else if (e.key === "secretKeyRef") push("secret", "key", child(v, "name"), child(v, "key"));
    else if (e.key === "persistentVolumeClaim") push("persistentvolumeclaim", "claim", child(v, "claimName"));
    else if (e.key === "storageClassName" || e.key === "storageClass") push("storageclass", "claim", v);
    if (e.key !== "imagePullSecrets") addReferences(facts, v, file, lineOf2, ns, depth + 1);
  }
  for (const item of items(node)) addReferences(facts, item, file, lineOf2, ns, depth + 1);
}
function objectFacts(files) {
  const facts = { defs: [], refs: [] };
  for (const { path, content } of files) {
    if (!/\.ya?ml$/.test(path)) continue;
    for (const doc of yamlDocs(content)) {
      const kind = scalar(child(doc.root, "kind")) ?? (KUSTOMIZATION_FILE.test(path) ? "Kustomization" : void 0);
      const namespace = scalar(child(child(doc.root, "metadata"), "namespace"));
      if (kind === "Kustomization") addDefinitions(facts, kind, doc.root, path, doc.lineOf);
      else if (kind && scalar(child(doc.root, "apiVersion")))
        addDefinitions(facts, kind, doc.root, path, doc.lineOf);
      if (kind !== "ExternalSecret" && kind !== "SealedSecret")
        addReferences(facts, kind ? child(doc.root, "spec") : doc.root, path, doc.lineOf, namespace);
    }
  }
  return facts;
}

// src/inventory/resolve-k8s-objects.ts
var NOT_FOUND2 = /\b(configmaps?|secrets?|persistentvolumeclaims?|storageclass(?:es)?(?:\.storage\.k8s\.io)?)\s+\\*"([\w.-]+)\\*"\s+not found/i;
var NO_KEY = /couldn't find key ([\w.-]+) in (Secret|ConfigMap) (?:([\w-]+)\/)?([\w.-]+)/;
function objectKind(word3) {
  const w = word3.toLowerCase();
  if (w.startsWith("configmap")) return "configmap";
  if (w.startsWith("secret")) return "secret";
  if (w.startsWith("persistentvolumeclaim")) return "persistentvolumeclaim";
  return "storageclass";
}
function objectLookup(evidence) {
  const key = NO_KEY.exec(evidence);
  if (key?.[1] && key[2] && key[4])
    return {
      kind: "missing-key",
      object: objectKind(key[2]),
      name: key[4],
      key: key[1],
      ...key[3] ? { namespace: key[3] } : {}
    };
  const m = NOT_FOUND2.exec(evidence);
  return m?.[1] && m[2] ? { kind: "missing-object", object: objectKind(m[1]), name: m[2] } : void 0;
}
var sameNs = (a, b) => !a || !b || a === b;
var PULL_TYPE = /dockerconfigjson|dockercfg/;
function fits(ref, def) {
  if (def.kind !== ref.kind || !sameNs(ref.namespace, def.namespace)) return false;
  if (def.type === void 0) return true;
  return ref.via === "pull" ? PULL_TYPE.test(def.type) : !PULL_TYPE.test(def.type);
}
function meant(ref, facts) {
  const fitting = facts.defs.filter((d) => fits(ref, d));
  const near = fitting.filter((d) => nearName(ref.name, d.name));
  if (near.length > 0) return { picks: near, why: "its name is near the missing one" };
  const unused = fitting.filter((d) => !facts.refs.some((r) => r.kind === d.kind && r.name === d.name));
  const what = ref.via === "pull" ? "registry credential" : ref.kind;
  return { picks: unused, why: `it is the only ${what} there that nothing references` };
}
function rewrite(text, from, to) {
  return text.replace(
    new RegExp(
      `(:\\s*["']?|-\\s+["']?)${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=["']?\\s*(?:#|$|[,}\\]]))`
    ),
    `$1${to}`
  );
}
function resolveMissingObject(object, name, facts, extra, contentOf) {
  if (facts.defs.some((d) => d.kind === object && d.name === name)) return void 0;
  const refs = facts.refs.filter((r) => r.kind === object && r.name === name);
  const ref = refs[0];
  const text = ref ? lineAt(contentOf(ref.file) ?? "", ref.line) : void 0;
  if (!ref || text === void 0) return void 0;
  const fromRepo = meant(ref, facts);
  const listed = extra.filter((n) => n !== name);
  const near = listed.filter((n) => nearName(name, n));
  const picks = fromRepo.picks.length > 0 ? fromRepo.picks : near.length > 0 ? near.map((n) => ({ name: n })) : [];
  const base = {
    kind: "object-name-defined",
    subject: `${object} ${name}`,
    cause: { file: ref.file, line: ref.line, text },
    truth: fromRepo.picks.map((d) => ({ file: d.file, line: d.line })),
    candidates: [...new Set(picks.map((p) => p.name))]
  };
  const to = base.candidates[0];
  if (base.candidates.length !== 1 || !to)
    return {
      ...base,
      reason: base.candidates.length > 1 ? `several ${object}s could be the one meant` : `no ${object} the repository defines can be the one meant`
    };
  if (refs.length > 1)
    return { ...base, reason: `${name} is named in ${refs.length} places; one change would not cover them` };
  const after = rewrite(text, name, to);
  if (after === text) return { ...base, reason: "the name could not be rewritten on its line" };
  const def = fromRepo.picks[0];
  return {
    ...base,
    reason: def ? `the repository defines ${object} ${to} (${def.file}:${def.line}) and ${fromRepo.why}` : `the cluster lists ${object} ${to}, near the missing name`,
    change: { ...base.cause, before: text, after, summary: `${object} ${name} → ${to}` }
  };
}
function resolveMissingKey(lookup, facts, contentOf) {
  const def = facts.defs.find(
    (d) => d.kind === lookup.object && d.name === lookup.name && sameNs(lookup.namespace, d.namespace)
  );
  const refs = facts.refs.filter(
    (r) => r.kind === lookup.object && r.name === lookup.name && r.key?.key === lookup.key && sameNs(lookup.namespace, r.namespace)
  );
  const ref = refs[0];
  const keyLine = ref?.key?.line;
  const text = ref && keyLine ? lineAt(contentOf(ref.file) ?? "", keyLine) : void 0;
  if (!def || !ref || !keyLine || text === void 0) return void 0;
  const keys = def.keys ?? [];
  const near = keys.filter((k) => nearName(lookup.key, k.key));
  const base = {
    kind: "object-key-defined",
    subject: `${lookup.name}/${lookup.key}`,
    cause: { file: ref.file, line: keyLine, text },
    truth: (near.length > 0 ? near : keys).map((k) => ({ file: def.file, line: k.line })),
    candidates: (near.length > 0 ? near : keys).map((k) => k.key)
  };
  const to = near[0]?.key;
  if (!def.keys)
    return { ...base, reason: `the keys of ${lookup.name} are not readable from the repository` };
  const agreeing = facts.defs.filter(
    (d) => d !== def && d.kind === def.kind && d.name === def.name && d.keys?.some((k) => k.key === lookup.key)
  );
  if (agreeing.length > 0 && !ref.namespace) {
    const stillRead = near.filter(
      (k) => facts.refs.some((r) => r.kind === def.kind && r.name === def.name && r.key?.key === k.key)
    );
    return definitionMoved(lookup, def, stillRead.length > 0 ? [] : near, agreeing, base, contentOf);
  }
  if (near.length !== 1 || !to)
    return {
      ...base,
      reason: near.length > 1 ? "several keys are near the missing one" : "no defined key is near the missing one"
    };
  if (refs.length > 1)
    return {
      ...base,
      reason: `${lookup.key} is read in ${refs.length} places; one change would not cover them`
    };
  const after = rewrite(text, lookup.key, to);
  if (after === text) return { ...base, reason: "the key could not be rewritten on its line" };
  return {
    ...base,
    reason: `${lookup.name} (${def.file}:${def.line}) holds ${to}, not ${lookup.key}`,
    change: { ...base.cause, before: text, after, summary: `${lookup.name} key ${lookup.key} → ${to}` }
  };
}
function rewriteKey(text, from, to) {
  const k = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`^(\\s*-?\\s*["']?)${k}(?=["']?\\s*[=:])`), `$1${to}`);
}
function definitionMoved(lookup, def, near, agreeing, base, contentOf) {
  const others = agreeing.map((d) => `${d.file}:${d.line}`).join(", ");
  const from = near[0];
  const text = from ? lineAt(contentOf(def.file) ?? "", from.line) : void 0;
  const truth = [base.cause, ...agreeing.map((d) => ({ file: d.file, line: d.line }))];
  const cited = { ...base, truth, candidates: [lookup.key] };
  if (near.length !== 1 || !from || text === void 0)
    return {
      ...cited,
      reason: `the shared reference reads ${lookup.key}, as ${others} define it; ${def.file}:${def.line} holds no single key near it`
    };
  const cause = { file: def.file, line: from.line, text };
  const after = rewriteKey(text, from.key, lookup.key);
  const reason = `the shared reference reads ${lookup.key} and ${others} define it so; only ${def.file} names it ${from.key}`;
  if (after === text) return { ...cited, cause, reason };
  return {
    ...cited,
    cause,
    reason,
    change: { ...cause, before: text, after, summary: `${lookup.name} key ${from.key} → ${lookup.key}` }
  };
}
function listedStorageClasses(evidence) {
  const rows = evidence.matchAll(
    /^\s*([a-z0-9][\w.-]*)(?: \(default\))?\s+[\w./-]+\s+(?:Delete|Retain)\s+(?:Immediate|WaitForFirstConsumer)\b/gm
  );
  return [...rows].flatMap((m) => m[1] ? [m[1]] : []);
}
function resolveObjectLookup(lookup, deployReads, evidence) {
  const facts = objectFacts(deployReads);
  const contentOf = (file) => deployReads.find((f) => f.path === file)?.content;
  if (lookup.kind === "missing-key") return resolveMissingKey(lookup, facts, contentOf);
  const extra = lookup.object === "storageclass" ? listedStorageClasses(evidence) : [];
  return resolveMissingObject(lookup.object, lookup.name, facts, extra, contentOf);
}
function objectRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const facts = objectFacts(patched);
  const where2 = `${change.file}:${change.line}`;
  if (resolution.kind === "object-key-defined") {
    const moved = facts.defs.find(
      (d) => d.file === change.file && d.keys?.some((k) => k.line === change.line)
    );
    if (moved) {
      const reads = facts.refs.filter((r) => r.kind === moved.kind && r.name === moved.name && r.key);
      return reads.length > 0 && reads.every((r) => moved.keys?.some((k) => k.key === r.key?.key)) ? { ok: true, detail: `${where2}: ${moved.name} now holds every key its references read` } : { ok: false, detail: `${where2}: ${moved.name} still lacks a key that is read` };
    }
    const ref2 = facts.refs.find((r) => r.file === change.file && r.key?.line === change.line);
    const def = ref2 && facts.defs.find((d) => d.kind === ref2.kind && d.name === ref2.name);
    return def?.keys?.some((k) => k.key === ref2?.key?.key) ? { ok: true, detail: `${where2} now reads ${ref2?.key?.key}, which ${def.name} holds` } : { ok: false, detail: `${where2} still reads a key the object does not hold` };
  }
  const ref = facts.refs.find((r) => r.file === change.file && r.line === change.line);
  const defined = ref && (facts.defs.some((d) => fits(ref, d) && d.name === ref.name) || resolution.candidates.includes(ref.name));
  return defined ? { ok: true, detail: `${where2} now names ${ref.kind} ${ref.name}, which is defined` } : { ok: false, detail: `${where2} still names an object nothing defines` };
}

// src/inventory/k8s-ports.ts
var WORKLOADS2 = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"]);
var PROBES = ["liveness", "readiness", "startup"];
function stringMap(node) {
  const out = {};
  for (const e of entries(node)) {
    const v = scalar(e.value);
    if (v !== void 0) out[e.key] = v;
  }
  return out;
}
function podTemplate(root, kind) {
  if (kind === "Pod") return root;
  const spec = child(root, "spec");
  const job = kind === "CronJob" ? child(child(spec, "jobTemplate"), "spec") : spec;
  return child(job, "template");
}
function probePort(probe) {
  for (const handler of ["httpGet", "tcpSocket", "grpc"]) {
    const port = child(child(probe, handler), "port");
    if (port) return port;
  }
  return void 0;
}
function container(c, lineOf2) {
  const ports = items(child(c, "ports")).flatMap((p) => {
    const number = Number(scalar(child(p, "containerPort")));
    const name = scalar(child(p, "name"));
    const line = lineOf2(child(p, "containerPort"));
    return Number.isInteger(number) ? [{ number, ...name ? { name } : {}, file: "", line }] : [];
  });
  const probes = PROBES.flatMap((probe) => {
    const node = probePort(child(c, `${probe}Probe`));
    const port = scalar(node);
    return port ? [{ probe, port, file: "", line: lineOf2(node) }] : [];
  });
  return { name: scalar(child(c, "name")) ?? "", ports, probes, file: "", line: lineOf2(c) };
}
function servicePorts(spec, lineOf2) {
  return items(child(spec, "ports")).flatMap((p) => {
    const port = Number(scalar(child(p, "port")));
    if (!Number.isInteger(port)) return [];
    const name = scalar(child(p, "name"));
    const targetNode = child(p, "targetPort");
    const value = scalar(targetNode);
    return [
      {
        port,
        ...name ? { name } : {},
        ...value ? { target: { value, file: "", line: lineOf2(targetNode) } } : {}
      }
    ];
  });
}
function portFacts(files) {
  const facts = { workloads: [], services: [] };
  for (const { path, content } of files) {
    if (!/\.ya?ml$/.test(path)) continue;
    for (const doc of yamlDocs(content)) {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !scalar(child(doc.root, "apiVersion"))) continue;
      const meta = child(doc.root, "metadata");
      const name = scalar(child(meta, "name")) ?? "";
      const namespace = scalar(child(meta, "namespace"));
      const ns = namespace ? { namespace } : {};
      const at2 = (l) => ({ ...l, file: path });
      if (kind === "Service") {
        const spec = child(doc.root, "spec");
        facts.services.push({
          name,
          ...ns,
          file: path,
          line: doc.lineOf(child(meta, "name")),
          selector: stringMap(child(spec, "selector")),
          ports: servicePorts(spec, doc.lineOf).map((p) => p.target ? { ...p, target: at2(p.target) } : p)
        });
      } else if (WORKLOADS2.has(kind)) {
        const template = podTemplate(doc.root, kind);
        const spec = child(template, "spec");
        const containers = [...items(child(spec, "containers")), ...items(child(spec, "initContainers"))].map((c) => container(c, doc.lineOf)).map((c) => ({ ...at2(c), ports: c.ports.map(at2), probes: c.probes.map(at2) }));
        facts.workloads.push({
          name,
          ...ns,
          file: path,
          line: doc.lineOf(child(meta, "name")),
          labels: stringMap(child(child(template, "metadata"), "labels")),
          containers
        });
      }
    }
  }
  return { ...facts, workloads: facts.workloads.map((w) => withBasePorts(w, facts.workloads)) };
}
var dirOf2 = (file) => file.replace(/\/?[^/]*$/, "");
function siblingDirs(a, b) {
  const da = dirOf2(a);
  const db = dirOf2(b);
  return da !== db && dirOf2(da) === dirOf2(db);
}
function withBasePorts(w, all) {
  const others = all.filter(
    (o) => o !== w && o.name === w.name && o.file !== w.file && !siblingDirs(o.file, w.file)
  );
  if (others.length === 0) return w;
  const containers = w.containers.map((c) => {
    const inherited = others.flatMap((o) => o.containers.filter((x) => x.name === c.name).flatMap((x) => x.ports)).filter(
      (p, i, ps) => !c.ports.some((q) => q.number === p.number) && ps.findIndex((q) => q.number === p.number) === i
    );
    return inherited.length > 0 ? { ...c, ports: [...c.ports, ...inherited] } : c;
  });
  return { ...w, containers };
}
function selected(service, workloads) {
  const pairs = Object.entries(service.selector);
  if (pairs.length === 0) return [];
  return workloads.filter(
    (w) => pairs.every(([k, v]) => w.labels[k] === v) && (!service.namespace || !w.namespace || service.namespace === w.namespace)
  );
}
function declares(ports, ref) {
  return /^\d+$/.test(ref) ? ports.some((p) => p.number === Number(ref)) : ports.some((p) => p.name === ref);
}

// src/inventory/resolve-k8s-ports.ts
var IP = /^\[?[\d.:a-f]+\]?$/i;
var PROBE_KIND = /probeType="(Liveness|Readiness|Startup)"|\b(Liveness|Readiness|Startup) probe (?:failed|errored)/;
var LISTENS = /\b(?:listen(?:ing|s)?\b[^\n]*?(?:addr(?:ess)?[=:]\s*"?(?:\[[\da-f:]*\]|[\w.-]*):|\bon:?\s+(?:https?:\/\/)?(?:\[[\da-f:]*\]|[\w.-]*):|\bport[=:\s]+)|started on port\s+)(\d{2,5})\b/gi;
var LISTEN_KEY = /^(listen|listen[_.-]?(addr|address|port)|addr|address|bind|bind[_.-]?addr|(http|server|app|web)[_.-]?(port|addr)|port)$/i;
function configuredPorts(inv) {
  return inv.settings.flatMap((s) => {
    const m = /^(?:(?:\[[\da-f:]*\]|[\w.-]*):)?(\d{2,5})$/i.exec(s.value.trim());
    return LISTEN_KEY.test(s.key) && m && s.source !== "k8s-env" ? [{ number: Number(m[1]), file: s.file, line: s.line }] : [];
  });
}
function uniquePorts(ports) {
  return ports.filter((p, i) => ports.findIndex((q) => q.number === p.number) === i);
}
function listeningPorts(evidence) {
  return [...new Set([...evidence.matchAll(LISTENS)].map((m) => Number(m[1])))];
}
function rewritePort(text, key, to) {
  return text.replace(new RegExp(`(${key}:\\s*["']?)[\\w-]+`), `$1${to}`);
}
function portRef(before, to) {
  return !/^\d+$/.test(before) && to.name ? to.name : String(to.number);
}
function resolveTargetPort(host, port, facts, contentOf) {
  const byIp = IP.test(host);
  const ns = namespaceOf(host);
  const wrong = facts.services.flatMap((s) => {
    if (!byIp && (s.name !== firstLabel(host) || ns && s.namespace && s.namespace !== ns)) return [];
    const pods = selected(s, facts.workloads);
    const ports2 = uniquePorts(pods.flatMap((w) => w.containers.flatMap((c) => c.ports)));
    return s.ports.filter(
      (p) => p.port === port && ports2.length > 0 && !declares(ports2, p.target?.value ?? String(p.port))
    ).map((p) => ({ service: s, entry: p, ports: ports2 }));
  });
  const hit = wrong[0];
  if (!hit) return void 0;
  const { service, entry, ports } = hit;
  const at2 = entry.target ?? { file: service.file, line: service.line, value: String(entry.port) };
  const text = lineAt(contentOf(at2.file) ?? "", at2.line);
  if (text === void 0) return void 0;
  const named2 = ports.filter((p) => entry.name !== void 0 && p.name === entry.name);
  const picks = named2.length === 1 ? named2 : ports;
  const base = {
    kind: "service-targets-container",
    subject: `${service.name}:${entry.port}`,
    cause: { file: at2.file, line: at2.line, text },
    truth: picks.map((p) => ({ file: p.file, line: p.line })),
    candidates: picks.map((p) => String(p.number))
  };
  const to = picks[0];
  if (wrong.length > 1)
    return {
      ...base,
      reason: `${wrong.length} Services on port ${port} target ports their pods do not declare`
    };
  if (!entry.target)
    return {
      ...base,
      reason: `the Service has no targetPort, so it targets ${entry.port}, which its pods do not declare`
    };
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason: "the selected pods declare several container ports; the logs do not say which"
    };
  const ref = portRef(entry.target.value, to);
  const after = rewritePort(text, "targetPort", ref);
  if (after === text) return { ...base, reason: "the targetPort could not be rewritten on its line" };
  return {
    ...base,
    reason: `the pods ${service.name} selects listen on ${to.number} (${to.file}:${to.line}), not ${entry.target.value}`,
    change: {
      ...base.cause,
      before: text,
      after,
      summary: `${service.name} targetPort ${entry.target.value} → ${ref}`
    }
  };
}
function resolveProbePort(port, facts, evidence, configured, contentOf) {
  const m = PROBE_KIND.exec(evidence);
  const kind = (m?.[1] ?? m?.[2])?.toLowerCase();
  const wrong = facts.workloads.flatMap(
    (w) => w.containers.flatMap(
      (c) => c.probes.filter((p) => p.port === String(port) && (!kind || p.probe === kind) && !declares(c.ports, p.port)).map((probe2) => ({ probe: probe2, container: c }))
    )
  );
  const hit = wrong[0];
  if (!hit) return void 0;
  const { probe, container: container2 } = hit;
  const text = lineAt(contentOf(probe.file) ?? "", probe.line);
  if (text === void 0) return void 0;
  const logged = listeningPorts(evidence).filter((n) => String(n) !== String(port));
  const listens = logged.length > 0 ? logged.map((n) => ({ number: n, file: probe.file, line: probe.line })) : uniquePorts(configured.filter((c) => String(c.number) !== String(port)));
  const declared2 = uniquePorts(container2.ports);
  const heard = declared2.filter((p) => listens.some((l) => l.number === p.number));
  const picks = declared2.length === 0 ? listens : declared2.length > 1 && heard.length > 0 ? heard : declared2;
  const base = {
    kind: "probe-port-declared",
    subject: `${probe.probe} probe port ${port}`,
    cause: { file: probe.file, line: probe.line, text },
    // The config that says where the server listens is cited too: the change is re-derived from cited files.
    truth: [
      ...declared2.length > 0 ? declared2 : listens,
      ...declared2.length > 1 && logged.length === 0 ? listens.filter((l) => picks.includes(l) || heard.some((h) => h.number === l.number)) : []
    ].filter((p) => p.file !== probe.file || p.line !== probe.line).map((p) => ({ file: p.file, line: p.line })),
    candidates: picks.map((p) => String(p.number))
  };
  const to = picks[0];
  if (wrong.length > 1)
    return {
      ...base,
      reason: `${wrong.length} probes ask for port ${port}; one change would not cover them`
    };
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason: picks.length > 1 ? "the container declares several ports and the logs do not say which one the server listens on" : "the container declares no port and the logs do not say where the server listens"
    };
  const ref = portRef(probe.port, to);
  const after = rewritePort(text, "port", ref);
  if (after === text) return { ...base, reason: "the probe's port could not be rewritten on its line" };
  const why = declared2.length > 0 ? `the container declares ${to.number} (${to.file}:${to.line})` : logged.length > 0 ? `the server logs it listens on ${to.number}` : `the server's config listens on ${to.number} (${to.file}:${to.line})`;
  return {
    ...base,
    reason: `${why}; nothing listens on ${port}`,
    change: { ...base.cause, before: text, after, summary: `${probe.probe} probe port ${port} → ${ref}` }
  };
}
function resolveRefusedPort(host, port, deployReads, evidence) {
  if (port === void 0) return void 0;
  const facts = portFacts(deployReads);
  const contentOf = (file) => deployReads.find((f) => f.path === file)?.content;
  const probe = /probe failed|Probe failed/i.test(evidence);
  return probe ? resolveProbePort(port, facts, evidence, configuredPorts(buildInventory(deployReads)), contentOf) ?? resolveTargetPort(host, port, facts, contentOf) : resolveTargetPort(host, port, facts, contentOf);
}
function resolveNamedProbePort(name, deployReads, evidence) {
  const contentOf = (file) => deployReads.find((f) => f.path === file)?.content;
  const configured = configuredPorts(buildInventory(deployReads));
  return resolveProbePort(name, portFacts(deployReads), evidence, configured, contentOf);
}
function portRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const facts = portFacts(patched);
  const where2 = `${change.file}:${change.line}`;
  if (resolution.kind === "probe-port-declared") {
    const c = facts.workloads.flatMap((w) => w.containers).find((x) => x.probes.some((p) => p.file === change.file && p.line === change.line));
    const probe = c?.probes.find((p) => p.file === change.file && p.line === change.line);
    if (c && probe && declares(c.ports, probe.port))
      return {
        ok: true,
        detail: `${where2}: the probe now asks for ${probe.port}, a port its container declares`
      };
    const listens = [
      ...configuredPorts(buildInventory(patched)).map((p) => String(p.number)),
      ...resolution.candidates
    ];
    return c && probe && c.ports.length === 0 && listens.includes(probe.port) ? { ok: true, detail: `${where2}: the probe now asks for ${probe.port}, where the server listens` } : { ok: false, detail: `${where2}: the probe still asks for a port nothing declares or listens on` };
  }
  for (const s of facts.services) {
    const entry = s.ports.find((p) => p.target?.file === change.file && p.target.line === change.line);
    const ports = selected(s, facts.workloads).flatMap((w) => w.containers.flatMap((c) => c.ports));
    if (entry?.target && declares(ports, entry.target.value))
      return {
        ok: true,
        detail: `${where2}: ${s.name} now targets ${entry.target.value}, which its pods declare`
      };
  }
  return { ok: false, detail: `${where2}: the Service still targets a port its pods do not declare` };
}

// src/inventory/resolve-k8s-selector.ts
var SELECTOR_MISMATCH = /node\(s\) didn't match (?:Pod's node affinity\/selector|node selector)|MatchNodeSelector/;
var POD3 = /\bpod\/([a-z0-9][\w.-]*)/;
function selectorLookup(evidence) {
  if (!SELECTOR_MISMATCH.test(evidence)) return void 0;
  const pod = POD3.exec(evidence)?.[1];
  return { kind: "node-selector", ...pod ? { pod } : {} };
}
function selectorsOf(pod) {
  return entries(child(pod.spec, "nodeSelector")).flatMap((e) => {
    const value = scalar(e.value);
    return value === void 0 ? [] : [{ pod, key: e.key, value, line: pod.lineOf(e.keyNode) }];
  });
}
var carries = (node, s) => labelOf(node, s.key) === s.value;
function resolveNodeSelector(lookup, reads, facts) {
  const pods = podSpecs2(reads);
  const owned = lookup.pod ? pods.filter((p) => lookup.pod === p.name || lookup.pod?.startsWith(`${p.name}-`)) : [];
  const nodes = nodesIn(facts);
  const unmatched = (owned.length > 0 ? owned : pods).flatMap(selectorsOf).filter((s) => !nodes.some((n) => carries(n, s)));
  const hit = unmatched[0];
  if (!hit) return void 0;
  const lines3 = reads.find((r) => r.path === hit.pod.file)?.content.split("\n") ?? [];
  const text = lines3[hit.line - 1] ?? "";
  const carried = [
    ...new Set(nodes.flatMap((n) => labelOf(n, hit.key) ?? []).filter((v) => v !== ""))
  ].sort();
  const others = selectorsOf(hit.pod).filter((s) => s.key !== hit.key);
  const near = carried.filter(
    (v) => nearName(hit.value, v) && nodes.some((n) => carries(n, { key: hit.key, value: v }) && others.every((o) => carries(n, o)))
  );
  const base = {
    kind: "selector-matches-node",
    subject: `nodeSelector ${hit.key}=${hit.value}`,
    cause: { file: hit.pod.file, line: hit.line, text },
    truth: nodes.filter((n) => labelOf(n, hit.key) !== void 0).slice(0, 6).map((n) => ({ file: n.at.file, line: n.at.line })),
    candidates: near.length > 0 ? near : carried
  };
  const to = near[0];
  if (nodes.length === 0)
    return { ...base, reason: "the evidence shows no node's labels (kubectl get nodes --show-labels)" };
  if (unmatched.length > 1)
    return { ...base, reason: "several selectors match no node; one change would not cover them" };
  if (near.length !== 1 || !to)
    return {
      ...base,
      reason: near.length > 1 ? `several values the nodes carry for ${hit.key} are near ${hit.value}` : `no node carries a value for ${hit.key} near ${hit.value}`
    };
  const after = text.replace(new RegExp(`(:\\s*["']?)${escapeRe(hit.value)}(?=["']?\\s*(?:#|$))`), `$1${to}`);
  if (after === text) return { ...base, reason: "the value could not be rewritten on its line" };
  return {
    ...base,
    reason: `no node carries ${hit.key}=${hit.value}; ${to}, near it, is what the nodes carry`,
    change: { ...base.cause, before: text, after, summary: `nodeSelector ${hit.key} ${hit.value} → ${to}` }
  };
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function selectorRelationHolds(resolution, patched) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const selected2 = podSpecs2(patched.filter((r) => r.path === change.file)).flatMap(selectorsOf).find((s) => s.line === change.line);
  return selected2 && resolution.candidates.includes(selected2.value) ? { ok: true, detail: `${change.file}:${change.line} now selects ${selected2.value}, which nodes carry` } : { ok: false, detail: `${change.file}:${change.line} still selects a value no node carries` };
}

// src/inventory/resolve-keepalive.ts
var NGINX_UPSTREAM_DEFAULT_MS = 6e4;
var MARGIN_MS = 5e3;
function nginxMs(value) {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(value);
  if (!m) return void 0;
  const n = Number(m[1]);
  return m[2] === "ms" ? n : m[2] === "m" ? n * 6e4 : m[2] === "h" ? n * 36e5 : n * 1e3;
}
function proxyTimeouts(files) {
  const out = [];
  for (const f of files.filter((x) => /\.conf$|(^|\/)nginx[^/]*$/.test(x.path))) {
    const lines3 = f.content.split("\n");
    let depth = 0;
    let upstream;
    lines3.forEach((text, i) => {
      const code = text.replace(/#.*$/, "");
      if (/^\s*upstream\s+[\w.-]+\s*\{/.test(code) && depth === 0) upstream = { at: i + 1 };
      else if (upstream && depth === 1) {
        if (/^\s*keepalive\s+\d+\s*;/.test(code)) upstream.keepalive = i + 1;
        const t = /^\s*keepalive_timeout\s+(\S+?)\s*;/.exec(code);
        const ms = t?.[1] ? nginxMs(t[1]) : void 0;
        if (ms !== void 0) upstream.timeout = { line: i + 1, ms };
      }
      depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
      if (upstream && depth === 0 && /\}/.test(code)) {
        const line = upstream.timeout?.line ?? upstream.keepalive;
        if (line !== void 0)
          out.push({
            cited: { file: f.path, line, text: lines3[line - 1] ?? "" },
            ms: upstream.timeout?.ms ?? NGINX_UPSTREAM_DEFAULT_MS
          });
        upstream = void 0;
      }
    });
  }
  return out;
}
var APP_TIMEOUTS = [
  { re: /\bkeepAliveTimeout\s*=\s*(\d+)\b/, files: /\.(js|mjs|cjs|ts)$/, unit: "ms" },
  { re: /^\s*keepalive\s*=\s*(\d+)\b/, files: /gunicorn[\w.-]*\.py$/, unit: "s" },
  { re: /--keep-alive[= ](\d+)\b/, files: /./, unit: "s" }
];
function appTimeouts(files) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      for (const { re, files: which, unit } of APP_TIMEOUTS) {
        const m = which.test(f.path) ? re.exec(text) : null;
        if (m?.[1] && !/^\s*(\/\/|#)/.test(text)) {
          const n = Number(m[1]);
          return [{ file: f.path, line: i + 1, text, raw: m[1], unit, ms: unit === "ms" ? n : n * 1e3 }];
        }
      }
      return [];
    })
  );
}
function keepaliveHolds(files) {
  const proxy = Math.max(0, ...proxyTimeouts(files).map((p) => p.ms));
  const short2 = appTimeouts(files).find((a) => a.ms <= proxy);
  return short2 ? { ok: false, detail: `${short2.file}:${short2.line} still closes idle connections before the proxy does` } : { ok: true, detail: `the upstream now keeps idle connections longer than the proxy (${proxy} ms)` };
}
function resolveKeepalive(files) {
  const proxies = proxyTimeouts(files);
  const apps = appTimeouts(files);
  const app = apps[0];
  if (!app || proxies.length === 0) return void 0;
  const proxyMs = Math.max(...proxies.map((p) => p.ms));
  const base = {
    kind: "keepalive-outlasts-proxy",
    subject: `keep-alive ${app.ms} ms`,
    cause: { file: app.file, line: app.line, text: app.text },
    truth: proxies.map((p) => ({ file: p.cited.file, line: p.cited.line })),
    candidates: []
  };
  if (app.ms > proxyMs) return void 0;
  if (apps.length > 1)
    return {
      ...base,
      reason: `${apps.length} upstream keep-alive settings; one change would not cover them`
    };
  if (new Set(proxies.map((p) => p.ms)).size > 1)
    return { ...base, reason: "the proxy's upstream blocks keep connections for different times" };
  const targetMs = proxyMs + MARGIN_MS;
  const value = String(app.unit === "ms" ? targetMs : Math.ceil(targetMs / 1e3));
  const after = app.text.replace(app.raw, value);
  const proxy = proxies[0];
  return {
    ...base,
    candidates: [value],
    reason: `the proxy reuses idle upstream connections for ${proxyMs} ms (${proxy?.cited.file}:${proxy?.cited.line}) but the upstream closes them after ${app.ms} ms`,
    change: {
      ...base.cause,
      before: app.text,
      after,
      summary: `upstream keep-alive ${app.raw} → ${value} ${app.unit}, longer than the proxy's ${proxyMs} ms`
    }
  };
}

// src/inventory/resolve-log-rotation.ts
var import_yaml4 = __toESM(require_dist(), 1);
var LOG_ROTATION_RULE = {
  drivers: /^(json-file|local)$/,
  options: { "max-size": "20m", "max-file": "5" }
};
var COMPOSE3 = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
var DOCKER_LOG = /for logger (json-file|local)\b|\/var\/lib\/docker\/containers\/\S*-json\.log/;
var NO_SPACE2 = /no space left on device|ENOSPC/i;
function logRotationLookup(evidence) {
  return evidence.split("\n").some((l) => DOCKER_LOG.test(l) && NO_SPACE2.test(l)) ? { kind: "container-logs-unrotated" } : void 0;
}
function unrotated(files) {
  return files.filter((f) => COMPOSE3.test(f.path)).flatMap(
    (f) => yamlDocs(f.content).flatMap(
      (doc) => entries(child(doc.root, "services")).flatMap((svc) => {
        const logging = entries(svc.value).find((e) => e.key === "logging");
        if (!logging)
          return [
            {
              service: svc.key,
              explicit: false,
              file: f.path,
              line: doc.lineOf(svc.keyNode),
              text: "",
              underKey: false,
              options: void 0
            }
          ];
        const driver = entries(logging.value).find((e) => e.key === "driver");
        const name = scalar(driver?.value) ?? "json-file";
        const opts = entries(logging.value).find((e) => e.key === "options");
        if (!LOG_ROTATION_RULE.drivers.test(name) || scalar(child(opts?.value, "max-size"))) return [];
        const at2 = doc.lineOf((driver ?? logging).keyNode);
        const block = (0, import_yaml4.isMap)(logging.value) && !logging.value.flow;
        return [
          {
            service: svc.key,
            explicit: true,
            file: f.path,
            line: at2,
            text: lineAt(f.content, at2) ?? "",
            underKey: !driver,
            options: !block ? { line: at2, flow: true } : opts ? {
              line: doc.lineOf(opts.keyNode),
              flow: !(0, import_yaml4.isMap)(opts.value) || Boolean(opts.value.flow)
            } : void 0
          }
        ];
      })
    )
  );
}
var indentOf3 = (text) => /^\s*/.exec(text)?.[0] ?? "";
function resolveLogRotation(files) {
  const found = unrotated(files);
  const explicit = found.filter((s) => s.explicit);
  const all = found.filter((s) => s.explicit || !explicit.some((e) => e.service === s.service));
  const target = explicit[0];
  if (!target) return void 0;
  const also = all.filter((s) => s !== target).map((s) => `${s.service}${s.explicit ? "" : " (daemon default)"}`);
  const opts = LOG_ROTATION_RULE.options;
  const base = {
    kind: "log-rotation-set",
    subject: `the log driver of service ${target.service}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: all.filter((s) => s !== target).map(({ file, line }) => ({ file, line })),
    candidates: [`max-size ${opts["max-size"]}`, `max-file ${opts["max-file"]}`]
  };
  const others = also.length > 0 ? `; also never rotated: ${also.join(", ")}` : "";
  if (explicit.length > 1)
    return {
      ...base,
      reason: `several services choose an unrotated log driver${others}: rotate each (or the daemon's log-opts)`
    };
  if (target.options?.flow)
    return { ...base, reason: `${target.file}:${target.options.line} writes its options inline${others}` };
  const content = files.find((f) => f.path === target.file)?.content ?? "";
  const anchor = target.options ? target.options.line : target.line;
  const before = lineAt(content, anchor) ?? "";
  const inner = target.options ? indentOf3(lineAt(content, anchor + 1) ?? "") || `${indentOf3(before)}  ` : `${indentOf3(before)}  `;
  const pairs = Object.entries(opts).map(([k, v]) => `${inner}${k}: "${v}"`);
  const key = target.underKey ? `${indentOf3(before)}  ` : indentOf3(before);
  const after = target.options ? [before, ...pairs].join("\n") : [before, `${key}options:`, ...pairs.map((p) => target.underKey ? `  ${p}` : p)].join("\n");
  return {
    ...base,
    reason: `service ${target.service} logs through a file driver with no max-size, and Docker's log writer reports the disk full${others}`,
    change: {
      file: target.file,
      line: anchor,
      before,
      after,
      summary: `service ${target.service}: log rotation max-size ${opts["max-size"]}, max-file ${opts["max-file"]}`
    }
  };
}
function logRotationHolds(resolution, patched) {
  const service = /service ([\w.-]+)$/.exec(resolution.subject)?.[1];
  const still = unrotated(patched).some((s) => s.explicit && s.service === service);
  return still ? { ok: false, detail: `${resolution.subject} still has no max-size` } : { ok: true, detail: `service ${service} now rotates its logs (max-size set)` };
}

// src/inventory/resolve-loopback-k8s.ts
var WORKLOADS3 = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "Pod", "ReplicaSet"]);
function sidecarMayListen(port, inv, contentOf) {
  return inv.files.some(
    (file) => yamlDocs(contentOf(file) ?? "").some((doc) => {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !WORKLOADS3.has(kind)) return false;
      const spec = kind === "Pod" ? child(doc.root, "spec") : child(child(child(doc.root, "spec"), "template"), "spec");
      const containers = [
        ...items(child(spec, "containers")),
        // Native sidecars: init containers that keep running beside the app.
        ...items(child(spec, "initContainers")).filter((c) => scalar(child(c, "restartPolicy")) === "Always")
      ];
      return containers.length > 1 && containers.some((c) => JSON.stringify(c).includes(String(port)));
    })
  );
}
function resolveLoopbackInCluster(dialled, port, inv, contentOf) {
  if (port === void 0 || inv.services.some((s) => s.source === "compose")) return void 0;
  const listening2 = inv.services.filter((s) => s.source === "k8s" && s.ports.includes(port));
  if (listening2.length === 0) return void 0;
  const setting = loopbackSetting(port, inv, listening2, dialled);
  const cause = setting ? cite(setting, contentOf) : void 0;
  const from = setting?.value && [...LOOPBACK].find((h) => replaceHost(setting.value, h, "x") !== void 0);
  if (!setting || !cause || !from) return void 0;
  const base = {
    kind: "host-names-service",
    subject: `${from}:${port}`,
    cause,
    truth: listening2.map((s) => ({ file: s.file, line: s.line })),
    candidates: listening2.map((s) => s.name)
  };
  const target = listening2[0];
  if (listening2.length !== 1 || !target) return { ...base, reason: "several Services listen on that port" };
  if (sidecarMayListen(port, inv, contentOf))
    return { ...base, reason: `a pod runs a second container that may serve ${port} on loopback` };
  const namespaces = new Set(inv.services.map((s) => s.namespace ?? ""));
  const to = namespaces.size > 1 && target.namespace ? `${target.name}.${target.namespace}` : target.name;
  const after = replaceHost(cause.text, from, to);
  if (!after) return { ...base, reason: "the host could not be rewritten on its line" };
  return {
    ...base,
    reason: `inside a pod ${from} is the pod itself; the Service ${target.name} (${target.file}:${target.line}) listens on ${port}`,
    change: {
      ...cause,
      before: cause.text,
      after,
      summary: `${setting.path ?? setting.key}: ${from} → ${to}`
    }
  };
}

// src/inventory/resolve-metaspace.ts
var METASPACE_OOM = /OutOfMemoryError: (?:Metaspace|Compressed class space)/;
var METASPACE_USED = /Metaspace\s*(?:used\s+|:\s*)(\d+)K/g;
var CLASSES_LOADED = /(?:loaded classes|classes loaded|class count)\s*[:=]?\s*(\d+)/gi;
function metaspaceLookup(evidence) {
  if (!METASPACE_OOM.test(evidence)) return void 0;
  const used = [...evidence.matchAll(METASPACE_USED)].map((m) => Number(m[1]) * 1024);
  const classes = [...evidence.matchAll(CLASSES_LOADED)].map((m) => Number(m[1]));
  return { kind: "metaspace-exhausted", readings: [used, classes] };
}
var METASPACE_RULE = {
  /** The OutOfMemoryError measures use at the cap and no further: the step past it is one doubling. */
  factor: 2,
  step: 64 * 1024 ** 2,
  /** Beyond 1g of class metadata the service is leaking class loaders, not short of room. */
  max: 1024 ** 3
};
var roundUp = (n, step) => Math.ceil(n / step) * step;
var MAX_METASPACE = /-XX:MaxMetaspaceSize=(\d+)([kKmMgG]?)/;
var UNIT2 = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function metaspaceCaps(files) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      const m = MAX_METASPACE.exec(text);
      if (!m?.[1] || /^\s*#/.test(text)) return [];
      return [
        { file: f.path, line: i + 1, text, bytes: Number(m[1]) * (UNIT2[(m[2] ?? "").toLowerCase()] ?? 1) }
      ];
    })
  );
}
var showMeta = (bytes) => bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;
function resolveMetaspace(lookup, files) {
  const caps = metaspaceCaps(files);
  const cap = caps[0];
  if (!cap) return void 0;
  const { factor, step, max } = METASPACE_RULE;
  const used = Math.max(cap.bytes, ...lookup.readings[0] ?? []);
  const base = {
    kind: "metaspace-covers-use",
    subject: "the JVM's MaxMetaspaceSize",
    cause: { file: cap.file, line: cap.line, text: cap.text },
    truth: caps.slice(1).map(({ file, line }) => ({ file, line })),
    measured: used
  };
  if (new Set(caps.map((c) => c.bytes)).size > 1)
    return {
      ...base,
      candidates: [],
      reason: "several MaxMetaspaceSize values are set; which one ran is not said"
    };
  if (lookup.readings.some(risesSteadily))
    return {
      ...base,
      candidates: [],
      reason: "the metaspace or loaded-class readings rise steadily (class loaders that survive reloads): a larger cap only delays the next error"
    };
  const bytes = roundUp(used * factor, step);
  if (bytes > max)
    return {
      ...base,
      candidates: [],
      reason: `${showMeta(bytes)} would pass the ${showMeta(max)} bound: look for a class-loader leak`
    };
  const value = showMeta(bytes);
  const after = cap.text.replace(MAX_METASPACE, `-XX:MaxMetaspaceSize=${value}`);
  return {
    ...base,
    candidates: [value],
    reason: `Metaspace filled at its ${showMeta(cap.bytes)} cap with no steady rise in the readings; ${value} is the use the error measured × ${factor}, rounded up to 64m`,
    change: {
      file: cap.file,
      line: cap.line,
      before: cap.text,
      after,
      summary: `MaxMetaspaceSize ${showMeta(cap.bytes)} → ${value}`
    }
  };
}
function metaspaceHolds(resolution, patched) {
  const caps = metaspaceCaps(patched);
  const used = resolution.measured ?? Number.POSITIVE_INFINITY;
  const max = METASPACE_RULE.max;
  const bad = caps.find((c) => c.bytes <= used || c.bytes > max);
  return caps.length > 0 && !bad ? {
    ok: true,
    detail: `MaxMetaspaceSize is now above the ${showMeta(used)} used, within ${showMeta(max)}`
  } : {
    ok: false,
    detail: `MaxMetaspaceSize is still at or below the ${showMeta(used)} used (or above ${showMeta(max)})`
  };
}

// src/inventory/resolve-no-proxy.ts
var NO_PROXY_KEY = /^(NO_PROXY|no_proxy)$/;
function bypasses(list, host) {
  const h = host.toLowerCase();
  return list.split(/[,\s]+/).map((e) => e.trim().toLowerCase().replace(/:\d+$/, "")).filter(Boolean).some((e) => e === "*" || e === h || h.endsWith(e.startsWith(".") ? e : `.${e}`));
}
function entryFor(host) {
  const cluster = /\.svc\.cluster\.local$/.exec(host);
  return cluster ? ".svc.cluster.local" : host;
}
function resolveNoProxy(host, inv, contentOf) {
  const settings = inv.settings.filter((s) => NO_PROXY_KEY.test(s.key));
  const first2 = settings[0];
  const text = first2 ? lineAt(contentOf(first2.file) ?? "", first2.line) : void 0;
  if (!first2 || text === void 0) return void 0;
  const cause = { file: first2.file, line: first2.line, text };
  const add = entryFor(host);
  const base = {
    kind: "no-proxy-covers-host",
    subject: host,
    cause,
    truth: settings.map((s) => ({ file: s.file, line: s.line })),
    candidates: [add]
  };
  if (settings.some((s) => bypasses(s.value, host))) return void 0;
  if (settings.length > 1)
    return {
      ...base,
      reason: `NO_PROXY is set in ${settings.length} places; one change would not cover them`
    };
  const at2 = first2.value === "" ? -1 : text.indexOf(first2.value);
  if (at2 < 0) return { ...base, reason: "the NO_PROXY value could not be rewritten on its line" };
  const after = `${text.slice(0, at2)}${first2.value},${add}${text.slice(at2 + first2.value.length)}`;
  return {
    ...base,
    reason: `${host} is internal but ${first2.key} (${first2.file}:${first2.line}) does not list it, so requests to it go through the proxy`,
    change: { ...cause, before: text, after, summary: `${first2.key} += ${add}` }
  };
}

// src/inventory/resolve-pool.ts
var POOL_RULE = {
  /** A client pool's key, in the spellings HikariCP, SQLAlchemy, node-postgres, Sequelize and env vars use. */
  poolKey: /(?:^|[._-])(?:maximum|max)?[._-]?pool[._-]?(?:size|max)$|^(?:maximumPoolSize|maxPoolSize|poolSize|poolMax)$/i,
  /** A pool below this is no fix: the service would starve; raising the server's limit is a person's call. */
  minPool: 2,
  /** Postgres reserves superuser_reserved_connections (3 unless set); MySQL keeps its one extra slot apart. */
  defaultReserved: { postgres: 3, mysql: 0 }
};
var SERVER_LINE = /^\s*max_connections\s*=\s*(\d+)/;
var SERVER_FLAG = /(?:-c\s+|--)max[_-]connections[= ](\d+)/;
var RESERVED = /^\s*(?:superuser_)?reserved_connections\s*=\s*(\d+)|-c\s+(?:superuser_)?reserved_connections=(\d+)/;
var POOL_LINE = /^\s*-?\s*"?((?:[\w.-]*[._-])?(?:maximum|max)?[._-]?pool[._-]?(?:size|max)|maximumPoolSize|maxPoolSize|poolSize|poolMax)"?\s*[:=]\s*"?(\d+)"?\s*(?:#.*)?$/i;
function linesMatching2(files, re) {
  return files.flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      if (/^\s*(#|\/\/|;)/.test(text)) return [];
      const m = re.exec(text);
      const value = Number(
        m?.slice(1).filter((g) => g !== void 0).at(-1)
      );
      return m && Number.isInteger(value) ? [{ file: f.path, line: i + 1, text, value, groups: m }] : [];
    })
  );
}
function serverLimit(files) {
  const max = [...linesMatching2(files, SERVER_LINE), ...linesMatching2(files, SERVER_FLAG)];
  const values = [...new Set(max.map((m) => m.value))];
  const first2 = max[0];
  if (!first2) return "the repository read sets no max_connections";
  if (values.length > 1) return `several max_connections are set (${values.join(", ")})`;
  const reserved = linesMatching2(files, RESERVED);
  const mysql = /\.cnf$|mysql|mariadb/i.test(first2.file);
  const sum = reserved.reduce((n, r) => n + r.value, 0);
  return {
    max: first2,
    reserved: reserved.length > 0 ? sum : POOL_RULE.defaultReserved[mysql ? "mysql" : "postgres"],
    at: reserved
  };
}
function pools(files) {
  const direct = linesMatching2(files, POOL_LINE);
  const listed = files.flatMap((f) => {
    const lines3 = f.content.split("\n");
    return lines3.flatMap((text, i) => {
      const name = /^\s*-\s*name:\s*"?([\w.-]+)"?\s*$/.exec(text)?.[1];
      const next = lines3[i + 1] ?? "";
      const value = /^\s*value:\s*"?(\d+)"?\s*$/.exec(next)?.[1];
      return name && value && POOL_RULE.poolKey.test(name) ? [{ file: f.path, line: i + 2, text: next, value: Number(value) }] : [];
    });
  });
  return [...direct, ...listed];
}
function replicasOf(files, poolFile) {
  const workloads = files.flatMap(
    (f) => yamlDocs(f.content).flatMap((doc) => {
      const kind = scalar(child(doc.root, "kind"));
      if (!kind || !/^(Deployment|StatefulSet|ReplicaSet)$/.test(kind)) return [];
      const name = scalar(child(child(doc.root, "metadata"), "name")) ?? "";
      const node = child(child(doc.root, "spec"), "replicas");
      const value = Number(scalar(node) ?? 1);
      return [{ file: f.path, name, value, line: node ? doc.lineOf(node) : doc.lineOf(doc.root) }];
    })
  );
  const compose = files.flatMap(
    (f) => yamlDocs(f.content).flatMap(
      (doc) => entries(child(doc.root, "services")).flatMap((svc) => {
        const node = child(child(svc.value, "deploy"), "replicas") ?? child(svc.value, "scale");
        return node ? [{ file: f.path, name: svc.key, value: Number(scalar(node)), line: doc.lineOf(node) }] : [];
      })
    )
  );
  const own = [...workloads, ...compose].filter((w) => w.file === poolFile);
  const candidates = own.length > 0 ? own : [...workloads, ...compose];
  const target = candidates[0];
  if (!target || candidates.length > 1)
    return target ? "several workloads could run this pool" : "the repository read says no replica count";
  const hpa = files.flatMap(
    (f) => yamlDocs(f.content).flatMap((doc) => {
      if (scalar(child(doc.root, "kind")) !== "HorizontalPodAutoscaler") return [];
      const spec = child(doc.root, "spec");
      const node = child(spec, "maxReplicas");
      const ref = scalar(child(child(spec, "scaleTargetRef"), "name"));
      return ref === target.name && node ? [{ file: f.path, line: doc.lineOf(node), value: Number(scalar(node)) }] : [];
    })
  );
  const ceiling = hpa.find((h) => h.value > target.value);
  const at2 = ceiling ?? target;
  const text = lineAt(files.find((f) => f.path === at2.file)?.content ?? "", at2.line) ?? "";
  return { file: at2.file, line: at2.line, value: at2.value, text };
}
function poolFit(files) {
  const server = serverLimit(files);
  if (typeof server === "string") return server;
  const all = pools(files);
  const pool = all[0];
  if (!pool) return "the repository read sets no client pool";
  if (all.length > 1)
    return `several client pools share the server (${all.map((p) => `${p.file}:${p.line}`).join(", ")})`;
  const replicas = replicasOf(files, pool.file);
  if (typeof replicas === "string") return replicas;
  const limit = server.max.value - server.reserved;
  return {
    pool,
    replicas,
    limit,
    truth: [server.max, replicas, ...server.at],
    fits: Math.floor(limit / Math.max(1, replicas.value))
  };
}
function resolvePoolLimit(files) {
  const fit = poolFit(files);
  if (typeof fit === "string") return void 0;
  const { pool, replicas, limit, fits: fits2 } = fit;
  const base = {
    kind: "pool-within-server-limit",
    subject: `client pool ${pool.value} × ${replicas.value} replicas`,
    cause: { file: pool.file, line: pool.line, text: pool.text },
    truth: fit.truth.map(({ file, line }) => ({ file, line })),
    candidates: [String(fits2)]
  };
  const need = `${pool.value} × ${replicas.value} = ${pool.value * replicas.value} against ${limit} usable connections`;
  if (pool.value * replicas.value <= limit)
    return { ...base, reason: `the pools fit the server (${need}): something else holds its connections` };
  if (fits2 < POOL_RULE.minPool)
    return {
      ...base,
      reason: `${need}: a pool of ${fits2} would starve the service; the server's limit is a person's call`
    };
  const after = pool.text.replace(new RegExp(`(?<![\\w.])${pool.value}(?![\\w.])`), String(fits2));
  return {
    ...base,
    reason: `${need} (max_connections at ${fit.truth[0]?.file}:${fit.truth[0]?.line}, replicas at ${replicas.file}:${replicas.line})`,
    change: { ...base.cause, before: pool.text, after, summary: `client pool ${pool.value} → ${fits2}` }
  };
}
function poolRelation(patched) {
  const fit = poolFit(patched);
  if (typeof fit === "string") return { ok: false, detail: fit };
  const total = fit.pool.value * fit.replicas.value;
  return total <= fit.limit ? {
    ok: true,
    detail: `pool ${fit.pool.value} × ${fit.replicas.value} replicas = ${total} ≤ ${fit.limit}`
  } : {
    ok: false,
    detail: `pool ${fit.pool.value} × ${fit.replicas.value} replicas = ${total} > ${fit.limit}`
  };
}

// src/inventory/resolve-ports.ts
function resolvePortConflict(port, inv, evidence, contentOf) {
  const publishers = inv.published.filter((p) => p.hostPort === port);
  const file = publishers[0]?.file;
  const same = publishers.filter((p) => p.file === file);
  if (same.length < 2 || !file) return void 0;
  const failing = evidence.split("\n").filter((l) => /error|fail|✘/i.test(l));
  const named2 = same.filter((p) => {
    const svc = p.service.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(^|[^\\w-])[\\w.-]*[-_]?${svc}[-_]\\d+\\b|service "?${p.service}"?`, "i");
    return failing.some((l) => re.test(l));
  });
  const mover = named2.length === 1 ? named2[0] : void 0;
  const cited = mover ?? same.at(-1);
  const text = cited ? lineAt(contentOf(cited.file) ?? "", cited.line) : void 0;
  if (!cited || text === void 0) return void 0;
  const base = {
    kind: "host-port-unique",
    subject: String(port),
    cause: { file: cited.file, line: cited.line, text },
    truth: same.map((p) => ({ file: p.file, line: p.line })),
    candidates: same.map((p) => p.service)
  };
  if (!mover)
    return {
      ...base,
      reason: `${same.map((p) => p.service).join(" and ")} both publish ${port}; the logs do not say which one failed to bind`
    };
  const taken = new Set(inv.published.filter((p) => p.file === file).map((p) => p.hostPort));
  let free = port + 1;
  while (taken.has(free) && free < port + 100) free += 1;
  const after = text.replace(new RegExp(`(^|[\\s"'-]|:)${port}:`), `$1${free}:`);
  if (after === text) return { ...base, reason: "the published port could not be rewritten on its line" };
  return {
    ...base,
    reason: `${mover.service} is the service that failed to bind; ${free} is the next host port nobody publishes`,
    change: { ...base.cause, before: text, after, summary: `${mover.service} host port ${port} → ${free}` }
  };
}
function resolveEnvFile(inv, repoFiles, contentOf) {
  for (const ref of inv.fileRefs) {
    if (ref.optional || repoFiles.some((f) => ref.path.endsWith(`/${f}`) || ref.path === f)) continue;
    const dir = ref.path.slice(0, ref.path.lastIndexOf("/") + 1);
    if (!dir.startsWith("/")) continue;
    const written2 = inv.settings.filter(
      (s) => s.value !== ref.path && s.value.startsWith(dir) && /\.env$|\.conf$/.test(s.value)
    );
    const values = [...new Set(written2.map((s) => s.value))];
    const text = lineAt(contentOf(ref.file) ?? "", ref.line);
    if (text === void 0) continue;
    const base = {
      kind: "env-file-exists",
      subject: ref.path,
      cause: { file: ref.file, line: ref.line, text },
      truth: written2.map((s) => ({ file: s.file, line: s.line })),
      candidates: values
    };
    const to = values[0];
    if (values.length !== 1 || !to)
      return {
        ...base,
        reason: values.length > 1 ? "several env files are written beside it" : "no deploy file writes that env file"
      };
    return {
      ...base,
      reason: `${written2[0]?.file}:${written2[0]?.line} writes ${to}`,
      change: {
        ...base.cause,
        before: text,
        after: text.replace(ref.path, to),
        summary: `EnvironmentFile ${ref.path} → ${to}`
      }
    };
  }
  return void 0;
}

// src/inventory/resolve-probe.ts
var HEALTH = /health|ready|readiness|live|liveness|status|ping/i;
var WORD = {
  readiness: /ready|readiness/i,
  liveness: /live|liveness/i,
  startup: /start/i
};
function resolveProbePath(probe, inv, routes, contentOf) {
  const served = new Set(routes.map((r) => r.path));
  const target = inv.probes.find((p) => p.probe === probe && !served.has(p.path));
  if (!target || routes.length === 0) return void 0;
  const text = lineAt(contentOf(target.file) ?? "", target.line);
  if (text === void 0) return void 0;
  const health = routes.filter((r) => HEALTH.test(r.path));
  const purposeful = health.filter((r) => WORD[probe]?.test(r.path));
  const picks = purposeful.length > 0 ? purposeful : health;
  const base = {
    kind: "probe-path-served",
    subject: target.path,
    cause: { file: target.file, line: target.line, text },
    truth: picks.map((r) => ({ file: r.file, line: r.line })),
    candidates: picks.map((r) => r.path)
  };
  const to = picks[0]?.path;
  if (picks.length !== 1 || !to)
    return {
      ...base,
      reason: picks.length > 1 ? "several health routes could serve the probe" : "the code declares no health route"
    };
  const after = text.replace(target.path, to);
  return {
    ...base,
    reason: `the code serves ${to} (${picks[0]?.file}:${picks[0]?.line}) and no longer ${target.path}`,
    change: { ...base.cause, before: text, after, summary: `${probe} probe path ${target.path} → ${to}` }
  };
}

// src/inventory/resolve-runtime-limits.ts
var import_yaml5 = __toESM(require_dist(), 1);
var THREAD_REFUSED = /pthread_create failed|unable to create (?:a )?(?:new )?native thread|can't start new thread|failed to create new OS thread|fork: retry: Resource temporarily unavailable|fork: Resource temporarily unavailable/i;
var THREAD_READING = /\b(?:live |active |jvm )?threads?(?:[ _]count)?["']?\s*[:=]\s*(\d+)/gi;
function threadsLookup(evidence) {
  if (!THREAD_REFUSED.test(evidence)) return void 0;
  return {
    kind: "threads-over-pids",
    readings: [...evidence.matchAll(THREAD_READING)].map((m) => Number(m[1]))
  };
}
var RUNTIME_LIMIT_RULES = {
  pids: {
    /** The JVM, glibc and the service's other pools start threads beyond the configured workers. */
    headroom: 1.5,
    step: 64,
    /** Settings that configure how many threads or worker processes a service starts. */
    workers: /(?:^|_)(?:WORKER_THREADS|THREADS|WORKERS|THREAD_POOL_SIZE|POOL_SIZE|CONCURRENCY)$/i
  }
};
var roundUp2 = (n, step) => Math.ceil(n / step) * step;
var COMPOSE4 = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
function composeServices(files) {
  return files.filter((f) => COMPOSE4.test(f.path)).flatMap(
    (f) => yamlDocs(f.content).flatMap(
      (doc) => entries(child(doc.root, "services")).map((svc) => ({ file: f, doc, svc }))
    )
  );
}
function workersOf(files, service) {
  return composeServices(files).filter((s) => s.svc.key === service).flatMap(({ file, doc, svc }) => {
    const env = child(svc.value, "environment");
    const pairs = entries(env).map((e) => ({ key: e.key, value: scalar(e.value), node: e.keyNode }));
    const listed = ((0, import_yaml5.isSeq)(env) ? env.items : []).flatMap((item) => {
      const m = /^([\w.]+)=(.*)$/.exec(scalar(item) ?? "");
      return m?.[1] ? [{ key: m[1], value: m[2], node: item }] : [];
    });
    return [...pairs, ...listed].flatMap((p) => {
      const count = Number(p.value);
      return RUNTIME_LIMIT_RULES.pids.workers.test(p.key) && count > 0 ? [{ file: file.path, line: doc.lineOf(p.node), key: p.key, count }] : [];
    });
  });
}
function pidsLimits(files) {
  return composeServices(files).flatMap(({ file, doc, svc }) => {
    const direct = entries(svc.value).find((e) => e.key === "pids_limit");
    const deploy = entries(child(child(child(svc.value, "deploy"), "resources"), "limits")).find(
      (e) => e.key === "pids"
    );
    const set = direct ?? deploy;
    const limit = Number(scalar(set?.value));
    if (!set || !(limit > 0)) return [];
    const line = doc.lineOf(set.keyNode);
    const text = lineAt(file.content, line) ?? "";
    return [{ service: svc.key, file: file.path, line, text, limit, workers: workersOf(files, svc.key) }];
  });
}
var STARTING = /\bstart(?:ing|ed)\s+(\d+)\s+(?:[\w-]+\s+)?(?:worker|thread)s?\b/i;
function resolvePidsLimit(lookup, files, evidence) {
  const all = pidsLimits(files);
  const withWorkers = all.filter((s) => s.workers.length > 0);
  const target = all.length === 1 ? all[0] : withWorkers.length === 1 ? withWorkers[0] : void 0;
  if (!target) return void 0;
  const logged = Number(STARTING.exec(evidence)?.[1] ?? 0);
  const need = Math.max(logged, ...target.workers.map((w) => w.count));
  const base = {
    kind: "pids-cover-threads",
    subject: `the pids limit of service ${target.service}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: target.workers.map(({ file, line }) => ({ file, line })),
    ...need > 0 ? { measured: need } : {}
  };
  if (all.length > 1 && withWorkers.length !== 1)
    return {
      ...base,
      candidates: [],
      reason: "several services set a pids limit; which one ran out is not said"
    };
  if (risesSteadily(lookup.readings))
    return {
      ...base,
      candidates: [],
      reason: "the thread counts the logs print rise steadily (a thread leak): a higher limit only delays it"
    };
  if (!(need > 0))
    return { ...base, candidates: [], reason: "nothing says how many threads the service starts" };
  if (need * RUNTIME_LIMIT_RULES.pids.headroom <= target.limit)
    return {
      ...base,
      candidates: [],
      reason: `the ${need} threads configured fit the limit of ${target.limit}: something else starts threads`
    };
  const value = roundUp2(need * RUNTIME_LIMIT_RULES.pids.headroom, RUNTIME_LIMIT_RULES.pids.step);
  const after = target.text.replace(/(:\s*)(["']?)\d+\2/, `$1$2${value}$2`);
  return {
    ...base,
    candidates: [String(value)],
    reason: `service ${target.service} is configured to start ${need} threads and its pids limit is ${target.limit}; ${value} is ${need} × ${RUNTIME_LIMIT_RULES.pids.headroom} (the runtime's own threads) rounded up to a multiple of ${RUNTIME_LIMIT_RULES.pids.step}`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after,
      summary: `service ${target.service} pids limit ${target.limit} → ${value}`
    }
  };
}
function pidsHolds(resolution, patched) {
  const service = /service ([\w.-]+)$/.exec(resolution.subject)?.[1];
  const now = pidsLimits(patched).find((s) => s.service === service);
  const need = resolution.measured ?? Number.POSITIVE_INFINITY;
  if (!now) return { ok: true, detail: `service ${service} no longer sets a pids limit` };
  return now.limit >= need ? { ok: true, detail: `the pids limit ${now.limit} covers the ${need} threads configured` } : { ok: false, detail: `the pids limit ${now.limit} is still below the ${need} threads configured` };
}

// src/inventory/resolve-unit-port.ts
function failingUnit(evidence) {
  for (const line of evidence.split("\n").filter((l) => /address already in use|EADDRINUSE/i.test(l))) {
    const unit = /"_SYSTEMD_UNIT"\s*:\s*"([\w@.-]+?)\.service"/.exec(line) ?? /\bUNIT=([\w@.-]+?)\.service\b/.exec(line) ?? /\b([\w@.-]+?)\.service\b/.exec(line) ?? /^\S+\s+\S+\s+\S+\s+\S+\s+([\w@.-]+)\[\d+\]:/.exec(line);
    if (unit?.[1] && unit[1] !== "systemd") return unit[1];
  }
  return void 0;
}
var PORT_KEY = /(^|_)PORT$/;
var at = (s) => `${s.file}:${s.line}`;
var LOCAL_PROXY = /^\s*(?:proxy_pass\s+\w+:\/\/|server\s+)(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):(\d+)\b/;
var escaped = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var word = (name) => new RegExp(`(^|[^\\w])${escaped(name)}([^\\w]|$)`);
function proxiedFor(unit, files) {
  const named2 = new RegExp(`server_name[^;]*\\b${escaped(unit)}\\.`);
  return files.filter(
    (f) => /\.conf$/.test(f.path) && (word(unit).test(f.path.split("/").pop() ?? "") || named2.test(f.content))
  ).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      const m = LOCAL_PROXY.exec(text.replace(/#.*$/, ""));
      return m?.[1] ? [{ port: Number(m[1]), file: f.path, line: i + 1 }] : [];
    })
  );
}
function unitEnvRefs(unit, files) {
  const unitFile = files.find((f) => f.path.split("/").pop() === `${unit}.service`);
  if (!unitFile) return { unitFile, refs: [] };
  const refs = buildInventory([unitFile]).fileRefs.flatMap(
    (r) => files.filter((f) => r.path === f.path || r.path.endsWith(`/${f.path}`)).map((f) => ({ file: r.file, line: r.line, envFile: f.path }))
  );
  return { unitFile, refs };
}
function unitPorts(unit, files) {
  const { unitFile, refs } = unitEnvRefs(unit, files);
  if (!unitFile) return [];
  const envFiles = refs.map((r) => r.envFile);
  return buildInventory(files).settings.filter(
    (s) => PORT_KEY.test(s.key) && (s.file === unitFile.path || envFiles.includes(s.file))
  );
}
function resolveUnitPort(port, files, evidence) {
  const unit = failingUnit(evidence);
  if (!unit) return void 0;
  const own = unitPorts(unit, files).filter((s) => s.value === String(port));
  const cause = own[0];
  const all = buildInventory(files).settings.filter(
    (s) => PORT_KEY.test(s.key) && (s.source === "env-file" || s.source === "systemd")
  );
  const others = all.filter((s) => s.value === String(port) && s.file !== cause?.file);
  const text = cause ? lineAt(files.find((f) => f.path === cause.file)?.content ?? "", cause.line) : void 0;
  if (!cause || text === void 0 || others.length === 0) return void 0;
  const held = new Set(all.filter((s) => at(s) !== at(cause)).map((s) => Number(s.value)));
  const proxied = proxiedFor(unit, files).filter((p) => p.port !== port && !held.has(p.port));
  const ports = [...new Set(proxied.map((p) => p.port))];
  const base = {
    kind: "unit-port-unique",
    subject: unit,
    cause: { file: cause.file, line: cause.line, text },
    // The unit's EnvironmentFile= line too: the Surgeon and the Validator re-resolve from the cited files.
    truth: [...others, ...proxied, ...unitEnvRefs(unit, files).refs].map(({ file, line }) => ({
      file,
      line
    })),
    candidates: ports.map(String)
  };
  const to = ports[0];
  if (ports.length !== 1 || to === void 0)
    return {
      ...base,
      reason: ports.length === 0 ? `${unit} and ${others[0]?.file} both set ${port}; nothing in the repository says which port ${unit} should have` : `a proxy sends ${unit}'s traffic to several free ports (${ports.join(", ")})`
    };
  const after = text.replace(new RegExp(`(=\\s*["']?)${port}\\b`), `$1${to}`);
  if (after === text) return { ...base, reason: "the port could not be rewritten on its line" };
  return {
    ...base,
    reason: `${others[0]?.file}:${others[0]?.line} already sets ${port}; ${proxied[0]?.file}:${proxied[0]?.line} sends ${unit}'s traffic to ${to}, which nothing else holds`,
    change: { ...base.cause, before: text, after, summary: `${unit} ${cause.key} ${port} → ${to}` }
  };
}
function unitPortHolds(resolution, patched) {
  const unit = resolution.subject;
  const mine = unitPorts(unit, patched);
  const values = new Set(mine.map((s) => s.value));
  const own = new Set(mine.map(at));
  const clash = buildInventory(patched).settings.find(
    (s) => PORT_KEY.test(s.key) && (s.source === "env-file" || s.source === "systemd") && !own.has(at(s)) && values.has(s.value)
  );
  const proxied = new Set(proxiedFor(unit, patched).map((p) => String(p.port)));
  if (clash)
    return { ok: false, detail: `${clash.file}:${clash.line} still sets ${unit}'s port ${clash.value}` };
  return mine.some((s) => proxied.has(s.value)) ? { ok: true, detail: `${unit} now listens where its proxy sends, on a port no other unit sets` } : { ok: false, detail: `${unit}'s port is not the one its proxy sends to` };
}

// src/inventory/resolve-upstream-port.ts
var COMPOSE5 = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
function proxyTargets(files, port) {
  const re = /^\s*(?:server|proxy_pass\s+\w+:\/\/)\s*([\w.-]+):(\d+)\b/;
  return files.filter((f) => /\.conf$/.test(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => {
      const m = re.exec(text.replace(/#.*$/, ""));
      return m?.[1] && Number(m[2]) === port ? [{ file: f.path, line: i + 1, text, host: m[1] }] : [];
    })
  );
}
function listeningPorts2(files, service) {
  return listening(files, service)?.ports;
}
function listening(files, service) {
  for (const f of files.filter((x) => COMPOSE5.test(x.path))) {
    for (const doc of yamlDocs(f.content)) {
      const svc = entries(child(doc.root, "services")).find((s) => s.key === service);
      if (!svc) continue;
      const ports = /* @__PURE__ */ new Set();
      const where2 = [{ file: f.path, line: doc.lineOf(svc.keyNode) }];
      for (const p of [...items(child(svc.value, "ports")), ...items(child(svc.value, "expose"))]) {
        const text = scalar(p) ?? scalar(child(p, "target"));
        const mapped = text ? portMapping(text) : void 0;
        if (mapped) ports.add(mapped.container);
      }
      const env = child(svc.value, "environment");
      const fromMap = scalar(child(env, "PORT"));
      const fromList = items(env).map((n) => /^PORT=(\d+)$/.exec(scalar(n) ?? "")?.[1]).find(Boolean);
      for (const v of [fromMap, fromList]) if (v && /^\d+$/.test(v)) ports.add(Number(v));
      const build = scalar(child(svc.value, "build")) ?? scalar(child(child(svc.value, "build"), "context"));
      const dir = build?.replace(/^\.\/?/, "").replace(/\/$/, "");
      const base = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/") + 1) : "";
      const dockerfile = build !== void 0 ? files.find((x) => x.path === `${base}${dir ? `${dir}/` : ""}Dockerfile`) : void 0;
      for (const m of dockerfile?.content.matchAll(/^\s*EXPOSE\s+(\d+)/gim) ?? []) {
        ports.add(Number(m[1]));
        if (dockerfile)
          where2.push({
            file: dockerfile.path,
            line: dockerfile.content.slice(0, m.index).split("\n").length
          });
      }
      return { ports: [...ports], where: where2 };
    }
  }
  return void 0;
}
function resolveUpstreamPort(files, port) {
  const targets = proxyTargets(files, port);
  const target = targets[0];
  if (!target || targets.length > 1) return void 0;
  const known = listening(files, target.host);
  const ports = known?.ports ?? [];
  if (!known || ports.length === 0 || ports.includes(port)) return void 0;
  const base = {
    kind: "upstream-port-listens",
    subject: `${target.host}:${port}`,
    cause: { file: target.file, line: target.line, text: target.text },
    truth: known.where,
    candidates: ports.map(String)
  };
  const to = ports[0];
  if (ports.length > 1 || to === void 0)
    return { ...base, reason: `${target.host} listens on several ports (${ports.join(", ")})` };
  return {
    ...base,
    reason: `${target.host} listens on ${to} (compose ports/expose, PORT or the image's EXPOSE), not ${port}`,
    change: {
      file: target.file,
      line: target.line,
      before: target.text,
      after: target.text.replace(`${target.host}:${port}`, `${target.host}:${to}`),
      summary: `upstream ${target.host}:${port} → ${target.host}:${to}`
    }
  };
}
function upstreamPortHolds(files, resolution) {
  const host = resolution.subject.split(":")[0] ?? "";
  const listening2 = listeningPorts2(files, host) ?? [];
  const re = new RegExp(`\\b${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)\\b`);
  const line = files.find((f) => f.path === resolution.change?.file)?.content.split("\n")[(resolution.change?.line ?? 0) - 1];
  const port = Number(re.exec(line ?? "")?.[1]);
  return listening2.includes(port) ? { ok: true, detail: `the proxy now sends to ${host}:${port}, where ${host} listens` } : { ok: false, detail: `the proxy still sends to a port ${host} does not listen on` };
}

// src/inventory/routes.ts
var ROUTE = /(?:\.(?:get|head|route|api_route)\(\s*|HandleFunc\(\s*|Handle\(\s*|@(?:Get|Request)Mapping\(\s*(?:(?:value|path)\s*=\s*)?)["'`](\/[^"'`\s]*)["'`]/;
var PREFIX = /(?:APIRouter\([^)]*prefix\s*=|Blueprint\([^)]*url_prefix\s*=)\s*["'](\/[^"']*)["']/;
var ROUTE_SEARCH = ROUTE.source;
function routesIn(file, content) {
  const prefix = PREFIX.exec(content)?.[1] ?? "";
  return content.split("\n").flatMap((text, i) => {
    const m = ROUTE.exec(text);
    if (!m?.[1] || /^\s*(#|\/\/)/.test(text)) return [];
    const path = `${prefix}${m[1]}`.replace(/\/+$/, "") || "/";
    return [{ path, file, line: i + 1 }];
  });
}

// src/inventory/resolve.ts
function envReads(name, files, deploy) {
  const re = envReadPattern(name);
  return files.filter((f) => !deploy.has(f.path)).flatMap(
    (f) => f.content.split("\n").flatMap((text, i) => re.test(text) ? [{ file: f.path, line: i + 1, text }] : [])
  );
}
function resolveLookup(lookup, files, deployFiles, repoFiles, evidence, facts = []) {
  const inv = buildInventory(files.filter((f) => deployFiles.has(f.path)));
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const contentOf = (file) => byPath.get(file);
  switch (lookup.kind) {
    case "unknown-host":
      return resolveUnknownHost(lookup.host, inv, contentOf);
    case "refused":
      return (LOOPBACK.has(lookup.host) ? resolveLoopback(lookup.port, inv, contentOf, lookup.host) ?? resolveLoopbackInCluster(lookup.host, lookup.port, inv, contentOf) : resolveUnknownHost(lookup.host, inv, contentOf)) ?? resolveRefusedPort(
        lookup.host,
        lookup.port,
        files.filter((f) => deployFiles.has(f.path)),
        evidence
      );
    case "missing-env":
      return resolveMissingEnv(lookup.name, inv, envReads(lookup.name, files, deployFiles), contentOf);
    case "port-taken":
      return resolvePortConflict(lookup.port, inv, evidence, contentOf) ?? resolveUnitPort(lookup.port, files, evidence);
    case "missing-env-file":
      return resolveEnvFile(inv, repoFiles, contentOf);
    case "probe-path": {
      const routes = files.filter((f) => !deployFiles.has(f.path)).flatMap((f) => routesIn(f.path, f.content));
      return resolveProbePath(lookup.probe, inv, routes, contentOf);
    }
    case "probe-port-name":
      return resolveNamedProbePort(
        lookup.name,
        files.filter((f) => deployFiles.has(f.path)),
        evidence
      );
    case "proxied-internal":
      return resolveNoProxy(lookup.host, inv, contentOf);
    case "keepalive-race":
      return resolveKeepalive(files);
    case "upstream-refused":
      return resolveUpstreamPort(files, lookup.port) ?? resolveLookup(
        { kind: "refused", host: lookup.host, port: lookup.port },
        files,
        deployFiles,
        repoFiles,
        evidence,
        facts
      );
    case "missing-object":
    case "missing-key":
      return resolveObjectLookup(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        [evidence, ...facts.map((f) => f.text)].join("\n")
      );
    case "untolerated-taint":
      return resolveTaint(
        lookup,
        files.filter((f) => deployFiles.has(f.path))
      );
    case "multi-attach":
      return resolveMultiAttach(
        lookup,
        files.filter((f) => deployFiles.has(f.path))
      );
    case "server-connections":
      return resolvePoolLimit(files);
    case "container-logs-unrotated":
      return resolveLogRotation(files.filter((f) => deployFiles.has(f.path)));
    case "usage-over-reservation":
      return resolveUsage(
        lookup,
        files.filter((f) => deployFiles.has(f.path))
      );
    case "node-selector":
      return resolveNodeSelector(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts
      );
    case "volume-permission":
      return resolveFsGroup(
        lookup,
        files.filter((f) => deployFiles.has(f.path))
      );
    case "ca-bundle-path":
      return resolveCaBundlePath(lookup, files);
    case "unknown-authority":
      return resolveScratchBundle(files);
    case "missing-module":
      return resolveMissingModule(lookup, files, repoFiles);
    case "tls-hostname":
      return resolveTlsHost(lookup, files);
    case "config-file-unpublished":
      return resolveConfigFile(lookup, files, repoFiles);
    case "di-unresolved":
      return resolveDiRegistration(lookup, files);
    case "threads-over-pids":
      return resolvePidsLimit(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        evidence
      );
    case "metaspace-exhausted":
      return resolveMetaspace(
        lookup,
        files.filter((f) => deployFiles.has(f.path))
      );
    case "redis-noeviction":
      return resolveRedisPolicy(files.filter((f) => deployFiles.has(f.path) || REDIS_CONF.test(f.path)));
    case "cpu-throttled":
      return resolveCpuThrottle(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts
      );
    case "files-exhausted":
      return resolveCleanup(
        lookup,
        files.filter((f) => deployFiles.has(f.path) || CLEANUP_RULES.some((r) => r.files.test(f.path))),
        facts
      );
    case "request-exceeds-nodes":
      return resolveNodeFit(
        lookup,
        files.filter((f) => deployFiles.has(f.path)),
        facts
      );
    case "image-path-missing":
      return resolveImagePath(lookup, files, repoFiles);
    default:
      return resolveBuild(lookup, files, deployFiles, repoFiles, facts);
  }
}

// src/inventory/subjects.ts
var NAMED_PROBE_PORT = /(Readiness|Liveness|Startup) probe errored[^\n]*?strconv\.Atoi: parsing \\?"([A-Za-z][\w-]*)\\?": invalid syntax/;
var probeKind = (word3) => word3.toLowerCase();
var UNKNOWN_HOST = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([\w.-]+)/,
  /lookup ([\w.-]+)(?: on [\d.:]+)?: no such host/,
  /Failed to resolve '([\w.-]+)'/,
  /UnknownHostException: ([\w.-]+)/,
  /[Cc]ould not (?:resolve|translate) host(?: name)?:? "?([\w.-]+)"?/,
  /Name or service not known[^\n]*?host='([\w.-]+)'/,
  /host='([\w.-]+)'[^\n]*?(?:Name or service not known|Temporary failure in name resolution)/
];
var REFUSED = [
  /ECONNREFUSED (\[?[\w.:-]+?\]?):(\d+)/,
  /dial tcp (\[?[\w.:-]+?\]?):(\d+): connect: connection refused/,
  /connection to server at "([\w.-]+)"[^\n]*?port (\d+) failed: Connection refused/,
  // libpq before 14: `could not connect to server: Connection refused / Is the server running on host "db" ...`
  /Connection refused[^\n]*?Is the server running on host "([\w.-]+)"[^\n]*?port (\d+)/,
  // redis-py: `Error 111 connecting to localhost:6379. Connection refused.`
  /Error 111 connecting to ([\w.-]+):(\d+)/,
  // PgJDBC: `Connection to localhost:5432 refused. Check that the hostname and port are correct`
  /Connection to ([\w.-]+):(\d+) refused/,
  // urllib3/requests: `HTTPConnectionPool(host='localhost', port=8080): ... [Errno 111] Connection refused`
  /HTTPS?ConnectionPool\(host='([\w.-]+)', port=(\d+)\)[^\n]*?(?:Errno 111|[Cc]onnection refused)/,
  // curl: `Failed to connect to localhost port 8080 after 0 ms: Connection refused`
  /Failed to connect to ([\w.-]+) port (\d+)[^\n]*?Connection refused/,
  // Ruby Net::HTTP and redis-rb: `Failed to open TCP connection to localhost:6379 (Connection refused`
  /(?:Failed to open TCP connection to|Error connecting to Redis on) ([\w.-]+):(\d+) \((?:Connection refused|Errno::ECONNREFUSED)/,
  // MySQL clients: `Can't connect to MySQL server on 'localhost:3306' (111)`
  /Can't connect to MySQL server on '([\w.-]+)(?::(\d+))?' \(111/,
  // Celery/kombu and AMQP clients: `Cannot connect to amqp://guest:**@localhost:5672//: [Errno 111] Connection refused`
  /Cannot connect to \w+:\/\/(?:[^@\s]*@)?([\w.-]+):(\d+)[^\n]*?(?:Errno 111|[Cc]onnection refused)/,
  // .NET: `No connection could be made because the target machine actively refused it. (localhost:5432)`
  /(?:actively refused it|Connection refused)\.? \(([\w.-]+):(\d+)\)/,
  // Npgsql: `NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432` then, on the inner exception's
  // line, `SocketException (111): Connection refused` (10061 on Windows: `...actively refused it`).
  /Failed to connect to \[?([\w.:-]+?)\]?:(\d+)[^\n]*\n?[^\n]*?(?:Connection refused|actively refused)/,
  // Kafka's NetworkClient prints Java's InetSocketAddress, `host/ip:port` (`host/<unresolved>:port` when
  // DNS failed): `Connection to node -1 (localhost/127.0.0.1:9092) could not be established.` Only a negative
  // node id is a bootstrap address from the client's config; a broker id's address is the broker's advertised
  // listener, which the client's setting does not decide.
  /Connection to node -\d+ \(([\w.-]+)(?:\/[^:)\s]*)?:(\d+)\) could not be established/,
  /[Cc]onnection refused[^\n]*?\(?(?:host=)?'?(localhost|127\.0\.0\.1)'?,? ?(?:port=)?(\d+)/
];
var MISSING_ENV = [
  /KeyError: '([A-Z][A-Z0-9_]+)'/,
  // Ruby's ENV.fetch and Elixir's System.fetch_env!.
  /key not found: "([A-Z][A-Z0-9_]+)" \(KeyError\)/,
  /could not fetch environment variable "([A-Z][A-Z0-9_]+)"/,
  /[Ee]nvironment variable "?([A-Z][A-Z0-9_]+)"? (?:is )?(?:not set|missing|required|undefined|must be set)/,
  /[Mm]issing (?:required )?env(?:ironment)?(?: var(?:iable)?)?s?:? "?([A-Z][A-Z0-9_]+)/,
  /\b([A-Z][A-Z0-9_]{2,}) (?:environment variable )?(?:is )?(?:not set|must be set|is required)/
];
var PORT_TAKEN = [
  /Bind for [\d.:[\]]+:(\d+) failed: port is already allocated/,
  // Node's net.Server: "listen EADDRINUSE: address already in use :::3000" (or 0.0.0.0:3000).
  /EADDRINUSE: address already in use [\w.:[\]]*?:(\d+)\b/,
  // uvicorn: "[Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use".
  /attempting to bind on address \('[^']*', (\d+)[,)][^\n]*address already in use/,
  /bind[^\n]*?:(\d+)[^\n]*?address already in use/i
];
var KEEPALIVE_RACE = /upstream prematurely closed connection while reading response header|recv\(\) failed \(104: Connection reset by peer\) while reading response header/;
var UPSTREAM_REFUSED = /connect\(\) failed \(111: Connection refused\) while connecting to upstream[^\n]*?upstream: \\?"\w+:\/\/([\w.-]+|\[[\w:.-]+\]):(\d+)/;
var PROXIED = /HTTPS?ConnectionPool\(host='([\w.-]+)'[^\n]*?ProxyError\('(?:Unable to connect to proxy|Cannot connect to proxy)[^\n]*?Tunnel connection failed: 40[37]/;
var SERVER_FULL = /sorry, too many clients already|remaining connection slots are reserved|Too many connections|ER_CON_COUNT_ERROR/;
function portOf(m) {
  if (m[2]) return { port: Number(m[2]) };
  return /MySQL server/.test(m[0]) ? { port: 3306 } : {};
}
function first(res, text) {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return void 0;
}
function lookupOf(subject, kind, evidence) {
  const object = objectLookup(evidence) ?? attachLookup(evidence) ?? taintLookup(evidence) ?? usageLookup(evidence) ?? selectorLookup(evidence);
  if (object) return object;
  const capacity = metaspaceLookup(evidence) ?? threadsLookup(evidence) ?? redisPolicyLookup(evidence) ?? nodeFitLookup(evidence) ?? cpuThrottleLookup(evidence);
  if (capacity) return capacity;
  if (kind === "env-var" && subject) return { kind: "missing-env", name: subject };
  if (/Failed to load environment files?: No such file/.test(evidence)) return { kind: "missing-env-file" };
  if (KEEPALIVE_RACE.test(evidence)) return { kind: "keepalive-race" };
  const proxied = PROXIED.exec(evidence);
  if (proxied?.[1]) return { kind: "proxied-internal", host: proxied[1] };
  const upstream = UPSTREAM_REFUSED.exec(evidence);
  if (upstream?.[1]) return { kind: "upstream-refused", host: upstream[1], port: Number(upstream[2]) };
  const named2 = NAMED_PROBE_PORT.exec(evidence);
  if (named2?.[1] && named2[2]) return { kind: "probe-port-name", probe: probeKind(named2[1]), name: named2[2] };
  const probe = /(Readiness|Liveness|Startup) probe failed: HTTP probe failed with statuscode: 404/.exec(
    evidence
  );
  if (probe?.[1])
    return { kind: "probe-path", probe: probe[1].toLowerCase() };
  const taken = first(PORT_TAKEN, evidence);
  if (taken?.[1]) return { kind: "port-taken", port: Number(taken[1]) };
  const refused = first(REFUSED, evidence);
  if (refused?.[1]) return { kind: "refused", host: refused[1], ...portOf(refused) };
  const trust = tlsHostLookup(evidence) ?? configFileLookup(evidence) ?? diLookup(evidence) ?? imagePathLookup(evidence);
  if (trust) return trust;
  const build = buildLookup(evidence);
  if (build) return build;
  if (kind === "host" && subject) return { kind: "unknown-host", host: subject };
  const host = first(UNKNOWN_HOST, evidence);
  if (host?.[1]) return { kind: "unknown-host", host: host[1] };
  if (SERVER_FULL.test(evidence)) return { kind: "server-connections" };
  const logs = logRotationLookup(evidence);
  if (logs) return logs;
  const files = cleanupLookup(evidence);
  if (files) return files;
  const trustOrModule = caBundleLookup(evidence) ?? unknownAuthorityLookup(evidence) ?? moduleLookup(evidence);
  if (trustOrModule) return trustOrModule;
  const env = first(MISSING_ENV, evidence);
  if (env?.[1]) return { kind: "missing-env", name: env[1] };
  return permissionLookup(evidence);
}

// src/inventory/offline.ts
var MAX_DEPLOY_READS = 10;
function evidenceText(finding) {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}
function findingLookup(finding) {
  return lookupOf(finding.subject, finding.pattern.subjectKind, evidenceText(finding));
}
function measuredLookup(finding, seen) {
  const lookup = findingLookup(finding);
  if (lookup?.kind !== "usage-over-reservation") return lookup;
  return withCitedPeak(widenUsage(lookup, seen.logLines ?? []), seen.notes ?? []);
}
function inventoryReads(repoFiles, planned, lookup) {
  const deploy = deployFilesToRead(
    repoFiles.filter((f) => !planned.has(f)),
    MAX_DEPLOY_READS
  );
  const extra = lookup ? lookupReads(lookup, repoFiles).filter((f) => !planned.has(f)) : [];
  return [.../* @__PURE__ */ new Set([...deploy, ...extra])];
}
function inventorySearch(lookup) {
  if (lookup.kind === "missing-env") return { pattern: envReadPattern(lookup.name).source };
  if (lookup.kind === "probe-path") return { pattern: ROUTE_SEARCH };
  if (lookup.kind === "usage-over-reservation") return { pattern: EVICTED.source };
  return void 0;
}
function resolveFromReads(lookup, reads, repoFiles, evidence, facts = []) {
  const deploy = new Set(reads.map((r) => r.path).filter(isDeployFile));
  return withoutSealedChange(resolveLookup(lookup, reads, deploy, repoFiles, evidence, facts));
}
function withoutSealedChange(resolution) {
  const sealed = resolution?.cause.text.includes(REDACTED) || /\[REDACTED:[\w-]+\]/.test(resolution?.cause.text ?? "");
  if (!resolution?.change || !sealed) return resolution;
  const { change: _sealed, ...cited } = resolution;
  return {
    ...cited,
    reason: `${resolution.reason}; the line holds a redacted secret, so no change is proposed`
  };
}
function factsSearch(lookup) {
  if (lookup.kind === "request-exceeds-nodes") return { pattern: ALLOCATABLE_SEARCH };
  if (lookup.kind === "files-exhausted") return { pattern: DF_SEARCH };
  if (lookup.kind === "cpu-throttled") return { pattern: CPU_READING_SEARCH };
  const needs = lookup.kind === "node-selector" || lookup.kind === "exec-format" || lookup.kind === "missing-object" && lookup.object === "storageclass";
  return needs ? { pattern: FACTS_SEARCH } : void 0;
}
var FACT_NOTE = "comparison fact (what the cluster lists)";
var MAX_FACTS = 30;
function runFacts(logHits, repoFiles, companions) {
  const fromLogs = logHits.filter(
    (h) => !repoFiles.has(h.file) && [isFactLine, isAllocatableLine, isDfLine, isCpuReadingLine].some((is) => is(h.text))
  );
  const fromCompanions = companions.flatMap(
    (f) => f.hint.evidence.flatMap(
      (e) => e.excerpt.split("\n").map((text) => ({ file: "companion", line: 1, text }))
    )
  );
  return [...fromLogs.slice(0, MAX_FACTS), ...fromCompanions];
}
function factsToCite(facts, resolution) {
  const used = new Set(resolution.truth.map((t) => `${t.file}:${t.line}`));
  return facts.filter((f) => !isCpuReadingLine(f.text) || used.has(`${f.file}:${f.line}`));
}
function citedFacts(evidence, companions) {
  const logs = evidence.flatMap(
    (e) => e.kind === "log" && e.note === FACT_NOTE ? [{ file: e.file, line: e.line ?? 1, text: e.excerpt }] : []
  );
  return runFacts(logs, /* @__PURE__ */ new Set(), companions);
}
function describeResolution(r) {
  const where2 = r.truth.slice(0, 4).map((t) => `${t.file}:${t.line}`).join(", ");
  const options = r.candidates.length > 0 ? ` Candidates: ${r.candidates.slice(0, 6).join(", ")}${where2 ? ` (${where2})` : ""}.` : "";
  return r.change ? ` Repository inventory: ${r.change.summary} at ${r.change.file}:${r.change.line}, because ${r.reason}.` : ` Repository inventory: ${r.subject} is set at ${r.cause.file}:${r.cause.line}; no change proposed: ${r.reason}.${options}`;
}

// src/llm/offline/conversation.ts
function pastCalls(messages) {
  const calls = /* @__PURE__ */ new Map();
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === "tool_use" && block.name !== SUBMIT_TOOL) {
        calls.set(block.id, { id: block.id, name: block.name, input: block.input });
      } else if (block.type === "tool_result") {
        const call = calls.get(block.toolUseId);
        if (call) call.result = { content: block.content, isError: block.isError };
      }
    }
  }
  return [...calls.values()];
}
function inputString(call, key) {
  const input = call.input;
  if (typeof input !== "object" || input === null || !(key in input)) return void 0;
  const value = input[key];
  return typeof value === "string" ? value : void 0;
}
function hasTool(request, name) {
  return request.tools.some((t) => t.name === name);
}
function toolTurn(request, calls, why) {
  const turn = request.messages.length;
  const content = [{ type: "text", text: why }];
  calls.forEach((call, index) => {
    content.push({
      type: "tool_use",
      id: `toolu_offline_${turn}_${index}`,
      name: call.name,
      input: call.input
    });
  });
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}
function submitTurn(request, output, why) {
  return toolTurn(request, [{ name: SUBMIT_TOOL, input: output }], why);
}
function parseGrepOutput(output) {
  const hits = [];
  for (const row of output.split("\n")) {
    const m = /^(.+?):(\d+):\s?(.*)$/.exec(row);
    if (m?.[1] && m[2]) hits.push({ file: m[1], line: Number(m[2]), text: m[3] ?? "" });
  }
  return hits;
}

// src/llm/offline/collector-evidence.ts
var TAG_PATTERN = {
  "oom-terminated": "oom-container",
  "filesystem-almost-full": "disk-full",
  "inodes-almost-exhausted": "inodes-exhausted",
  "cpu-throttled": "cpu-throttling"
};
var SUPPORTING = {
  "memory-near-limit": "oom-container",
  restarts: "oom-container"
};
var CITED_TAGS = /^(alert-expression|memory(-near-limit)?|restarts|oom-terminated|terminated|filesystem(-almost-full)?|inodes(-almost-exhausted)?|cpu(-throttled)?|errors(-5xx)?|latency)$/;
var METRIC_FILE = "metric:prometheus";
var TAG = /^\[([a-z0-9-]+)\] (.*)$/;
function okResults(past, name) {
  return past.flatMap(
    (call) => call.name === name && call.result && !call.result.isError ? [{ call, content: call.result.content }] : []
  );
}
function kubeFile(call) {
  const ns = inputString(call, "namespace");
  return `k8s:${inputString(call, "verb") ?? "get"} ${inputString(call, "kind") ?? "?"}/${ns ? `${ns}/` : ""}${inputString(call, "name") ?? "?"}`;
}
function addHint(hints, patternId, e) {
  const pattern = patternById(patternId);
  if (!pattern) return;
  const hint = hints.get(patternId) ?? {
    patternId,
    title: pattern.title,
    category: pattern.category,
    evidence: []
  };
  hint.evidence.push(e);
  hints.set(patternId, hint);
}
function collectorEvidence(past) {
  const hints = /* @__PURE__ */ new Map();
  const cited = [];
  const supporting = [];
  for (const { content } of okResults(past, "query_metrics")) {
    content.split("\n").forEach((text, index) => {
      const m = TAG.exec(text);
      if (!m?.[1]) return;
      const e = { file: METRIC_FILE, line: index + 1, excerpt: text.slice(0, 1500) };
      const primary = TAG_PATTERN[m[1]];
      if (primary) addHint(hints, primary, e);
      const supports = SUPPORTING[m[1]];
      if (supports) supporting.push({ patternId: supports, e });
      if (CITED_TAGS.test(m[1]))
        cited.push({ kind: "metric", file: METRIC_FILE, line: index + 1, excerpt: text.slice(0, 2e3) });
    });
  }
  for (const { call, content } of okResults(past, "read_kubernetes")) {
    const file = kubeFile(call);
    const scanner = createPatternScanner();
    scanner.scanText(file, content);
    for (const finding of scanner.findings())
      for (const e of finding.evidence) addHint(hints, finding.patternId, { ...e, file });
    content.split("\n").forEach((text, index) => {
      if (/^k8s-(container|condition|event) /.test(text) && !/ Normal /.test(text))
        cited.push({ kind: "k8s", file, line: index + 1, excerpt: text.slice(0, 2e3) });
    });
  }
  for (const { call, content } of okResults(past, "query_logs")) {
    const file = `logs:${inputString(call, "store") ?? "log store"}`;
    const lines3 = content.split("\n").map((text) => text.replace(/^log \[[^\]]*\] /, ""));
    const scanner = createPatternScanner();
    scanner.scanText(file, lines3.join("\n"));
    for (const finding of scanner.findings())
      for (const e of finding.evidence) addHint(hints, finding.patternId, { ...e, file });
  }
  for (const { patternId, e } of supporting) {
    const hint = hints.get(patternId);
    if (hint && !hint.evidence.some((x) => x.file === e.file && x.line === e.line)) hint.evidence.push(e);
  }
  return {
    hints: [...hints.values()].map((h) => ({ ...h, count: h.evidence.length })),
    cited
  };
}
function mergeHints(own, collected2) {
  const merged = own.map((h) => ({ ...h, evidence: [...h.evidence] }));
  for (const hint of collected2) {
    const same = merged.find((h) => h.patternId === hint.patternId);
    if (!same) merged.push(hint);
    else {
      same.evidence.push(...hint.evidence);
      if ("count" in same && typeof same.count === "number")
        same.count += hint.evidence.length;
    }
  }
  return merged;
}

// src/llm/offline/collector-plan.ts
var COLLECTOR_TOOL_NAMES = /* @__PURE__ */ new Set([
  "query_metrics",
  "read_kubernetes",
  "query_logs"
]);
var SUBJECT_LABELS = ["namespace", "pod", "container", "instance", "mountpoint", "job", "service"];
var KUBE_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
function alertExpression(incident) {
  const url = incident.labels.generatorURL;
  if (url) {
    try {
      const expr = new URL(url).searchParams.get("g0.expr");
      if (expr?.trim()) return expr.trim().slice(0, 2e3);
    } catch {
    }
  }
  const labelled = incident.labels.expr ?? incident.labels.expression;
  return labelled?.trim() ? labelled.trim().slice(0, 2e3) : void 0;
}
function subjectOf(incident) {
  const subject = {};
  for (const label of SUBJECT_LABELS) {
    const value = incident.labels[label]?.trim();
    if (value && value.length <= 253) subject[label] = value;
  }
  return subject;
}
var UNIT_SUFFIX = /\.(?:service|socket|timer|mount|automount|path|target|swap|slice|scope|device)$/;
function alertUnit(incident) {
  const { labels } = incident;
  if (labels.pod || labels.namespace || labels.container) return void 0;
  const systemdAlert = /systemd/i.test(alertNameOf(incident) ?? "");
  const name = labels.name && (UNIT_SUFFIX.test(labels.name) || systemdAlert) ? labels.name : void 0;
  const candidates = [labels.unit, name, labels.service, incident.service];
  return candidates.map((c) => c?.trim()).find((c) => !!c && SYSTEMD_UNIT.test(c));
}
function collectorPlan(request) {
  const { incident } = request.context;
  if (incident.status === "resolved") return [];
  const calls = [];
  const subject = subjectOf(incident);
  if (hasTool(request, "query_metrics")) {
    const expr = alertExpression(incident);
    if (expr || Object.keys(subject).length > 0)
      calls.push({
        name: "query_metrics",
        input: {
          ...expr ? { expr } : {},
          ...Object.keys(subject).length > 0 ? { subject } : {},
          at: incident.startedAt
        }
      });
  }
  const unit = alertUnit(incident);
  if (hasTool(request, "query_logs") && (Object.keys(subject).length > 0 || unit)) {
    calls.push({ name: "query_logs", input: { subject, ...unit ? { unit } : {}, at: incident.startedAt } });
  }
  const { namespace, pod, container: container2 } = subject;
  if (hasTool(request, "read_kubernetes") && namespace && pod && KUBE_NAME.test(namespace) && KUBE_NAME.test(pod)) {
    calls.push({ name: "read_kubernetes", input: { verb: "describe", kind: "pod", namespace, name: pod } });
    calls.push({
      name: "read_kubernetes",
      input: {
        verb: "logs",
        kind: "pod",
        namespace,
        name: pod,
        ...container2 && KUBE_NAME.test(container2) ? { container: container2 } : {},
        previous: true,
        tailLines: 100
      }
    });
  }
  return calls;
}
function missingEvidence(incident) {
  const subject = subjectOf(incident);
  const expr = alertExpression(incident);
  const name = alertNameOf(incident);
  const rule = name ? alertRuleFor(name) : void 0;
  const wanted = [];
  if (expr || Object.keys(subject).length > 0)
    wanted.push(
      `Prometheus: ${expr ? `the alert's expression \`${expr.slice(0, 200)}\` around its start and ` : ""}the series related to ${describe(subject)} (set SENTRY_PROMETHEUS_URL, or collectors.prometheus.url in the operator's --config)`
    );
  if (subject.namespace && subject.pod)
    wanted.push(
      `Kubernetes: pod ${subject.namespace}/${subject.pod}'s last state, events and previous log (set SENTRY_KUBERNETES to a kubeconfig path or in-cluster)`
    );
  const unit = alertUnit(incident);
  if (unit)
    wanted.push(
      `journald: unit ${unit}'s journal around the alert's start (set SENTRY_JOURNALD=1 where Sentry runs on that host)`
    );
  if (wanted.length === 0 && !rule) return void 0;
  if (wanted.length === 0)
    wanted.push(
      "metrics and cluster state for the alert's subject (configure SENTRY_PROMETHEUS_URL or SENTRY_KUBERNETES)"
    );
  return `Evidence this run lacked: ${wanted.join("; ")}.`;
}
function describe(subject) {
  const entries2 = Object.entries(subject);
  return entries2.length ? entries2.map(([k, v]) => `${k}=${v}`).join(", ") : "the alert's subject";
}
function planText(request) {
  const plan = collectorPlan(request);
  if (plan.length === 0) return void 0;
  const what = plan.map((call) => {
    const input = call.input;
    if (call.name === "query_metrics")
      return `metrics (${input.expr ? "the alert's expression and " : ""}the subject's related series)`;
    if (call.name === "query_logs")
      return input.unit ? `the logs of ${String(input.unit)} (journal or log store)` : "the subject's logs from the log store";
    return `Kubernetes ${String(input.verb)} ${String(input.kind)} ${String(input.namespace)}/${String(input.name)}`;
  });
  return `To confirm: ${[...new Set(what)].join("; ")}.`;
}

// src/llm/offline/collector-turn.ts
var ID_PREFIX = "toolu_offline_collect_";
var MAX_CITED = 12;
function withCollectors(request, playbook) {
  const past = pastCalls(request.messages);
  const collected2 = past.some((c) => COLLECTOR_TOOL_NAMES.has(c.name));
  if (!collected2) {
    const plan = collectorPlan(request);
    if (plan.length > 0) return collectorTurn(plan, request);
  }
  const evidence = collectorEvidence(past);
  const context = { ...request.context, hints: mergeHints(request.context.hints, evidence.hints) };
  const response = playbook({ ...request, context, messages: withoutCollectorTurns(request.messages) });
  const offered = request.tools.some((t) => COLLECTOR_TOOL_NAMES.has(t.name));
  return amendSubmission(
    response,
    (diagnosis) => collected2 ? withCited(diagnosis, evidence.cited) : offered ? diagnosis : withMissing(request, diagnosis)
  );
}
function collectorTurn(plan, request) {
  const subject = request.context.incident.title.slice(0, 200);
  const content = [
    {
      type: "text",
      text: `Collecting the evidence that confirms or rules out the alert's hypothesis for "${subject}": metrics around its start, the pod's state and its previous log.`
    },
    ...plan.map((call, index) => ({
      type: "tool_use",
      id: `${ID_PREFIX}${index}`,
      name: call.name,
      input: call.input
    }))
  ];
  return { content, stopReason: "tool_use", model: "offline", usage: ZERO_USAGE };
}
function isCollectorBlock(block) {
  if (block.type === "tool_use") return block.id.startsWith(ID_PREFIX);
  if (block.type === "tool_result") return block.toolUseId.startsWith(ID_PREFIX);
  return false;
}
function withoutCollectorTurns(messages) {
  return messages.filter((m) => !m.content.some(isCollectorBlock));
}
function amendSubmission(response, amend) {
  const content = response.content.map(
    (block) => block.type === "tool_use" && block.name === SUBMIT_TOOL && isDiagnosis(block.input) ? { ...block, input: amend(block.input) } : block
  );
  return { ...response, content };
}
function isDiagnosis(value) {
  return typeof value === "object" && value !== null && "category" in value && "evidence" in value;
}
function withCited(diagnosis, cited) {
  const seen = new Set(diagnosis.evidence.map((e) => `${e.file}:${e.line}`));
  const extra = cited.filter((e) => !seen.has(`${e.file}:${e.line}`)).slice(0, MAX_CITED);
  const evidence = [...diagnosis.evidence.map((e) => ({ ...e, kind: evidenceKind(e) })), ...extra].slice(
    0,
    50
  );
  return { ...diagnosis, evidence };
}
function evidenceKind(e) {
  if (e.file.startsWith("metric:")) return "metric";
  if (e.file.startsWith("k8s:")) return "k8s";
  if (e.file.startsWith("logs:")) return "log";
  return e.kind;
}
function withMissing(request, diagnosis) {
  const { context } = request;
  const fromAlertOnly = (context.logSummary?.totalRecords ?? 0) === 0 && diagnosis.evidence.every((e) => e.kind === "alert");
  if (!fromAlertOnly || diagnosis.category === "none") return diagnosis;
  const missing = missingEvidence(context.incident);
  if (!missing) return diagnosis;
  return {
    ...diagnosis,
    summary: `${diagnosis.summary} Not confirmed: no logs, metrics or cluster state were read.`.slice(
      0,
      2e3
    ),
    rootCause: `${diagnosis.rootCause} ${missing}`.trim().slice(0, 4e3),
    recommendedActions: [
      `Configure evidence collectors so alerts without logs can be confirmed. ${missing}`.slice(0, 1e3),
      ...diagnosis.recommendedActions
    ].slice(0, 20)
  };
}

// src/llm/offline/code-shape.ts
function statementStart(lines3, from, line, goBlocks = false) {
  const open = [];
  let start = from;
  for (let i = from; i < line; i += 1) {
    if (!open.includes(true)) start = i;
    const code = (lines3[i] ?? "").replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
    for (let c = 0; c < code.length; c += 1) {
      const ch = code[c] ?? "";
      if (ch === "{") open.push(!(goBlocks && /[\s)]/.test(code[c - 1] ?? " ")));
      else if ("([".includes(ch)) open.push(true);
      else if (")]}".includes(ch)) open.pop();
    }
  }
  return open.includes(true) ? start : line;
}
function indentOf4(text) {
  return /^\s*/.exec(text)?.[0] ?? "";
}
function indentStep(lines3) {
  if (lines3.some((l) => l.startsWith("	"))) return "	";
  const widths = lines3.map((l) => /^ +(?=\S)/.exec(l)?.[0].length ?? 0).filter((w) => w > 0);
  return " ".repeat(widths.length > 0 ? Math.min(...widths) : 4);
}
function enclosing(lines3, line, re) {
  for (let i = line; i >= 0; i -= 1) {
    const m = re.exec(lines3[i] ?? "");
    if (m) return { index: i, match: m };
  }
  return void 0;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function insert(lines3, at2, guard) {
  return [...lines3.slice(0, at2), ...guard, ...lines3.slice(at2)].join("\n");
}

// src/llm/offline/compiled-line.ts
var KEYWORDS = /^(if|for|while|switch|catch|return|function)$/;
function heads(lines3, fn) {
  if (KEYWORDS.test(fn)) return [];
  const name = escapeRegExp(fn);
  const head = new RegExp(
    [
      // function f(   async function* f(
      `^\\s*(?:export\\s+)?(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*${name}\\s*[<(]`,
      // class method: public async f(a: T): Promise<U> {
      `^\\s*(?:(?:public|private|protected|static|async|override|readonly)\\s+)*\\*?${name}\\s*(?:<[^>]*>)?\\s*\\(`,
      // const f = async (a) =>   f: function (   f = async (a) =>
      `^\\s*(?:(?:export\\s+)?(?:const|let|var)\\s+)?(?:(?:public|private|protected|static|readonly)\\s+)*${name}\\s*(?::[^=]+)?[:=]\\s*(?:async\\s+)?(?:function\\b|\\(|[\\w$]+\\s*=>)`
    ].join("|")
  );
  return lines3.flatMap((l, i) => head.test(l) && !/;\s*$/.test(l) ? [i] : []);
}
function bodyEnd(lines3, start) {
  let depth = 0;
  let opened = false;
  for (let i = start; i < lines3.length; i += 1) {
    const code = (lines3[i] ?? "").replace(/\/\/.*$|(["'`])(?:\\.|(?!\1).)*\1/g, "");
    for (const ch of code) {
      if (ch === "{") {
        depth += 1;
        opened = true;
      } else if (ch === "}") depth -= 1;
    }
    if (opened && depth <= 0) return i;
  }
  return lines3.length - 1;
}
function nestedParams(code) {
  const lists = [
    ...code.matchAll(/(?:\(([^()]*)\)|\b([\w$]+))\s*(?::\s*[^=]+)?=>|\bfunction\s*[\w$]*\s*\(([^)]*)\)/g)
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return new Set(lists.flatMap((l) => l.split(",").map((p) => /^\s*(?:\.\.\.)?([\w$]+)/.exec(p)?.[1] ?? "")));
}
function sourceLine(content, fn, property) {
  if (!fn) return void 0;
  const lines3 = content.split("\n");
  const found = heads(lines3, fn);
  const head = found[0];
  if (found.length !== 1 || head === void 0) return void 0;
  if (!property) return head + 1;
  const read = new RegExp(`([\\w$]+)?[\\w$.)\\]]*(?<!\\?)\\.${escapeRegExp(property)}(?![\\w$])`, "g");
  const reads = lines3.slice(head, bodyEnd(lines3, head) + 1).flatMap((l, i) => {
    const code = l.replace(/\/\/.*$/, "");
    const inner = nestedParams(code);
    const own = [...code.matchAll(read)].some((m) => !m[1] || !inner.has(m[1]));
    return own && i > 0 ? [head + i] : [];
  });
  return (reads.length === 1 ? reads[0] ?? head : head) + 1;
}

// src/knowledge/subject-focus.ts
var WORKLOAD_LABELS = [
  "deployment",
  "statefulset",
  "daemonset",
  "service",
  "job_name",
  "app",
  "app_kubernetes_io_name"
];
var HOST_LABELS = ["node", "host", "hostname", "instance", "nodename"];
var SCRAPE_JOB = /exporter|kube-state-metrics|kubelet|cadvisor|apiserver|prometheus|node|blackbox/i;
function hostOf(value) {
  return value.replace(/^\[?([^\]]+?)\]?(:\d+)?$/, "$1").toLowerCase();
}
function incidentSubjectOf(incident) {
  const labels = incident.labels;
  const workloads = WORKLOAD_LABELS.map((l) => labels[l]).filter((v) => Boolean(v));
  if (labels.job && !SCRAPE_JOB.test(labels.job)) workloads.push(labels.job);
  if (incident.service) workloads.push(incident.service);
  const hosts = HOST_LABELS.map((l) => labels[l]).filter((v) => Boolean(v)).map(hostOf);
  const subject = {
    workloads: [...new Set(workloads.map((w) => w.toLowerCase()))],
    hosts: [...new Set(hosts)],
    ...labels.namespace ? { namespace: labels.namespace } : {},
    ...labels.pod ? { pod: labels.pod } : {}
  };
  const empty = !subject.namespace && !subject.pod && subject.workloads.length === 0 && subject.hosts.length === 0;
  return empty ? void 0 : subject;
}
function podMatches(pod, subject) {
  const name = pod.toLowerCase();
  if (subject.pod && (subject.pod === pod || podBase(subject.pod) === podBase(pod))) return true;
  return subject.workloads.some((w) => name === w || name.startsWith(`${w}-`));
}
function isAboutSubject(record, subject) {
  if (record.namespace && subject.namespace && record.namespace !== subject.namespace) return false;
  const verdicts = [];
  if (record.pod && (subject.pod || subject.workloads.length)) verdicts.push(podMatches(record.pod, subject));
  const service = record.service ?? record.unit?.replace(/\.service$/, "");
  if (service && (subject.workloads.length || subject.pod)) {
    const name = service.toLowerCase();
    verdicts.push(
      subject.workloads.includes(name) || Boolean(subject.pod?.toLowerCase().startsWith(`${name}-`))
    );
  }
  const host = record.host ?? record.node;
  if (host && subject.hosts.length) verdicts.push(subject.hosts.includes(hostOf(host)));
  if (verdicts.length === 0) {
    return record.namespace && subject.namespace ? record.namespace === subject.namespace : void 0;
  }
  return verdicts.some(Boolean);
}
function namesOf(record) {
  const names = [record.pod && podBase(record.pod), record.service, record.host, record.node, record.unit];
  return names.filter((n) => typeof n === "string" && n.length >= 3);
}
function dominantSubject(counts) {
  const byName = /* @__PURE__ */ new Map();
  for (const { subject, count } of counts) {
    const key = subject.pod ? podBase(subject.pod) : subject.service ?? subject.host ?? subject.node;
    if (!key) continue;
    const seen = byName.get(key);
    if (seen) seen.count += count;
    else byName.set(key, { subject, count });
  }
  const ranked = [...byName.entries()].sort((a, b) => b[1].count - a[1].count);
  const [first2, second] = ranked;
  if (!first2 || !second || first2[1].count <= second[1].count) return void 0;
  const s = first2[1].subject;
  return {
    workloads: [first2[0]].filter(() => Boolean(s.pod ?? s.service)),
    hosts: s.pod || s.service ? [] : [hostOf(first2[0])],
    ...s.namespace ? { namespace: s.namespace } : {}
  };
}

// src/llm/offline/verdict.ts
var ALERT_SOURCES = /* @__PURE__ */ new Set([...MONITORING_SOURCES, "generic"]);
function isFiringAlert(incident) {
  return ALERT_SOURCES.has(incident.source) && incident.status !== "resolved";
}
function errorTemplates(context) {
  return (context.logSummary?.kept ?? []).filter((t) => t.level === "ERROR" || t.level === "FATAL");
}
var BACKGROUND_SHARE = 200;
var STEADY_SPAN = 1 / 3;
function spanMs(from, to) {
  const a = from ? Date.parse(from) : Number.NaN;
  const b = to ? Date.parse(to) : Number.NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? void 0 : b - a;
}
function isBackground(template, summary) {
  if (template.level !== "ERROR" || template.count < 2) return false;
  if (template.reasons.includes("stack-trace") || template.reasons.includes("burst")) return false;
  if (template.count * BACKGROUND_SHARE > summary.totalRecords) return false;
  const covered = spanMs(summary.timeRange.from, summary.timeRange.to);
  const spread = spanMs(template.firstSeen.time, template.lastSeen.time);
  if (covered === void 0 || spread === void 0 || covered <= 0) return true;
  return spread >= covered * STEADY_SPAN;
}
var OVERWHELMING_SHARE = 0.5;
function noiseOf(template) {
  return backgroundNoiseOf(template.examples[0]?.text ?? template.template);
}
function incidentText(incident) {
  return [incident.title, incident.description ?? "", ...Object.values(incident.labels)].join("\n");
}
function isInternetNoise(template, context, summary) {
  const noise = noiseOf(template);
  if (!noise || noise.subjectWords.test(incidentText(context.incident))) return false;
  const sameClass = errorTemplates(context).filter((t) => noiseOf(t)?.id === noise.id);
  const records = sameClass.reduce((sum, t) => sum + t.count, 0);
  return records < summary.totalRecords * OVERWHELMING_SHARE;
}
function unexplainedErrors(context) {
  const summary = context.logSummary;
  if (!summary) return errorTemplates(context);
  return errorTemplates(context).filter(
    (t) => !isBackground(t, summary) && !isInternetNoise(t, context, summary)
  );
}
function plural(n, word3) {
  return `${n.toLocaleString("en-US")} ${word3}${n === 1 ? "" : "s"}`;
}
function logsRead(context) {
  const summary = context.logSummary;
  if (!summary || summary.files.length === 0) return "no logs";
  const names = summary.files.map((f) => f.file);
  const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
  const { from, to } = summary.timeRange;
  const span = from && to ? `, ${from === to ? from : `${from} → ${to}`}` : ", no timestamps";
  return `${plural(names.length, "file")} (${shown}), ${plural(summary.totalRecords, "record")}${span}`;
}
function openQuestions(context) {
  const questions = [];
  const records = context.logSummary?.totalRecords ?? 0;
  if (records === 0) questions.push("no log records were read");
  if (isFiringAlert(context.incident))
    questions.push(
      `the ${context.incident.source} alert "${context.incident.title}" is ${context.incident.status}`
    );
  const errors = unexplainedErrors(context);
  if (errors.length > 0) {
    const count = errors.reduce((sum, t) => sum + t.count, 0);
    questions.push(
      `${plural(count, "error-level record")} in ${plural(errors.length, "template")} match no known pattern`
    );
  }
  return questions;
}
function noFindingVerdict(context) {
  return openQuestions(context).length === 0 ? { kind: "none" } : { kind: "unknown" };
}

// src/llm/offline/findings.ts
function countOf(hint) {
  return "count" in hint && typeof hint.count === "number" ? hint.count : void 0;
}
function subjectsOf(hint) {
  return "subjects" in hint && Array.isArray(hint.subjects) ? hint.subjects : [];
}
function subjectOf2(pattern, hint) {
  for (const e of hint.evidence) {
    const subject = matchPattern(pattern, e.excerpt)?.subject;
    if (subject) return subject;
  }
  return void 0;
}
function alertFinding(context, findings) {
  const { incident } = context;
  if (incident.status !== "firing") return;
  const name = alertNameOf(incident);
  const rule = name ? alertRuleFor(name) : void 0;
  const pattern = rule ? patternById(rule.patternId) : void 0;
  if (!rule || !pattern) return;
  const alert = { rule, lookAt: lookAtFor(rule, incident.labels) };
  const same = findings.find((f) => f.pattern.id === pattern.id);
  if (same) {
    same.alert = alert;
    return;
  }
  const excerpt = [incident.title, incident.description ?? ""].join("\n").trim().slice(0, 1500);
  findings.push({
    hint: {
      patternId: pattern.id,
      title: pattern.title,
      category: pattern.category,
      evidence: [{ file: ALERT_TEXT, line: 1, excerpt }]
    },
    pattern,
    count: 1,
    alert
  });
}
function focusOnSubject(context, findings) {
  const subject = incidentSubjectOf(context.incident) ?? dominantSubject(findings.flatMap((f) => subjectsOf(f.hint)));
  if (!subject) return findings;
  const elsewhere = (f) => {
    const subjects = subjectsOf(f.hint);
    if (subjects.length === 0 || f.alert) return false;
    if (subjects.reduce((sum, s) => sum + s.count, 0) < f.count) return false;
    return subjects.every((s) => isAboutSubject(s.subject, subject) === false);
  };
  const own = findings.filter((f) => !elsewhere(f));
  const ownText = [
    context.incident.title,
    context.incident.description ?? "",
    ...own.flatMap((f) => f.hint.evidence.map((e) => e.excerpt))
  ].join("\n").toLowerCase();
  const dependency = (f) => subjectsOf(f.hint).some((s) => namesOf(s.subject).some((n) => ownText.includes(n.toLowerCase())));
  return findings.filter((f) => !elsewhere(f) || dependency(f));
}
function rankFindings(findings) {
  const present = new Set(findings.map((f) => f.pattern.id));
  const shared = (a, b) => a.hint.evidence.some((e) => b.hint.evidence.some((o) => o.file === e.file && o.line === e.line));
  const causes = (f, o) => (o.pattern.consequenceOf ?? []).includes(f.pattern.id);
  const dominated = (f) => f.pattern.incidental === true && findings.some(
    (o) => !o.pattern.incidental && !shared(o, f) && !causes(f, o) && (o.alert ? f.count < 5 : o.count > Math.max(3, f.count))
  );
  const consequence = (f) => (f.pattern.consequenceOf ?? []).some((id) => present.has(id));
  const firstSeen = (f) => "firstSeen" in f.hint && typeof f.hint.firstSeen === "number" ? f.hint.firstSeen : Number.MAX_SAFE_INTEGER;
  const key = (f) => [Number(dominated(f)), Number(consequence(f)), f.pattern.rank];
  return findings.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return b.count - a.count || firstSeen(a) - firstSeen(b);
  });
}
function findingsOf(context) {
  let hints = context.hints;
  if (hints.length === 0) {
    const scanner = createPatternScanner();
    scanner.scanText(ALERT_TEXT, [context.incident.title, context.incident.description ?? ""].join("\n"));
    hints = scanner.findings();
  }
  const findings = [];
  for (const hint of hints) {
    const pattern = patternById(hint.patternId);
    if (!pattern) continue;
    const subject = subjectOf2(pattern, hint);
    findings.push({
      hint,
      pattern,
      count: countOf(hint) ?? hint.evidence.length,
      ...subject ? { subject } : {}
    });
  }
  alertFinding(context, findings);
  const current = context.incident.status === "firing" ? findings : findings.filter((f) => f.hint.evidence.some((e) => e.file !== ALERT_TEXT));
  return rankFindings(focusOnSubject(context, current));
}
var SEVERITY_ORDER = ["P1", "P2", "P3", "P4"];
function moreSevere(a, b) {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}
function verdictOf(context) {
  const [primary, ...others] = findingsOf(context);
  if (primary) return { kind: "finding", primary, others };
  return noFindingVerdict(context);
}

// src/llm/offline/diagnosis-builder.ts
var MAX_LOG_EVIDENCE = 5;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function hintEvidence(finding, limit, note) {
  return finding.hint.evidence.slice(0, limit).map((e, index) => ({
    kind: e.file === ALERT_TEXT ? "alert" : "log",
    file: e.file,
    line: e.line,
    excerpt: clip(e.excerpt, 2e3),
    ...e.match ? { match: e.match } : {},
    ...index === 0 && note ? { note: clip(note, 500) } : {}
  }));
}
function collected(finding) {
  return finding.hint.evidence.every((e) => /^(metric|k8s):/.test(e.file) || e.file === ALERT_TEXT);
}
function where(finding) {
  const first2 = finding.hint.evidence[0];
  return first2 ? `${first2.file}:${first2.line}` : "the alert";
}
function findingDiagnosis(context, primary, others, cause) {
  const pat = primary.pattern;
  const lines3 = primary.hint.evidence.every((e) => e.file === ALERT_TEXT) ? `the alert${primary.alert ? ` ${primary.alert.rule.name}` : ""} (no matching log lines)` : `${primary.count} matching ${collected(primary) ? "collected fact" : "log line"}${primary.count === 1 ? "" : "s"}, first at ${where(primary)}`;
  const subject = primary.subject ? ` (${primary.subject})` : "";
  const evidence = hintEvidence(
    primary,
    MAX_LOG_EVIDENCE,
    `${pat.title}: ${primary.count} matching`
  );
  if (cause) {
    evidence.push({
      kind: "repo",
      file: cause.file,
      line: cause.line,
      excerpt: clip(cause.text, 2e3),
      note: clip(cause.change ? `${cause.locator.what}; proposed: ${cause.change}` : cause.locator.what, 500)
    });
  }
  for (const other of others) {
    evidence.push(...hintEvidence(other, 1, `also seen: ${other.pattern.title} (${other.count}×)`));
  }
  const consequences = others.map((o) => `${o.pattern.title.toLowerCase()} (${o.count}×)`);
  const repoText = cause ? ` In the repository, ${cause.locator.what} is at ${cause.file}:${cause.line}: \`${clip(cause.text.trim(), 200)}\`.` : "";
  const fixable = cause?.change !== void 0;
  const fromAlertOnly = primary.hint.evidence.every((e) => e.file === ALERT_TEXT);
  const confidence = fromAlertOnly ? primary.alert?.rule.ruleSet === "alert name" ? 0.35 : 0.5 : Math.min(0.95, 0.6 + (primary.count >= 3 ? 0.1 : 0) + (cause ? 0.2 : 0));
  const alertText = primary.alert ? ` ${primary.alert.rule.name} (${primary.alert.rule.ruleSet}): ${primary.alert.rule.meaning} To confirm, look at ${primary.alert.lookAt}.` : "";
  return {
    severity: moreSevere(pat.severity, context.incident.severity),
    category: pat.category,
    summary: clip(
      `${pat.title}${subject}: ${lines3}.${cause ? ` Cause located at ${cause.file}:${cause.line}.` : ""}`,
      2e3
    ),
    rootCause: clip(
      `${pat.cause}${subject ? ` Named in the logs: ${primary.subject}.` : ""}${alertText}${repoText}` + (consequences.length ? ` Also seen, most likely consequences: ${consequences.join(", ")}.` : ""),
      4e3
    ),
    evidence: evidence.slice(0, 50),
    confidence,
    // Only a change the Surgeon can actually make earns a proposal; otherwise a person takes it from here.
    fixability: fixable ? pat.fixability : Math.min(pat.fixability, 0.3),
    recommendedActions: [
      ...fixable && cause ? [`Change ${cause.file}:${cause.line}: ${cause.change}.`] : [],
      ...primary.alert ? [`${primary.alert.rule.name}: look at ${primary.alert.lookAt}.`] : [],
      ...pat.actions,
      ...fromAlertOnly ? pat.confirm.map((c) => `Confirm: ${c}`) : []
    ].slice(0, 20),
    patterns: [pat.id, ...others.map((o) => o.pattern.id)]
  };
}
function backgroundKind(template) {
  const noise = noiseOf(template);
  return noise ? `background: ${noise.title.toLowerCase()}` : "steady background";
}
function backgroundOf(errors) {
  const kinds = [...new Set(errors.map((t) => noiseOf(t)?.title.toLowerCase()).filter(Boolean))];
  return kinds.length > 0 ? `background (${kinds.join("; ")})` : "steady background";
}
function noFindingDiagnosis(context, kind) {
  const read = logsRead(context);
  const records = context.logSummary?.totalRecords ?? 0;
  const errors = errorTemplates(context);
  const errorCount = errors.reduce((sum, t) => sum + t.count, 0);
  const open = openQuestions(context);
  const unexplained = new Set(unexplainedErrors(context).map((t) => t.id));
  const cited = [...errors].sort((a, b) => Number(unexplained.has(b.id)) - Number(unexplained.has(a.id)));
  const evidence = cited.slice(0, 5).map((t) => ({
    kind: "log",
    file: t.firstSeen.file,
    line: t.firstSeen.line,
    excerpt: clip(t.examples[0]?.text ?? t.template, 2e3),
    note: `${t.count}× at level ${t.level}; no known pattern${unexplained.has(t.id) ? "" : ` (${backgroundKind(t)})`}`
  }));
  const checked = records === 0 ? `Read ${read}` : `Read ${read}; none of the ${FAILURE_PATTERNS.length} known failure patterns matched`;
  if (kind === "none" && open.length === 0) {
    return {
      severity: "P4",
      category: "none",
      summary: clip(
        `Nothing looks wrong. ${checked}, no alert is firing, and ${errorCount === 0 ? "no record is at error level" : `the ${errorCount} error-level records are ${backgroundOf(errors)}`}.`,
        2e3
      ),
      rootCause: "",
      evidence,
      confidence: 0.7,
      fixability: 0,
      recommendedActions: [],
      patterns: []
    };
  }
  return {
    severity: context.incident.severity,
    category: "unknown",
    summary: clip(`No cause established: ${open.join("; ")}. ${checked}.`, 2e3),
    rootCause: "Unknown: the offline diagnoser does not recognise this failure, and it does not guess.",
    evidence,
    confidence: 0.1,
    fixability: 0,
    recommendedActions: [
      ...records === 0 ? ["Run again with the service's logs (--log FILE or DIR) from around the alert's start."] : [],
      "Read the error lines cited above in full, and the service's logs around the alert's start time.",
      "Run again with a model provider (set ANTHROPIC_API_KEY) for a deeper analysis."
    ],
    patterns: []
  };
}

// src/llm/offline/growth-search.ts
var LIMIT_FIXES = /* @__PURE__ */ new Set(["raise-memory-limit", "raise-node-heap", "raise-jvm-heap"]);
function growthSearch(finding) {
  return (finding.pattern.repo ?? []).some((l) => l.fix && LIMIT_FIXES.has(l.fix)) ? { pattern: `${MEMORY_READING.source}|${TOP_POD_ROW.source.replace("^", "^\\s*")}` } : void 0;
}
function growthIn(hits, repoFiles) {
  return steadyGrowth(
    hits.filter(
      (h) => !repoFiles.has(h.file) && (MEMORY_READING.test(h.text) || TOP_POD_ROW.test(h.text.trim()))
    ).map((h) => h.text)
  );
}

// src/llm/offline/latency-breakdown.ts
var BREAKDOWN_SEARCH = {
  pattern: String.raw`"(?:upstreams?|dependencies|downstreams?|timings)"\s*:\s*\{[^}]*"[\w.-]+"\s*:\s*[1-9]\d{3,}|\burt="?[1-9]\d*\.\d+|upstream_response_time[=:]\s*"?[1-9]\d*\.\d+`
};
function breakdownSearch(finding) {
  return finding.pattern.category === "latency" ? BREAKDOWN_SEARCH : void 0;
}
function slowest(text) {
  const object = /"(?:upstreams?|dependencies|downstreams?|timings)"\s*:\s*\{([^}]*)\}/.exec(text)?.[1];
  if (object) {
    const entries2 = [...object.matchAll(/"([\w.-]+)"\s*:\s*(\d+(?:\.\d+)?)/g)].map((m) => ({
      name: m[1] ?? "",
      ms: Number(m[2])
    }));
    return entries2.sort((a, b) => b.ms - a.ms)[0];
  }
  const urt = /\b(?:urt|upstream_response_time)[=:]\s*"?(\d+\.\d+)/.exec(text)?.[1];
  return urt ? { name: "the upstream", ms: Math.round(Number(urt) * 1e3) } : void 0;
}
var MAX_CITED2 = 2;
function withBreakdown(diagnosis, hits, inRepo2) {
  const re = new RegExp(BREAKDOWN_SEARCH.pattern);
  const cited = hits.filter((h) => !inRepo2.has(h.file) && re.test(h.text)).flatMap((h) => {
    const dep = slowest(h.text);
    return dep && dep.ms >= 1e3 ? [{ ...h, dep }] : [];
  }).slice(0, MAX_CITED2).map((h) => ({
    kind: "log",
    file: h.file,
    line: h.line,
    excerpt: h.text.slice(0, 2e3),
    note: `where the time goes: ${h.dep.name} took ${h.dep.ms} ms`
  }));
  if (cited.length === 0) return diagnosis;
  const at2 = diagnosis.evidence.filter((e) => e.kind === "log").length;
  const evidence = [...diagnosis.evidence.slice(0, at2), ...cited, ...diagnosis.evidence.slice(at2)].slice(
    0,
    50
  );
  return { ...diagnosis, evidence };
}

// src/inventory/growing-structure.ts
var COLLECTION_DECL = [
  "^(export\\s+)?(const|let|var)\\s+\\w+(\\s*:\\s*[^=]+)?\\s*=\\s*(new\\s+(Map|Set|Array)\\b|\\[\\]|\\{\\})",
  "^[A-Za-z_]\\w*(\\s*:\\s*[^=]+)?\\s*=\\s*(\\{\\}|\\[\\]|dict\\(|set\\(|list\\(|defaultdict\\(|OrderedDict\\(|deque\\()",
  "^var\\s+\\w+\\s*=\\s*(make\\()?(map\\[|\\[\\])",
  "\\bstatic\\s+(final\\s+)?[\\w<>, ?]*(Map|List|Set|Queue)<[^=]*=\\s*new\\s",
  "^\\s*(@@\\w+|[A-Z][A-Z_]*)\\s*=\\s*(\\{\\}|\\[\\]|Hash\\.new|Set\\.new|Concurrent::Map\\.new)"
].join("|");
var SIZE_WORD = /entries|size|len(gth)?|items|keys|listeners|subscribers|sessions|handlers|queue|pending|cache|buffers?|objects|records/i;
var ALWAYS_RISES = /total|uptime|time|seconds|_ms$|Ms$|_s$|^pid$|^ts$|^seq|^id$|served|processed|handled/i;
var GENERIC = /* @__PURE__ */ new Set([
  "entries",
  "size",
  "len",
  "length",
  "items",
  "count",
  "num",
  "n",
  "total",
  "current",
  "open"
]);
var FIELD = /["']?([A-Za-z_][\w.]*)["']?\s*[:=]\s*(\d+(?:\.\d+)?)\b/g;
function steady(values) {
  if (values.length < 6) return false;
  const rising = values.slice(1).filter((v, i) => v >= (values[i] ?? 0)).length;
  const first2 = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return rising >= 0.8 * (values.length - 1) && first2 > 0 && last >= 1.5 * first2;
}
function growingFields(lines3) {
  const series = /* @__PURE__ */ new Map();
  for (const line of lines3) {
    if (!MEMORY_READING.test(line)) continue;
    for (const m of line.matchAll(FIELD)) {
      const name = m[1] ?? "";
      if (MEMORY_READING.test(`${name}=1`) || !SIZE_WORD.test(name) || ALWAYS_RISES.test(name)) continue;
      series.set(name, [...series.get(name) ?? [], Number(m[2])]);
    }
  }
  return [...series.entries()].filter(([, v]) => steady(v)).map(([name, v]) => ({ name, first: v[0] ?? 0, last: v.at(-1) ?? 0, readings: v.length }));
}
function structureWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_.-]+/).map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && !GENERIC.has(w));
}
function declaredName(text) {
  return /^(?:export\s+)?(?:const|let|var)\s+(\w+)/.exec(text)?.[1] ?? /\bstatic\s+(?:final\s+)?[\w<>, ?]*\s(\w+)\s*=/.exec(text)?.[1] ?? /^\s*(@@\w+|[A-Za-z_]\w*)\s*(?::[^=]+)?=/.exec(text)?.[1];
}
function mentions2(haystack, word3) {
  const stem = word3.replace(/(es|s)$/, "");
  return haystack.toLowerCase().includes(stem.length >= 3 ? stem : word3);
}
function growingStructure(fields, declarations) {
  const scored = fields.flatMap((field) => {
    const words = structureWords(field.name);
    return declarations.flatMap((d) => {
      const name = declaredName(d.text);
      if (!name) return [];
      const inName = words.filter((w) => mentions2(name, w)).length;
      const inPath = words.filter((w) => mentions2(d.file, w)).length;
      return inName > 0 ? [{ ...d, name, field, score: 2 * inName + inPath }] : [];
    });
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  const one = top[0];
  if (!one || new Set(top.map((t) => `${t.file}:${t.line}`)).size !== 1) return void 0;
  return { file: one.file, line: one.line, text: one.text, name: one.name, field: one.field };
}

// src/llm/offline/leak-cause.ts
var COLLECTION_SEARCH = { pattern: COLLECTION_DECL };
function leakCause(hits, repoFiles) {
  const logLines = hits.filter((h) => !repoFiles.has(h.file) && MEMORY_READING.test(h.text)).map((h) => h.text);
  const declarations = hits.filter(
    (h) => repoFiles.has(h.file) && CODE.test(h.file) && new RegExp(COLLECTION_DECL).test(h.text)
  );
  const found = growingStructure(growingFields(logLines), declarations);
  if (!found) return void 0;
  const { field } = found;
  return {
    file: found.file,
    line: found.line,
    text: found.text,
    locator: {
      grep: COLLECTION_DECL,
      files: CODE,
      what: `the long-lived collection \`${found.name}\`, named by ${field.name} rising ${field.first} → ${field.last} over ${field.readings} readings with memory (check what evicts its entries; bound it by size or TTL rather than raising the limit)`
    }
  };
}

// src/inventory/job-runtime.ts
var ELAPSED = /\belapsed(?:_?(ms|s|seconds))?["']?\s*[:=]\s*"?(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\b/i;
var DONE = /\b\w*(?:done|processed|completed|written|exported)["']?\s*[:=]\s*"?(\d+)\b/i;
var TOTAL = /\b\w*(?:estimate|estimated|total|expected)["']?\s*[:=]\s*"?(\d+)\b/i;
var PERCENT = /\b(\d+(?:\.\d+)?)\s*%/;
var UNIT_MS = { ms: 1, s: 1e3, seconds: 1e3, m: 6e4, h: 36e5 };
var RUNTIME_SEARCH = `\\belapsed\\w*["']?\\s*[:=][^\\n]*(?:done|processed|completed|written|exported|%)|(?:done|processed|completed|written|exported|%)[^\\n]*\\belapsed\\w*["']?\\s*[:=]`;
var MIN_SHARE = 0.25;
function runtimeIn(text) {
  const e = ELAPSED.exec(text);
  const value = Number(e?.[2]);
  if (!e || !Number.isFinite(value)) return void 0;
  const elapsed = value * (UNIT_MS[(e[3] ?? e[1] ?? "s").toLowerCase()] ?? 1e3);
  const done = Number(DONE.exec(text)?.[1]);
  const total = Number(TOTAL.exec(text)?.[1]);
  const percent = Number(PERCENT.exec(text)?.[1]);
  const share = done > 0 && total > 0 ? done / total : percent > 0 ? percent / 100 : Number.NaN;
  if (!(share >= MIN_SHARE && share <= 1)) return void 0;
  return Math.round(elapsed / share);
}
function longestRuntime(lines3) {
  let best;
  for (const l of lines3) {
    const ms = runtimeIn(l.text);
    if (ms !== void 0 && (!best || ms > best.ms)) best = { ms, ...l };
  }
  return best;
}

// src/inventory/latency.ts
var NUM = "(\\d+(?:\\.\\d+)?)";
var SUFFIX2 = "\\s*(ms|milliseconds?|s|secs?|seconds?)?\\b";
var FORMS = [
  // nginx's $request_time / $upstream_response_time are seconds with a millisecond fraction.
  { re: new RegExp(`\\b(?:u?rt|request_time|upstream_response_time)=\\s*"?${NUM}${SUFFIX2}`), bare: "s" },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)_?ms["']?\\s*[:=]\\s*"?${NUM}()`,
      "i"
    ),
    bare: "ms"
  },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)_?(?:s|secs|seconds)["']?\\s*[:=]\\s*"?${NUM}()`,
      "i"
    ),
    bare: "s"
  },
  {
    re: new RegExp(
      `\\b(?:elapsed|duration|latency|took|response_?time|processing_?time)["']?\\s*[:=]\\s*"?${NUM}\\s*(ms|s|secs?|seconds?)\\b`,
      "i"
    )
  },
  { re: new RegExp(`\\b(?:took|in|after)\\s+${NUM}\\s*(ms|milliseconds?|s|secs?|seconds?)\\b`, "i") },
  { re: new RegExp(`\\bp(?:50|75|90|95|99|999)\\b[^\\d\\n]{0,24}${NUM}\\s*(ms|s)\\b`, "i") },
  // An access line's status followed by the time it took: `GET /x 200 41000ms`.
  { re: new RegExp(`\\s[1-5]\\d\\d\\s+${NUM}\\s*(ms|s)\\b`) }
];
var NOT_A_REQUEST = /\b(start(ed|ing|up)|boot(ed)?|uptime|ago|age)\b/i;
function toMs(value, unit, bare) {
  const u = unit?.toLowerCase();
  if (u === "ms" || u?.startsWith("milli")) return value;
  if (u?.startsWith("s")) return value * 1e3;
  if (bare === "ms") return value;
  if (bare === "s") return value * 1e3;
  return void 0;
}
function latenciesIn(text) {
  if (NOT_A_REQUEST.test(text)) return [];
  return FORMS.flatMap((form) => {
    const m = form.re.exec(text);
    const value = Number(m?.[1]);
    const ms = m && Number.isFinite(value) ? toMs(value, m[2], form.bare) : void 0;
    return ms === void 0 ? [] : [Math.round(ms)];
  });
}
var LATENCY_SEARCH = [
  '\\b(?:u?rt|request_time|upstream_response_time)="?[1-9]',
  `(?:elapsed|duration|latency|took|[a-z_]time|[a-z]Time)\\w*["']?\\s*[:=]\\s*"?(?:[1-9]\\d*(?:\\.\\d+)?\\s*s\\b|[1-9]\\d{3,})`,
  `(?:elapsed|duration|latency|took|[a-z_]time|[a-z]Time)_?(?:s|secs|seconds|Seconds)["']?\\s*[:=]\\s*"?[1-9]`,
  "\\b(?:took|in|after)\\s+(?:[1-9]\\d{3,}(?:\\.\\d+)?\\s*ms|[1-9]\\d*(?:\\.\\d+)?\\s*s)\\b",
  "\\bp(?:50|75|90|95|99|999)\\b\\D{0,24}[1-9]",
  "\\s[1-5]\\d\\d\\s+(?:[1-9]\\d{3,}(?:\\.\\d+)?\\s*ms|[1-9]\\d*(?:\\.\\d+)?\\s*s)\\b"
].join("|");
function longestLatency(lines3) {
  let best;
  for (const l of lines3) {
    for (const ms of latenciesIn(l.text)) {
      if (!best || ms > best.ms) best = { ms, text: l.text, file: l.file, line: l.line };
    }
  }
  return best;
}

// src/inventory/probe-delay-fix.ts
var PROBE_HEADROOM = {
  /** The budget must cover the longest start-up measured × factor... */
  factor: 1.5,
  /** ...with the delay rounded up to a multiple of this many seconds. */
  roundTo: 10,
  /** Kubernetes' defaults when the probe does not set them. */
  defaults: { periodSeconds: 10, failureThreshold: 3 }
};
var DELAY = /^(\s*initialDelaySeconds:\s*)(\d+)(\s*(?:#.*)?)$/;
function budgetOf(lines3, at2) {
  const indent = /^(\s*)/.exec(lines3[at2] ?? "")?.[1]?.length ?? 0;
  const sibling = (key) => {
    for (const dir of [-1, 1]) {
      for (let i = at2 + dir; i >= 0 && i < lines3.length; i += dir) {
        const text = lines3[i] ?? "";
        if (text.trim() === "") continue;
        const own = /^(\s*)/.exec(text)?.[1]?.length ?? 0;
        if (own < indent) break;
        const m = own === indent ? new RegExp(`^\\s*${key}:\\s*(\\d+)`).exec(text) : null;
        if (m?.[1]) return Number(m[1]);
      }
    }
    return void 0;
  };
  return {
    period: sibling("periodSeconds") ?? PROBE_HEADROOM.defaults.periodSeconds,
    threshold: sibling("failureThreshold") ?? PROBE_HEADROOM.defaults.failureThreshold
  };
}
function inLiveness(lines3, at2) {
  const indent = /^(\s*)/.exec(lines3[at2] ?? "")?.[1]?.length ?? 0;
  for (let i = at2 - 1; i >= 0; i -= 1) {
    const m = /^(\s*)(\w+):\s*$/.exec(lines3[i] ?? "");
    if (m && (m[1]?.length ?? 0) < indent) return m[2] === "livenessProbe";
  }
  return false;
}
function proposeProbeDelay(content, line, startupMs) {
  const lines3 = content.split("\n");
  const text = lines3[line - 1] ?? "";
  const m = DELAY.exec(text);
  if (!m || !inLiveness(lines3, line - 1))
    return { ok: false, reason: "the line is not a liveness probe's initialDelaySeconds" };
  if (/^\s*startupProbe:/m.test(content))
    return { ok: false, reason: "a startupProbe already guards the start: its budget is the one to weigh" };
  const delay = Number(m[2]);
  const { period, threshold } = budgetOf(lines3, line - 1);
  const startup = startupMs / 1e3;
  if (delay + period * threshold > startup)
    return {
      ok: false,
      reason: `the probe's budget (${delay + period * threshold} s) already outlasts the start-up measured (${startup} s)`
    };
  const want = Math.ceil((startup * PROBE_HEADROOM.factor - period * threshold) / PROBE_HEADROOM.roundTo) * PROBE_HEADROOM.roundTo;
  const after = `${m[1]}${want}${m[3] ?? ""}`;
  return {
    ok: true,
    line: after,
    change: `liveness initialDelaySeconds ${delay} → ${want} (start-up measured: ${startup} s; budget ${want} + ${threshold} × ${period} s)`
  };
}
function probeDelayHolds(content, line, startupMs) {
  const lines3 = content.split("\n");
  const m = DELAY.exec(lines3[line - 1] ?? "");
  if (!m) return { ok: false, detail: "the line no longer sets initialDelaySeconds" };
  const { period, threshold } = budgetOf(lines3, line - 1);
  const budget = Number(m[2]) + period * threshold;
  return budget * 1e3 > startupMs ? {
    ok: true,
    detail: `the liveness budget (${budget} s) now outlasts the start-up measured (${startupMs / 1e3} s)`
  } : {
    ok: false,
    detail: `the liveness budget (${budget} s) is still under the start-up measured (${startupMs / 1e3} s)`
  };
}

// src/inventory/startup.ts
var FORMS2 = [
  // Spring Boot: "Started CatalogApplication in 94.212 seconds (process running for 97.48)".
  { re: /\bStarted \S+ in (\d+(?:\.\d+)?) seconds\b/, unit: "s" },
  // Quarkus: "ledger 1.0 on JVM (powered by Quarkus 3.8) started in 12.345s."
  { re: /\bstarted in (\d+(?:\.\d+)?)s\b/, unit: "s" },
  // Micronaut: "Startup completed in 1234ms. Server Running".
  { re: /\bStartup completed in (\d+)ms\b/, unit: "ms" },
  {
    re: /\b(?:startup|start-up|boot) (?:took|time|completed in|finished in)[:=]?\s*(\d+(?:\.\d+)?)\s*(ms|s|seconds)\b/i
  },
  { re: /\bready in (\d+(?:\.\d+)?)\s*(ms|s)\b/i }
];
var STARTUP_SEARCH = "\\bStarted \\S+ in \\d|\\bstarted in \\d|Startup completed in \\d|\\b(?:[Ss]tartup|[Ss]tart-up|[Bb]oot) (?:took|time|completed in|finished in)|\\bready in \\d";
function startupIn(text) {
  for (const form of FORMS2) {
    const m = form.re.exec(text);
    const value = Number(m?.[1]);
    if (!m || !Number.isFinite(value)) continue;
    const unit = (m[2] ?? form.unit ?? "").toLowerCase();
    if (unit === "ms") return Math.round(value);
    if (unit.startsWith("s")) return Math.round(value * 1e3);
  }
  return void 0;
}
function longestStartup(lines3) {
  let best;
  for (const l of lines3) {
    const ms = startupIn(l.text);
    if (ms !== void 0 && (!best || ms > best.ms)) best = { ms, ...l };
  }
  return best;
}

// src/inventory/timeout-fix.ts
var MS_NAME = /(_ms|Ms|_MS|millis|Millis|MILLIS)$/;
var S_NAME = /(_s|_sec|_secs|_seconds|Seconds|Secs|_SECONDS|_SECS|_S)$/;
var FORMS3 = [
  // nginx: a bare number is seconds.
  {
    re: /^(\s*(?:proxy|fastcgi|uwsgi|grpc|scgi)_(?:read|send)_timeout\s+)(\d+)(ms|s|m|h)?(?=\s*;)/,
    bare: "s"
  },
  // HAProxy: a bare number is milliseconds.
  { re: /^(\s*timeout\s+(?:server|client|tunnel)\s+)(\d+)(ms|s|m|h)?\b/, bare: "ms" },
  // Kafka's max.poll.interval.ms in its dotted, relaxed, upper-case and camel-case spellings.
  {
    re: /^(\s*-?\s*"?(?:[\w.-]*[._-])?(?:max[._-]poll[._-]interval(?:[._-]ms)?|MAX_POLL_INTERVAL_MS|maxPollIntervalMs|max_poll_interval_ms)"?\s*[:=]\s*"?)(\d+)()/i,
    bare: "ms"
  },
  { re: /^(\s*activeDeadlineSeconds:\s*"?)(\d+)()/, bare: "s" },
  // gunicorn's --timeout (seconds).
  { re: /(--timeout[= ])(\d+)()\b/, bare: "s" },
  // NAME_TIMEOUT = 2.0, readTimeoutMs: 5000, "UPSTREAM_TIMEOUT": "30s", timeout=10.
  {
    re: /^(\s*-?\s*(?:export\s+)?"?[\w.-]*(?:TIMEOUT|[tT]imeout)[\w]*"?\s*[:=]\s*\(?["']?)(\d+(?:\.\d+)?)(ms|s|m|h)?(?=["',)\s]|$)/,
    bare: "guess"
  }
];
var TIMEOUT_HEADROOM = {
  /** New timeout = longest latency × factor, rounded up to a whole second. */
  factor: 1.5,
  /** Readings no more than this much above the timeout are requests it cut off, not the latency. */
  cutOffMargin: 1.05,
  /** A jump larger than this (× the current value) is a sizing decision for a person. */
  maxRaise: 10
};
var UNIT_MS2 = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function bareUnit(prefix, digits) {
  const name = /([\w.-]+)"?\s*[:=]\s*\(?["']?$/.exec(prefix)?.[1] ?? "";
  if (MS_NAME.test(name)) return "ms";
  if (S_NAME.test(name)) return "s";
  return digits.includes(".") || Number(digits) < 1e3 ? "s" : "ms";
}
function timeoutOn(line) {
  if (/^\s*(#|\/\/)/.test(line)) return void 0;
  for (const form of FORMS3) {
    const m = form.re.exec(line);
    if (!m || m.index === void 0) continue;
    const [, prefix = "", digits = "", suffix = ""] = m;
    const unit = suffix || (form.bare === "guess" ? bareUnit(prefix, digits) : form.bare);
    return { ms: Number(digits) * UNIT_MS2[unit], digits, index: m.index, prefix, unit, suffix };
  }
  return void 0;
}
function written(ms, setting) {
  const value = Math.ceil(ms / UNIT_MS2[setting.unit]);
  return setting.digits.includes(".") ? value.toFixed(1) : String(value);
}
function proposeTimeout(line, measuredMs) {
  const setting = timeoutOn(line);
  if (!setting) return { ok: false, reason: "the line sets no timeout this rule reads" };
  if (measuredMs <= setting.ms)
    return { ok: false, reason: `the longest latency measured (${measuredMs} ms) is under the timeout` };
  if (measuredMs <= setting.ms * TIMEOUT_HEADROOM.cutOffMargin)
    return {
      ok: false,
      reason: `the only latencies above ${setting.ms} ms are requests the timeout cut off; the real latency is not measured`
    };
  const wantMs = Math.ceil(measuredMs * TIMEOUT_HEADROOM.factor / 1e3) * 1e3;
  if (wantMs > setting.ms * TIMEOUT_HEADROOM.maxRaise)
    return {
      ok: false,
      reason: `${measuredMs} ms is over ${TIMEOUT_HEADROOM.maxRaise}× the timeout: a sizing decision for a person`
    };
  const value = written(wantMs, setting);
  const start = setting.index + setting.prefix.length;
  const text = `${line.slice(0, start)}${value}${setting.suffix}${line.slice(start + setting.digits.length + setting.suffix.length)}`;
  const name = setting.prefix.replace(/[\s"'=:(-]+$/, "").trim();
  return {
    ok: true,
    line: text,
    change: `${name} ${setting.digits}${setting.suffix} → ${value}${setting.suffix} (longest latency measured: ${measuredMs} ms, ×${TIMEOUT_HEADROOM.factor})`,
    ms: Number(value) * UNIT_MS2[setting.unit]
  };
}
function timeoutExceeds(line, measuredMs) {
  const setting = timeoutOn(line);
  if (!setting) return { ok: false, detail: "the line no longer sets a timeout" };
  return setting.ms > measuredMs ? {
    ok: true,
    detail: `the timeout (${setting.ms} ms) now exceeds the longest latency measured (${measuredMs} ms)`
  } : {
    ok: false,
    detail: `the timeout (${setting.ms} ms) is still under the latency measured (${measuredMs} ms)`
  };
}

// src/llm/offline/measured.ts
var lineOf = (content, line) => content.split("\n")[line - 1] ?? "";
var OUTLASTS = {
  propose: (content, line, ms) => {
    const p = proposeTimeout(lineOf(content, line), ms);
    return p.ok ? p : void 0;
  },
  holds: (content, line, ms) => timeoutExceeds(lineOf(content, line), ms)
};
var MEASURES = {
  "raise-timeout": { what: "latency", search: LATENCY_SEARCH, longest: longestLatency, ...OUTLASTS },
  "raise-job-deadline": { what: "run time", search: RUNTIME_SEARCH, longest: longestRuntime, ...OUTLASTS },
  "raise-probe-delay": {
    what: "start-up",
    search: STARTUP_SEARCH,
    longest: longestStartup,
    propose: (content, line, ms) => {
      const p = proposeProbeDelay(content, line, ms);
      return p.ok ? p : void 0;
    },
    holds: probeDelayHolds
  }
};
var MEASURED_FIXABILITY = 0.7;
function measureOf(fix) {
  return fix ? MEASURES[fix] : void 0;
}
function findingMeasure(finding) {
  return (finding.pattern.repo ?? []).map((l) => measureOf(l.fix)).find((m) => m !== void 0);
}
function measureSearch(finding) {
  const measure = findingMeasure(finding);
  return measure ? { pattern: measure.search } : void 0;
}
function measuredIn(finding, past, repoFiles) {
  const measure = findingMeasure(finding);
  const calls = past.filter(
    (c) => c.name === "grep_search" && inputString(c, "pattern") === measure?.search && c.result
  );
  const capped = calls.some(
    (c) => c.result?.isError || /stopped at \d+ matches/.test(c.result?.content ?? "")
  );
  if (!measure || calls.length === 0 || capped) return void 0;
  const hits = calls.flatMap((c) => parseGrepOutput(c.result?.content ?? "")).filter((h) => !repoFiles.has(h.file));
  return measure.longest(hits);
}
function withMeasurement(diagnosis, measured, fix) {
  const measure = measureOf(fix);
  if (!measure) return diagnosis;
  const cited = {
    kind: "log",
    file: measured.file,
    line: measured.line,
    excerpt: measured.text.slice(0, 2e3),
    note: `measured ${measure.what}: ${measured.ms} ms (the longest the logs show)`
  };
  const at2 = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [...diagnosis.evidence.slice(0, at2), cited, ...diagnosis.evidence.slice(at2)].slice(0, 50);
  return { ...diagnosis, evidence, fixability: Math.max(diagnosis.fixability, MEASURED_FIXABILITY) };
}
function citedMeasurement(diagnosis, fix) {
  const measure = measureOf(fix);
  const prefix = measure ? `measured ${measure.what}: ` : void 0;
  const note = diagnosis?.evidence.find(
    (e) => e.kind === "log" && prefix && e.note?.startsWith(prefix)
  )?.note;
  const ms = note && prefix ? Number(/^(\d+) ms/.exec(note.slice(prefix.length))?.[1]) : Number.NaN;
  return Number.isFinite(ms) && ms > 0 ? ms : void 0;
}

// src/llm/offline/read-output.ts
var CUT_NOTE = /\n\[output cut: showing \d+ of \d+ characters;[^\]]*\]$/;
function fileText(output) {
  const cut = CUT_NOTE.exec(output);
  return cut ? { text: output.slice(0, cut.index), complete: false } : { text: output, complete: true };
}

// src/inventory/rename-history.ts
var CUT = /^\[(?:history|output) cut\b/;
var HEADER = /^commit ([0-9a-f]{40})$/;
function parseHistory(output) {
  const lines3 = output.split("\n");
  const remote = /^remote: (https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+)$/.exec(
    lines3[0] ?? ""
  )?.[1];
  const commits = [];
  for (let i = 0; i < lines3.length; i += 1) {
    const hash = HEADER.exec(lines3[i] ?? "")?.[1];
    const date = /^Date: (\S+)$/.exec(lines3[i + 1] ?? "")?.[1];
    const subject = /^Subject: (.*)$/.exec(lines3[i + 2] ?? "")?.[1];
    if (hash && date && subject !== void 0) {
      commits.push({ hash, date, subject, removed: [], added: [] });
      i += 2;
      continue;
    }
    const current = commits.at(-1);
    const line = lines3[i] ?? "";
    if (!current || line.startsWith("+++ ") || line.startsWith("--- ")) continue;
    if (line.startsWith("-")) current.removed.push(line.slice(1));
    else if (line.startsWith("+")) current.added.push(line.slice(1));
  }
  const complete = !lines3.some((l) => CUT.test(l));
  return { ...remote ? { remote } : {}, commits, complete };
}
function word2(name) {
  return new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`);
}
function renamedIn(history, from, to) {
  const was = word2(from);
  const now = word2(to);
  return history.commits.find((c) => c.removed.some((l) => was.test(l)) && c.added.some((l) => now.test(l)));
}
function renameSides(r, contentOf) {
  const defined = r.candidates[0];
  if (r.kind !== "env-var-defined" || r.change || r.candidates.length !== 1 || !defined) return void 0;
  const cited = r.truth.flatMap((t) => {
    const text = contentOf(t.file)?.split("\n")[t.line - 1];
    return text === void 0 ? [] : [{ ...t, text }];
  });
  const definitions = cited.filter((c) => isDeployFile(c.file) && word2(defined).test(c.text));
  const readers = cited.filter((c) => !isDeployFile(c.file) && envReadPattern(r.subject).test(c.text));
  const [definition] = definitions;
  const [reader] = readers;
  if (definitions.length !== 1 || readers.length !== 1 || !definition || !reader) return void 0;
  return { read: r.subject, defined, definition, reader };
}
function whichSideMoved(sides, deploy, code) {
  const deployRename = renamedIn(deploy, sides.read, sides.defined);
  const codeRename = renamedIn(code, sides.defined, sides.read);
  const remote = deploy.remote ?? code.remote;
  const extra = remote ? { remote } : {};
  if (deployRename && codeRename)
    return {
      moved: void 0,
      reason: `both sides were renamed (${sides.definition.file} in ${short(deployRename)}, ${sides.reader.file} in ${short(codeRename)}), so the history does not say which name is intended`
    };
  const untracked = [deploy, code].findIndex((h) => h.commits.length === 0);
  if (untracked >= 0)
    return {
      moved: void 0,
      reason: `${untracked === 0 ? sides.definition.file : sides.reader.file} has no git history (not committed), so its side of the rename is unknown`
    };
  const cut = deployRename ? code : codeRename ? deploy : void 0;
  if (cut && !cut.complete)
    return {
      moved: void 0,
      reason: `the history of ${cut === code ? sides.reader.file : sides.definition.file} was cut, so a rename on that side cannot be ruled out`
    };
  if (deployRename) return { moved: "deploy", commit: deployRename, file: sides.definition.file, ...extra };
  if (codeRename) return { moved: "code", commit: codeRename, file: sides.reader.file, ...extra };
  return {
    moved: void 0,
    reason: `no commit in the history of ${sides.definition.file} or ${sides.reader.file} renamed ${sides.read} to ${sides.defined} or back`
  };
}
function short(c) {
  return `${c.hash.slice(0, 12)} "${c.subject.slice(0, 120)}" (${c.date})`;
}
function commitLink(commit, remote) {
  return remote ? `${remote}/commit/${commit.hash}` : `git show ${commit.hash}`;
}

// src/inventory/resolve-rename-history.ts
function resolveRenameByHistory(r, sides, direction, otherReaders = []) {
  if (direction.moved === void 0) return { ...r, reason: `${r.reason}; ${direction.reason}` };
  const why = `${direction.file} renamed ${direction.moved === "deploy" ? `${sides.read} to ${sides.defined}` : `${sides.defined} to ${sides.read}`} in commit ${short(direction.commit)}`;
  if (direction.moved === "deploy") {
    const { reader } = sides;
    const after = renameRead(reader.text, sides.read, sides.defined);
    if (!after)
      return {
        ...r,
        reason: `${why}, but ${reader.file}:${reader.line} does not read ${sides.read} as one quoted name`
      };
    return {
      ...r,
      cause: reader,
      reason: `${why}; the code follows the deploy side`,
      change: {
        ...reader,
        before: reader.text,
        after,
        summary: `read ${sides.defined} instead of ${sides.read}`
      }
    };
  }
  const other = otherReaders.find((l) => l.file !== sides.reader.file || l.line !== sides.reader.line);
  if (other)
    return {
      ...r,
      reason: `${why}, but ${other.file}:${other.line} still reads ${sides.defined}: renaming the definition would break it`
    };
  const { definition } = sides;
  const hits = definition.text.match(new RegExp(word2(sides.defined).source, "g")) ?? [];
  if (hits.length !== 1)
    return {
      ...r,
      reason: `${why}, but ${definition.file}:${definition.line} names ${sides.defined} ${hits.length} times`
    };
  return {
    ...r,
    cause: definition,
    reason: `${why}; the deploy side follows the code`,
    change: {
      ...definition,
      before: definition.text,
      after: definition.text.replace(word2(sides.defined), sides.read),
      summary: `define ${sides.read} instead of ${sides.defined}`
    }
  };
}
function renameRelationHolds(read, patched) {
  const keys = new Set(
    buildInventory(patched.filter((f) => isDeployFile(f.path))).settings.map((s) => s.key)
  );
  if (keys.has(read)) return { ok: true, detail: `a deploy file now defines ${read}, which the code reads` };
  const code = patched.filter((f) => !isDeployFile(f.path));
  const pattern = envReadPattern(read);
  const still = code.find((f) => f.content.split("\n").some((l) => pattern.test(l)));
  if (still) return { ok: false, detail: `${still.path} still reads ${read}, which no deploy file defines` };
  const now = [...keys].find((k) => nearName(k, read) && code.some((f) => envReadPattern(k).test(f.content)));
  return now ? { ok: true, detail: `the code now reads ${now} in place of ${read}, and a deploy file defines it` } : { ok: false, detail: `no code reads a defined variable in place of ${read}` };
}

// src/llm/offline/rename-direction.ts
function sameInput(call, planned) {
  return call.name === planned.name && JSON.stringify(call.input) === JSON.stringify(planned.input);
}
function directByHistory(resolution, contentOf, past, options) {
  const sides = renameSides(resolution, contentOf);
  if (!sides) return { resolution, evidence: [] };
  const histories = [sides.definition.file, sides.reader.file].map((path) => ({
    name: "git_history",
    input: { paths: [path] }
  }));
  const readers = options.searchReaders ? { name: "grep_search", input: { pattern: envReadPattern(sides.defined).source } } : void 0;
  const planned = [...histories, ...readers ? [readers] : []];
  const missing = planned.filter((p) => !past.some((c) => sameInput(c, p)));
  if (missing.length > 0 && options.canAsk) return { ask: missing };
  const results = histories.map((p) => past.find((c) => sameInput(c, p))?.result);
  const [deploy, code] = results;
  if (!deploy || !code || deploy.isError || code.isError) {
    const failed = [deploy, code].find((r) => r?.isError)?.content.split("\n")[0];
    const why = failed ? `the git history could not be read (${failed.slice(0, 200)})` : "no git history was read to say which side moved";
    return { resolution: { ...resolution, reason: `${resolution.reason}; ${why}` }, evidence: [] };
  }
  const direction = whichSideMoved(sides, parseHistory(deploy.content), parseHistory(code.content));
  const readerResult = readers ? past.find((c) => sameInput(c, readers))?.result : void 0;
  const otherReaders = readerResult && !readerResult.isError && options.searchReaders ? parseGrepOutput(readerResult.content).filter(
    (h) => options.searchReaders.inRepo(h.file) && !isDeployFile(h.file)
  ) : [];
  return {
    resolution: resolveRenameByHistory(resolution, sides, direction, otherReaders),
    evidence: commitEvidence(direction, sides.read, sides.defined)
  };
}
function commitEvidence(direction, read, defined) {
  if (direction.moved === void 0) return [];
  const { commit } = direction;
  const names = [word2(read), word2(defined)];
  const lines3 = [
    ...commit.removed.filter((l) => names.some((n) => n.test(l))).map((l) => `-${l}`),
    ...commit.added.filter((l) => names.some((n) => n.test(l))).map((l) => `+${l}`)
  ].slice(0, 6);
  return [
    {
      kind: "command",
      file: commitLink(commit, direction.remote),
      excerpt: [short(commit), ...lines3].join("\n").slice(0, 2e3),
      note: `git history of ${direction.file}: the ${direction.moved} side renamed the variable`.slice(
        0,
        500
      )
    }
  ];
}

// src/inventory/fix-rules-build.ts
var BUILD_RULES = [
  {
    id: "flag-defined",
    evidence: "a Go binary exits with `flag provided but not defined` (pflag/kingpin: unknown flag) and one deploy line passes that flag, while exactly one flag the code defines is its near name",
    change: "the deploy line passes the defined flag, dashes and value kept",
    risk: "low",
    mustNot: [
      "edit the code's flag definitions to accept the old name",
      "choose between several near flags",
      "touch args when the code still defines the flag (the image is what is old)"
    ]
  },
  {
    id: "script-path-in-image",
    evidence: "an interpreter cannot open a file at an absolute path (python can't open file, node Cannot find module), one deploy line names that path, and a Dockerfile copies the repository's file of that name elsewhere",
    change: "the deploy line names the path where the image holds the file",
    risk: "low",
    mustNot: [
      "move files in the image other workloads rely on",
      "guess when the file lands in several places or no Dockerfile copies it"
    ]
  },
  {
    id: "healthcheck-tool-present",
    evidence: 'a compose health check fails with `exec: "curl": executable file not found in $PATH` (or sh: curl: not found), and the service\'s base image is known from the repository',
    change: "a BusyBox (alpine) image's test uses wget; a Debian/Ubuntu image built here installs curl after its final FROM",
    risk: "low",
    mustNot: [
      "disable or remove the health check",
      "install packages into distroless/scratch images or images built elsewhere"
    ]
  },
  {
    id: "image-arch-unpinned",
    evidence: "exec format error from the container's entrypoint while one Dockerfile pins a foreign architecture (FROM --platform=linux/<arch>, GOARCH=<arch>)",
    change: "the pins are removed, so the image builds for the platform the build targets",
    risk: "medium",
    mustNot: [
      "pin another architecture the evidence does not name",
      "unpin when the nodes are known to share the pinned architecture",
      "drop GOARCH in a cross-compiling ($BUILDPLATFORM) Dockerfile"
    ]
  },
  {
    id: "yaml-parses",
    evidence: "a YAML parser's structural error (mapping values are not allowed, did not find expected key, expected <block end>) at a line of a file the repository holds",
    change: "the mis-indented line moves to the indent of the entry above it",
    risk: "low",
    mustNot: [
      "propose when several re-indentations parse, or after an opening `key:` (child or sibling is a person's call)",
      "rewrite values or delete the line"
    ]
  },
  {
    id: "image-tag-released",
    evidence: "the registry has no such tag (manifest unknown, failed to resolve reference: not found), one manifest, overlay or values file sets it, and the repository shows the released tag: CI's tag template over a version file, or the changelog's latest release",
    change: "that line sets the released tag",
    risk: "medium",
    mustNot: [
      "choose between several candidate tags",
      "set `latest` or a tag the repository does not show released",
      "edit the version file or the CI workflow to match the manifest"
    ]
  }
];

// src/inventory/fix-rules-capacity.ts
var CAPACITY_RULES = [
  {
    id: "pids-cover-threads",
    evidence: "a thread refused (pthread_create failed, unable to create native thread, fork: retry) and one compose service whose pids limit is below the threads its own settings configure",
    change: "the pids limit becomes the configured threads × 1.5 (the runtime's own threads), rounded up to a multiple of 64",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (thread counts that rise steadily are a thread leak)",
      "raise the heap (-Xmx) or a memory limit: threads, not heap, ran out",
      "choose between several services that set a pids limit"
    ]
  },
  {
    id: "metaspace-covers-use",
    evidence: "OutOfMemoryError: Metaspace and one -XX:MaxMetaspaceSize the deploy files set",
    change: "MaxMetaspaceSize becomes twice the use the error measured (the cap), rounded up to 64m, at most 1g",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (metaspace or loaded classes that rise steadily: a class-loader leak)",
      "raise -Xmx or a memory limit: class metadata is not heap",
      "set a cap above 1g"
    ]
  },
  {
    id: "redis-evicts-cache",
    evidence: "Redis's OOM reply under maxmemory-policy noeviction, and the repository naming the instance a cache (service, variable or comment) with nothing naming it a queue, broker, session or primary store",
    change: "maxmemory-policy becomes allkeys-lru",
    risk: "medium",
    mustNot: [
      "evict from an instance that holds a queue, sessions or primary data (cite it and propose none)",
      "raise maxmemory blindly: a cache without eviction fills any size"
    ]
  },
  {
    id: "cpu-limit-uncapped",
    evidence: "CFS throttling of a container (CPUThrottlingHigh) and CPU use its own logs report pinned at (90% or more of) its CPU limit",
    change: "the CPU limit is removed (its real need is above what the quota lets be measured); the request is kept",
    risk: "medium",
    mustNot: [
      "raise a limit to hide steady growth (CPU readings that rise steadily)",
      "touch the request, which is what schedules the pod",
      "remove a limit the container is not using (throttled bursts below it are sized by hand)"
    ]
  },
  {
    id: "cleanup-enabled",
    evidence: "a write refused with No space left on device, `df -i` showing that filesystem out of inodes while `df -h` shows free blocks, and the config of the software writing there switching its cleanup off (PHP session.gc_probability = 0, the failing file under session.save_path)",
    change: "the cleanup switched back on at the software's own default (session.gc_probability = 1)",
    risk: "low",
    mustNot: [
      "enable a cleanup when blocks, not inodes, ran out (the files are large, not many)",
      "delete the files or move them to another filesystem: that only postpones it"
    ]
  },
  {
    id: "request-fits-node",
    evidence: "0/N nodes are available: N Insufficient cpu|memory, and the logs list every node's allocatable capacity, all below the request",
    change: "the request becomes 90% of the largest node's allocatable, rounded down (100m, 256Mi steps)",
    risk: "medium",
    mustNot: [
      "shrink a request that fits a node: the nodes are full, not too small",
      "touch the limit or another container's request"
    ]
  }
];

// src/inventory/fix-rules-code.ts
var CODE_FIX_RULES = [
  {
    id: "backoff-retry",
    evidence: "a 429 storm, and a retry loop in the repository (attempt counter, the HTTP call, its status checked) that goes round without a computed wait",
    change: "a wait before the next attempt: exponential backoff with full jitter, the server's Retry-After winning, in the file's language; the attempt count kept",
    risk: "medium",
    mustNot: [
      "remove the retry or change its attempt count",
      "catch and ignore the failure",
      "change a loop that already waits a computed backoff"
    ]
  },
  {
    id: "lock-shared-map",
    evidence: "Go's `concurrent map writes` (or read and map write) at a line naming one map the file declares (a struct field or package variable)",
    change: "a sync.Mutex declared next to the map, taken (with a deferred unlock) in every function of the file that touches it",
    risk: "medium",
    mustNot: [
      "recover() from the fatal error",
      "lock in a function that already locks, or that calls another function taking the same lock",
      "guess between several maps on the line"
    ]
  }
];

// src/inventory/fix-rules-host.ts
var HOST_AND_IMAGE_RULES = [
  {
    id: "image-path-shipped",
    evidence: `nginx stops with [emerg] open() "P" failed (2: No such file or directory); one configuration line names P and one Dockerfile COPY puts the repository's file of that name at another path; two of the three directory names (config, COPY destination, repository folder) agree`,
    change: "the odd side follows the other two: the COPY destination becomes P's directory, or the configuration's path becomes where the COPY puts the file",
    risk: "low",
    mustNot: [
      "touch files other than the Dockerfile or the configuration line",
      "pick a side when the three directory names do not single one out",
      "move a COPY destination other configuration lines still name"
    ]
  },
  {
    id: "unit-port-unique",
    evidence: "a systemd unit (named by the journal line) fails with EADDRINUSE / address already in use on P; its env file or Environment= sets P, another unit's does too, and a reverse proxy config for that unit sends to exactly one local port no other setting holds",
    change: "the unit's own PORT becomes the port its proxy sends to",
    risk: "low",
    mustNot: [
      "touch the other unit's env file (it holds the port legitimately)",
      "invent a free port nothing in the repository records",
      "choose between several ports a proxy sends that unit to"
    ]
  }
];

// src/inventory/fix-rules-k8s.ts
var K8S_AGREEMENT_RULES = [
  {
    id: "service-targets-container",
    evidence: "connections to a Service port are refused and its targetPort is no port the pods it selects declare",
    change: "the targetPort becomes the container port named like the Service port, or the only one declared",
    risk: "low",
    mustNot: [
      "change the Service's port (its clients use it) or the container's port",
      "guess between several container ports"
    ]
  },
  {
    id: "probe-port-declared",
    evidence: "the kubelet's probe is refused on a port its container does not declare (nor the server logs it listens on)",
    change: "the probe's port becomes the container's one declared port, or the one the server logs it listens on",
    risk: "low",
    mustNot: ["remove or disable the probe", "change the container's port to match the probe"]
  },
  {
    id: "object-name-defined",
    evidence: "a ConfigMap, Secret, claim or StorageClass the pod names is not found, and the repository defines (or the cluster lists) one object of that kind near the name or left unreferenced",
    change: "the reference names the defined object",
    risk: "low",
    mustNot: [
      "mark the reference optional, which starts the pod without it",
      "create or rename the object (its content is not known; others may use it)",
      "point imagePullSecrets at a Secret that is not a registry credential"
    ]
  },
  {
    id: "object-key-defined",
    evidence: "a key the pod reads is not in the ConfigMap or Secret, and the object defines one key near it; or the reference sits in a base every overlay shares and the other overlays define the key it reads",
    change: "the key reference names the defined key; for a shared base, the one overlay's differing key takes the name the base reads",
    risk: "low",
    mustNot: [
      "mark the key optional",
      "rename the key in the object when no other overlay agrees with the reference (others may read it)",
      "rename a shared base reference that other overlays satisfy (it would break them)"
    ]
  },
  {
    id: "rwo-deployment-recreate",
    evidence: "a Multi-Attach error for a ReadWriteOnce claim that a single-replica Deployment with a rolling update mounts",
    change: "the Deployment's strategy becomes Recreate (the rollingUpdate block goes with it)",
    risk: "medium",
    mustNot: [
      "switch to Recreate when several replicas share the claim (cite a StatefulSet instead)",
      "change the claim's access mode (the storage class may not support it)"
    ]
  },
  {
    id: "taint-tolerated",
    evidence: "the scheduler names a taint the pod does not tolerate, and the pod asks for the resource the taint guards (a GPU)",
    change: "the pod spec tolerates that taint (key, and value when the taint has one)",
    risk: "low",
    mustNot: [
      "tolerate a taint on nodes the pod is not shown to be meant for",
      "tolerate every taint (an empty key with operator Exists)"
    ]
  }
];

// src/inventory/fix-rules-k8s-facts.ts
var K8S_FACT_RULES = [
  {
    id: "selector-matches-node",
    evidence: "the scheduler found no node matching the pod's node selector, and the node labels in the evidence (kubectl get nodes -L/--show-labels, describe node) carry one value near the selected one",
    change: "the nodeSelector value becomes the value the nodes carry",
    risk: "low",
    mustNot: [
      "remove the nodeSelector or add tolerations to get the pod scheduled",
      "choose between several values the nodes carry, or propose one with no node labels in the evidence"
    ]
  },
  {
    id: "volume-fsgroup",
    evidence: "a non-root container refused (EACCES, Errno 13) under a mounted volume whose ownership the kubelet manages, the pod setting no fsGroup",
    change: "the pod securityContext gains fsGroup: the group the container runs as",
    risk: "low",
    mustNot: [
      "run as root (runAsUser: 0), privileged, or with privilege escalation",
      "make the volume world-writable (chmod 777)",
      "set fsGroup on hostPath or NFS volumes, whose ownership it does not change"
    ]
  }
];

// src/inventory/fix-rules-trust.ts
var TRUST_AND_DEPENDENCY_RULES = [
  {
    id: "ca-bundle-path-exists",
    evidence: "a TLS client says its CA bundle path does not exist; the deploy files set that path in a CA variable and put exactly one certificate file (preferably of that name) in the container",
    change: "the CA variable names the file the deploy files do put there",
    risk: "low",
    mustNot: [
      "turn verification off (verify=False, NODE_TLS_REJECT_UNAUTHORIZED=0, InsecureSkipVerify, curl -k)",
      "choose between several certificate files the container holds",
      "point a private CA's variable at the system bundle"
    ]
  },
  {
    id: "final-stage-has-ca-bundle",
    evidence: "a client found no trusted root (unknown authority) and the one Dockerfile's final stage is FROM scratch with nothing bringing a CA bundle in",
    change: "the final stage copies /etc/ssl/certs/ca-certificates.crt from the build stage that has it",
    risk: "low",
    mustNot: [
      "turn verification off",
      "copy from a stage that has no bundle, or guess between several stages",
      "touch an image whose final stage already has a bundle (the peer's CA is what is missing)"
    ]
  },
  {
    id: "dependency-declared",
    evidence: "an import fails (No module named / Cannot find module) and the one runtime manifest the image installs does not declare the distribution",
    change: "the manifest declares the distribution (import name mapped to it), pinned to the version a lock file records",
    risk: "low",
    mustNot: [
      "add the repository's own package, a standard-library module or a shared namespace (google, azure)",
      "add a package already declared (the install step is what is wrong)",
      "invent a version no lock file records"
    ]
  },
  {
    id: "host-on-certificate",
    evidence: "the client printed the host it dialled and the names the certificate lists; one line of configuration sets that host, and exactly one listed name is concrete (or the only one the repository uses)",
    change: "the host on that line becomes the listed name",
    risk: "low",
    mustNot: [
      "turn verification off (rejectUnauthorized: false, verify=False, InsecureSkipVerify, checkServerIdentity returning nothing)",
      "choose between several names the certificate lists"
    ]
  },
  {
    id: "config-file-published",
    evidence: "a required .NET configuration file was not found, the repository has it, and one project item marks it CopyToPublishDirectory/CopyToOutputDirectory Never",
    change: "that item's Never becomes PreserveNewest",
    risk: "low",
    mustNot: [
      "make the file optional (the app would start without its configuration)",
      "publish a file the repository does not have"
    ]
  },
  {
    id: "service-registered",
    evidence: "Unable to resolve service for type X, nothing in the start-up code registers X, and exactly one concrete class in the repository implements it",
    change: "a scoped registration of X with that class after the last registration",
    risk: "medium",
    mustNot: [
      "register an implementation the repository does not hold (a package's own Add… extension is a person's call)",
      "choose between several implementations",
      "touch a type already registered (its scope or environment is what is wrong)"
    ]
  }
];

// src/inventory/fix-rules-usage.ts
var USAGE_RULES2 = [
  {
    id: "resources-cover-usage",
    evidence: "the kubelet evicted a pod and measured its container using more memory or ephemeral-storage than its spec reserves; one resources block is that container's",
    change: "the memory request becomes the peak used, the ephemeral-storage limit the peak × 1.25, rounded up (64Mi, 512Mi, 1Gi steps)",
    risk: "low",
    mustNot: [
      "size from readings that rise steadily (a leak or an unbounded cache)",
      "set a request above the container's limit, or a limit below its request",
      "choose between several resources blocks"
    ]
  },
  {
    id: "log-rotation-set",
    evidence: "Docker's json-file/local log writer reports the disk full, and one compose service chooses that driver with no max-size",
    change: "that service's logging gains options max-size 20m, max-file 5 (the local driver's own defaults)",
    risk: "low",
    mustNot: [
      "switch the log driver to none or delete logs (the evidence of the next incident)",
      "choose between several services that choose an unrotated driver"
    ]
  }
];

// src/inventory/k8s-rules.ts
function k8sRuleRefusal(kind, addedLines2) {
  if (kind === "service-targets-container" && !addedLines2.every((l) => /^\s*(-\s*)?targetPort:/.test(l)))
    return "never change a Service's port or a container's port to make them agree; only its targetPort";
  if (kind === "probe-port-declared" && !addedLines2.every((l) => /^\s*(-\s*)?port:/.test(l)))
    return "never remove a probe or change the container's port; only the probe's port";
  if ((kind === "object-name-defined" || kind === "object-key-defined") && addedLines2.some((l) => /\boptional:\s*true\b/.test(l)))
    return "never mark a ConfigMap or Secret reference optional: the pod would start without it";
  if (kind === "taint-tolerated" && addedLines2.some((l) => /-\s*operator:\s*Exists\s*$/m.test(l)))
    return "never tolerate every taint";
  return void 0;
}

// src/inventory/fix-rules.ts
var FIX_RULES = [
  {
    id: "host-names-service",
    evidence: "a name that does not resolve (or loopback refused inside compose) and one service near it in the repository",
    change: "the host on the setting's line becomes that service's name, port and suffix kept",
    risk: "low",
    mustNot: ["touch files other than the one setting the host", "guess between several near services"]
  },
  {
    id: "env-var-defined",
    evidence: "a variable read in code, a near name defined by a deploy file, and evidence of which side was renamed on purpose: a comment at the definition, or the one commit in the two files' git history that renamed one side",
    change: "the side left behind follows the renamed one: the code reads the deploy file's name, or the deploy file defines the code's name",
    risk: "medium",
    mustNot: [
      "rename either side without evidence of which side moved",
      "rename the definition while other code still reads it"
    ]
  },
  {
    id: "host-port-unique",
    evidence: "bind failed on a host port two compose services publish, the failing container named in the log",
    change: "the failing service's host port becomes the next one nobody publishes",
    risk: "low",
    mustNot: ["move the service that holds the port", "change container ports"]
  },
  {
    id: "env-file-exists",
    evidence: "EnvironmentFile= names a path no deploy file writes, and exactly one env file is written beside it",
    change: "EnvironmentFile= names the file that is written",
    risk: "low",
    mustNot: ["mark the file optional (`-`), which starts the service without its configuration"]
  },
  {
    id: "probe-path-served",
    evidence: "an HTTP probe answered 404 and the code declares exactly one health route for that probe's purpose",
    change: "the probe's path becomes that route",
    risk: "low",
    mustNot: [
      "point a readiness probe at a liveness route when a readiness route exists",
      "remove the probe"
    ]
  },
  {
    id: "raise-memory-limit",
    evidence: "an OOM kill of the container at its limit, with no sign of steady growth",
    change: "the limit doubled",
    risk: "low",
    mustNot: [
      "raise a limit to hide steady growth (a leak)",
      "raise a memory limit or heap when metaspace, threads or direct buffers are what ran out"
    ]
  },
  {
    id: "raise-pool-size",
    evidence: "the client pool exhausted while the server still has connections to spare",
    change: "the pool doubled, within what the server allows across replicas",
    risk: "low",
    mustNot: [
      "raise a client pool when the server's connection limit is what is exhausted",
      "exceed the server's limit across replicas"
    ]
  },
  {
    id: "guard-property-access",
    evidence: "a nil/None/undefined read (Go nil pointer dereference, Ruby NoMethodError for nil, Python 'NoneType' has no attribute, Node Cannot read properties of undefined, Java helpful NPE) at a repository line the trace names (a compiled dist/*.js frame: the source line by function and property)",
    change: "a guard before the statement that returns the function's own error (Go error result, Rails 404, Flask abort, an exception the function raises in the shape it raises it; Java: the variable a helpful NPE names); Node reads with ?. when the function has no failure path",
    risk: "medium",
    mustNot: [
      "swallow the error (`recover()`, `rescue NoMethodError`, bare `except:`, an empty catch)",
      "invent an error the function has no way to return",
      "guard a panic that is not a nil dereference (index out of range)"
    ]
  },
  {
    id: "keepalive-outlasts-proxy",
    evidence: "nginx resets on reused upstream connections, the upstream's keep-alive no longer than the proxy's upstream keepalive_timeout",
    change: "the upstream's keep-alive becomes the proxy's plus five seconds, in its own units",
    risk: "low",
    mustNot: ["lower the proxy's timeout or turn keep-alive off", "choose between several upstream settings"]
  },
  {
    id: "upstream-port-listens",
    evidence: "nginx refused at its upstream's port, and the compose service it names listens on exactly one other port",
    change: "the proxy's upstream port becomes the one the service listens on",
    risk: "low",
    mustNot: [
      "change the service's own port",
      "guess when the service listens on several ports or none is known"
    ]
  },
  {
    id: "no-proxy-covers-host",
    evidence: "the egress proxy refused a tunnel to an internal host, and one NO_PROXY setting does not list it",
    change: "the host (a cluster name: .svc.cluster.local) is appended to that NO_PROXY",
    risk: "low",
    mustNot: ["remove the proxy settings", "edit one of several NO_PROXY settings"]
  },
  ...K8S_AGREEMENT_RULES,
  {
    id: "raise-timeout",
    evidence: "a timeout (proxy, client, poll interval, deadline) the logs measure a longer latency than, uncapped search",
    change: "the timeout becomes the longest latency measured × 1.5, whole seconds, in the line's own unit",
    risk: "low",
    mustNot: [
      "raise a timeout when the only latencies above it are the requests it cut off",
      "raise a timeout more than tenfold at once (a sizing decision)",
      "size from a search stopped at its match cap (a lower bound)"
    ]
  },
  {
    id: "raise-job-deadline",
    evidence: "a Job killed at its activeDeadlineSeconds whose progress lines (elapsed and share done, at least a quarter) imply a longer run",
    change: "activeDeadlineSeconds becomes the implied run time × 1.5, whole seconds",
    risk: "low",
    mustNot: [
      "project from less than a quarter of the work done",
      "raise it more than tenfold at once (a sizing decision)"
    ]
  },
  {
    id: "raise-probe-delay",
    evidence: "a liveness probe kills the container and the logs measure a start-up longer than the probe's delay + failureThreshold × periodSeconds",
    change: "the liveness probe's initialDelaySeconds so its budget covers the start-up × 1.5 (multiple of 10 s)",
    risk: "low",
    mustNot: [
      "remove or loosen the probe's check itself",
      "touch a readiness probe (it holds traffic back; it does not kill)",
      "stack a delay on a container a startupProbe already guards"
    ]
  },
  {
    id: "pool-within-server-limit",
    evidence: "the database refused clients (too many connections); one client pool, its replicas (or autoscaler ceiling) and the server's max_connections read from the repository",
    change: "the pool lowered to (max_connections − reserved) ÷ replicas, rounded down",
    risk: "low",
    mustNot: [
      "raise the client pool",
      "choose between several pools sharing the server",
      "lower a pool below 2 (raise the server's limit or add a pooler: a person's call)"
    ]
  },
  ...USAGE_RULES2,
  ...CAPACITY_RULES,
  ...K8S_FACT_RULES,
  ...TRUST_AND_DEPENDENCY_RULES,
  ...CODE_FIX_RULES,
  ...HOST_AND_IMAGE_RULES,
  ...BUILD_RULES
];
var HIDES_FAILURE = [
  {
    re: /\brecover\(\)|rescue\s+(NoMethodError|NameError|StandardError|Exception)\b|^\s*rescue\s*$|\brescue\s+nil\b/,
    why: "never swallow the error (recover, rescue)"
  },
  {
    re: /^\s*except\s*(Exception\s*)?:|^\s*except\s+AttributeError\b|catch\s*(\([^)]*\))?\s*\{\s*\}/,
    why: "never swallow the error (bare except, empty catch)"
  },
  {
    re: /-Xss\d|sys\.setrecursionlimit|--stack-size=|ulimit -s\b/,
    why: "never raise the stack size to hide runaway recursion"
  }
];
var DISABLES_TLS = /InsecureSkipVerify:\s*true|verify\s*=\s*False|rejectUnauthorized:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*=\s*["']?0|sslmode=disable|\bcurl\b[^\n]*\s(-k|--insecure)\b|PYTHONHTTPSVERIFY\s*=\s*["']?0|GIT_SSL_NO_VERIFY/;
var NOT_THE_HEAP = /OutOfMemoryError: (Metaspace|Compressed class space|Direct buffer memory|Cannot reserve \d+ bytes of direct|Requested array size)|OutOfDirectMemoryError|unable to create (a )?(new )?native thread|pthread_create failed/i;
var LIMIT_KINDS = /* @__PURE__ */ new Set(["raise-memory-limit", "raise-node-heap", "raise-jvm-heap"]);
var GROWTH_SIZED = /* @__PURE__ */ new Set([
  "resources-cover-usage",
  "pids-cover-threads",
  "metaspace-covers-use",
  "cpu-limit-uncapped"
]);
var STEADY_GROWTH = /leak|steady|growth|growing/i;
var SERVER_EXHAUSTED = /too many (clients|connections)|remaining connection slots|max_connections|connection limit exceeded/i;
function forbiddenBy(kind, addedLines2, evidence, replacedLines = []) {
  const disables = (l) => {
    const m = DISABLES_TLS.exec(l);
    return m !== null && !replacedLines.some((r) => r.includes(m[0]));
  };
  if (addedLines2.some(disables)) return "never disable TLS verification";
  const hides = HIDES_FAILURE.find((h) => addedLines2.some((l) => h.re.test(l)));
  if (hides) return hides.why;
  const privilege = privilegeRefusal(addedLines2);
  if (privilege) return privilege;
  const k8s = k8sRuleRefusal(kind, addedLines2);
  if (k8s) return k8s;
  const ids = evidence.patternIds.join(" ");
  if ((LIMIT_KINDS.has(kind) || GROWTH_SIZED.has(kind)) && (evidence.steadyGrowth || STEADY_GROWTH.test(ids) || /memory leak|steadily|heap (keeps )?grow/i.test(evidence.text)))
    return "never raise a limit to hide steady growth";
  if (LIMIT_KINDS.has(kind) && NOT_THE_HEAP.test(evidence.text))
    return "never raise a memory limit when another resource is exhausted (metaspace, threads, direct buffers)";
  if (kind === "log-rotation-set" && addedLines2.some((l) => /driver:\s*["']?none\b/.test(l)))
    return "never turn container logs off to save disk";
  if (kind === "raise-pool-size" && (SERVER_EXHAUSTED.test(evidence.text) || /too-many-(clients|connections)|connection-limit/.test(ids)))
    return "never raise a client pool when the server's connection limit is what is exhausted";
  return void 0;
}

// src/knowledge/config-positions.ts
var POSITIONS = [
  // PyYAML: `in "/app/config/app.yaml", line 11, column 4` under its problem line (a mark under a
  // `while parsing …` line is the context: where the enclosing block began, not what is wrong).
  /(?<prev>[^\n]*)\n\s*in "(?<path>[^"]+)", line (?<line>\d+), column \d+/g,
  // js-yaml: `bad indentation of a mapping entry in "config/app.yml" (11:5)`
  /\bin "(?<path>[^"]+)" \((?<line>\d+):\d+\)/g,
  // Psych: `(config/app.yml): did not find expected key while parsing a block mapping at line 3 column 1`
  /\((?<path>[^()\s]+\.ya?ml)\): [^\n]*? at line (?<line>\d+) column \d+/g,
  // nginx: `[emerg] unknown directive "proxy_pas" in /etc/nginx/conf.d/api.conf:12`
  /\[emerg\][^\n]* in (?<path>\/\S+?):(?<line>\d+)\s*$/gm
];
function inRepo(path, repoFiles) {
  let best;
  for (const file of repoFiles)
    if ((path === file || path.endsWith(`/${file}`)) && file.length > (best?.length ?? 0)) best = file;
  return best;
}
function configErrorPosition(trace, repoFiles) {
  const found = [];
  for (const re of POSITIONS) {
    for (const m of trace.matchAll(re)) {
      if (/^\s*(?:[\w.]+Error: )?while /.test(m.groups?.prev ?? "")) continue;
      const file = m.groups?.path ? inRepo(m.groups.path, repoFiles) : void 0;
      if (file) found.push({ file, line: Number(m.groups?.line) });
    }
  }
  const last = found.at(-1);
  return last && found.every((f) => f.file === last.file && f.line === last.line) ? last : void 0;
}

// src/knowledge/stack-frames.ts
var FRAME_PATTERNS = [
  // .NET: "at Acme.Orders.Service.Place(Order o) in /src/Orders/Service.cs:line 42"
  /\bat [^\n]*? in (?<path>[^\s]+\.(?:cs|fs|vb)):line (?<line>\d+)/,
  // Ruby: "app/models/order.rb:41:in `receipt'" (Ruby 3.4 quotes with ' and names the class).
  /(?:^|[\s[(])(?<path>[^\s:'"`()[\]]+\.rb):(?<line>\d+):in [`']/,
  // Node: "at handler (/app/src/orders.js:42:18)", "at /app/src/x.js:3:9", file:// URLs.
  /\bat (?:.*? \()?(?:file:\/\/)?(?<path>[^\s()]+?):(?<line>\d+):(?<column>\d+)\)?\s*$/,
  // Python: File "/app/app/views.py", line 42, in handler
  /File "(?<path>[^"]+)", line (?<line>\d+)/,
  // Go: "\t/app/internal/store.go:42 +0x1d"
  /^\s*(?<path>\/[^\s:]+\.go):(?<line>\d+)(?:\s|$)/,
  // Java: "at com.acme.orders.OrderService.place(OrderService.java:42)"
  /\bat (?<pkg>[\w$.]+)\.[\w$<>]+\((?<path>[\w$]+\.(?:java|kt|scala)):(?<line>\d+)\)/
];
var FOREIGN = /node_modules\/|\/gems\/|^node:|\/site-packages\/|\/dist-packages\/|^internal\/|\/usr\/lib\//;
function toRepoPath(path, pkg, repoFiles) {
  if (FOREIGN.test(path)) return void 0;
  const wanted = pkg ? `${pkg.split(".").slice(0, -1).join("/")}/${path}` : path.replace(/\\/g, "/");
  let best;
  for (const file of repoFiles) {
    const same = wanted === file || (pkg ? file.endsWith(`/${wanted}`) : wanted.endsWith(`/${file}`));
    if (same && file.length > (best?.length ?? 0)) best = file;
  }
  return best;
}
var sourceKey = (file) => file.replace(/\.[^./]+$/, "").replace(/(^|\/)src\//, "$1");
function sourceOfCompiled(path, repoFiles) {
  const m = /(?:^|\/)(?:dist|build|out|lib|\.next\/server)\/(.+)\.[cm]?js$/.exec(path.replace(/\\/g, "/"));
  if (!m?.[1] || FOREIGN.test(path)) return void 0;
  const wanted = m[1];
  const found = repoFiles.filter(
    (f) => /\.(?:[cm]?ts|tsx|jsx?)$/.test(f) && !/\.d\.ts$/.test(f) && !/(?:^|\/)(?:dist|build|out)\//.test(f) && (sourceKey(f) === wanted || sourceKey(f).endsWith(`/${wanted}`))
  );
  return found.length === 1 ? found[0] : void 0;
}
function frameFunction(row) {
  const name = /\bat (?:async )?(?:new )?([\w$.<>]+)(?: \[as [\w$]+\])? \(/.exec(row)?.[1];
  const last = name?.split(".").at(-1);
  return last && /^[\w$]+$/.test(last) && last !== "<anonymous>" ? last : void 0;
}
function repoFrames(trace, repoFiles) {
  const frames = [];
  for (const row of trace.split("\n")) {
    for (const pattern of FRAME_PATTERNS) {
      const g = pattern.exec(row)?.groups;
      if (!g?.path || !g.line) continue;
      const file = toRepoPath(g.path, g.pkg, repoFiles);
      const line = Number(g.line);
      if (file) frames.push({ file, line, ...g.column ? { column: Number(g.column) } : {} });
      const source = file || g.pkg ? void 0 : sourceOfCompiled(g.path, repoFiles);
      const fn = frameFunction(row);
      if (source) frames.push({ file: source, line, compiled: fn ? { fn } : {} });
      break;
    }
  }
  return /Traceback \(most recent call last\)/.test(trace) ? frames.reverse() : frames;
}
function unreadableProperty(trace) {
  return /Cannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']+)'\)/.exec(trace)?.[1] ?? /Cannot read property '([^']+)' of (?:undefined|null)/.exec(trace)?.[1] ?? /undefined method [`']([\w?!]+)' for nil\b/.exec(trace)?.[1] ?? /'NoneType' object has no attribute '(\w+)'/.exec(trace)?.[1];
}
function npeExpression(trace) {
  return /NullPointerException: [^\n]*?\bbecause "((?:this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)" is null/.exec(
    trace
  )?.[1];
}
function nilSubject(trace) {
  return unreadableProperty(trace) ?? npeExpression(trace) ?? (/invalid memory address or nil pointer dereference/.test(trace) ? "*" : void 0);
}
function citedFrame(frames) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of frames) {
    const key = `${f.file}:${f.line}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n >= 3) return f;
  }
  return frames[0];
}

// src/llm/offline/code-imports.ts
var GO_IMPORT = /^\s*(?:[\w.]+\s+)?"([^"]+)"\s*(?:\/\/.*)?$/;
function withGoImports(lines3, names) {
  const out = [...lines3];
  const open = out.findIndex((l) => /^import\s*\(\s*$/.test(l));
  const single = out.findIndex((l) => /^import\s+"[^"]+"\s*$/.test(l));
  if (open < 0 && single >= 0) {
    const name = /"([^"]+)"/.exec(out[single] ?? "")?.[1] ?? "";
    out.splice(single, 1, "import (", `	"${name}"`, ")");
    return withGoImports(out, names);
  }
  if (open < 0) {
    const pkg = out.findIndex((l) => /^package\s+\w+/.test(l));
    if (pkg < 0) return void 0;
    out.splice(pkg + 1, 0, "", "import (", ")");
    return withGoImports(out, names);
  }
  const close = out.findIndex((l, i) => i > open && /^\)\s*$/.test(l));
  if (close < 0) return void 0;
  const have = new Set(
    out.slice(open + 1, close).flatMap((l) => {
      const name = GO_IMPORT.exec(l)?.[1];
      return name ? [name] : [];
    })
  );
  for (const name of [...names].sort()) {
    if (have.has(name)) continue;
    const end = out.findIndex((l, i) => i > open && (/^\)\s*$/.test(l) || l.trim() === ""));
    let at2 = open + 1;
    while (at2 < end && (GO_IMPORT.exec(out[at2] ?? "")?.[1] ?? "") < name) at2 += 1;
    out.splice(at2, 0, `	"${name}"`);
  }
  return out;
}
function pythonImports(lines3, name) {
  return lines3.some((l) => new RegExp(`^import\\s+(?:[\\w.]+\\s*,\\s*)*${name}\\s*(?:,|$|#)`).test(l));
}
function withPythonImports(lines3, names) {
  const out = [...lines3];
  for (const name of [...names].sort()) {
    if (pythonImports(out, name)) continue;
    const first2 = out.findIndex((l) => /^import\s+\w/.test(l));
    if (first2 < 0) {
      let at3 = 0;
      while (at3 < out.length && /^#/.test(out[at3] ?? "")) at3 += 1;
      out.splice(at3, 0, `import ${name}`, ...out[at3]?.trim() ? [""] : []);
      continue;
    }
    let at2 = first2;
    while (/^import\s+\w/.test(out[at2] ?? "") && (/^import\s+([\w.]+)/.exec(out[at2] ?? "")?.[1] ?? "") < name)
      at2 += 1;
    out.splice(at2, 0, `import ${name}`);
  }
  return out;
}

// src/llm/offline/map-lock-go.ts
var FUNC = /^func\s*(?:\(\s*(\w+)\s+\*?(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)/;
function funcsOf(lines3) {
  const out = [];
  lines3.forEach((text, start) => {
    const m = FUNC.exec(text);
    if (!m?.[3] || !/\{\s*$/.test(text)) return;
    const end = lines3.findIndex((l, i) => i > start && /^\}\s*$/.test(l));
    if (end < 0) return;
    out.push({
      start,
      end,
      name: m[3],
      ...m[1] && m[2] ? { receiver: { name: m[1], type: m[2] } } : {}
    });
  });
  return out;
}
function structMaps(lines3) {
  const out = /* @__PURE__ */ new Map();
  lines3.forEach((text, open) => {
    const type = /^type\s+(\w+)(?:\[[^\]]*\])?\s+struct\s*\{\s*$/.exec(text)?.[1];
    if (!type) return;
    const close = lines3.findIndex((l, i) => i > open && /^\}\s*$/.test(l));
    if (close < 0) return;
    const maps = new Set(lines3.slice(open + 1, close).flatMap((l) => /^\s*(\w+)\s+map\[/.exec(l)?.[1] ?? []));
    out.set(type, { open, close, maps });
  });
  return out;
}
function packageMaps(lines3) {
  const out = /* @__PURE__ */ new Map();
  lines3.forEach((text, i) => {
    const name = /^var\s+(\w+)\s*(?:=\s*(?:map\[|make\(\s*map\[)|map\[)/.exec(text)?.[1];
    if (name) out.set(name, i);
  });
  return out;
}
function targetOf(lines3, index, funcs) {
  const code = (lines3[index] ?? "").replace(/"(?:\\.|[^"\\])*"|`[^`]*`/g, '""');
  const func = funcs.find((f) => f.start < index && index < f.end);
  const found = /* @__PURE__ */ new Map();
  const recv = func?.receiver;
  const fields = recv ? structMaps(lines3).get(recv.type)?.maps : void 0;
  for (const m of code.matchAll(/(?<![\w.])(\w+)\.(\w+)\s*\[|\bdelete\(\s*(\w+)\.(\w+)\s*,/g)) {
    const [owner, field] = [m[1] ?? m[3], m[2] ?? m[4]];
    if (recv && owner === recv.name && field && fields?.has(field))
      found.set(`f:${field}`, { kind: "field", type: recv.type, field });
  }
  const vars = packageMaps(lines3);
  for (const m of code.matchAll(/(?<![\w.])(\w+)\s*\[|\bdelete\(\s*(\w+)\s*,/g)) {
    const name = m[1] ?? m[2];
    const decl = name ? vars.get(name) : void 0;
    if (name && decl !== void 0) found.set(`v:${name}`, { kind: "var", name, decl });
  }
  return found.size === 1 ? [...found.values()][0] : void 0;
}
function accessors(lines3, funcs, target) {
  return funcs.flatMap((f) => {
    const body = lines3.slice(f.start + 1, f.end).join("\n");
    if (target.kind === "field") {
      const r = f.receiver;
      if (!r || r.type !== target.type) return [];
      return new RegExp(`\\b${escapeRegExp(r.name)}\\.${escapeRegExp(target.field)}\\b`).test(body) ? [{ func: f, owner: `${r.name}.` }] : [];
    }
    return new RegExp(`(?<![\\w.])${escapeRegExp(target.name)}\\b`).test(body) ? [{ func: f, owner: "" }] : [];
  });
}
function existingMutex(lines3, open, close) {
  return lines3.slice(open + 1, close).flatMap((l) => /^\s*(\w+)\s+sync\.(?:RW)?Mutex\b/.exec(l)?.[1] ?? [])[0];
}
function lockMap(input) {
  const lines3 = input.content.split("\n");
  const funcs = funcsOf(lines3);
  const target = targetOf(lines3, input.line - 1, funcs);
  if (!target) return void 0;
  const users = accessors(lines3, funcs, target);
  const names = new Set(users.map((u) => u.func.name));
  for (const { func } of users) {
    const body = lines3.slice(func.start + 1, func.end).join("\n");
    if (/\.R?Lock\(\)/.test(body)) return void 0;
    if ([...names].some((n) => new RegExp(`\\.${n}\\(|(?<![\\w.])${n}\\(`).test(body))) return void 0;
    if (target.kind === "var" && new RegExp(`\\b${target.name}\\s*:=`).test(body)) return void 0;
  }
  const edits = [];
  let mutex;
  let what;
  if (target.kind === "field") {
    const struct = structMaps(lines3).get(target.type);
    if (!struct) return void 0;
    const have = existingMutex(lines3, struct.open, struct.close);
    mutex = have ?? "mu";
    if (!have && lines3.slice(struct.open + 1, struct.close).some((l) => /^\s*mu\s/.test(l))) return void 0;
    if (!have) edits.push({ at: struct.close, add: ["", `	mu sync.Mutex // guards ${target.field}`] });
    what = `${target.type}.${target.field}`;
  } else {
    mutex = `${target.name}Mu`;
    if (input.content.includes(mutex)) return void 0;
    edits.push({ at: target.decl + 1, add: [`var ${mutex} sync.Mutex // guards ${target.name}`] });
    what = target.name;
  }
  for (const { func, owner } of users) {
    const indent = indentOf4(lines3[func.start + 1] ?? "") || "	";
    edits.push({
      at: func.start + 1,
      add: [`${indent}${owner}${mutex}.Lock()`, `${indent}defer ${owner}${mutex}.Unlock()`]
    });
  }
  const out = [...lines3];
  for (const e of edits.sort((a, b) => b.at - a.at)) out.splice(e.at, 0, ...e.add);
  const imported = withGoImports(out, ["sync"]);
  if (!imported) return void 0;
  return {
    content: imported.join("\n"),
    change: `${what} guarded by a sync.Mutex (${mutex}), taken in ${[...names].join(", ")}: every function of this file that touches the map`
  };
}
function mapLockHolds(content, line) {
  const lines3 = content.split("\n");
  const funcs = funcsOf(lines3);
  const target = targetOf(lines3, line - 1, funcs);
  if (!target) return { ok: false, detail: `line ${line} no longer names one map this file declares` };
  const users = accessors(lines3, funcs, target);
  const unlocked = users.filter(({ func }) => {
    const first2 = lines3.slice(func.start + 1, func.start + 3).join("\n");
    return !/\.Lock\(\)[\s\S]*defer [\w.]+\.Unlock\(\)/.test(first2);
  });
  const declared2 = /\bsync\.(RW)?Mutex\b/.test(content);
  const ok = declared2 && users.length > 0 && unlocked.length === 0;
  return {
    ok,
    detail: ok ? `every function touching the map (${users.map((u) => u.func.name).join(", ")}) locks its mutex first` : `${unlocked.map((u) => u.func.name).join(", ") || "the map's functions"} touch the map without a lock`
  };
}

// src/llm/offline/code-loop.ts
function loopLanguage(file) {
  if (file.endsWith(".py")) return "python";
  if (file.endsWith(".go")) return "go";
  if (/\.(ts|mts|cts)$/.test(file)) return "ts";
  if (/\.(js|mjs|cjs)$/.test(file)) return "js";
  if (file.endsWith(".java")) return "java";
  return void 0;
}
var COUNTER = {
  python: /^\s*for\s+(\w+)\s+in\s+range\(/,
  go: /^\s*for\s+(\w+)\s*:=\s*(?:0\s*;|range\s)/,
  js: /^\s*for\s*\(\s*(?:let|var)\s+(\w+)\s*=\s*0\s*;/,
  ts: /^\s*for\s*\(\s*let\s+(\w+)(?:\s*:\s*number)?\s*=\s*0\s*;/,
  java: /^\s*for\s*\(\s*(?:int|long)\s+(\w+)\s*=\s*0\s*;/
};
var HEADER2 = /^\s*(for|while)\b/;
function codeOf(text, lang) {
  const bare = text.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
  return lang === "python" ? bare.replace(/#.*$/, "") : bare.replace(/\/\/.*$/, "");
}
function indentWidth(text) {
  return (/^\s*/.exec(text)?.[0] ?? "").replace(/\t/g, "    ").length;
}
function loopBounds(lines3, index, lang) {
  const head = lines3[index] ?? "";
  if (!HEADER2.test(head)) return void 0;
  const counter = COUNTER[lang].exec(head)?.[1];
  const withCounter = counter ? { counter } : {};
  if (lang === "python") {
    if (!/:\s*$/.test(codeOf(head, lang))) return void 0;
    const own = indentWidth(head);
    let last = index;
    for (let i = index + 1; i < lines3.length; i += 1) {
      const text = lines3[i] ?? "";
      if (text.trim() === "") continue;
      if (indentWidth(text) <= own) break;
      last = i;
    }
    return last > index ? { header: index, first: index + 1, last, ...withCounter } : void 0;
  }
  if (!/\{\s*$/.test(codeOf(head, lang))) return void 0;
  let depth = 0;
  for (let i = index; i < lines3.length; i += 1) {
    for (const ch of codeOf(lines3[i] ?? "", lang)) {
      if (ch === "{") depth += 1;
      else if (ch === "}") depth -= 1;
    }
    if (depth === 0)
      return i > index + 1 ? { header: index, first: index + 1, last: i - 1, ...withCounter } : void 0;
  }
  return void 0;
}
var WHILE_BOUND = {
  python: /^\s*while\s+(\w+)\s*<=?\s*[\w.]+\s*:/,
  go: /^\s*for\s+(\w+)\s*<=?\s*[\w.]+\s*\{/,
  js: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/,
  ts: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/,
  java: /^\s*while\s*\(\s*(\w+)\s*<=?\s*[\w.]+\s*\)/
};
function incrementedCounter(lines3, loop, lang) {
  const name = WHILE_BOUND[lang].exec(lines3[loop.header] ?? "")?.[1];
  if (!name) return void 0;
  const step = new RegExp(
    `(?:^|[^\\w.])(?:${name}\\s*(?:\\+\\+|\\+=\\s*1\\b)|\\+\\+${name}\\b|${name}\\s*=\\s*${name}\\s*\\+\\s*1\\b)`
  );
  const steps = bodyOf(lines3, loop).filter((l) => step.test(codeOf(l.text, lang)));
  return steps.length === 1 ? name : void 0;
}
function loopAt(lines3, index, lang) {
  const loop = loopBounds(lines3, index, lang);
  if (!loop || loop.counter) return loop;
  const counter = incrementedCounter(lines3, loop, lang);
  return counter ? { ...loop, counter } : loop;
}
function bodyOf(lines3, loop) {
  return lines3.slice(loop.first, loop.last + 1).map((text, i) => ({ index: loop.first + i, text }));
}

// src/llm/offline/retry-idioms.ts
var CAP_S = 30;
var BASE_S = 0.5;
var PYTHON = {
  call: /^\s*(\w+)\s*=\s*(?:await\s+)?[\w.]+\.(?:get|post|put|patch|delete|head|request|send)\(/,
  anyWait: /\bsleep\(|\bbackoff|\bBackoff|\btenacity\b|\bretry_delay\b/,
  constantWait: /^\s*(?:await\s+)?(?:time|asyncio)\.sleep\(\s*\d+(?:\.\d+)?\s*\)\s*(?:#.*)?$/,
  helper: "_retry_delay",
  wait: (n, r, awaited) => `${awaited ? "await asyncio.sleep" : "time.sleep"}(_retry_delay(${n}, ${r}.headers.get("Retry-After")))`,
  helperLines: (s) => [
    "",
    "",
    "def _retry_delay(attempt, retry_after):",
    `${s}"""Seconds before the next attempt: the server's Retry-After (in seconds) when it sends one, else`,
    `${s}exponential backoff with full jitter (${BASE_S} s doubling, capped at ${CAP_S} s) so clients do not retry in step."""`,
    `${s}if retry_after and retry_after.strip().isdigit():`,
    `${s}${s}return float(retry_after.strip())`,
    `${s}return random.uniform(0, min(${CAP_S}.0, ${BASE_S} * 2**attempt))`
  ],
  imports: (lines3, awaited) => withPythonImports(lines3, ["random", awaited ? "asyncio" : "time"])
};
var GO = {
  call: /^\s*(\w+)\s*,\s*\w+\s*:?=\s*[\w.]+\.(?:Do|Get|Post|PostForm|Head)\(/,
  anyWait: /\btime\.Sleep\(|\btime\.After\(|\bbackoff|\bBackoff|\bretryDelay\b/,
  constantWait: /^\s*time\.Sleep\(\s*(?:\d+\s*\*\s*)?time\.(?:Second|Millisecond)\s*\)\s*(?:\/\/.*)?$/,
  helper: "retryDelay",
  wait: (n, r) => `time.Sleep(retryDelay(${n}, ${r}))`,
  helperLines: (s) => [
    "",
    "// retryDelay is the wait before the next attempt: the server's Retry-After (in seconds) when it sends one,",
    `// else exponential backoff with full jitter (${BASE_S}s doubling, capped at ${CAP_S}s) so clients do not retry in step.`,
    "func retryDelay(attempt int, resp *http.Response) time.Duration {",
    `${s}if resp != nil {`,
    `${s}${s}if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {`,
    `${s}${s}${s}return time.Duration(s) * time.Second`,
    `${s}${s}}`,
    `${s}}`,
    `${s}ceiling := math.Min(${CAP_S}, ${BASE_S}*math.Pow(2, float64(attempt)))`,
    `${s}return time.Duration(rand.Float64() * ceiling * float64(time.Second))`,
    "}"
  ],
  // The helper takes *http.Response: a file that does not import net/http calls something else.
  imports: (lines3) => lines3.some((l) => /^\s*(?:import\s+)?"net\/http"/.test(l)) ? withGoImports(lines3, ["math", "math/rand", "strconv", "time"]) : void 0
};
function jsIdiom(typed) {
  return {
    // fetch, or a client object's verb (axios, got, ky, a created instance): `const res = await api.post(`.
    call: /^\s*(?:const|let|var)\s+(\w+)\s*(?::\s*[\w<>.]+\s*)?=\s*await\s+(?:fetch|[\w.]+\.(?:get|post|put|patch|delete|head|request))\(/,
    anyWait: /setTimeout|\bsleep\(|\bdelay\(|\bbackoff|\bBackoff|\bretryDelayMs\b/,
    constantWait: /^\s*await\s+(?:new Promise\(\s*\(?\w*\)?\s*=>\s*setTimeout\(\s*\w+\s*,\s*[\d_]+\s*\)\s*\)|sleep\(\s*[\d_]+\s*\)|setTimeout\(\s*[\d_]+\s*\));?\s*$/,
    helper: "retryDelayMs",
    // fetch's Headers has get(); axios and got hand back lower-cased plain keys.
    wait: (n, r, _awaited, call) => `await new Promise((resolve) => setTimeout(resolve, retryDelayMs(${n}, ${/\bfetch\(/.test(call) ? `${r}.headers.get("retry-after")` : `String(${r}.headers["retry-after"] ?? "")`})));`,
    helperLines: (s) => [
      "",
      "/**",
      " * Milliseconds before the next attempt: the server's Retry-After (in seconds) when it sends one, else",
      ` * exponential backoff with full jitter (${BASE_S * 1e3} ms doubling, capped at ${CAP_S} s) so clients do not retry in step.`,
      " */",
      typed ? "function retryDelayMs(attempt: number, retryAfter: string | null): number {" : "function retryDelayMs(attempt, retryAfter) {",
      `${s}const seconds = Number.parseInt(retryAfter ?? "", 10);`,
      `${s}if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;`,
      `${s}return Math.random() * Math.min(${CAP_S * 1e3}, ${BASE_S * 1e3} * 2 ** attempt);`,
      "}"
    ],
    imports: (lines3) => [...lines3]
  };
}
var RETRY_IDIOMS = {
  python: PYTHON,
  go: GO,
  js: jsIdiom(false),
  ts: jsIdiom(true)
};

// src/llm/offline/retry-backoff.ts
var STATUS_CHECK = /\b429\b|TooManyRequests|status_code|\.status\b|StatusCode|\.ok\b/;
var ENDS_BODY = /^\s*(return|raise|throw|break)\b/;
function shapeOf(input) {
  const lang = loopLanguage(input.file);
  const idiom = lang ? RETRY_IDIOMS[lang] : void 0;
  const lines3 = input.content.split("\n");
  const loop = lang ? loopAt(lines3, input.line - 1, lang) : void 0;
  if (!lang || !idiom || !loop?.counter) return void 0;
  const body = bodyOf(lines3, loop);
  const bodyIndent = indentOf4(body.find((l) => l.text.trim() !== "")?.text ?? "");
  const call = body.find((l) => idiom.call.test(l.text) && indentOf4(l.text) === bodyIndent);
  const response = call ? idiom.call.exec(call.text)?.[1] : void 0;
  if (!call || !response || !body.some((l) => STATUS_CHECK.test(codeOf(l.text, lang)))) return void 0;
  const shape = { lang, idiom, loop: { ...loop, counter: loop.counter }, response, call: call.text };
  const awaited = /\bawait\b/.test(call.text);
  const fixed = body.filter((l) => idiom.constantWait.test(l.text));
  const waits = body.filter((l) => idiom.anyWait.test(codeOf(l.text, lang)));
  if (fixed.length === 1 && waits.length === 1 && fixed[0] && fixed[0].index > call.index)
    return { ...shape, awaited, at: fixed[0].index, replaces: true, indent: indentOf4(fixed[0].text) };
  if (waits.length > 0) return void 0;
  const again = body.filter((l) => /^\s*continue\s*;?\s*$/.test(codeOf(l.text, lang)));
  if (again.length > 1) return void 0;
  const next = again[0];
  if (next)
    return next.index > call.index ? { ...shape, awaited, at: next.index, replaces: false, indent: indentOf4(next.text) } : void 0;
  const last = [...body].reverse().find((l) => l.text.trim() !== "" && indentOf4(l.text) === bodyIndent);
  if (!last || ENDS_BODY.test(last.text)) return void 0;
  return { ...shape, awaited, at: loop.last + 1, replaces: false, indent: bodyIndent };
}
function addBackoff(input) {
  const shape = shapeOf(input);
  if (!shape || input.content.includes(shape.idiom.helper)) return void 0;
  const { idiom, loop, response, awaited } = shape;
  const lines3 = input.content.split("\n");
  const wait = `${shape.indent}${idiom.wait(loop.counter, response, awaited, shape.call)}`;
  const edited = [...lines3];
  edited.splice(shape.at, shape.replaces ? 1 : 0, wait);
  const trailing = edited.at(-1) === "" ? edited.pop() : void 0;
  edited.push(...idiom.helperLines(indentStep(lines3)), ...trailing === void 0 ? [] : [""]);
  const imported = idiom.imports(edited, awaited);
  if (!imported) return void 0;
  return {
    content: imported.join("\n"),
    change: `${shape.replaces ? "the fixed pause becomes" : "wait before retrying:"} exponential backoff with full jitter honouring Retry-After (${idiom.helper}) in the retry loop at line ${input.line}; the attempts stay as they are`
  };
}
function backoffHolds(file, content, line) {
  const lang = loopLanguage(file);
  const idiom = lang ? RETRY_IDIOMS[lang] : void 0;
  const lines3 = content.split("\n");
  const loop = lang ? loopAt(lines3, line - 1, lang) : void 0;
  if (!lang || !idiom || !loop) return { ok: false, detail: `${file}:${line} no longer opens a retry loop` };
  const body = bodyOf(lines3, loop);
  if (!body.some((l) => idiom.call.test(l.text)))
    return { ok: false, detail: `the loop at ${file}:${line} no longer makes its call` };
  const waits = body.some((l) => l.text.includes(`${idiom.helper}(`));
  const defined = lines3.some((l) => new RegExp(`\\b(def|func|function)\\s+${idiom.helper}\\(`).test(l));
  const honours = /retry-after/i.test(content) && /\brand(om)?\b|Math\.random/.test(content);
  const ok = waits && defined && honours;
  return {
    ok,
    detail: ok ? `the loop at ${file}:${line} waits ${idiom.helper}() (jittered, honouring Retry-After) before retrying` : `the loop at ${file}:${line} still retries without a jittered backoff honouring Retry-After`
  };
}

// src/llm/offline/code-fixes.ts
var CODE_FIXES = {
  "backoff-retry": {
    relation: "the retry loop waits a jittered backoff honouring Retry-After",
    apply: (file, content, line) => addBackoff({ file, content, line }),
    holds: backoffHolds
  },
  "lock-shared-map": {
    relation: "every function touching the map holds its mutex",
    apply: (file, content, line) => file.endsWith(".go") ? lockMap({ content, line }) : void 0,
    holds: (_file, content, line) => mapLockHolds(content, line)
  }
};
function codeFixOf(kind) {
  return kind ? CODE_FIXES[kind] : void 0;
}
function lineNear(content, text, near) {
  const found = content.split("\n").flatMap((l, i) => l === text ? [i + 1] : []).sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  return found[0];
}

// src/llm/offline/seq-scan-plan.ts
var MIN_REMOVED = 1e4;
function unwrap(text) {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")") && balancedInside(t)) t = t.slice(1, -1).trim();
  return t;
}
function balancedInside(t) {
  let depth = 0;
  for (let i = 0; i < t.length; i += 1) {
    if (t[i] === "(") depth += 1;
    if (t[i] === ")") depth -= 1;
    if (depth === 0 && i < t.length - 1) return false;
  }
  return true;
}
function splitAnd(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "(") depth += 1;
    if (text[i] === ")") depth -= 1;
    if (depth === 0 && text.slice(i, i + 5) === " AND ") {
      parts.push(text.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
function keyOf(lhs) {
  const bare = unwrap(lhs);
  const fn = /^(lower|upper)\(\s*\(?\s*"?(\w+)"?\s*\)?(?:::[\w ]+)?\s*\)$/i.exec(bare);
  if (fn?.[1] && fn[2]) return { key: `${fn[1].toLowerCase()}(${fn[2]})`, column: fn[2] };
  const col = /^\(?\s*"?(\w+)"?\s*\)?(?:::[\w ]+)?$/.exec(bare);
  return col?.[1] ? { key: col[1], column: col[1] } : void 0;
}
function seqScanOf(evidence) {
  const lines3 = evidence.split("\n");
  const at2 = lines3.findIndex((l) => /Seq Scan on /.test(l));
  const table = /Seq Scan on (?:"?\w+"?\.)?"?(\w+)"?/.exec(lines3[at2] ?? "")?.[1];
  if (at2 < 0 || !table) return void 0;
  const rest = lines3.slice(at2 + 1, at2 + 6);
  const filter = rest.map((l) => /^\s*Filter: (.+)$/.exec(l)?.[1]).find((f) => f !== void 0);
  const removed = Number(rest.map((l) => /Rows Removed by Filter: (\d+)/.exec(l)?.[1]).find((r) => r) ?? 0);
  if (!filter || removed < MIN_REMOVED || /\bOR\b/.test(filter)) return void 0;
  const keys = [];
  const columns = [];
  for (const part of splitAnd(unwrap(filter))) {
    const eq = /^(.+?)\s+=\s+(.+)$/.exec(unwrap(part));
    const key = eq?.[1] ? keyOf(eq[1]) : void 0;
    if (!key) return void 0;
    keys.push(key.key);
    columns.push(key.column);
  }
  return keys.length > 0 ? { table, keys, columns, removed } : void 0;
}
function indexName(scan) {
  const words = scan.keys.map((k) => k.replace(/^(lower|upper)\((\w+)\)$/, "$1_$2"));
  return `${scan.table}_${words.join("_")}_idx`.slice(0, 63);
}

// src/llm/offline/index-migration.ts
var norm = (s) => s.replace(/["\s]/g, "").toLowerCase();
function indexKeys(text, table) {
  const t = escapeRegExp(table);
  const sql = new RegExp(
    `CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b.*?\\bON\\s+(?:ONLY\\s+)?(?:"?\\w+"?\\.)?"?${t}"?\\s*(?:USING\\s+\\w+\\s*)?\\((.+)\\)`,
    "i"
  ).exec(text);
  if (sql?.[1]) return splitKeys(sql[1]);
  const rails = new RegExp(`add_index\\s+:${t}\\s*,\\s*(\\[[^\\]]*\\]|:\\w+|"[^"]+"|'[^']+')`).exec(text);
  if (!rails?.[1]) return void 0;
  return rails[1].replace(/^\[|\]$/g, "").split(",").map((k) => k.trim().replace(/^:|^["']|["']$/g, ""));
}
function splitKeys(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === "(") depth += 1;
    if (list[i] === ")") depth -= 1;
    if (list[i] === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((k) => k.trim());
}
function sameKeys(keys, scan) {
  return keys !== void 0 && keys.map(norm).join(",") === scan.keys.map(norm).join(",");
}
function createsTable(text, table) {
  const t = escapeRegExp(table);
  return new RegExp(
    `CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:"?\\w+"?\\.)?"?${t}"?\\s*\\(|create_table\\s+:${t}\\b`,
    "i"
  ).test(text);
}
function indexCauseLine(content, scan) {
  const lines3 = content.split("\n");
  const wanted = scan.keys.map(norm).join(",");
  const indexes = lines3.flatMap((text, i) => {
    const keys = indexKeys(text, scan.table);
    return keys ? [{ line: i + 1, keys: keys.map(norm) }] : [];
  });
  if (indexes.some((ix) => ix.keys.join(",") === wanted)) return void 0;
  const near = indexes.find(
    (ix) => ix.keys[0]?.replace(/^\w+\((\w+)\)$/, "$1") === norm(scan.columns[0] ?? "")
  );
  if (near) return near.line;
  const created = lines3.findIndex((l) => createsTable(l, scan.table));
  return created >= 0 && lines3.some((l) => indexKeys(l, scan.table) || createsTable(l, scan.table)) ? created + 1 : void 0;
}
function nextSqlName(file, siblings, scan) {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const inDir = siblings.filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes("/"));
  const base = (f) => f.slice(dir.length);
  if (inDir.some((f) => /\.(up|down)\.sql$/.test(f))) return void 0;
  const slug = indexName(scan);
  const flyway = inDir.flatMap((f) => /^V(\d+)__\w+\.sql$/.exec(base(f))?.[1] ?? []).map(Number);
  if (flyway.length > 0) return `${dir}V${Math.max(...flyway) + 1}__add_${slug}.sql`;
  const numbered = inDir.flatMap((f) => /^(\d+)_[\w-]+\.sql$/.exec(base(f))?.[1] ?? []);
  if (numbered.length === 0) return void 0;
  const width = Math.max(...numbered.map((n) => n.length));
  const next = (BigInt(numbered.reduce((a, b) => BigInt(a) > BigInt(b) ? a : b)) + 1n).toString();
  return `${dir}${next.padStart(width, "0")}_add_${slug}.sql`;
}
function sqlMigration(scan) {
  return [
    `-- ${scan.table} is read by ${scan.keys.join(", ")} with no index on it: the slow query's plan is a Seq Scan`,
    `-- removing ${scan.removed} rows by filter. CONCURRENTLY builds the index without blocking writes; it cannot run`,
    "-- inside a transaction block, so run this migration outside one.",
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${indexName(scan)} ON ${scan.table} (${scan.keys.join(", ")});`,
    ""
  ].join("\n");
}
function railsMigration(path, scan, version) {
  const name = /\d+_(\w+)\.rb$/.exec(path)?.[1] ?? "";
  const klass = name.replace(/(^|_)([a-z0-9])/g, (_m, _u, c) => c.toUpperCase());
  const keys = scan.keys.map((k) => /^\w+$/.test(k) ? `:${k}` : `"${k}"`);
  const columns = keys.length === 1 ? keys[0] : `[${keys.join(", ")}]`;
  return [
    `class ${klass} < ActiveRecord::Migration[${version}]`,
    "  # CONCURRENTLY builds the index without blocking writes; it cannot run inside a transaction.",
    "  disable_ddl_transaction!",
    "",
    "  def change",
    `    add_index :${scan.table}, ${columns}, name: "${indexName(scan)}", algorithm: :concurrently, if_not_exists: true`,
    "  end",
    "end",
    ""
  ].join("\n");
}
function indexMigration(file, content, line, evidence, repoFiles, related = []) {
  const scan = seqScanOf(evidence);
  if (!scan || indexCauseLine(content, scan) !== line) return void 0;
  if (related.some((l) => sameKeys(indexKeys(l, scan.table), scan))) return void 0;
  const change = `new migration: index ${indexName(scan)} on ${scan.table} (${scan.keys.join(", ")}), built CONCURRENTLY`;
  if (file.endsWith(".sql")) {
    const path2 = nextSqlName(file, repoFiles, scan);
    return path2 && !repoFiles.includes(path2) ? { path: path2, content: sqlMigration(scan), change } : void 0;
  }
  const version = /ActiveRecord::Migration\[(\d+\.\d+)\]/.exec(content)?.[1];
  const stamps = repoFiles.flatMap((f) => /^(?:.*\/)?db\/migrate\/(\d{14})_\w+\.rb$/.exec(f)?.[1] ?? []);
  if (!file.endsWith(".rb") || !version || stamps.length === 0) return void 0;
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const next = (BigInt(stamps.reduce((a, b) => a > b ? a : b)) + 1n).toString();
  const path = `${dir}${next}_add_index_${scan.table}_on_${indexName(scan).replace(`${scan.table}_`, "").replace(/_idx$/, "")}.rb`;
  return { path, content: railsMigration(path, scan, version), change };
}
function indexHolds(created, evidence) {
  const scan = seqScanOf(evidence);
  if (!scan) return { ok: false, detail: "the plan in the evidence no longer reads as a filtered Seq Scan" };
  const keys = created.split("\n").flatMap((l) => indexKeys(l, scan.table) ? [indexKeys(l, scan.table) ?? []] : []);
  const ok = keys.some((k) => k.map(norm).join(",") === scan.keys.map(norm).join(","));
  return {
    ok,
    detail: ok ? `the new migration indexes ${scan.table} (${scan.keys.join(", ")}), the keys the plan filtered on` : `the new migration does not index ${scan.table} (${scan.keys.join(", ")})`
  };
}

// src/llm/offline/nil-guard-go.ts
function pointerFields(lines3) {
  return new Set(
    lines3.flatMap((l) => /^\s*([A-Za-z_]\w*)\s+\*[\w.]+\s*(?:`[^`]*`)?\s*(?:\/\/.*)?$/.exec(l)?.[1] ?? [])
  );
}
function derefs(text, fields) {
  const code = text.replace(/"(?:\\.|[^"\\])*"|`[^`]*`/g, '""');
  const found = [...fields].flatMap(
    (f) => [
      ...code.matchAll(
        new RegExp(`(?<![\\w.])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\.${escapeRegExp(f)}\\.\\w`, "g")
      )
    ].map((m) => `${m[1]}.${f}`)
  );
  return [...new Set(found)];
}
function signature(text) {
  const head = /^func\s*(?:\([^)]*\)\s*)?(\w+)\s*(?:\[[^\]]*\])?\(/.exec(text);
  if (!head?.[1] || !text.trimEnd().endsWith("{")) return void 0;
  let depth = 1;
  let i = head[0].length;
  for (; i < text.length && depth > 0; i += 1) {
    if (text[i] === "(") depth += 1;
    if (text[i] === ")") depth -= 1;
  }
  const rest = text.slice(i, text.trimEnd().length - 1).trim();
  if (depth !== 0 || /\bfunc\b/.test(rest)) return void 0;
  const list = rest.startsWith("(") ? rest.slice(1, -1) : rest;
  const results = list.split(",").map((r) => r.trim().split(/\s+/).pop() ?? "").filter((r) => r.length > 0);
  return { name: head[1], results };
}
var NUMBER = /^(u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128)|byte|rune|time\.Duration)$/;
function zeroOf(type) {
  if (/^(\*|\[\]|map\[|chan\b|<-chan|func\b|interface\b|any$|error$)/.test(type)) return "nil";
  if (type === "string") return '""';
  if (type === "bool") return "false";
  if (NUMBER.test(type)) return "0";
  return `${type}{}`;
}
function guardGo(lines3, index) {
  const candidates = derefs(lines3[index] ?? "", pointerFields(lines3));
  const expr = candidates[0];
  const func = enclosing(lines3, index, /^func\s/);
  const sig = func ? signature(lines3[func.index] ?? "") : void 0;
  if (candidates.length !== 1 || !expr || !func || !sig || sig.results.at(-1) !== "error") return void 0;
  const imports = lines3.join("\n");
  const message = `"${sig.name.charAt(0).toLowerCase()}${sig.name.slice(1)}: ${expr} is nil"`;
  const err = /^\s*(import\s+)?"errors"/m.test(imports) ? `errors.New(${message})` : /^\s*(import\s+)?"fmt"/m.test(imports) ? `fmt.Errorf(${message})` : void 0;
  if (!err) return void 0;
  const at2 = statementStart(lines3, func.index + 1, index, true);
  const indent = indentOf4(lines3[at2] ?? "");
  const values = [...sig.results.slice(0, -1).map(zeroOf), err].join(", ");
  const guard = [`${indent}if ${expr} == nil {`, `${indent}	return ${values}`, `${indent}}`];
  return {
    content: insert(lines3, at2, guard),
    change: `return ${err} when ${expr} is nil, before it is read (line ${at2 + 1})`
  };
}

// src/llm/offline/nil-guard-java.ts
var METHOD_HEAD = /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract)\s+)*(?:<[^>]+>\s+)?(?!(?:return|new|else|throw)\b)[A-Za-z_$][\w$.<>[\], ?]*\s+(?!(?:if|for|while|switch|catch|synchronized)\b)([\w$]+)\s*\([^;]*$|^\s*(?:public|protected|private)\s+([A-Z][\w$]*)\s*\([^;]*$/;
function guardJava(lines3, index, expr) {
  const text = (lines3[index] ?? "").replace(/\/\/.*$/, "");
  const bare = expr.replace(/^this\./, "");
  if (!new RegExp(`(?<![\\w$.])(?:this\\.)?${escapeRegExp(bare)}\\s*[.[]`).test(text)) return void 0;
  const head = enclosing(lines3, index, METHOD_HEAD);
  if (!head) return void 0;
  const before = lines3.slice(head.index, index).map((l) => l.replace(/\/\/.*$/, "").trim()).filter(Boolean).at(-1);
  if (!before || !/[;{}]$/.test(before)) return void 0;
  const body = lines3.slice(head.index, index).join("\n");
  const thrown = [
    ...new Set([...body.matchAll(/\bthrow\s+new\s+([A-Z][\w$.]*)\s*\(([^;]*)/g)].map((m) => m[1]))
  ];
  if (thrown.length !== 1 || !thrown[0]) return void 0;
  const klass = thrown[0];
  const sample = new RegExp(
    `throw\\s+new\\s+${escapeRegExp(klass)}\\s*\\(\\s*([\\w$.]+\\.)?([A-Z_]+)\\s*,`
  ).exec(body);
  const message = `"${bare} is null"`;
  const args = sample?.[1] && /Status\.$/.test(sample[1]) ? `${sample[1]}NOT_FOUND, ${message}` : message;
  const action = `throw new ${klass}(${args});`;
  const indent = indentOf4(lines3[index] ?? "");
  return {
    content: insert(lines3, index, [
      `${indent}if (${expr} == null) {`,
      `${indent}    ${action}`,
      `${indent}}`
    ]),
    change: `${action.replace(/;$/, "")} when ${expr} is null, before it is read (line ${index + 1})`
  };
}

// src/llm/offline/nil-guard.ts
function languageOf(file) {
  if (file.endsWith(".go")) return "go";
  if (file.endsWith(".rb")) return "ruby";
  if (file.endsWith(".py")) return "python";
  if (file.endsWith(".java")) return "java";
  return void 0;
}
function receiverOf(text, name) {
  const re = new RegExp(`(@?[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\.${escapeRegExp(name)}(?![\\w?!])`, "g");
  const found = [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ""))];
  return found.length === 1 && found[0] ? found[0] : void 0;
}
function raisedIn(body, re) {
  const found = [...new Set(body.flatMap((l) => [...l.matchAll(re)].map((m) => m[1] ?? "")))];
  return found.length === 1 ? found[0] : void 0;
}
function guardNil(input) {
  const lang = languageOf(input.file);
  const lines3 = input.content.split("\n");
  const index = input.line - 1;
  if (!lang || lines3[index] === void 0) return void 0;
  if (lang === "go") return input.subject === "*" ? guardGo(lines3, index) : void 0;
  if (lang === "java") return input.subject ? guardJava(lines3, index, input.subject) : void 0;
  if (!input.subject || !/^\w+[?!]?$/.test(input.subject)) return void 0;
  return lang === "ruby" ? guardRuby(input.file, lines3, index, input.subject) : guardPython(lines3, index, input.subject);
}
function guardRuby(file, lines3, index, method) {
  const receiver = receiverOf(lines3[index] ?? "", method);
  const def = enclosing(lines3, index, /^\s*def\s+([\w?!.]+)/);
  if (!receiver || !def) return void 0;
  const body = lines3.slice(def.index + 1, index);
  const at2 = statementStart(lines3, def.index + 1, index);
  const controller = /(^|\/)controllers\/[\w/]+_controller\.rb$/.test(file) || lines3.some((l) => /^\s*class\s+\w+\s*<\s*[\w:]*Controller\b/.test(l));
  const raised = raisedIn(body, /\braise\s+([A-Z][\w:]*)/g);
  const action = controller ? "return head(:not_found)" : raised ? `raise ${raised}, "${receiver} is nil"` : void 0;
  if (!action) return void 0;
  const guard = `${indentOf4(lines3[at2] ?? "")}${action} if ${receiver}.nil?`;
  return {
    content: insert(lines3, at2, [guard]),
    change: `${action} when ${receiver} is nil, before it is read (line ${at2 + 1})`
  };
}
function pythonErrorArgs(body, raised, message) {
  const at2 = body.findIndex((l) => l.includes(`raise ${raised}(`));
  const call = at2 >= 0 ? body.slice(at2, at2 + 4).join(" ") : "";
  if (/\bstatus_code\s*=/.test(call)) return `status_code=404, detail="${message}"`;
  if (new RegExp(`raise ${raised}\\(\\s*\\d{3}\\b`).test(call)) return `404, "${message}"`;
  return `"${message}"`;
}
function guardPython(lines3, index, attr) {
  const receiver = receiverOf(lines3[index] ?? "", attr);
  const def = enclosing(lines3, index, /^\s*(?:async\s+)?def\s+(\w+)/);
  if (!receiver || !def) return void 0;
  const body = lines3.slice(def.index + 1, index);
  const imports = lines3.filter((l) => /^\s*(from|import)\s/.test(l)).join("\n");
  const raised = raisedIn(body, /\braise\s+([A-Z]\w*)\(/g);
  const action = /from\s+flask\s+import[^\n]*\babort\b/.test(imports) ? "abort(404)" : /\bHttp404\b/.test(imports) ? `raise Http404("${receiver} is None")` : raised ? `raise ${raised}(${pythonErrorArgs(body, raised, `${receiver} is None`)})` : void 0;
  if (!action) return void 0;
  const at2 = statementStart(lines3, def.index + 1, index);
  const indent = indentOf4(lines3[at2] ?? "");
  const guard = [`${indent}if ${receiver} is None:`, `${indent}${indentStep(lines3)}${action}`];
  return {
    content: insert(lines3, at2, guard),
    change: `${action} when ${receiver} is None, before it is read (line ${at2 + 1})`
  };
}

// src/llm/offline/nil-guard-js.ts
var FUNCTION_HEAD = new RegExp(
  [
    // function f(a, b) {   async function* g(a) {
    /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*[\w$]*\s*\(([^)]*)\)/.source,
    // const f = async (a, b) => {   f: function (a) {
    /^\s*(?:(?:export\s+)?(?:const|let|var)\s+)?[\w$]+\s*[:=]\s*(?:async\s+)?(?:function\s*\(([^)]*)\)|\(([^)]*)\)\s*(?::[^=]+)?=>)/.source,
    // router.post("/orders", async (req, res) => {
    /^.*?[(,]\s*(?:async\s+)?\(([^)]*)\)\s*=>\s*\{\s*$/.source,
    // class methods: async createOrder(req, res) {
    /^\s*(?:(?:public|private|protected|static|async)\s+)*(?!if\b|for\b|while\b|switch\b|catch\b|return\b)[\w$]+\s*\(([^)]*)\)\s*(?::[^{]+)?\{\s*$/.source
  ].join("|")
);
function receiverOf2(text, name) {
  const re = new RegExp(
    `((?:this\\.)?[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\.${escapeRegExp(name)}(?![\\w$])`,
    "g"
  );
  const found = [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ""))];
  return found.length === 1 && found[0] ? found[0] : void 0;
}
var paramNames = (list) => list.split(",").map((p) => /^\s*(?:\.\.\.)?([\w$]+)/.exec(p)?.[1] ?? "").filter(Boolean);
function guardJs(file, content, line, property) {
  if (!/\.(m|c)?[jt]sx?$/.test(file)) return void 0;
  const lines3 = content.split("\n");
  const index = line - 1;
  const receiver = receiverOf2(lines3[index] ?? "", property);
  const head = enclosing(lines3, index, FUNCTION_HEAD);
  if (!receiver || !head) return void 0;
  const params = paramNames(head.match.slice(1).find((g) => g !== void 0) ?? "");
  const body = lines3.slice(head.index + 1, index);
  const thrown = [
    ...new Set(body.flatMap((l) => [...l.matchAll(/\bthrow\s+new\s+([A-Z][\w$]*)\(/g)].map((m) => m[1])))
  ];
  const what = `${receiver} is missing`;
  const action = params.includes("next") ? `return next(new Error("${what}"));` : params.includes("res") ? `return res.status(404).json({ error: "${what}" });` : thrown.length === 1 ? `throw new ${thrown[0]}("${what}");` : void 0;
  if (!action) return void 0;
  const before = lines3.slice(head.index, index).map((l) => l.replace(/\/\/.*$/, "").trim()).filter(Boolean).at(-1);
  if (!before || !/[;{}]$/.test(before) || !/^\s*(const|let|var|return|await|[\w$.]+\s*[=(])/.test(lines3[index] ?? ""))
    return void 0;
  const at2 = index;
  const guard = `${indentOf4(lines3[at2] ?? "")}if (${receiver} == null) ${action}`;
  return {
    content: insert(lines3, at2, [guard]),
    change: `${action.replace(/;$/, "")} when ${receiver} is null or undefined, before it is read (line ${at2 + 1})`
  };
}

// src/llm/offline/repo-fixes.ts
var NUMBER_RULES = {
  "raise-memory-limit": {
    pattern: /((?:memory|mem_limit):\s*"?|^Memory(?:Max|Limit)=)(\d+)(Mi|Gi|M|G|m|g)?/,
    scale: (v) => v * 2
  },
  "raise-node-heap": { pattern: /(--max-old-space-size=)(\d+)()/, scale: (v) => v * 2 },
  "raise-jvm-heap": { pattern: /(-Xmx)(\d+)([mMgG])/, scale: (v) => v * 2 },
  "raise-nofile": {
    pattern: /(LimitNOFILE=|worker_rlimit_nofile\s+|ulimit -n\s+)(\d+)()/,
    scale: (v) => v < 65536 ? 65536 : v * 2
  },
  "raise-worker-connections": { pattern: /(worker_connections\s+)(\d+)()/, scale: (v) => v * 4 },
  "raise-pool-size": {
    pattern: /((?:maximum-pool-size|maximumPoolSize|max_pool_size|maxPoolSize|pool_size|poolSize|POOL_SIZE|POOL_MAX|pool_max)\s*[:=]\s*"?)(\d+)()/,
    scale: (v) => v * 2
  }
};
function splitLines(content) {
  return content.split("\n");
}
function applyFix(kind, input) {
  const rule = NUMBER_RULES[kind];
  if (rule) return scaleNumber(rule, input);
  if (kind === "move-dev-dependency") return moveDevDependency(input);
  if (kind === "raise-body-size") return raiseBodySize(input);
  if (kind === "guard-property-access")
    return input.file && /\.(go|rb|py|java)$/.test(input.file) ? guardNil({ ...input, file: input.file }) : (input.file && input.subject ? guardJs(input.file, input.content, input.line, input.subject) : void 0) ?? guardPropertyAccess(input);
  if (measureOf(kind)) return measuredFix(kind, input);
  if (kind === "index-migration") return newIndexMigration(input);
  const code = codeFixOf(kind);
  if (code) return input.file ? code.apply(input.file, input.content, input.line) : void 0;
  return void 0;
}
function addedLines(before, after, created = false) {
  if (after === void 0) return [];
  if (created) return after.split("\n");
  const old = new Set(before.split("\n"));
  return after.split("\n").filter((l) => !old.has(l));
}
function replaceLine(content, line, text) {
  const lines3 = splitLines(content);
  lines3[line - 1] = text;
  return lines3.join("\n");
}
function scaleNumber(rule, input) {
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0 || /^\s*(#|\/\/)/.test(old)) return void 0;
  const m = rule.pattern.exec(old);
  if (!m || m.index === void 0) return void 0;
  const [whole, prefix = "", digits = "", unit = ""] = m;
  const next = rule.scale(Number(digits));
  if (!Number.isSafeInteger(next) || next <= Number(digits)) return void 0;
  const text = old.slice(0, m.index) + prefix + String(next) + unit + old.slice(m.index + whole.length);
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${prefix.replace(/[\s"=:]+$/, "").trim()} ${digits}${unit} → ${next}${unit}`
  };
}
var UNIT_BYTES = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function raiseBodySize(input) {
  const old = splitLines(input.content)[input.line - 1];
  const m = old === void 0 ? null : /(client_max_body_size\s+)(\d+)([kKmMgG]?)(\s*;)/.exec(old);
  if (!old || !m || m.index === void 0 || /^\s*#/.test(old)) return void 0;
  const [whole, prefix = "", digits = "", unit = "", end = ""] = m;
  const current = Number(digits) * (UNIT_BYTES[unit.toLowerCase()] ?? 1);
  const refused = Number(input.subject ?? 0);
  let mib = 1;
  while (mib * 1024 ** 2 < Math.max(current * 2, refused)) mib *= 2;
  const text = `${old.slice(0, m.index)}${prefix}${mib}m${end}${old.slice(m.index + whole.length)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `client_max_body_size ${digits}${unit} → ${mib}m`
  };
}
function blockRange(lines3, key) {
  const open = lines3.findIndex((l) => new RegExp(`^(\\s*)"${key}"\\s*:\\s*\\{\\s*$`).test(l));
  if (open < 0) return void 0;
  const indent = /^(\s*)/.exec(lines3[open] ?? "")?.[1] ?? "";
  for (let i = open + 1; i < lines3.length; i += 1) {
    if (new RegExp(`^${indent}\\}`).test(lines3[i] ?? "")) return { open, close: i };
  }
  return void 0;
}
function moveDevDependency(input) {
  const name = input.subject;
  if (!name) return void 0;
  let manifest;
  try {
    manifest = JSON.parse(input.content);
  } catch {
    return void 0;
  }
  if (typeof manifest !== "object" || manifest === null) return void 0;
  const deps = manifest.dependencies;
  const devDeps = manifest.devDependencies;
  if (!devDeps || !(name in devDeps) || deps && name in deps) return void 0;
  const lines3 = splitLines(input.content);
  const dev = blockRange(lines3, "devDependencies");
  const prod = blockRange(lines3, "dependencies");
  if (!dev || !prod) return void 0;
  const at2 = lines3.findIndex(
    (l, i) => i > dev.open && i < dev.close && l.trimStart().startsWith(`"${name}"`)
  );
  if (at2 < 0) return void 0;
  const entry = (lines3[at2] ?? "").replace(/,\s*$/, "");
  const without = [...lines3];
  without.splice(at2, 1);
  if (at2 === dev.close - 1 && at2 - 1 > dev.open)
    without[at2 - 1] = (without[at2 - 1] ?? "").replace(/,\s*$/, "");
  const target = blockRange(without, "dependencies");
  if (!target) return void 0;
  const members = without.slice(target.open + 1, target.close);
  let index = members.findIndex((l) => (/"([^"]+)"/.exec(l)?.[1] ?? "") > name);
  if (index < 0) index = members.length;
  const isLast = index === members.length;
  const insertAt = target.open + 1 + index;
  if (isLast && members.length > 0) {
    without[insertAt - 1] = `${(without[insertAt - 1] ?? "").replace(/,\s*$/, "")},`;
  }
  without.splice(insertAt, 0, isLast ? entry : `${entry},`);
  const content = without.join("\n");
  return isJson(content) ? { content, change: `${name}: devDependencies → dependencies` } : void 0;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function guardPropertyAccess(input) {
  const property = input.subject;
  if (!property || !/^[A-Za-z_$][\w$]*$/.test(property)) return void 0;
  const old = splitLines(input.content)[input.line - 1];
  if (old === void 0) return void 0;
  const access = new RegExp(
    `([\\w$\\])]+)(?<!\\?)\\.${property.replace(/\$/g, "\\$")}(?![\\w$])(?!\\s*=[^=>])`,
    "g"
  );
  const matches = [...old.matchAll(access)];
  const first2 = matches[0];
  if (!first2 || matches.length !== 1 || first2.index === void 0) return void 0;
  const at2 = first2.index + (first2[1]?.length ?? 0);
  const text = `${old.slice(0, at2)}?${old.slice(at2)}`;
  return {
    content: replaceLine(input.content, input.line, text),
    change: `${first2[0].trim()} → ${first2[0].trim().replace(`.${property}`, `?.${property}`)}`
  };
}
function measuredFix(kind, input) {
  const measure = measureOf(kind);
  if (!measure || input.measuredMs === void 0) return void 0;
  const proposal = measure.propose(input.content, input.line, input.measuredMs);
  return proposal ? { content: replaceLine(input.content, input.line, proposal.line), change: proposal.change } : void 0;
}
function newIndexMigration(input) {
  if (!input.file || input.evidence === void 0) return void 0;
  const made = indexMigration(
    input.file,
    input.content,
    input.line,
    input.evidence,
    input.repoFiles ?? [],
    input.related ?? []
  );
  return made ? { content: made.content, change: made.change, newFile: made.path } : void 0;
}

// src/llm/offline/repo-rank.ts
var COMMENT = /^\s*(#|\/\/|;|--)/;
var KEY = /^(\s*)(?:-\s+)?"?([\w./-]+)"?\s*:/;
function indentOf5(text) {
  return (/^(\s*)/.exec(text)?.[1] ?? "").length;
}
function commentedOut(text) {
  return COMMENT.test(text);
}
function enclosingKeys(lines3, line) {
  const keys = [];
  let indent = indentOf5(lines3[line - 1] ?? "");
  for (let i = line - 2; i >= 0 && indent > 0; i -= 1) {
    const text = lines3[i] ?? "";
    if (text.trim() === "" || commentedOut(text)) continue;
    const own = indentOf5(text);
    if (own >= indent) continue;
    const key = KEY.exec(text);
    if (key?.[2]) keys.push(key[2]);
    indent = own;
  }
  return keys;
}
function inside(lines3, line, block) {
  return enclosingKeys(lines3, line).includes(block);
}
function settingValue(text) {
  const value = /[:=\s]\s*"?([^"\s#;,]+)"?\s*[;,]?\s*(#.*)?$/.exec(text.trim())?.[1];
  return value && value.length >= 3 ? value : void 0;
}
function ownerName(lines3, line) {
  const indent = indentOf5(lines3[line - 1] ?? "");
  for (let i = line - 2; i >= 0; i -= 1) {
    const text = lines3[i] ?? "";
    const item = /^(\s*)-\s+name:\s*"?([\w.-]+)"?\s*$/.exec(text);
    if (item?.[2] && (item[1] ?? "").length < indent) return item[2];
    const service = /^ {2}([\w.-]+):\s*$/.exec(text);
    if (service?.[1] && indent > 2) return service[1];
    const location = /^(\s*)location\s+(?:[=~^]+\s*)?(\/[^\s{]*)\s*\{/.exec(text);
    if (location?.[2] && (location[1] ?? "").length < indent) return location[2];
  }
  return void 0;
}
function named(word3, evidence) {
  if (!word3 || word3.length < 2) return false;
  const escaped2 = word3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const end = word3.endsWith("/") ? "" : "([-_]\\d+)?($|[^\\w-])";
  return new RegExp(`(^|[^\\w.-])${escaped2}${end}`).test(evidence);
}
function evidenceRank(lines3, line, evidence) {
  const text = lines3[line - 1] ?? "";
  if (named(settingValue(text), evidence)) return 0;
  return named(ownerName(lines3, line), evidence) ? 1 : 2;
}

// src/llm/offline/usage-evidence.ts
function evictionHits(past, repoFiles) {
  const inRepo2 = new Set(repoFiles);
  const re = new RegExp(EVICTED.source);
  return past.filter((c) => c.name === "grep_search" && inputString(c, "pattern") === EVICTED.source && c.result).filter((c) => !c.result?.isError).flatMap((c) => parseGrepOutput(c.result?.content ?? "")).filter((h) => !inRepo2.has(h.file) && re.test(h.text));
}
function withUsagePeak(diagnosis, resolution, hits) {
  const peak = resolution.measured;
  if (resolution.kind !== "resources-cover-usage" || !resolution.change || !peak) return diagnosis;
  const hit = hits.find((h) => usageLookup(h.text)?.readings[0] === peak);
  if (!hit) return diagnosis;
  const cited = {
    kind: "log",
    file: hit.file,
    line: hit.line,
    excerpt: hit.text.slice(0, 2e3),
    note: `${PEAK_NOTE}${peak} bytes (${showBytes(peak)}, the largest of ${hits.length} evictions)`
  };
  const at2 = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [...diagnosis.evidence.slice(0, at2), cited, ...diagnosis.evidence.slice(at2)].slice(0, 50);
  return { ...diagnosis, evidence };
}
function citedNotes(diagnosis) {
  return (diagnosis?.evidence ?? []).flatMap((e) => e.kind === "log" && e.note ? [e.note] : []);
}

// src/llm/offline/repo-targets.ts
var MAX_FILE_SEARCHES = 4;
function commonDir(files) {
  const parts = files.map((f) => f.split("/").slice(0, -1));
  const first2 = parts[0] ?? [];
  let n = 0;
  while (n < first2.length && parts.every((p) => p[n] === first2[n])) n += 1;
  return first2.slice(0, n).join("/");
}
var MAX_DIRECT_READS = 4;
function firstLook(targets, tools) {
  const greps = targets.flatMap((t) => t.kind === "grep" ? [t] : []);
  const frames = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const candidates = [...new Set(greps.flatMap((t) => t.candidates))];
  const reads = tools.read ? frames : [];
  if (candidates.length === 0) return { reads: [...new Set(reads)], searches: [] };
  if (tools.read && (candidates.length <= MAX_DIRECT_READS || !tools.grep)) {
    return { reads: [.../* @__PURE__ */ new Set([...reads, ...candidates.slice(0, MAX_DIRECT_READS)])], searches: [] };
  }
  if (!tools.grep) return { reads: [...new Set(reads)], searches: [] };
  const pattern = [...new Set(greps.map((t) => t.pattern))].map((p) => `(?:${p})`).join("|");
  const dir = commonDir(candidates);
  const searches = dir ? [{ pattern, path: dir }] : candidates.length <= MAX_FILE_SEARCHES ? candidates.map((path) => ({ pattern, path })) : [{ pattern }];
  return { reads: [...new Set(reads)], searches };
}
function inventoryCalls(finding, repoFiles, planned, canGrep) {
  const lookup = findingLookup(finding);
  if (!lookup || repoFiles.length === 0) return [];
  const already = new Set(
    planned.flatMap((c) => c.name === "read_file" ? [String(c.input.path)] : [])
  );
  const reads = inventoryReads(repoFiles, already, lookup).map((path) => ({
    name: "read_file",
    input: { path }
  }));
  const search = canGrep ? inventorySearch(lookup) : void 0;
  const facts = canGrep ? factsSearch(lookup) : void 0;
  return [
    ...reads,
    ...search ? [{ name: "grep_search", input: search }] : [],
    ...facts ? [{ name: "grep_search", input: facts }] : []
  ];
}
function inventoryCodeSearch(finding) {
  const lookup = findingLookup(finding);
  return lookup ? inventorySearch(lookup)?.pattern : void 0;
}
function readsOf(past) {
  return past.flatMap((c) => {
    const path = inputString(c, "path");
    if (c.name !== "read_file" || !path || !c.result || c.result.isError) return [];
    if (c.input.startLine !== void 0) return [];
    const read = fileText(c.result.content);
    return read.complete ? [{ path, content: read.text }] : [];
  });
}
function inventoryResolution(finding, past, repoFiles, facts = []) {
  const lookup = measuredLookup(finding, { logLines: evictionHits(past, repoFiles).map((h) => h.text) });
  if (!lookup) return void 0;
  return resolveFromReads(lookup, readsOf(past), repoFiles, evidenceText(finding), facts);
}
function ruleEvidence(finding, others, growth = false) {
  const all = [...finding ? [finding] : [], ...others];
  return {
    patternIds: all.map((f) => f.pattern.id),
    text: all.map(evidenceText).join("\n"),
    steadyGrowth: growth
  };
}
function traceOf(finding) {
  return finding.hint.evidence.map((e) => e.excerpt).join("\n");
}
function subjectPattern(subject) {
  const byIp = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{2,5})$/.exec(subject);
  if (!byIp) return escapeRegExp(subject);
  return `(?:${escapeRegExp(byIp[1])}|[A-Za-z][\\w.-]*):${byIp[2]}\\b`;
}
function repoTargets(finding, repoFiles, others = []) {
  const targets = [];
  const said = [finding, ...others].map(traceOf).join("\n");
  for (const locator of finding.pattern.repo ?? []) {
    if (locator.fromStackTrace) {
      const trace = traceOf(finding);
      const frame = citedFrame(repoFrames(trace, repoFiles));
      const subject = nilSubject(trace);
      if (frame) targets.push({ kind: "frame", locator, ...frame, ...subject ? { subject } : {} });
      continue;
    }
    if (locator.fromConfigError) {
      const at2 = configErrorPosition(traceOf(finding), repoFiles);
      if (at2 && locator.files.test(at2.file)) targets.push({ kind: "frame", locator, ...at2 });
      continue;
    }
    if (locator.grep.includes("{subject}") && !finding.subject) continue;
    if (locator.when && !locator.when.test(said)) continue;
    const pattern = locator.grep.replaceAll("{subject}", subjectPattern(finding.subject ?? ""));
    const candidates = repoFiles.filter((f) => locator.files.test(f));
    if (candidates.length > 0) targets.push({ kind: "grep", locator, pattern, candidates });
  }
  return targets;
}
function suspectFiles(finding, repoFiles) {
  const targets = repoTargets(finding, repoFiles);
  const framed = targets.flatMap((t) => t.kind === "frame" ? [t.file] : []);
  const located = repoFiles.filter((f) => targets.some((t) => t.kind === "grep" && t.locator.files.test(f)));
  return [.../* @__PURE__ */ new Set([...framed, ...located])].slice(0, 10);
}
function underLimits(lines3, line) {
  return lines3.slice(Math.max(0, line - 4), line - 1).some((l) => /^\s*limits:\s*$/.test(l));
}
function locateCause(finding, hits, contentOf, others = [], growth = false, measuredMs, repoFiles = []) {
  let fallback;
  const evidence = evidenceText(finding);
  const linesOf = (file) => (contentOf(file) ?? "").split("\n");
  const kept = hits.filter((h) => {
    const lines3 = linesOf(h.file);
    const text = lines3[h.line - 1] ?? "";
    if (h.target.kind === "frame") return true;
    const within = h.target.locator.within;
    return !commentedOut(text) && (!within || inside(lines3, h.line, within));
  });
  const ranked = kept.map((h) => {
    const lines3 = linesOf(h.file);
    return { h, named: evidenceRank(lines3, h.line, evidence), limit: underLimits(lines3, h.line) };
  }).sort(
    (a, b) => order(finding, a.h.target.locator) - order(finding, b.h.target.locator) || a.named - b.named || Number(b.limit) - Number(a.limit)
  );
  for (const { h: hit } of ranked) {
    const content = contentOf(hit.file);
    if (content === void 0) continue;
    const text = content.split("\n")[hit.line - 1];
    if (text === void 0) continue;
    const locator = hit.target.locator;
    const cause = { file: hit.file, line: hit.line, text, locator };
    if (!locator.fix) {
      fallback ??= cause;
      continue;
    }
    const subject = hit.target.kind === "frame" ? hit.target.subject : finding.subject;
    const fixed = applyFix(locator.fix, {
      content,
      line: hit.line,
      file: hit.file,
      ...subject ? { subject } : {},
      ...measuredMs !== void 0 ? { measuredMs } : {},
      evidence,
      repoFiles,
      related: kept.map((h) => linesOf(h.file)[h.line - 1] ?? "")
    });
    const added = addedLines(content, fixed?.content, fixed?.newFile !== void 0);
    if (fixed && !forbiddenBy(locator.fix, added, ruleEvidence(finding, others, growth)))
      return { ...cause, change: fixed.change };
    fallback ??= cause;
  }
  return fallback;
}
function order(finding, locator) {
  return (finding.pattern.repo ?? []).indexOf(locator);
}

// src/llm/offline/resolution-cause.ts
function causeOfResolution(r) {
  const what = {
    "host-names-service": `where ${r.subject} is set, compared with the services the repository defines`,
    "env-var-defined": `where ${r.subject} is read or defined, compared with the variables the deploy files set`,
    "host-port-unique": `where host port ${r.subject} is published a second time`,
    "env-file-exists": `the EnvironmentFile= naming ${r.subject}, which no deploy file writes`,
    "probe-path-served": `the probe asking for ${r.subject}, compared with the routes the code serves`,
    "keepalive-outlasts-proxy": `the upstream's ${r.subject}, compared with how long the proxy reuses idle connections`,
    "upstream-port-listens": `the proxy's upstream ${r.subject}, compared with the ports the service listens on`,
    "no-proxy-covers-host": `the NO_PROXY list, which does not send ${r.subject} direct`,
    "service-targets-container": `the targetPort of ${r.subject}, compared with the ports its pods declare`,
    "probe-port-declared": `the ${r.subject}, compared with the ports its container declares`,
    "object-name-defined": `the reference to ${r.subject}, compared with the objects the repository defines`,
    "object-key-defined": `where key ${r.subject} is read, compared with the keys the object holds`,
    "rwo-deployment-recreate": `the rollout strategy of ${r.subject}, a ReadWriteOnce volume`,
    "taint-tolerated": `the pod spec that does not tolerate ${r.subject}, though it asks for what those nodes offer`,
    "pool-within-server-limit": `the ${r.subject}, compared with the server's max_connections`,
    "resources-cover-usage": `${r.subject}, compared with what the kubelet measured it using`,
    "log-rotation-set": `${r.subject}, a file driver with no max-size: its logs are never rotated`,
    "selector-matches-node": `the ${r.subject}, compared with the labels the nodes carry`,
    "volume-fsgroup": `the pod securityContext of ${r.subject}, compared with the user its container runs as`,
    "ca-bundle-path-exists": `the CA bundle path ${r.subject}, compared with the certificate files the deploy files put in the container`,
    "final-stage-has-ca-bundle": `the final image stage (${r.subject}), which has no CA bundle to verify certificates with`,
    "dependency-declared": `the dependency manifest, which does not declare the distribution of ${r.subject}`,
    "host-on-certificate": `where the client is told to dial ${r.subject}, compared with the names the server's certificate lists`,
    "config-file-published": `the project item that keeps ${r.subject} out of the build output`,
    "service-registered": `the service registrations, where nothing registers ${r.subject}`,
    "pids-cover-threads": `${r.subject}, compared with the threads the service is configured to start`,
    "metaspace-covers-use": `${r.subject}, which the class metadata filled`,
    "redis-evicts-cache": `${r.subject}, noeviction on an instance used as a cache`,
    "cleanup-enabled": `${r.subject}, switched off while its files exhaust the inodes`,
    "cpu-limit-uncapped": `${r.subject}, compared with the CPU the container logs using`,
    "request-fits-node": `${r.subject}, compared with the largest node's allocatable capacity`,
    "image-path-shipped": `where ${r.subject} is named, compared with where the Dockerfile copies it`,
    "unit-port-unique": `the port ${r.subject} is given, compared with the other units' ports and its proxy`
  };
  return {
    file: r.cause.file,
    line: r.cause.line,
    text: r.cause.text,
    locator: {
      grep: "",
      files: /.*/,
      what: r.kind in BUILD_CAUSES ? BUILD_CAUSES[r.kind](r.subject) : what[r.kind]
    },
    ...r.change ? { change: r.change.summary } : {}
  };
}

// src/llm/offline/detective.ts
var MAX_FILES = 4;
var RESOLVED_FIXABILITY = 0.7;
function detectiveTurn(request) {
  return withCollectors(request, playbookTurn);
}
function playbookTurn(request) {
  const { context } = request;
  const verdict2 = verdictOf(context);
  if (verdict2.kind !== "finding") {
    return submitTurn(request, noFindingDiagnosis(context, verdict2.kind), "No known pattern matched.");
  }
  const { primary, others } = verdict2;
  const repoFiles = context.repoFiles ?? [];
  const targets = repoFiles.length > 0 ? repoTargets(primary, repoFiles, others) : [];
  const past = pastCalls(request.messages);
  const requested = new Set(past.filter((c) => c.name === "read_file").map((c) => inputString(c, "path")));
  if (past.length === 0) {
    const calls = firstCalls(request, targets);
    if (hasTool(request, "read_file"))
      calls.push(...inventoryCalls(primary, repoFiles, calls, hasTool(request, "grep_search")));
    const growth2 = repoFiles.length > 0 && hasTool(request, "grep_search") ? growthSearch(primary) : void 0;
    if (growth2 && calls.length > 0) calls.push({ name: "grep_search", input: growth2 });
    if (growth2 && calls.length > 0) calls.push({ name: "grep_search", input: COLLECTION_SEARCH });
    const measure = repoFiles.length > 0 && hasTool(request, "grep_search") ? measureSearch(primary) : void 0;
    if (measure && calls.length > 0) calls.push({ name: "grep_search", input: measure });
    const breakdown = hasTool(request, "grep_search") ? breakdownSearch(primary) : void 0;
    if (breakdown && calls.length > 0) calls.push({ name: "grep_search", input: breakdown });
    if (calls.length > 0)
      return toolTurn(
        request,
        calls,
        `Looking for where ${primary.pattern.title.toLowerCase()} comes from in the repository.`
      );
  }
  const contentOf = (file) => {
    const read = past.find((c) => c.name === "read_file" && inputString(c, "path") === file);
    return read?.result && !read.result.isError ? fileText(read.result.content).text : void 0;
  };
  const inRepo2 = new Set(repoFiles);
  const grepHits = past.filter((c) => c.name === "grep_search" && c.result && !c.result.isError).flatMap((c) => parseGrepOutput(c.result?.content ?? ""));
  const hits = targets.flatMap((target) => {
    if (target.kind === "frame") {
      if (!target.compiled) return [{ target, file: target.file, line: target.line }];
      const content = contentOf(target.file);
      const line = content ? sourceLine(content, target.compiled.fn, target.subject) : void 0;
      return line ? [{ target, file: target.file, line }] : [];
    }
    const own = new RegExp(target.pattern);
    const searched = grepHits.filter(
      (h) => inRepo2.has(h.file) && target.locator.files.test(h.file) && own.test(h.text)
    );
    const readWhole = target.candidates.flatMap(
      (file) => (contentOf(file)?.split("\n") ?? []).flatMap(
        (text, i) => own.test(text) ? [{ file, line: i + 1, text }] : []
      )
    );
    const unique = new Map([...searched, ...readWhole].map((h) => [`${h.file}:${h.line}`, h]));
    return [...unique.values()].map((h) => ({ target, file: h.file, line: h.line }));
  });
  const search = inventoryCodeSearch(primary);
  const codeReads = search ? grepHits.filter((h) => inRepo2.has(h.file) && new RegExp(search).test(h.text)).map((h) => h.file) : [];
  const unread = [.../* @__PURE__ */ new Set([...hits.map((h) => h.file), ...codeReads])].filter((f) => !requested.has(f)).slice(0, MAX_FILES);
  if (unread.length > 0 && hasTool(request, "read_file")) {
    return toolTurn(
      request,
      unread.map((path) => ({ name: "read_file", input: { path } })),
      "Reading the files that hold the setting."
    );
  }
  const facts = runFacts(grepHits, inRepo2, others);
  const undirected = inventoryResolution(primary, past, repoFiles, facts);
  const directed = undirected ? directByHistory(undirected, contentOf, past, {
    canAsk: hasTool(request, "git_history"),
    ...hasTool(request, "grep_search") ? { searchReaders: { inRepo: (f) => inRepo2.has(f) } } : {}
  }) : void 0;
  if (directed && "ask" in directed)
    return toolTurn(request, directed.ask, "Reading the git history of both sides of the rename.");
  const resolution = directed?.resolution ?? undirected;
  const growth = growthIn(grepHits, inRepo2);
  const measured = measuredIn(primary, past, inRepo2);
  const leak = growth ? leakCause(grepHits, inRepo2) : void 0;
  const cause = resolution ? causeOfResolution(resolution) : leak ?? locateCause(primary, hits, contentOf, others, growth, measured?.ms, repoFiles);
  const found = withBreakdown(findingDiagnosis(context, primary, others, cause), grepHits, inRepo2);
  const fix = cause?.locator.fix;
  const diagnosis = measured && cause?.change && fix && measureOf(fix) ? withMeasurement(found, measured, fix) : found;
  return submitTurn(
    request,
    resolution ? withFacts(
      withUsagePeak(
        withResolution(diagnosis, resolution, contentOf, directed?.evidence ?? []),
        resolution,
        evictionHits(past, repoFiles)
      ),
      factsToCite(facts, resolution)
    ) : diagnosis,
    "Diagnosis from the pattern table."
  );
}
function withResolution(diagnosis, resolution, contentOf, history) {
  const truth = resolution.truth.filter((t) => !(t.file === resolution.cause.file && t.line === resolution.cause.line)).slice(0, 3).flatMap((t) => {
    const text = contentOf(t.file)?.split("\n")[t.line - 1];
    return text === void 0 ? [] : [
      {
        kind: "repo",
        file: t.file,
        line: t.line,
        excerpt: text.slice(0, 2e3),
        note: `compared with ${resolution.subject}`
      }
    ];
  });
  const at2 = diagnosis.evidence.findIndex((e) => e.kind === "repo") + 1;
  const evidence = [
    ...diagnosis.evidence.slice(0, at2),
    ...truth,
    ...history,
    ...diagnosis.evidence.slice(at2)
  ].slice(0, 50);
  return {
    ...diagnosis,
    evidence,
    rootCause: `${diagnosis.rootCause}${describeResolution(resolution)}`.slice(0, 4e3),
    // The pattern's fixability is for its generic fix; a change the repository's own files justify is more.
    ...resolution.change ? { fixability: Math.max(diagnosis.fixability, RESOLVED_FIXABILITY) } : {}
  };
}
function withFacts(diagnosis, facts) {
  const cited = facts.filter((f) => f.file !== "companion").map((f) => ({
    kind: "log",
    file: f.file,
    line: f.line,
    excerpt: f.text.slice(0, 2e3),
    note: FACT_NOTE
  }));
  const room = Math.max(0, 50 - diagnosis.evidence.length);
  return cited.length === 0 ? diagnosis : { ...diagnosis, evidence: [...diagnosis.evidence, ...cited.slice(0, room)] };
}
function firstCalls(request, targets) {
  const look = firstLook(targets, {
    read: hasTool(request, "read_file"),
    grep: hasTool(request, "grep_search")
  });
  return [
    ...look.searches.map((input) => ({ name: "grep_search", input })),
    ...look.reads.map((path) => ({ name: "read_file", input: { path } }))
  ];
}

// src/llm/offline/surgeon.ts
function lineDiff(path, old, content) {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, old, content, void 0, void 0, { context: 3 });
}
function newFileDiff(path, content) {
  return createTwoFilesPatch("/dev/null", `b/${path}`, "", content, void 0, void 0, { context: 3 });
}
function inventoryPlan(request, cited, patternId) {
  const { context } = request;
  if (!cited.note?.includes("proposed:")) return void 0;
  const finding = findingsOf(context).find((f) => f.pattern.id === patternId);
  const lookup = finding ? measuredLookup(finding, { notes: citedNotes(context.diagnosis) }) : void 0;
  if (!finding || !lookup) return void 0;
  const reads = (context.evidenceFiles ?? []).flatMap((f) => {
    const read = fileText(f.content);
    return read.complete ? [{ path: f.path, content: read.text }] : [];
  });
  const others = findingsOf(context).filter((f) => f !== finding);
  const facts = citedFacts(context.diagnosis?.evidence ?? [], others);
  const undirected = resolveFromReads(lookup, reads, context.repoFiles ?? [], evidenceText(finding), facts);
  const contentOf = (file) => reads.find((r) => r.path === file)?.content;
  const directed = undirected ? directByHistory(undirected, contentOf, pastCalls(request.messages), {
    canAsk: hasTool(request, "git_history")
  }) : void 0;
  if (directed && "ask" in directed) return { ok: "ask", calls: directed.ask };
  const resolution = directed?.resolution ?? undirected;
  const change = resolution?.change;
  if (!resolution || !change) return void 0;
  const old = reads.find((r) => r.path === cited.file)?.content;
  const lines3 = old?.split("\n");
  const span = change.span ?? 1;
  if (!old || !lines3 || change.file !== cited.file || change.line !== cited.line || lines3.slice(change.line - 1, change.line - 1 + span).join("\n") !== change.before)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const refused = forbiddenBy(
    resolution.kind,
    [change.after],
    ruleEvidence(finding, others),
    change.before.split("\n")
  );
  if (refused) return { ok: false, reason: `${change.summary} is not proposed: ${refused}` };
  lines3.splice(change.line - 1, span, change.after);
  const risk = FIX_RULES.find((r) => r.id === resolution.kind)?.risk ?? "medium";
  return {
    ok: true,
    path: cited.file,
    diff: lineDiff(cited.file, old, lines3.join("\n")),
    change: change.summary,
    risk
  };
}
function planPatch(request) {
  const { context } = request;
  const diagnosis = context.diagnosis;
  if (!diagnosis) return { ok: false, reason: "no diagnosis to act on" };
  const pattern = patternById(diagnosis.patterns[0] ?? "");
  if (!pattern) return { ok: false, reason: "the diagnosis matched no known pattern" };
  const cited = diagnosis.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
  if (!cited)
    return {
      ok: false,
      reason: `the repository holds no setting to change for ${pattern.title.toLowerCase()}; ${pattern.actions[0] ?? ""}`
    };
  const fromInventory = inventoryPlan(request, cited, pattern.id);
  if (fromInventory) return fromInventory;
  const locator = pattern.repo?.find((l) => l.fix && l.files.test(cited.file));
  if (!locator?.fix || !cited.note?.includes("proposed:"))
    return {
      ok: false,
      reason: `${cited.file}:${cited.line} is cited, but no safe automatic change is known for it; ${pattern.actions[0] ?? ""}`
    };
  const file = context.evidenceFiles?.find((f) => f.path === cited.file);
  if (!file)
    return {
      ok: false,
      reason: `the content of ${cited.file} was not handed on, so no exact diff can be written`
    };
  const read = fileText(file.content);
  if (!read.complete)
    return {
      ok: false,
      reason: `${cited.file} is too large to be handed on whole, so no exact diff can be written`
    };
  const old = read.text;
  const finding = findingsOf(context).find((f) => f.pattern.id === pattern.id);
  const subject = locator.fromStackTrace ? nilSubject(finding?.hint.evidence.map((e) => e.excerpt).join("\n") ?? diagnosis.rootCause) : finding?.subject;
  const measuredMs = citedMeasurement(diagnosis, locator.fix);
  const fixed = applyFix(locator.fix, {
    content: old,
    line: cited.line,
    file: cited.file,
    ...subject ? { subject } : {},
    ...measuredMs !== void 0 ? { measuredMs } : {},
    ...finding ? { evidence: evidenceText(finding) } : {},
    repoFiles: context.repoFiles ?? []
  });
  if (!fixed)
    return { ok: false, reason: `${cited.file}:${cited.line} no longer looks as diagnosed; nothing changed` };
  const refused = forbiddenBy(
    locator.fix,
    addedLines(old, fixed.content, fixed.newFile !== void 0),
    ruleEvidence(
      finding,
      findingsOf(context).filter((f) => f !== finding)
    )
  );
  if (refused) return { ok: false, reason: `${fixed.change} is not proposed: ${refused}` };
  const diff = fixed.newFile ? newFileDiff(fixed.newFile, fixed.content) : lineDiff(cited.file, old, fixed.content);
  const path = fixed.newFile ?? cited.file;
  return { ok: true, path, diff, change: fixed.change, risk: riskOf(locator.fix) };
}
function riskOf(fix) {
  return fix === "guard-property-access" || fix === "move-dev-dependency" || fix === "index-migration" || codeFixOf(fix) ? "medium" : "low";
}
function surgeonTurn(request) {
  const plan = planPatch(request);
  if (plan.ok === "ask")
    return toolTurn(request, plan.calls, "Reading the git history that directs the rename.");
  if (!plan.ok) return submitTurn(request, { noFix: plan.reason }, "Nothing safe to change.");
  const tried = pastCalls(request.messages).find(
    (c) => c.name === "apply_patch" && inputString(c, "diff") === plan.diff
  );
  if (!tried) {
    if (!hasTool(request, "apply_patch"))
      return submitTurn(request, { noFix: "apply_patch is not available to this agent" }, "No patch tool.");
    return toolTurn(
      request,
      [{ name: "apply_patch", input: { diff: plan.diff } }],
      `Proposing ${plan.change} in ${plan.path}.`
    );
  }
  if (!tried.result || tried.result.isError) {
    return submitTurn(
      request,
      { noFix: `the patch to ${plan.path} was refused: ${tried.result?.content ?? "no result"}` },
      "Patch refused."
    );
  }
  const applied = /\bapplied\b/i.test(tried.result.content) && !/not (been )?(written|applied)/i.test(tried.result.content);
  const proposal = {
    patch: plan.diff,
    rationale: `${plan.path}: ${plan.change}. ${request.context.diagnosis?.rootCause ?? ""}`.slice(0, 4e3),
    risk: plan.risk,
    applied
  };
  return submitTurn(request, proposal, "Proposal ready.");
}

// src/llm/offline/triage.ts
function triageTurn(request) {
  const { context } = request;
  const heartbeat = heartbeatAlertName(context.incident);
  if (heartbeat && context.hints.length === 0) {
    return submitTurn(
      request,
      {
        severity: "P4",
        suspectedCategory: "none",
        summary: `${heartbeat} is a heartbeat alert: it fires all the time to prove that alerts are delivered, so its firing is the healthy state. Nothing to diagnose.`,
        needsDiagnosis: false,
        suspectFiles: []
      },
      "Triage: a heartbeat alert, not an incident."
    );
  }
  const verdict2 = verdictOf(context);
  let triage;
  if (verdict2.kind === "finding") {
    const { primary, others } = verdict2;
    const also = others.length ? `; also ${others.map((o) => o.pattern.title.toLowerCase()).join(", ")}` : "";
    triage = {
      severity: moreSevere(primary.pattern.severity, context.incident.severity),
      suspectedCategory: primary.pattern.category,
      summary: `${primary.pattern.title} (${primary.count}× in the logs)${also}.`,
      needsDiagnosis: true,
      suspectFiles: suspectFiles(primary, context.repoFiles ?? [])
    };
  } else {
    triage = {
      severity: verdict2.kind === "none" ? "P4" : context.incident.severity,
      suspectedCategory: verdict2.kind,
      summary: verdict2.kind === "none" ? "No known incident pattern in the logs; the Detective confirms before closing." : "Something is wrong but no known pattern matches.",
      // Even "nothing wrong" goes to the Detective, so the run ends with a diagnosis that says so and why.
      needsDiagnosis: true,
      suspectFiles: []
    };
  }
  const plan = planText(request);
  if (plan) triage = { ...triage, summary: `${triage.summary} ${plan}`.slice(0, 2e3) };
  return submitTurn(request, triage, "Triage from the pattern scan.");
}

// src/inventory/relation.ts
function relationHolds(resolution, patched, repoFiles = []) {
  const change = resolution.change;
  if (!change) return { ok: false, detail: "no change was proposed" };
  const inv = buildInventory(patched.filter((f) => isDeployFile(f.path)));
  const text = patched.find((f) => f.path === change.file)?.content.split("\n")[change.line - 1] ?? "";
  switch (resolution.kind) {
    case "host-names-service": {
      const names = new Set(inv.services.map((s) => s.name));
      const host = hostsIn(text.replace(/^[^:=]*[:=]\s*["']?/, "").replace(/["']\s*$/, "")).find(
        (h) => names.has(firstLabel(h.host)) || names.has(h.host)
      );
      return host ? {
        ok: true,
        detail: `${change.file}:${change.line} now names ${host.host}, a service the repository defines`
      } : {
        ok: false,
        detail: `${change.file}:${change.line} still names no service the repository defines`
      };
    }
    case "env-var-defined": {
      const defined = [...new Set(inv.settings.map((s) => s.key))].find((k) => envReadPattern(k).test(text));
      return defined ? {
        ok: true,
        detail: `${change.file}:${change.line} now reads ${defined}, which a deploy file defines`
      } : {
        ok: false,
        detail: `${change.file}:${change.line} still reads a variable no deploy file defines`
      };
    }
    case "host-port-unique": {
      const ports = inv.published.filter((p) => p.file === change.file).map((p) => p.hostPort);
      const twice = ports.find((p, i) => ports.indexOf(p) !== i);
      return twice === void 0 ? { ok: true, detail: `${change.file} publishes every host port once` } : { ok: false, detail: `${change.file} still publishes host port ${twice} twice` };
    }
    case "probe-path-served": {
      const routes = new Set(
        patched.filter((f) => !isDeployFile(f.path)).flatMap((f) => routesIn(f.path, f.content)).map((r) => r.path)
      );
      const probe = inv.probes.find((p) => p.file === change.file && p.line === change.line);
      return probe && routes.has(probe.path) ? { ok: true, detail: `the probe now asks for ${probe.path}, which the code serves` } : { ok: false, detail: `the probe still asks for a path the code does not serve` };
    }
    case "env-file-exists": {
      const ref = inv.fileRefs.find((r) => r.file === change.file && r.line === change.line);
      const written2 = ref && inv.settings.some((s) => s.value === ref.path);
      return written2 ? { ok: true, detail: `EnvironmentFile= now names ${ref.path}, which a deploy file writes` } : { ok: false, detail: `EnvironmentFile= still names a file no deploy file writes` };
    }
    case "keepalive-outlasts-proxy":
      return keepaliveHolds(patched);
    case "upstream-port-listens":
      return upstreamPortHolds(patched, resolution);
    case "no-proxy-covers-host": {
      const set = inv.settings.filter((s) => /^(NO_PROXY|no_proxy)$/.test(s.key));
      return set.length > 0 && set.every((s) => bypasses(s.value, resolution.subject)) ? { ok: true, detail: `NO_PROXY now sends ${resolution.subject} direct` } : { ok: false, detail: `NO_PROXY still sends ${resolution.subject} through the proxy` };
    }
    case "service-targets-container":
    case "probe-port-declared":
      return portRelationHolds(resolution, patched);
    case "object-name-defined":
    case "object-key-defined":
      return objectRelationHolds(resolution, patched);
    case "rwo-deployment-recreate":
      return attachRelationHolds(resolution, patched);
    case "taint-tolerated":
      return taintRelationHolds(resolution, patched);
    case "pool-within-server-limit":
      return poolRelation(patched);
    case "resources-cover-usage":
      return usageRelationHolds(resolution, patched);
    case "log-rotation-set":
      return logRotationHolds(resolution, patched);
    case "selector-matches-node":
      return selectorRelationHolds(resolution, patched);
    case "volume-fsgroup":
      return fsGroupRelationHolds(resolution, patched);
    case "ca-bundle-path-exists":
      return caBundleHolds(resolution, patched);
    case "final-stage-has-ca-bundle":
      return scratchBundleHolds(resolution, patched);
    case "dependency-declared":
      return dependencyHolds(resolution, patched);
    case "host-on-certificate":
      return tlsHostHolds(resolution, patched);
    case "config-file-published":
      return configFileHolds(resolution, patched);
    case "service-registered":
      return diHolds(resolution, patched);
    case "pids-cover-threads":
      return pidsHolds(resolution, patched);
    case "metaspace-covers-use":
      return metaspaceHolds(resolution, patched);
    case "redis-evicts-cache":
      return redisPolicyHolds(patched);
    case "cpu-limit-uncapped":
      return cpuThrottleHolds(resolution, patched);
    case "cleanup-enabled":
      return cleanupHolds(resolution, patched);
    case "request-fits-node":
      return nodeFitHolds(resolution, patched);
    case "image-path-shipped":
      return imagePathHolds(resolution, patched);
    case "unit-port-unique":
      return unitPortHolds(resolution, patched);
    default:
      return buildHolds({ ...resolution, kind: resolution.kind }, patched, repoFiles);
  }
}

// src/llm/offline/validator-code.ts
function codeFixCheck(request, cited, result) {
  const { diagnosis, proposal } = request.context;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const fix = pattern?.repo?.find((l) => codeFixOf(l.fix) && cited && l.files.test(cited.file))?.fix;
  const code = codeFixOf(fix);
  if (!code || !proposal?.patch || !cited || !result || result.isError) return [];
  const name = `the patched code satisfies the relation: ${code.relation}`;
  const now = fileText(result.content).text;
  const patched = proposal.applied ? now : applyPatch(now, proposal.patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const line = lineNear(patched, cited.excerpt, cited.line);
  if (line === void 0)
    return [{ name, outcome: "fail", detail: `${cited.file} no longer holds the cited statement` }];
  const held = code.holds(cited.file, patched, line);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}
var dirOf3 = (path) => path.slice(0, path.lastIndexOf("/") + 1);
function createdFile(patch) {
  const files = parsePatch(patch);
  const only = files[0];
  if (files.length !== 1 || !only || only.oldFileName !== "/dev/null") return void 0;
  const content = only.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1)));
  return { path: (only.newFileName ?? "").replace(/^b\//, ""), content: `${content.join("\n")}
` };
}
function createdFileChecks(request, cited, result) {
  const { diagnosis, proposal } = request.context;
  const created = proposal?.patch ? createdFile(proposal.patch) : void 0;
  if (!created) return void 0;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const makesFiles = pattern?.repo?.some(
    (l) => l.fix === "index-migration" && cited && l.files.test(cited.file)
  );
  const beside = cited !== void 0 && dirOf3(created.path) === dirOf3(cited.file);
  const target = {
    name: "patch creates one new file beside the cited one",
    outcome: makesFiles && beside ? "pass" : "fail",
    detail: makesFiles && beside ? `only ${created.path} is created, next to ${cited?.file}` : `the patch creates ${created.path}, which the diagnosis's fix does not justify`
  };
  const line = cited && result && !result.isError ? fileText(result.content).text.split("\n")[cited.line - 1] : void 0;
  const still = {
    name: "cited line holds what was diagnosed",
    outcome: !cited || !result || result.isError ? "skipped" : line === cited.excerpt ? "pass" : "fail",
    detail: cited ? `${cited.file}:${cited.line} ${line === cited.excerpt ? "reads as diagnosed" : "changed since the diagnosis"}` : "no repository line was cited"
  };
  const finding = findingsOf(request.context).find((f) => f.pattern.id === diagnosis?.patterns[0]);
  const held = indexHolds(created.content, finding ? evidenceText(finding) : "");
  const relation = {
    name: "the new file satisfies the relation: an index with the keys the plan filtered on",
    outcome: held.ok ? "pass" : "fail",
    detail: held.detail
  };
  return [target, still, relation];
}

// src/llm/offline/validator.ts
function logLookup(request) {
  const diagnosis = request.context.diagnosis;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const first2 = diagnosis?.evidence.find((e) => e.kind === "log");
  if (!pattern || !first2) return void 0;
  if (first2.line !== void 0 && hasTool(request, "read_file")) {
    return { name: "read_file", input: { path: first2.file, startLine: first2.line, endLine: first2.line } };
  }
  const regex = pattern.matchers.find((p) => p.test(first2.excerpt))?.source.replace(/\(\?<\w+>/g, "(");
  return regex && hasTool(request, "grep_search") ? { name: "grep_search", input: { pattern: regex, path: first2.file } } : void 0;
}
function citedRepo(request) {
  return request.context.diagnosis?.evidence.find(
    (e) => e.kind === "repo" && e.line !== void 0
  );
}
function readsAsCited(line, excerpt) {
  if (line === excerpt) return true;
  const pieces = excerpt.split(/\[REDACTED:[\w-]+\]/);
  if (pieces.length < 2) return false;
  const escaped2 = pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped2.join(".+?")}$`).test(line);
}
function validatorTurn(request) {
  const past = pastCalls(request.messages);
  const cited = citedRepo(request);
  const lookup = logLookup(request);
  if (past.length === 0) {
    const calls = [];
    if (cited && hasTool(request, "read_file"))
      calls.push({ name: "read_file", input: { path: cited.file } });
    if (lookup) calls.push(lookup);
    if (calls.length > 0)
      return toolTurn(request, calls, "Re-reading the cited file and the cited log line.");
  }
  const read = past.find(
    (c) => c.name === "read_file" && cited && JSON.stringify(c.input) === JSON.stringify({ path: cited.file })
  );
  const logged = past.find(
    (c) => lookup && c.name === lookup.name && JSON.stringify(c.input) === JSON.stringify(lookup.input)
  );
  const created = createdFileChecks(request, cited, read?.result);
  const checks = [
    ...created ?? [patchTargetCheck(request, cited), fileCheck(request, cited, read?.result)],
    logCheck(request, logged),
    ...relationCheck(request, cited, read?.result),
    ...measuredCheck(request, cited, read?.result),
    ...codeFixCheck(request, cited, read?.result)
  ];
  return submitTurn(request, verdict(checks), "Verification done.");
}
function patchTargetCheck(request, cited) {
  const patch = request.context.proposal?.patch;
  if (!patch)
    return { name: "patch targets the cited file", outcome: "skipped", detail: "no patch was proposed" };
  const files = parsePatch(patch).map((p) => (p.newFileName ?? "").replace(/^b\//, ""));
  if (!cited)
    return {
      name: "patch targets the cited file",
      outcome: "fail",
      detail: `the patch touches ${files.join(", ")}, but the diagnosis cites no repository line`
    };
  const ok = files.length === 1 && files[0] === cited.file;
  return {
    name: "patch targets the cited file",
    outcome: ok ? "pass" : "fail",
    detail: ok ? `only ${cited.file} changes` : `the patch touches ${files.join(", ")}, the diagnosis cites ${cited.file}`
  };
}
function fileCheck(request, cited, result) {
  const name = "cited line holds what was diagnosed, and the patch applies to it";
  if (!cited) return { name, outcome: "skipped", detail: "no repository line was cited" };
  if (!result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: `could not re-read ${cited.file}${result ? `: ${result.content}` : ""}`
    };
  const content = fileText(result.content).text;
  const proposal = request.context.proposal;
  if (proposal?.applied && proposal.patch) {
    const lines3 = new Set(content.split("\n"));
    const added = parsePatch(proposal.patch).flatMap(
      (p) => p.hunks.flatMap((h) => h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1)))
    );
    const missing = added.filter((l) => !lines3.has(l));
    return {
      name: "the patch is in the file",
      outcome: missing.length === 0 && added.length > 0 ? "pass" : "fail",
      detail: missing.length === 0 ? `${cited.file} now holds the ${added.length} added line(s)` : `${cited.file} lacks ${missing.length} added line(s), e.g. ${missing[0]}`
    };
  }
  const line = content.split("\n")[cited.line - 1];
  if (line === void 0 || !readsAsCited(line, cited.excerpt))
    return { name, outcome: "fail", detail: `${cited.file}:${cited.line} changed since the diagnosis` };
  if (!proposal?.patch)
    return { name, outcome: "pass", detail: `${cited.file}:${cited.line} still reads as diagnosed` };
  const applied = applyPatch(content, proposal.patch);
  return applied === false ? { name, outcome: "fail", detail: `the patch does not apply to ${cited.file} as it is now` } : {
    name,
    outcome: "pass",
    detail: `${cited.file}:${cited.line} reads as diagnosed and the patch applies to it without fuzz`
  };
}
function relationCheck(request, cited, result) {
  const { context } = request;
  const patch = context.proposal?.patch;
  const finding = findingsOf(context).find((f) => f.pattern.id === context.diagnosis?.patterns[0]);
  const lookup = finding ? measuredLookup(finding, { notes: citedNotes(context.diagnosis) }) : void 0;
  if (!patch || !cited || !finding || !lookup || !result || result.isError) return [];
  const files = (context.evidenceFiles ?? []).map((f) => ({
    path: f.path,
    content: fileText(f.content).text
  }));
  const others = findingsOf(context).filter((f) => f !== finding);
  const facts = citedFacts(context.diagnosis?.evidence ?? [], others);
  const resolution = resolveFromReads(lookup, files, context.repoFiles ?? [], evidenceText(finding), facts);
  const now = fileText(result.content).text;
  const renamed = resolution?.kind === "env-var-defined" && !resolution.change;
  if (!resolution || !resolution.change && !renamed) return [];
  const name = "the proposed value satisfies the violated relation";
  const patched = context.proposal?.applied ? now : applyPatch(now, patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const after = files.map((f) => f.path === cited.file ? { ...f, content: patched } : f);
  const held = renamed ? renameRelationHolds(resolution.subject, after) : relationHolds(resolution, after, context.repoFiles ?? []);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}
function measuredCheck(request, cited, result) {
  const { diagnosis, proposal } = request.context;
  const pattern = patternById(diagnosis?.patterns[0] ?? "");
  const fix = pattern?.repo?.find((l) => measureOf(l.fix) && cited && l.files.test(cited.file))?.fix;
  const measure = measureOf(fix);
  const ms = citedMeasurement(diagnosis, fix);
  if (!measure || ms === void 0 || !proposal?.patch || !cited || !result || result.isError) return [];
  const name = `the value now satisfies the ${measure.what} the logs measured`;
  const now = fileText(result.content).text;
  const patched = proposal.applied ? now : applyPatch(now, proposal.patch);
  if (patched === false)
    return [{ name, outcome: "fail", detail: `the patch does not apply to ${cited.file}` }];
  const held = measure.holds(patched, cited.line, ms);
  return [{ name, outcome: held.ok ? "pass" : "fail", detail: held.detail }];
}
function logCheck(request, call) {
  const name = "log evidence found again";
  const result = call?.result;
  if (!call || !result || result.isError)
    return {
      name,
      outcome: "skipped",
      detail: result ? result.content.slice(0, 300) : "no log lookup was possible"
    };
  const first2 = request.context.diagnosis?.evidence.find((e) => e.kind === "log");
  if (call.name === "read_file" && first2) {
    const pieces = (first2.excerpt.split("\n")[0] ?? "").split(/\[REDACTED[^\]]*\]/).filter((p) => p.length > 0);
    const decoded = result.content.replace(/\\(["\\/])/g, "$1");
    const ok = pieces.length > 0 && pieces.every((p) => result.content.includes(p) || decoded.includes(p));
    return {
      name,
      outcome: ok ? "pass" : "fail",
      detail: ok ? `${first2.file}:${first2.line} reads as cited` : `${first2.file}:${first2.line} does not read as cited`
    };
  }
  const logs = new Set(request.context.logSummary?.files.map((f) => f.file) ?? []);
  const hits = parseGrepOutput(result.content).filter((h) => logs.size === 0 || logs.has(h.file));
  return hits.length > 0 ? {
    name,
    outcome: "pass",
    detail: `${hits.length} matching log line(s), e.g. ${hits[0]?.file}:${hits[0]?.line}`
  } : { name, outcome: "fail", detail: "the cited log evidence was not found again" };
}
function verdict(checks) {
  const failed = checks.filter((c) => c.outcome === "fail");
  const passed = checks.filter((c) => c.outcome === "pass");
  const outcome = failed.length > 0 ? "failed" : passed.length > 0 ? "passed" : "inconclusive";
  return {
    checks,
    outcome,
    summary: `${passed.length} passed, ${failed.length} failed, ${checks.length - passed.length - failed.length} skipped${failed[0] ? `: ${failed[0].detail}` : ""}`.slice(
      0,
      2e3
    )
  };
}

// src/llm/offline/offline-provider.ts
var PLAYBOOKS = {
  triage: triageTurn,
  detective: detectiveTurn,
  surgeon: surgeonTurn,
  validator: validatorTurn
};
function createOfflineProvider() {
  return {
    name: "offline",
    async complete(request) {
      const playbook = PLAYBOOKS[request.agent];
      if (!playbook) {
        return {
          content: [
            { type: "text", text: `The offline provider has no playbook for the ${request.agent} role.` }
          ],
          stopReason: "end_turn",
          model: "offline",
          usage: ZERO_USAGE
        };
      }
      return playbook(request);
    }
  };
}

export {
  createOfflineProvider
};
