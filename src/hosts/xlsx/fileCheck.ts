/**
 * Recognises what kind of file a byte array is before anyone tries to parse
 * it as .xlsx, so a CSV, an old .xls, an encrypted workbook or a renamed text
 * file gets a clear message instead of a zip library's stack trace.
 *
 * Why the signatures suffice: an .xlsx is a zip (starts "PK\x03\x04"); both an
 * old .xls and a password-protected .xlsx are OLE compound files (start
 * D0 CF 11 E0 A1 B1 1A E1) — Excel wraps an encrypted OOXML package in an OLE
 * container with an "EncryptionInfo" stream, which tells the two apart.
 */

import { XlsxFileError } from './messages';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type FileKind = 'empty' | 'zip' | 'encryptedOoxml' | 'legacyXls' | 'other';

function startsWith(data: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => data[i] === byte);
}

/** Stream names in an OLE directory are UTF-16LE. */
function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (data[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

export function detectFileKind(data: Uint8Array): FileKind {
  if (data.length === 0) return 'empty';
  if (startsWith(data, ZIP_SIGNATURE) || startsWith(data, EMPTY_ZIP_SIGNATURE)) return 'zip';
  if (startsWith(data, OLE_SIGNATURE)) {
    return containsUtf16(data, 'EncryptionInfo') ? 'encryptedOoxml' : 'legacyXls';
  }
  return 'other';
}

/** Throws an XlsxFileError unless the bytes can at least be a zip package. */
export function assertZipPackage(data: Uint8Array): void {
  switch (detectFileKind(data)) {
    case 'zip':
      return;
    case 'empty':
      throw new XlsxFileError('empty');
    case 'encryptedOoxml':
      throw new XlsxFileError('encrypted');
    case 'legacyXls':
      throw new XlsxFileError('legacyXls');
    case 'other':
      throw new XlsxFileError('notXlsx', looksLikeText(data) ? 'text/CSV' : '');
  }
}

function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, 512);
  return sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
