/**
 * Reads a PNG's pixel size from its IHDR chunk, so the icon rule can check
 * that icon-32.png really is 32 × 32 without an image library.
 */
import type { ImageSize } from './types';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The size in the IHDR chunk, or undefined when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): ImageSize | undefined {
  // 8 signature bytes, 4 length, 4 'IHDR', then width and height (big-endian u32).
  if (bytes.length < 24) return undefined;
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (chunkType !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
