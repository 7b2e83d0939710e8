/**
 * The input fingerprint and the marker stored with every generated sheet.
 *
 * fingerprint(model) hashes a canonical JSON of the model: keys sorted, every
 * `source` field (the cell an input was read from) left out, so moving a table
 * or inserting a row above it does not make the scenarios look stale, while
 * changing any number does. FNV-1a 64 written out with BigInt: the workbook
 * layer runs in the browser, where Node's crypto is absent, and staleness
 * needs a stable checksum, not a cryptographic one.
 *
 * Marker format (one string per generated sheet):
 *   skolkostnad:<key>|<fingerprint>|<generatedAt>|<version>
 * <key> is percent-encoded (encodeURIComponent), so a key taken from user
 * input can hold '|' without breaking the format.
 */
import type { CostModel } from '../engine/model';
import { SHEET_MARKER_PREFIX } from './plan';

/** JSON with object keys sorted and `source` / undefined fields omitted. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Numbers: JSON's shortest round-trip form is the same for equal doubles; -0 prints as 0.
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => key !== 'source' && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Stable fingerprint of the inputs a generation used. */
export function fingerprint(model: CostModel): string {
  return fnv1a64(canonicalJson(model));
}

export interface SheetMarker {
  /** What the sheet shows, e.g. 'scenario:alt-2', 'comparison', 'summary'. */
  key: string;
  fingerprint: string;
  generatedAt: string;
  version: string;
}

export function formatMarker(marker: SheetMarker): string {
  return `${SHEET_MARKER_PREFIX}${encodeURIComponent(marker.key)}|${marker.fingerprint}|${marker.generatedAt}|${marker.version}`;
}

/** The marker's parts, or undefined for anything that is not our marker. */
export function parseMarker(text: string | undefined): SheetMarker | undefined {
  if (text === undefined || !text.startsWith(SHEET_MARKER_PREFIX)) return undefined;
  const parts = text.slice(SHEET_MARKER_PREFIX.length).split('|');
  if (parts.length !== 4) return undefined;
  const [key, fp, generatedAt, version] = parts as [string, string, string, string];
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return undefined; // a malformed escape: not a marker we wrote
  }
  return { key: decoded, fingerprint: fp, generatedAt, version };
}

/**
 * True when the sheet is ours and was generated from inputs that have changed
 * since; `currentFingerprint` is fingerprint(model) of the inputs read now.
 */
export function isStale(marker: string | undefined, currentFingerprint: string): boolean {
  const parsed = parseMarker(marker);
  return parsed !== undefined && parsed.fingerprint !== currentFingerprint;
}
