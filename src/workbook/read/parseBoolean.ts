/**
 * Yes/no as typed: ja/nej, j/n, x (a tick), 1/0, true/false, sant/falskt,
 * yes/no, y/n, ✓, and Excel's own TRUE/FALSE. Case-insensitive. Blank cells
 * never get here: each column says what blank means.
 */
import type { CellValue } from '../grid';
import { normaliseKey } from '../schema/normalise';
import { fail, ok, type ParseResult } from './parseResult';

const YES = new Set(['ja', 'j', 'x', '1', 'true', 'sant', 'yes', 'y', '✓', '✔']);
const NO = new Set(['nej', 'n', '0', 'false', 'falskt', 'no', '-', '–']);

export function parseBoolean(value: CellValue): ParseResult<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
  }
  if (typeof value === 'string') {
    const key = normaliseKey(value);
    if (YES.has(key)) return ok(true);
    if (NO.has(key)) return ok(false);
  }
  return fail('notABoolean', 'ja eller nej', 'yes or no');
}
