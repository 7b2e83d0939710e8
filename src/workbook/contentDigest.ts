/**
 * Whether a generated sheet was edited by hand since it was written. When a
 * sheet is planned, a digest of its constant cells — labels, the snapshot of
 * inputs, notes: every non-empty cell without a formula — goes into its
 * marker. Before the sheet is rewritten, the host reads the same cells back
 * (formula cells left out: their results change whenever an input does) and
 * the use case compares: a different digest means someone typed into the
 * sheet, and the analyst is asked before it is overwritten.
 *
 * Values are compared as they are stored, whoever stored them: a number by
 * its value (Excel, LibreOffice and our writer may spell the same double
 * differently in a file), text exactly, '' as empty (Office.js reads an
 * empty cell as '').
 */
import { Fnv1a64 } from './fingerprint';
import { heldRows, lazyRanges, type PlannedSheet, type PlannedValue } from './plan';

export interface ConstantCell {
  /** 0-based. */
  row: number;
  col: number;
  value: number | string | boolean;
}

/**
 * Eight hex digits: enough to tell an edited sheet from an untouched one,
 * short enough for the marker (the `|d` part).
 */
export function constantsDigest(cells: Iterable<ConstantCell>): string {
  const digest = new ConstantsDigest();
  for (const c of inOrder(cells)) digest.add(c.row, c.col, c.value);
  return digest.digest();
}

/** A sheet's constant cells as read back, held against the digest its marker carries. */
export interface ReadConstants {
  /**
   * Whether `contents` (a marker's digest) is the digest of these cells:
   * as this version computes it, or as earlier versions did (up to commit
   * d3163d0; LegacyConstantsDigest), so a sheet they wrote and nobody
   * touched is not taken for an edited one.
   */
  matches(contents: string): boolean;
}

export function readConstants(cells: Iterable<ConstantCell>): ReadConstants {
  const sorted = inOrder(cells);
  const digest = new ConstantsDigest();
  for (const c of sorted) digest.add(c.row, c.col, c.value);
  const current = digest.digest();
  let legacy: string | undefined;
  return {
    matches(contents) {
      if (contents === current) return true;
      if (legacy === undefined) {
        const old = new LegacyConstantsDigest();
        for (const c of sorted) old.add(c.row, c.col, c.value);
        legacy = old.digest();
      }
      return contents === legacy;
    },
  };
}

const inOrder = (cells: Iterable<ConstantCell>): ConstantCell[] =>
  [...cells].sort((a, b) => a.row - b.row || a.col - b.col);

/**
 * The digest of constant cells taken in row and column order, as 32-bit
 * words mixed into one state (MurmurHash3's block step and finaliser, with
 * the number of words as its length): per cell its row, its column, and
 * its value as a tag and words — an integer of 32 bits as itself, any
 * other number as the two halves of its double (the same double however a
 * file spells it, as the shortest decimal form was before; −0 is an
 * integer, 0), a boolean as its tag, a text as its own hash (its UTF-16
 * code units two to a word, and its length), kept per text: a payer's name
 * is in every row of the allocation block. Empty text and a number that is
 * not finite are left out. Five or six multiplications a cell, where the
 * byte-wise FNV of the cell's line (LegacyConstantsDigest) took one a byte
 * plus the encoding: it was a fifth of the plan's time at 16× the sample.
 */
class ConstantsDigest {
  private h = SEED;
  private words = 0;
  private readonly texts = new Map<string, number>();

  add(row: number, col: number, value: PlannedValue): void {
    if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return;
    this.mix(row);
    this.mix(col);
    if (typeof value === 'number') {
      if ((value | 0) === value) {
        this.mix(TAG_INTEGER);
        this.mix(value | 0);
      } else {
        DOUBLE[0] = value;
        this.mix(TAG_DOUBLE);
        this.mix(HALVES[0]!);
        this.mix(HALVES[1]!);
      }
    } else if (typeof value === 'boolean') this.mix(value ? TAG_TRUE : TAG_FALSE);
    else {
      let hash = this.texts.get(value);
      if (hash === undefined) {
        hash = textHash(value);
        if (this.texts.size < MAX_TEXTS) this.texts.set(value, hash);
      }
      this.mix(TAG_TEXT);
      this.mix(hash);
    }
  }

  digest(): string {
    return hex8(finish(this.h, this.words));
  }

  private mix(word: number): void {
    this.h = step(this.h, word);
    this.words += 1;
  }
}

const SEED = 0x5c0c057;
const [TAG_INTEGER, TAG_DOUBLE, TAG_FALSE, TAG_TRUE, TAG_TEXT] = [1, 2, 3, 4, 5] as const;
/** Texts whose hash a digest keeps (a sheet's distinct labels and names are far fewer). */
const MAX_TEXTS = 100_000;
const DOUBLE = new Float64Array(1);
const HALVES = new Uint32Array(DOUBLE.buffer);

/** MurmurHash3's step for one 32-bit word. */
function step(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser, the length in words mixed in. */
function finish(h: number, words: number): number {
  h ^= words;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A text's UTF-16 code units, two to a word, then its length. */
function textHash(text: string): number {
  let h = SEED;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = step(h, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  if (i < n) h = step(h, text.charCodeAt(i));
  return finish(h, n);
}

const hex8 = (x: number): string => x.toString(16).padStart(8, '0');

/**
 * The digest as earlier versions (up to commit d3163d0) wrote it into
 * markers: one line `row,col,typed value` a cell (`4,1,sMalmö`, `4,3,n17`, `9,2,b1`), lines
 * joined by '\n', hashed as they come with FNV-1a 64 over their UTF-8 bytes
 * (the last eight hex digits). Read only, by readConstants.
 */
class LegacyConstantsDigest {
  private readonly hash = new Fnv1a64();
  private first = true;

  add(row: number, col: number, value: PlannedValue): void {
    if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return;
    if (!this.first) this.hash.byte(NEWLINE);
    this.first = false;
    const h = this.hash.integer(row).byte(COMMA).integer(col).byte(COMMA);
    if (typeof value === 'number') h.byte(N).integer(value);
    else if (typeof value === 'boolean') h.byte(B).byte(value ? ONE : ZERO);
    else h.byte(S).text(value);
  }

  digest(): string {
    return this.hash.digest().slice(-8);
  }
}

/** '\n', ',', '0', '1', 'b', 'n', 's' */
const [NEWLINE, COMMA, ZERO, ONE, B, N, S] = [10, 44, 48, 49, 98, 110, 115] as const;

/** The constant cells a planned sheet writes. */
export function plannedConstants(sheet: PlannedSheet): ConstantCell[] {
  const out: ConstantCell[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.formula !== undefined || cell.value === null) return;
      out.push({ row: r, col: c, value: cell.value });
    }),
  );
  return out;
}

/**
 * constantsDigest(plannedConstants(sheet)), without producing the sheet's
 * lazy rows (their own `constants` visits theirs) or building a cell a constant.
 */
export function plannedConstantsDigest(sheet: PlannedSheet): string {
  const digest = new ConstantsDigest();
  const held = heldRows(sheet);
  const visitRows = (from: number, to: number): void => {
    for (let r = from; r < to; r++) {
      const row = held[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && cell.formula === undefined) digest.add(r, c, cell.value);
      }
    }
  };
  let r = 0;
  for (const range of lazyRanges(sheet)) {
    visitRows(r, range.first);
    range.constants((row, col, value) => digest.add(row, col, value));
    r = range.first + range.count;
  }
  visitRows(r, held.length);
  return digest.digest();
}
