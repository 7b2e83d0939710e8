/**
 * The .xlsx package as a zip, through fflate: reading every entry (in the
 * order the file has them) and writing a new package in one streaming
 * compression pass. Entries we do not change are written back with the same
 * bytes; only their compression is redone.
 *
 * fflate writes the zip container; the deflating is Node's zlib (native),
 * fed in pieces of about a megabyte: at the 100× sample fflate's own
 * JavaScript deflate was half of the whole write's time. Each piece is
 * compressed with a sync flush, so the pieces join into one deflate stream
 * and an entry is never held whole.
 */

import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync, Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import { assertZipPackage } from './fileCheck';
import { XlsxFileError } from './messages';

/** Entry path → uncompressed bytes, in the order of the zip's central directory. */
export type ZipEntries = Map<string, Uint8Array>;

export function readZip(data: Uint8Array): ZipEntries {
  return readPackageZip(data).entries;
}

/**
 * The package's entries, and the names of the zip entries that are not parts
 * of it: a name with a '..' segment, a leading slash, a backslash or a drive
 * (zip-slip names, ECMA-376 Part 2 §6.2.2.2 allows none of them in a part
 * name). Nothing in the package can refer to such an entry; it is left out,
 * never unpacked or written back, and the caller says so.
 */
export function readPackageZip(data: Uint8Array): { entries: ZipEntries; invalidNames: string[] } {
  assertZipPackage(data);
  let files: Record<string, Uint8Array>;
  const invalidNames: string[] = [];
  let unpacked = 0;
  // Part names compare without regard to case (OPC): two entries of one name leave no knowing which one holds.
  const seen = new Set<string>();
  try {
    files = unzipSync(withZip64Directory(data), {
      filter: (file) => {
        const lower = file.name.toLowerCase();
        if (seen.has(lower) && !lower.endsWith('/')) throw new XlsxFileError('duplicateEntry', { part: file.name });
        seen.add(lower);
        // Sizes as the zip declares them, before anything is inflated: a zip bomb stops here.
        unpacked += file.originalSize;
        if (file.originalSize > MAX_ENTRY_BYTES || unpacked > MAX_UNPACKED_BYTES)
          throw new XlsxFileError('tooLarge', `${megabytes(unpacked)} MB`);
        if (isPartName(file.name)) return true;
        invalidNames.push(file.name);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new XlsxFileError('corrupt', `zip: ${(e as Error).message}`);
  }
  return { entries: new Map(Object.entries(files)), invalidNames };
}

/**
 * The zip with a Zip64 end-of-directory record added when its entries carry
 * Zip64 sizes (0xFFFFFFFF in the directory, the real size in an extra field)
 * but the archive has no such record: the format allows it (a writer that
 * marks every entry Zip64, whatever its size), and fflate reads the extra
 * fields only when the record is there — without it, every entry looked
 * 4 GB large. Any other zip is returned as it is.
 */
function withZip64Directory(data: Uint8Array): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= data.length ? view.getUint32(at, true) : -1);
  let end = data.length - 22;
  // The end record is at most a comment (65 535 bytes) from the end.
  while (end >= 0 && data.length - end <= 65_557 && u32(end) !== 0x06054b50) end--;
  if (end < 0 || data.length - end > 65_557 || u32(end - 20) === 0x07064b50) return data;
  const count = view.getUint16(end + 10, true);
  const directorySize = u32(end + 12);
  const directoryAt = u32(end + 16);
  if (directoryAt + directorySize > end) return data;
  let zip64 = false;
  for (let i = 0, at = directoryAt; i < count && !zip64; i++) {
    if (u32(at) !== 0x02014b50 || at + 46 > end) return data;
    zip64 = u32(at + 20) === 0xffffffff || u32(at + 24) === 0xffffffff || u32(at + 42) === 0xffffffff;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (!zip64) return data;
  const added = new Uint8Array(56 + 20);
  const record = new DataView(added.buffer);
  record.setUint32(0, 0x06064b50, true); // Zip64 end of central directory record
  record.setBigUint64(4, 44n, true); // its size after this field
  record.setUint16(12, 45, true); // version made by
  record.setUint16(14, 45, true); // version needed
  record.setBigUint64(24, BigInt(count), true); // entries on this disk
  record.setBigUint64(32, BigInt(count), true); // entries in all
  record.setBigUint64(40, BigInt(directorySize), true);
  record.setBigUint64(48, BigInt(directoryAt), true);
  record.setUint32(56, 0x07064b50, true); // its locator
  record.setBigUint64(64, BigInt(end), true); // where the record is (inserted at the end record's place)
  record.setUint32(72, 1, true); // disks in all
  const out = new Uint8Array(data.length + added.length);
  out.set(data.subarray(0, end));
  out.set(added, end);
  out.set(data.subarray(end), end + added.length);
  return out;
}

/**
 * The most a package may unpack to: one entry (a JavaScript string of one
 * sheet's XML must fit, about 512 MB) and all of them (this process's
 * memory). The sample at 100× unpacks to a fraction of this.
 */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

/** Whole megabytes: a figure that reads the same in Swedish and English. */
function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 ** 2);
}

/** Whether a zip entry's name can be a part of the package (or a folder entry, which is harmless). */
function isPartName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..' || segment === '.');
}

/** An entry as text, or undefined when absent. */
export function entryText(entries: ZipEntries, path: string): string | undefined {
  const bytes = entries.get(path);
  return bytes === undefined ? undefined : xmlBytesText(bytes);
}

/**
 * An XML part's bytes as text, a byte-order mark dropped: UTF-8 (what every
 * producer writes), or UTF-16 (which OPC allows too) when the part starts
 * with its byte-order mark or with '<' in two bytes, or another encoding its
 * XML declaration names (encoding="ISO-8859-1") when this runtime knows it.
 */
export function xmlBytesText(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) return decodeAs('utf-16le', bytes);
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) return decodeAs('utf-16be', bytes);
  const text = strFromU8(bytes);
  const declared = /^\ufeff?<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(text.slice(0, 200))?.[1];
  if (declared !== undefined && !/^utf-?(8|16)/i.test(declared)) {
    try {
      return decodeAs(declared, bytes);
    } catch {
      // An encoding this runtime does not know: UTF-8 it is.
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  // TextDecoder drops the byte-order mark of the encoding it decodes.
  return new TextDecoder(encoding).decode(bytes);
}

/** Our text is written as UTF-8: an XML declaration that names another encoding (a part read from UTF-16) says so. */
function declaredUtf8(text: string): string {
  return text.startsWith('<?xml')
    ? text.replace(
        /^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/,
        (_, head: string, q: string) => `${head}${q}UTF-8${q}`,
      )
    : text;
}

/** zlib's default level: native deflate at 6 is fast enough that a lower level buys little. */
const LEVEL = 6;
/** Entries are handed to the compressor in pieces of at most this many bytes. */
const CHUNK_BYTES = 1 << 20;

/** A zip entry compressed by zlib, piece by piece. */
class NativeDeflateEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  ondata?: ZipInputFile['ondata'];

  constructor(readonly filename: string) {}

  push(bytes: Uint8Array, final: boolean): void {
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    const compressed = deflateRawSync(bytes, {
      level: LEVEL,
      ...(final ? {} : { finishFlush: constants.Z_SYNC_FLUSH }),
    });
    this.ondata!(null, new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.length), final);
  }
}

export interface TextEntryWriter {
  write(text: string): void;
  end(): void;
}

/** A zip written entry by entry; finish() returns the whole file. */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private error: Error | null = null;
  private done = false;

  constructor() {
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.error = err;
      else this.chunks.push(chunk);
      if (final) this.done = true;
    });
  }

  addBytes(path: string, bytes: Uint8Array): void {
    // A directory entry (ExcelJS writes them) has no data to compress.
    if (bytes.length === 0) {
      const entry = new ZipPassThrough(path);
      this.zip.add(entry);
      entry.push(bytes, true);
      return;
    }
    const entry = new NativeDeflateEntry(path);
    this.zip.add(entry);
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      entry.push(bytes.subarray(at, end), end === bytes.length);
    }
  }

  addText(path: string, text: string): void {
    this.addBytes(path, Buffer.from(declaredUtf8(text), 'utf8'));
  }

  /**
   * An entry written in pieces: the text is never held whole. Each piece is
   * encoded straight into one reused buffer (joining many small strings first
   * cost as much as compressing them).
   */
  textEntry(path: string): TextEntryWriter {
    const entry = new NativeDeflateEntry(path);
    this.zip.add(entry);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    const flush = (final: boolean) => {
      // deflateRawSync copies what it needs, so the buffer is free again afterwards.
      entry.push(buffer.subarray(0, used), final);
      used = 0;
    };
    return {
      write(text: string) {
        // A UTF-16 unit becomes at most 3 bytes of UTF-8.
        if (used + text.length * 3 > CHUNK_BYTES) {
          flush(false);
          if (text.length * 3 > CHUNK_BYTES) {
            entry.push(Buffer.from(text, 'utf8'), false);
            return;
          }
        }
        used += buffer.write(text, used, 'utf8');
      },
      end() {
        flush(true);
      },
    };
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.error) throw this.error;
    if (!this.done) throw new Error('internal: the zip was not finished');
    let length = 0;
    for (const c of this.chunks) length += c.length;
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
