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
 * its shortest decimal form (Excel, LibreOffice and our writer may spell the
 * same double differently in a file), text exactly, '' as empty (Office.js
 * reads an empty cell as '').
 */
import { Fnv1a64 } from './fingerprint';
import { heldRows, lazyRanges, type PlannedSheet, type PlannedValue } from './plan';

export interface ConstantCell {
  /** 0-based. */
  row: number;
  col: number;
  value: number | string | boolean;
}

/** Eight hex digits: enough to tell an edited sheet from an untouched one, short enough for the marker. */
export function constantsDigest(cells: Iterable<ConstantCell>): string {
  const digest = new ConstantsDigest();
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) digest.add(c.row, c.col, c.value);
  return digest.digest();
}

/**
 * The digest of constant cells taken in row and column order: one line
 * `row,col,typed value` a cell (`4,1,sMalmö`, `4,3,n17`, `9,2,b1`), lines joined by '\n', hashed as they come
 * (no array of lines, no joined string: a large scenario sheet has about
 * 250 000 constants). Empty text and a number that is not finite are left out.
 */
class ConstantsDigest {
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

/** '\\n', ',', '0', '1', 'b', 'n', 's' */
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
