/**
 * The input fingerprint and the marker stored with every generated sheet.
 *
 * fingerprint(model) hashes a canonical JSON of the model: keys sorted, every
 * `source` field (the cell an input was read from) left out, so moving a table
 * or inserting a row above it does not make the scenarios look stale, while
 * changing any number does. FNV-1a 64 written out in plain TypeScript: the
 * workbook layer runs in the browser, where Node's crypto is absent, and
 * staleness needs a stable checksum, not a cryptographic one.
 *
 * Marker format (one string per generated sheet):
 *   skolkostnad:<key>|<fingerprint>|<generatedAt>|<version>[|c]
 * <key> is percent-encoded (encodeURIComponent), so a key taken from user
 * input can hold '|' without breaking the format. <fingerprint> is that of
 * the workbook's inputs the figures were computed from, stamped once when the
 * plan is built (src/workbook/write/index.ts) and stored verbatim by every
 * host. The optional '|c' says the figures used choices made in the task
 * pane that differ from Parametrar (the sheets list them).
 */
import type { CostModel } from '../engine/model';
import { SHEET_MARKER_PREFIX, type PlannedSheet, type WritePlan } from './plan';

const isCellRef = (v: unknown): boolean =>
  v !== null &&
  typeof v === 'object' &&
  typeof (v as { sheet?: unknown }).sheet === 'string' &&
  typeof (v as { cell?: unknown }).cell === 'string';

/** A FieldCells map (engine/model.ts): an object whose every value is a cell reference. */
const isCellMap = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isCellRef);

/**
 * JSON with object keys sorted and `source` cell references, `cells` maps of
 * them (where each field was read) and undefined fields omitted. Only a `source` that is a cell reference is dropped, so a
 * payer whose id happens to be "source" (a key of PercentKey.shares) still
 * counts. Native JSON.stringify with a replacer: several times faster than
 * building the string by hand on a 3.5 MB model.
 */
export function canonicalJson(value: unknown): string {
  const json = JSON.stringify(value, (key: string, v: unknown) => {
    if (key === 'source' && isCellRef(v)) return undefined;
    if (key === 'cells' && isCellMap(v)) return undefined;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
  return json ?? 'null';
}

/**
 * FNV-1a 64 over the UTF-8 bytes of `text`, as 16 hex digits.
 *
 * The 64-bit state is kept as two unsigned 32-bit halves: BigInt arithmetic
 * took about a second for the 3.5 MB canonical JSON of a 100× model, this
 * takes a few tens of milliseconds. The prime is 2^40 + 0x1b3, so
 * h × prime = h × 0x1b3 + (h << 40); every intermediate stays below 2^53,
 * exact in a double.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const loProduct = lo * 0x1b3;
    const carry = Math.floor(loProduct / 0x100000000);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
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
  /** Computed with pane choices that differ from Parametrar. */
  unsavedChoices?: boolean;
}

export function formatMarker(marker: SheetMarker): string {
  const choices = marker.unsavedChoices ? '|c' : '';
  return `${SHEET_MARKER_PREFIX}${encodeURIComponent(marker.key)}|${marker.fingerprint}|${marker.generatedAt}|${marker.version}${choices}`;
}

/**
 * The fingerprint of a sheet being rewritten in place: set before its old
 * contents are cleared and replaced by the real one when the write commits.
 * It matches no input fingerprint, so a sheet a failed write left half
 * rewritten reads as not current, never as current.
 */
export const REWRITING_FINGERPRINT = 'rewriting';

/** The marker's parts, or undefined for anything that is not our marker. */
export function parseMarker(text: string | undefined): SheetMarker | undefined {
  if (text === undefined || !text.startsWith(SHEET_MARKER_PREFIX)) return undefined;
  const parts = text.slice(SHEET_MARKER_PREFIX.length).split('|');
  if (parts.length !== 4 && !(parts.length === 5 && parts[4] === 'c')) return undefined;
  const [key, fp, generatedAt, version] = parts as [string, string, string, string];
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return undefined; // a malformed escape: not a marker we wrote
  }
  const marker: SheetMarker = { key: decoded, fingerprint: fp, generatedAt, version };
  if (parts.length === 5) marker.unsavedChoices = true;
  return marker;
}

/**
 * True when the sheet is ours and was generated from inputs that have changed
 * since; `currentFingerprint` is fingerprint(model) of the inputs read now.
 */
export function isStale(marker: string | undefined, currentFingerprint: string): boolean {
  const parsed = parseMarker(marker);
  return parsed !== undefined && parsed.fingerprint !== currentFingerprint;
}

/**
 * The marker a host stores with a planned sheet: the plan's own, verbatim
 * (stamped once by buildWritePlan from what was computed); none for input
 * sheets, which are the analyst's from the moment they exist. A generated
 * sheet planned without one (hand-built plans in tests) gets the plan's
 * stamp, so both hosts agree on it.
 */
export function plannedMarker(plan: WritePlan, sheet: PlannedSheet): string | undefined {
  if (sheet.kind === 'input') return undefined;
  return (
    sheet.marker ??
    formatMarker({
      key: sheet.key,
      fingerprint: plan.stamp.inputFingerprint,
      generatedAt: plan.stamp.generatedAt,
      version: plan.stamp.version,
    })
  );
}
