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
  // A lone number, text or boolean (most fields of the change summary's rows) has nothing to sort or drop.
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
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
  // One hasher for every call (its buffer is 1 KB): the change summary digests every field of every input row.
  return shared.reset().text(text).digest();
}

/**
 * FNV-1a 64 fed piece by piece (fnv1a64 is one piece): a digest of many
 * small parts, such as a sheet's constant cells, without joining them into
 * one string and encoding that first. Text is hashed as its UTF-8 bytes, a
 * lone surrogate as U+FFFD (as TextEncoder encodes it).
 *
 * Pieces are encoded into a buffer, hashed a buffer at a time in one tight
 * loop: a method call or a branch a byte made hashing the 5 MB of a 16×
 * sheet set's constants four times slower. The state is four 16-bit limbs
 * (h0 lowest), so a step is small-integer arithmetic: h × (2^40 + 0x1b3)
 * adds h0 << 8 to limb 2 and h1 << 8 to limb 3 (h2 and h3 shifted by 40
 * leave the 64 bits), then carries; every intermediate stays below 2^31.
 */
export class Fnv1a64 {
  private h0 = 0x2325;
  private h1 = 0x8422;
  private h2 = 0x9ce4;
  private h3 = 0xcbf2;
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private used = 0;

  byte(byte: number): this {
    if (this.used === BUFFER_BYTES) this.flush();
    this.buffer[this.used++] = byte;
    return this;
  }

  text(text: string): this {
    const buffer = this.buffer;
    let used = this.used;
    for (let i = 0; i < text.length; i++) {
      // Room for the longest character (4 bytes).
      if (used > BUFFER_BYTES - 4) {
        this.used = used;
        this.flush();
        used = 0;
      }
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        buffer[used++] = c;
        continue;
      }
      if (c < 0x800) {
        buffer[used++] = 0xc0 | (c >> 6);
        buffer[used++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
          buffer[used++] = 0xf0 | (c >> 18);
          buffer[used++] = 0x80 | ((c >> 12) & 0x3f);
          buffer[used++] = 0x80 | ((c >> 6) & 0x3f);
          buffer[used++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd; // a lone surrogate, as TextEncoder writes it
      }
      buffer[used++] = 0xe0 | (c >> 12);
      buffer[used++] = 0x80 | ((c >> 6) & 0x3f);
      buffer[used++] = 0x80 | (c & 0x3f);
    }
    this.used = used;
    return this;
  }

  /** An integer as its decimal digits (as String writes an integer), without making the string. */
  integer(n: number): this {
    // Small-integer arithmetic for what a sheet's rows, columns and counts are; String for the rest.
    if (!Number.isInteger(n) || n > 0x7fffffff || n < -0x7fffffff) return this.text(String(n));
    // A sign and at most 10 digits.
    if (this.used > BUFFER_BYTES - 11) this.flush();
    const buffer = this.buffer;
    let used = this.used;
    let rest = n | 0;
    if (rest < 0) {
      buffer[used++] = 0x2d;
      rest = -rest;
    }
    const from = used;
    do {
      const next = (rest / 10) | 0;
      buffer[used++] = 0x30 + rest - next * 10;
      rest = next;
    } while (rest > 0);
    // The digits came lowest first.
    for (let a = from, b = used - 1; a < b; a++, b--) {
      const digit = buffer[a]!;
      buffer[a] = buffer[b]!;
      buffer[b] = digit;
    }
    this.used = used;
    return this;
  }

  /** Back to the empty state, as a new hasher. */
  reset(): this {
    this.h0 = 0x2325;
    this.h1 = 0x8422;
    this.h2 = 0x9ce4;
    this.h3 = 0xcbf2;
    this.used = 0;
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    this.flush();
    const hex = (x: number): string => x.toString(16).padStart(4, '0');
    return hex(this.h3) + hex(this.h2) + hex(this.h1) + hex(this.h0);
  }

  private flush(): void {
    let { h0, h1, h2, h3 } = this;
    const buffer = this.buffer;
    for (let i = 0; i < this.used; i++) {
      const x = h0 ^ buffer[i]!;
      const t0 = x * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + (x << 8) + (t1 >>> 16);
      h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
    this.used = 0;
  }
}

const BUFFER_BYTES = 1 << 10;
const shared = new Fnv1a64();

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
  /** constantsDigest of the sheet as written (src/workbook/contentDigest.ts): tells a hand-edited sheet. */
  contents?: string;
}

/**
 * `skolkostnad:<key>|<fingerprint>|<generatedAt>|<version>` and, after it,
 * '|c' when pane choices differ from Parametrar and '|d<digest>' with the
 * digest of the sheet's constant cells (markers written before either
 * existed have neither, and read the same).
 */
export function formatMarker(marker: SheetMarker): string {
  const choices = marker.unsavedChoices ? '|c' : '';
  const contents = marker.contents !== undefined ? `|d${marker.contents}` : '';
  return `${SHEET_MARKER_PREFIX}${encodeURIComponent(marker.key)}|${marker.fingerprint}|${marker.generatedAt}|${marker.version}${choices}${contents}`;
}

/** The key of the .xlsx host's hidden sheet of drop-down lists: a helper of the input sheets, not a generated figure. */
export const LIST_SHEET_KEY = 'lists';

/**
 * Whether a marker's key is a sheet of generated figures (scenarios,
 * comparison, summary, sensitivity) — the sheets that can be current or not,
 * and that "remove generated sheets" removes. Input sheets made from the
 * template (keys 'input…') and the list sheet are the analyst's helpers.
 */
export function isGeneratedKey(key: string): boolean {
  return !key.startsWith('input') && key !== LIST_SHEET_KEY;
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
  if (parts.length < 4) return undefined;
  const flags = parts.slice(4);
  const choices = flags.filter((f) => f === 'c').length;
  const contents = flags.filter((f) => /^d[0-9a-f]{8}$/.test(f));
  if (choices > 1 || contents.length > 1 || choices + contents.length !== flags.length) return undefined;
  const [key, fp, generatedAt, version] = parts as [string, string, string, string];
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return undefined; // a malformed escape: not a marker we wrote
  }
  const marker: SheetMarker = { key: decoded, fingerprint: fp, generatedAt, version };
  if (choices === 1) marker.unsavedChoices = true;
  if (contents.length === 1) marker.contents = contents[0]!.slice(1);
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
