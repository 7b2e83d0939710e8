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
import { fnv1a64 } from './fingerprint';
import type { PlannedSheet } from './plan';

export interface ConstantCell {
  /** 0-based. */
  row: number;
  col: number;
  value: number | string | boolean;
}

/** Eight hex digits: enough to tell an edited sheet from an untouched one, short enough for the marker. */
export function constantsDigest(cells: Iterable<ConstantCell>): string {
  const lines: string[] = [];
  const sorted = [...cells]
    .filter((c) => c.value !== '' && (typeof c.value !== 'number' || Number.isFinite(c.value)))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of sorted) {
    const v = c.value;
    const typed = typeof v === 'number' ? `n${String(v)}` : typeof v === 'boolean' ? `b${v ? 1 : 0}` : `s${v}`;
    lines.push(`${c.row},${c.col},${typed}`);
  }
  return fnv1a64(lines.join('\n')).slice(-8);
}

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
