import { WILDCARD } from "./tokenize.js";

/*
 * Fields inside messages (`key=value` tokens): which of their values are one variable and which name
 * different messages. Used by consolidation when it decides a column.
 */

/** `key=value` at a token's start: the key names a field, the value is what varies. */
const ASSIGNMENT = /^[A-Za-z_][\w.-]*=/;

/**
 * Assignments to different keys (`phoneId=1` beside `retVal=true`) are different fields, so different
 * messages, however few; and an empty assignment (`rhost=`) beside a filled one says the field was
 * absent, which messages print on another path (a local login beside a remote one).
 */
export function namesDifferentFields(values: Set<string>): boolean {
  let key: string | undefined;
  let empty = false;
  let filled = false;
  for (const v of values) {
    const match = ASSIGNMENT.exec(v);
    if (!match) return false;
    if (key !== undefined && match[0] !== key) return true;
    key = match[0];
    if (v.length === key.length) empty = true;
    else filled = true;
  }
  return empty && filled;
}

/** Keys whose values name a thing (a process, user, host, file, package): the thing varies, not the event. */
const IDENTITY_KEY =
  /^(?:name|[a-z]*id|host(?:name)?|addr(?:ess)?|ip|port|path|file(?:name)?|ur[il]|pkg|package|client|peer|session)=$/i;

/** Every value assigns one key that names a thing (`name=android,` beside `name=audioserver,`). */
export function assignsIdentity(values: Set<string>): boolean {
  for (const v of values) {
    const match = ASSIGNMENT.exec(v);
    const key = match?.[0].slice(match[0].lastIndexOf(".") + 1);
    if (!key || !IDENTITY_KEY.test(key)) return false;
  }
  return true;
}

/**
 * What a variable column keeps of a value: an assignment keeps its key, and an empty one stays whole, so a
 * field's values merge but another field, or the field's absence, stays its own message.
 */
export function variableSlot(token: string): string {
  const match = ASSIGNMENT.exec(token);
  if (!match) return WILDCARD;
  return token.length === match[0].length ? token : `${match[0]}${WILDCARD}`;
}
