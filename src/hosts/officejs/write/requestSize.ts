/**
 * Pure: how many bytes the operations the adapter queues weigh in the
 * request Office.js sends at `context.sync()`, so a write can be cut into
 * syncs that each stay under Excel on the web's 5 MB request limit.
 *
 * The estimate is the exact UTF-8 size of every argument's JSON (the cell
 * arrays are nearly all of a request) plus a fixed envelope per queued
 * action and per new proxy. The envelopes are Office.js's, read from its
 * request builder (office-js 1.1.110, ClientRequestBase.buildRequestMessageBody):
 *  - an action, e.g. a property set
 *    {"Id":12345,"ActionType":4,"Name":"Formulas","ObjectPathId":12340,"ArgumentInfo":{"Arguments":[…]}}
 *    is about 90 bytes around its argument;
 *  - a new proxy (getRange, .format, .font) is an object path
 *    "12340":{"Id":12340,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":12001,"ArgumentInfo":{"Arguments":["D75:M75"]}}
 *    and an instantiate action {"Id":12341,"ActionType":1,"Name":"","ObjectPathId":12340}: about 170 bytes.
 * Rounded up, so the estimate bounds the real request from above. The Excel
 * emulation's own serialisation is leaner (about 40 bytes per action, 70 per
 * getRange) and its measured size is the guard in the tests; estimating the
 * emulation's format instead would pass tests and fail in Excel on the web.
 */

/** Envelope of one queued action (property set or method call), without its arguments. */
export const ACTION_BYTES = 100;

/** Envelope of one new proxy: its object path with a short argument (an address) and its instantiation. */
export const PATH_BYTES = 180;

/** UTF-8 size of a string (å, ä, ö are two bytes; characters outside the BMP four). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: two UTF-16 units, four bytes
      i += 1;
    } else bytes += 2; // the rest of the BMP, and a lone surrogate (sent as U+FFFD)
  }
  return bytes;
}

/** UTF-8 size of a value's JSON: what it weighs in the request. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** A 2-D array argument from rows already measured: the rows, a comma between each two, the brackets. */
export function gridBytes(rowBytes: number, rows: number): number {
  return rowBytes + rows + 1;
}
